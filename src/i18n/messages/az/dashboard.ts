import type { dashboard as en } from "../en/dashboard.js";

/** Azerbaijani: the stakeholder dashboard, the round report, exports and API tokens. */
export const dashboard = {
  "dashboard.methodLabel": "Birləşdirmə üsulu",
  "dashboard.roundLabel": "Tur",
  "dashboard.method.median": "Median",
  "dashboard.method.geo-odds": "Şansların həndəsi ortası",
  "dashboard.method.mean": "Orta",
  "dashboard.method.recency-median": "Yeniliyə görə çəkili median",
  "dashboard.methodHelp":
    "Fərdi ehtimalların bir dəyərdə necə birləşdirildiyi. Standart üsul mediandır; qiymətləndirmələr və kəmiyyətlər həmişə medianı göstərir.",
  "dashboard.headlineDesc":
    "Hər ssenarinin birləşdirilmiş ehtimalı ({method}), cavabların orta yarısı ilə birlikdə.",
  "dashboard.barsDesc": "{count, plural, one {# ssenari} other {# ssenari}}. {items}",
  "dashboard.barItem": "{label}: {value} (orta yarı {q1} ilə {q3} arasında)",
  "dashboard.pooled": "Birləşdirilmiş",
  "dashboard.spread": "Səpələnmə (orta yarı)",
  "dashboard.legendPooled": "Birləşdirilmiş dəyər",
  "dashboard.legendSpread": "Cavabların orta yarısı",
  "dashboard.answered": "{eligible} nəfərdən {n} nəfəri cavab verib ({rate})",
  "dashboard.pooledBy": "birləşdirmə üsulu: {method}",
  "dashboard.medianOf": "cavabların medianı",
  "dashboard.normalised":
    "Hər ssenari üzrə ayrıca götürüldükdə bu dəyərlərin cəmi {sum} idi; burada cəmi 100% olsun deyə yenidən miqyaslanıb.",
  "dashboard.convergence": "Turlar üzrə cavabların səpələnməsi",
  "dashboard.convergenceHint":
    "Hər xətt turda cavabların orta yarısının enidir (kvartillərarası diapazon): aşağı daha çox razılıq deməkdir, yüksələn xətt ekspertlərin fikirlərinin ayrıldığını göstərir.",
  "dashboard.convergenceItem": "tur {round}: {value}",
  "dashboard.convergenceOne": "Yaxınlaşma ikinci tur dərc olunduqdan sonra görünür.",
  "dashboard.iqrAxis": "KAİ",
  "dashboard.breakdown": "Qurumlar və ölkələr üzrə",
  "dashboard.breakdownLoad": "Qurumlar və ölkələr üzrə bölgünü göstər",
  "dashboard.showRanges": "Hər ekspertin 5–95% aralığı ({n} ekspert)",
  "dashboard.rangesInReport": "Bütün ekspertlərin aralıqları çap üçün hesabatdadır",
  "dashboard.byInstitution": "Qurumlar üzrə",
  "dashboard.byCountry": "Ölkələr üzrə",
  "dashboard.groupsRule": "Qruplar yalnız onlarda ən azı {k} ekspert cavab verdikdə göstərilir.",
  "dashboard.noGroups": "Bu turda heç bir qrup {k} cavab verənə çatmayıb.",
  "dashboard.group": "Qrup",
  "dashboard.divergence": "Ümumidən fərq",
  "dashboard.groupsDesc": "Hər qrupun medianı bütün cavabların medianı ({overall}) ilə müqayisədə. {items}",
  "dashboard.groupItem": "{name} ({n}): {value}",
  "dashboard.groupName": "{name} (n = {n})",
  "dashboard.legendGroup": "Qrupun medianı",
  "dashboard.legendOverall": "Ümumi median",
  "dashboard.points": "{value} bənd",
  "dashboard.optionMedians": "Variant üzrə median",
  "dashboard.option": "Variant",
  "dashboard.report": "Çap üçün hesabat",
  "dashboard.apiNote": "Eyni rəqəmlər JSON formatında: {url}",
  // ---- Issue 18 (reader-facing dashboard, report, glossary, sharing) ----
  "method.name.median": "Ekspertlərin tipik fikri (median)",
  "method.name.geo-odds": "Şanslara görə ortalama (şansların həndəsi ortası)",
  "method.name.mean": "Bütün cavabların ortası (ədədi orta)",
  "method.name.recency-median": "Tipik fikir, sonrakı cavablar daha çəkili (yeniliyə görə çəkili median)",
  "method.name.track-record": "Keçmiş dəqiqliyə görə çəkili (əvvəlki nəticələr)",
  // The backtest's extremized pool, selectable like the others (issue 20).
  "method.name.extremized": "Log-şansların ekstremallaşdırılmış ortası (50%-dən uzaqlaşdırılmış)",
  "method.def.median":
    "Ekspertlərin yarısı daha yüksək, yarısı daha aşağı dəyər verib; bir neçə həddindən artıq cavab onu dəyişmir.",
  "method.def.geo-odds":
    "Ehtimallar şanslara çevrilir, ortalanır və geri çevrilir; əmin cavablar sadə ortadakından bir az daha çox çəkiyə malikdir. Ssenari dəstləri də eyni qaydada birləşdirilir və 100%-ə gətirilir.",
  "method.def.mean": "Bütün cavabların sadə ortası.",
  "method.def.recency-median": "Turda sonra verilən cavabların əvvəlkilərdən daha çox sayıldığı median.",
  "method.def.track-record":
    "Həll olunmuş suallar üzrə əvvəlki proqnozları daha dəqiq olan ekspertlərin daha çox sayıldığı orta; hələ heç nə həll olunmayıbsa, hamı eyni sayılır.",
  "method.def.extremized":
    "Cavabların log-şans şkalasında ortası, ortalamanın əlavə etdiyi ehtiyatlılığı aradan qaldırmaq üçün 50%-dən (1,5 əmsalı ilə) uzaqlaşdırılıb; yalnız bəli/xeyr sualları üçün.",
  "method.default": "təşkilatçıların seçimi",
  "read.defaultMethodLabel": "Nəticələr oxucular üçün necə birləşdirilir",
  "read.defaultMethodHint":
    "Nəticələr panelinin, hesabatın və paylaşılan keçidlərin oxucuları əvvəlcə bu üsulu görür; digərləri “Bu rəqəmlər necə alınır” bölməsində bir kliklə əlçatandır.",
  "read.summaryTitle": "Panel nə düşünür",
  "read.shownWith": "Göstəricilər: {method}, təşkilatçıların seçimi.",
  "read.shownOther": "Göstəricilər: {method}. Təşkilatçıların seçimi: {default}.",
  "read.howLink": "Bu rəqəmlər necə alınır",
  "read.howTitle": "Bu rəqəmlər necə alınır",
  "read.howIntro":
    "Hər ekspert müstəqil cavab verib; hər göstərici onların cavablarını birləşdirir. Eyni cavabları birləşdirməyin digər yolları:",
  "read.howShares":
    "Ssenari ehtimalları: hər ssenarinin birləşdirilmiş dəyəri dəst üzrə cəmə bölünür, ona görə dəstin cəmi 100% olur, tam faizlər isə cəm yenə 100 qalacaq şəkildə yuvarlaqlaşdırılır.",
  "read.howSpread":
    "Bığlar və rənglənmiş zolaqlar cavabların orta yarısını göstərir: ekspertlərin dörddə biri daha aşağı, dörddə biri daha yüksək cavab verib.",
  "read.howRanges":
    "Kəmiyyətlər üçün hər xətt bir ekspertin 5-ci ilə 95-ci persentil arasındakı diapazonudur (dəyərin içində olduğuna 90% əmindir), nöqtə isə onun ən yaxşı təxminidir.",
  "read.howConsensus":
    "“Konsensus” təşkilatçıların turdan əvvəl qoyduğu qaydanın yerinə yetdiyini bildirir, məsələn, cavabların orta yarısının ən çox 15 bənd əhatə etməsi.",
  "read.howGroups":
    "Təşkilatlar və ölkələr üzrə bölgü yalnız ən azı {k} ekspertdən ibarət qruplar üçün göstərilir.",
  "read.glossary": "Lüğət: bütün terminlərin izahı",
  "read.roundOf": "Tur {number} / {count}",
  "read.publishedOn": "dərc olunub: {date}",
  "read.convergenceLater":
    "Ekspertlərin bir-birinə nə qədər yaxınlaşdığı ikinci tur dərc olunandan sonra göstərilir.",
  "read.convergenceHint": "Hər xətt turda cavabların orta yarısının enidir: aşağı daha çox razılıq deməkdir.",
  "read.synthesisTitle": "Təşkilatçıların {number}-ci tur üzrə xülasəsi",
  "read.synthesisBy": "Forumun təşkilatçıları yazıb; turla birlikdə {date} tarixində dərc olunub.",
  "read.synthesisByNoDate": "Forumun təşkilatçıları yazıb.",
  "read.finished": "Bu forum başa çatıb: {date} tarixində bağlanıb. Bu göstəricilər yekundur.",
  "read.closedBadge": "Konsensus yoxdur (forum bağlanıb)",
  "read.answeredShort": "{eligible} nəfərdən {n} nəfəri cavab verib",
  "read.tooFew": "Nəticə göstərmək üçün cavab azdır ({eligible} nəfərdən {n}).",
  "read.normalisedShort": "Cəmi 100% olsun deyə yenidən miqyaslanıb (ayrı-ayrılıqda cəmi {sum} idi).",
  "read.rangeLegend": "Bir ekspertin 5–95% diapazonu",
  "read.estimateLegend": "Onun ən yaxşı təxmini",
  "read.rangesDesc":
    "{n} ekspertin 5-ci ilə 95-ci persentil arasındakı diapazonları; ən yaxşı təxminlərin medianı {median}.",
  "read.method": "Birləşdirmə üsulu",
  "summary.likeliest":
    "Ən ehtimallı ssenari “{label}”dir: {share}; ondan sonra “{second}”: {secondShare} ({eligible} ekspertdən {n} nəfəri cavab verib).",
  "summary.likeliestAlone":
    "Ən ehtimallı ssenari “{label}”dir: {share} ({eligible} ekspertdən {n} nəfəri cavab verib).",
  "summary.likeliestTie":
    "{labels} eyni dərəcədə ehtimallı sayılır, hər biri {share} ({eligible} ekspertdən {n} nəfəri cavab verib).",
  "summary.headline":
    "“{title}” sualı üzrə panelin cavabı {value}-dir ({eligible} ekspertdən {n} nəfəri cavab verib).",
  "summary.disagreement":
    "Ekspertlər ən çox “{title}” sualında fikir ayrılığındadır: cavablarının orta yarısı {q1} ilə {q3} arasındadır.",
  "summary.disagreementScenario":
    "Ekspertlər ən çox “{label}” ssenarisinin nə qədər ehtimallı olduğunda fikir ayrılığındadır: cavablarının orta yarısı {q1} ilə {q3} arasındadır.",
  "summary.agreement":
    "Ekspertlər əsasən razıdır: heç bir sualda cavabların orta yarısı şkalanın beşdə birini əhatə etmir.",
  "summary.moved": "{round}-ci turdan bəri ən böyük dəyişiklik: “{title}” {from}-dən {to}-ə keçib.",
  "summary.movedScenario": "{round}-ci turdan bəri ən böyük dəyişiklik: “{label}” {from}-dən {to}-ə keçib.",
  "summary.steady": "{round}-ci turdan bəri heç bir ehtimal 5 bənd və ya daha çox dəyişməyib.",
  "summary.firstRound": "Bu, dərc olunan ilk turdur, ona görə hələ dəyişiklikdən danışmaq olmaz.",
  "summary.tooFew":
    "{count, plural, one {# sualda nəticə göstərmək üçün çox az ekspert cavab verib.} other {# sualda nəticə göstərmək üçün çox az ekspert cavab verib.}}",
  "outcome.title": "Nəticə",
  "outcome.yes": "Bu baş verdi. Panel buna {given} vermişdi, tam əminlikdən {distance} bənd az.",
  "outcome.no": "Bu baş vermədi. Panel buna {given} vermişdi, qəti “yox”dan {distance} bənd uzaq.",
  "outcome.scenarioTop": "Nəticədə “{label}” ssenarisi reallaşdı; panel onu ən ehtimallı sayırdı ({given}).",
  "outcome.scenarioOther":
    "Nəticədə “{label}” ssenarisi reallaşdı; panel ona {given} vermişdi, ən ehtimallı isə “{top}” sayırdı.",
  "outcome.quantity": "Dəyər {value} oldu. Panelin medianı {median} idi, {error} {direction}.",
  "outcome.quantityExact": "Dəyər {value} oldu, düz panelin medianı qədər.",
  "outcome.above": "yuxarı",
  "outcome.below": "aşağı",
  "outcome.inside": "O, panelin 5–95% diapazonunun içindədir ({low} – {high}).",
  "outcome.outside": "O, panelin 5–95% diapazonundan kənardadır ({low} – {high}).",
  "outcome.annulled": "Ləğv edilib: sual həll oluna bilmədi.",
  "outcome.badge": "Həll olunub",
  "glossary.title": "Lüğət",
  "glossary.intro":
    "Nəticə səhifələrində işlənən terminlər sadə sözlərlə. Termin harada görünürsə, səhifə bura keçid verir.",
  "glossary.median.term": "Median (ekspertlərin tipik fikri)",
  "glossary.median.def":
    "Ortadakı dəyər: cavabların yarısı ondan yüksək, yarısı aşağıdır. Bir həddindən artıq cavab onu dəyişmir.",
  "glossary.middle-half.term": "Cavabların orta yarısı (kvartillərarası diapazon)",
  "glossary.middle-half.def":
    "Aşağı kvartildən (cavabların dörddə biri ondan aşağıdır) yuxarı kvartilə (dörddə biri ondan yuxarıdır) qədər olan aralıq. Nə qədər dar olsa, ekspertlər bir o qədər razıdır.",
  // #15: the likely range (bootstrap interval) of a headline number
  "glossary.likely-range.term": "Nəticənin ehtimal olunan aralığı (butstrap intervalı)",
  "glossary.likely-range.def":
    "Nəticənin nə qədər möhkəm olduğu. Panelin cavabları 500 dəfə təsadüfi, təkrarla yenidən seçilir və nəticə hər dəfə yenidən hesablanır; ehtimal olunan aralıq bu nəticələrin orta 95%-ni əhatə edir. Geniş aralıq o deməkdir ki, bir neçə fərqli ekspert əsas nəticəni xeyli dəyişə bilərdi. Düstur: təkrar seçmələr üzrə statistikanın 2,5-ci və 97,5-ci faizlikləri (Efron & Tibshirani 1993, 13-cü fəsil), hamı eyni aralığı alsın deyə sabit toxumla.",
  "dashboard.likelyRange": "Ehtimal olunan aralıq {lower} – {upper}",
  "dashboard.likelyRangeCol": "Ehtimal olunan aralıq",
  "glossary.mean.term": "Ədədi orta",
  "glossary.mean.def": "Cavabların cəminin onların sayına bölünməsi.",
  "glossary.geo-odds.term": "Şansların həndəsi ortası",
  "glossary.geo-odds.def":
    "Ehtimalları birləşdirmə yolu: hər p ehtimalı p ÷ (1 − p) şansına çevrilir, şanslar həndəsi ortalanır (vurulur, sonra n dərəcəli kök alınır) və yenidən ehtimala çevrilir. 0% və ya 100%-ə yaxın cavabların sadə ortadakından daha çox sözü keçir.",
  "glossary.recency.term": "Yeniliyə görə çəkili median",
  "glossary.recency.def":
    "Turda sonra verilən cavabların əvvəlkilərdən daha çox sayıldığı median; yeni məlumatdan sonra fikrini yeniləyən ekspertlər daha çox təsir edir.",
  "glossary.track-record.term": "Əvvəlki nəticələrə görə çəki",
  "glossary.track-record.def":
    "Həll olunmuş suallar üzrə əvvəlki proqnozları daha dəqiq olan (Brier balı daha aşağı) ekspertlər ortada daha çox sayılır. Hələ heç nə həll olunmayıbsa, hamı eyni sayılır.",
  "glossary.extremized.term": "Ekstremallaşdırılmış orta",
  "glossary.extremized.def":
    "Cavabların log-şans şkalasında ortası, 1,5 əmsalı ilə 50%-dən uzaqlaşdırılır (Satopää və b., 2014): ortalama paneli üzvlərindən daha az əmin göstərir, ekstremallaşdırma isə bunu düzəldir. Bəli/xeyr sualları üçün istifadə olunur; qiymətlər səhifəsi onun necə nəticə verəcəyini göstərir.",
  "glossary.pooled.term": "Birləşdirilmiş dəyər",
  "glossary.pooled.def": "Ekspertlərin cavablarının səhifədə adı çəkilən üsulla bir ədədə gətirilməsi.",
  "glossary.normalised.term": "Cəmi 100%",
  "glossary.normalised.def":
    "Hər ssenarinin birləşdirilmiş dəyəri ayrıca götürülür, ona görə birlikdə 100% etməyə bilər. Onlar cəmə bölünür ki, dəst 100% etsin, və tam faizlər də 100 etsin deyə yuvarlaqlaşdırılır.",
  "glossary.range.term": "5–95% diapazonu",
  "glossary.range.def":
    "Kəmiyyət üçün hər ekspert aşağı dəyər (5-ci persentil), ən yaxşı təxmin (50-ci) və yuxarı dəyər (95-ci) verir: həqiqi dəyərin aşağı ilə yuxarı arasında olduğuna 90% əmindir.",
  "glossary.consensus.term": "Konsensus",
  "glossary.consensus.def":
    "Təşkilatçıların turdan əvvəl qoyduğu qayda, məsələn, cavabların orta yarısının ən çox 15 faiz bəndi əhatə etməsi. “Konsensus” hamının razılaşdığını yox, qaydanın yerinə yetdiyini bildirir.",
  "glossary.brier.term": "Brier balı",
  "glossary.brier.def":
    "Suallar həll olunandan sonra ehtimal proqnozlarının dəqiqliyi: proqnozla baş verən arasındakı fərqin kvadratı (baş veribsə 1, yoxsa 0). 0 mükəmməldir, həmişə 50% demək 0,25 bal verir: nə qədər aşağı, o qədər yaxşı.",
  "glossary.log-score.term": "Loqarifmik bal",
  "glossary.log-score.def":
    "Başqa dəqiqlik balı: həqiqətən baş verənə verilmiş ehtimalın loqarifmi. 0-a nə qədər yaxın olsa, o qədər yaxşıdır; əmin, amma səhv proqnoz ağır cəzalandırılır.",
  "glossary.peer-score.term": "Həmkarlara nisbətən bal",
  "glossary.peer-score.def":
    "Ekspertin proqnozlarının eyni suallarda panelin qalanından nə qədər yaxşı (0-dan yuxarı) və ya pis (0-dan aşağı) olduğu.",
  "glossary.baseline.term": "Baza səviyyəsinə nisbətən bal",
  "glossary.baseline.def":
    "Ekspertin balının heç nə bilməyən proqnozla (hər nəticə üçün bərabər şans) müqayisəsi. 0-dan yuxarı təsadüfdən yaxşıdır.",
  "glossary.calibration.term": "Kalibrləmə",
  "glossary.calibration.def":
    "Proqnozların dediyini ifadə edib-etmədiyi: 70% verilən bütün hadisələrin təxminən 70%-i baş verməlidir. Kalibrləmə qrafiki hər proqnozu onun nə qədər tez-tez doğrulduğu ilə qarşılaşdırır.",
  "glossary.murphy.term": "Merfi ayrılışı",
  "glossary.murphy.def":
    "Brier balının üç hissəyə ayrılması: etibarlılıq (proqnozların müşahidə olunan tezliklərdən nə qədər uzaq olduğu; aşağı yaxşıdır), ayırdetmə (proqnozların baş verəni baş verməyəndən nə qədər yaxşı ayırdığı; yuxarı yaxşıdır) və qeyri-müəyyənlik (sualların nə qədər çətin olduğu; hamı üçün eynidir).",
  "glossary.cooke.term": "Kukun Klassik Modeli",
  "glossary.cooke.def":
    "Ekspertləri həqiqi dəyərləri təşkilatçılara məlum olan nəzarət suallarına verdikləri cavablara görə çəkiləndirmə yolu. Həm yaxşı kalibrlənmiş, həm də məlumatlı ekspertlər daha çox çəki alır.",
  "glossary.decision-maker.term": "Qərar verən (bərabər çəkili, performansa görə çəkili)",
  "glossary.decision-maker.def":
    "Kuk modelində panelin birləşdirilmiş cavabı. Bərabər çəkili variantda hər ekspert eyni çəkiyə malikdir; performansa görə çəkili variantda çəki nəzarət sualları üzrə kalibrləmə və məlumatlılıqdan asılıdır.",
  "glossary.calibration-score.term": "Kalibrləmə balı (Kuk)",
  "glossary.calibration-score.def":
    "Ekspertin 5–95% diapazonları dürüst olsaydı, onun nəzarət suallarındakı isabət və qaçırmalarının nə qədər ehtimallı olacağı. Çox kiçik ola bilər: 0,0000158 təxminən milyonda 16 deməkdir. Nə qədər yüksək, o qədər yaxşı.",
  "glossary.information.term": "Məlumatlılıq balı",
  "glossary.information.def":
    "Ekspertin diapazonlarının geniş fon diapazonu ilə müqayisədə nə qədər dar olduğu: yuxarı daha dəqiq cavablar deməkdir.",
  "glossary.alpha.term": "Əhəmiyyətlilik səviyyəsi α",
  "glossary.alpha.def":
    "Ekspertin kalibrləmə balı bu həddən aşağı olduqda Kuk modelində ona çəki verilmir. α nə qədər yüksək olsa, çəkisi qalan ekspert bir o qədər az olur.",
  "share.title": "Paylaşılan keçidlər",
  "share.intro":
    "Paylaşılan keçid hesabı olmayan insanlara bir dərc olunmuş turun nəticələr panelini və hesabatını oxumağa imkan verir. O, heç vaxt ayrı bir şəxsin cavabını və ya əsaslandırmasını göstərmir və onu istənilən vaxt ləğv edə bilərsiniz.",
  "share.strict":
    "Bu forum ciddi anonimdir: paylaşılan səhifələr forumun maraqlı tərəfinin gördüyünü göstərir və heç vaxt təşkilatlar və ya ölkələr üzrə bölgünü göstərmir.",
  "share.quasi":
    "Təşkilatlar və ölkələr üzrə bölgü, nəticələr panelində olduğu kimi, yalnız ən azı {k} ekspertdən ibarət qruplar üçün göstərilir.",
  "share.groups": "Təşkilatlar və ölkələr üzrə bölgünü göstər (ən azı {k} ekspertdən ibarət qruplar)",
  "share.round": "Paylaşılacaq tur",
  "share.roundOption": "Tur {number}, dərc olunub: {date}",
  "share.create": "Paylaşılan keçid yarat",
  "share.created":
    "{number}-ci tur üçün paylaşılan keçid yaradıldı. Onu indi köçürün: yalnız bir dəfə göstərilir.",
  "share.embed": "Bir sualın kartını başqa sayta yerləşdirmək üçün bundan istifadə edin:",
  "share.none": "Hələ paylaşılan keçid yoxdur.",
  "share.noRounds": "Hələ heç bir tur dərc olunmayıb: yalnız dərc olunmuş turları paylaşmaq olar.",
  "share.createdAt": "Yaradılıb",
  "share.roundCol": "Tur",
  "share.breakdowns": "Bölgü",
  "share.opened": "Açılıb",
  "share.openedCount": "{count, plural, one {# dəfə} other {# dəfə}}",
  "share.lastOpened": "sonuncu dəfə {date}",
  "share.status": "Vəziyyət",
  "share.active": "qüvvədədir",
  "share.revokedAt": "ləğv edilib: {date}",
  "share.revoke": "Ləğv et",
  "share.revokeConfirm":
    "Bu keçid ləğv edilsin? Ondan istifadə edənlər artıq turu görməyəcək. Bunu geri qaytarmaq olmaz.",
  "share.revoked": "Keçid ləğv edildi: artıq heç nə açmır.",
  "share.yes": "göstərilir",
  "share.no": "gizlidir",
  "share.gone": "Belə paylaşılan keçid yoxdur və ya ləğv edilib.",
  "share.readerNote":
    "“{forum}” forumunun təşkilatçılarının paylaşdığı yalnız oxumaq üçün səhifə. O, ayrı-ayrı şəxslərin deyil, panelin birləşdirilmiş cavablarını göstərir.",
  "share.pageTitle": "{forum}: panel nə düşünür (tur {number})",
  "share.from": "“{forum}” forumundan, tur {number}",
  "share.manage": "Bu turu paylaş",
  "share.revokeTitle": "{number}-ci raunda paylaşılan keçid ləğv edilsin?",
  "share.revokeHappens":
    "Keçidi və ya onun kartını yerləşdirən səhifəni açan heç kim artıq bu forumdan heç nə görməyəcək.",
  "share.revokeIrreversible": "ləğv edilmiş keçid bərpa olunmur; lazım olsa, yenisini yaradın.",
  "share.revokeButton": "Bəli, keçidi ləğv et",
  // ---- end of issue 18 ----
  "report.title": "Tur {number} üzrə hesabat",
  "report.forum": "{forum}: tur {number}",
  "report.state": "Vəziyyət: {state}",
  "report.closed": "Bağlanıb: {date}",
  "report.published": "Dərc olunub: {date}",
  "report.print": "Bu hesabatı çap edin",
  "report.rule": "Konsensus qaydası",
  "report.questions": "Suallar",
  "report.pooledValues": "Birləşdirilmiş dəyərlər",
  "report.method": "Üsul",
  "report.value": "Dəyər",
  "report.state.closed": "bağlanıb, hələ dərc olunmayıb",
  "report.state.published": "dərc olunub",
  "export.title": "Məlumatlar və ixrac",
  "export.json": "Hamısı JSON formatında (parametrlər, suallar, anonimləşdirilmiş cavablar)",
  "export.answersCsv": "Anonimləşdirilmiş cavablar (CSV)",
  "export.resultsCsv": "Turlar və suallar üzrə nəticələr (CSV)",
  "export.anonymity": "Cavablarda yalnız təxəllüslər olur, heç vaxt ad və ya e-poçt ünvanı olmur.",
  "tokens.title": "API oxuma tokenləri",
  "tokens.intro":
    "Oxuma tokeni proqrama bu forumun nəticələrini və ixracını JSON API vasitəsilə oxumağa imkan verir (Authorization: Bearer …). O, heç nəyi dəyişə bilməz və yalnız bu forumu oxuyur.",
  "tokens.label": "Nişan",
  "tokens.labelHint": "Tokenin nə üçün olduğu, məsələn, skriptin adı.",
  "tokens.create": "Token yaradın",
  "tokens.created": "Yeni tokeniniz. Onu indi kopyalayın: yalnız bir dəfə göstərilir.",
  "tokens.none": "Hələ token yoxdur.",
  "tokens.createdAt": "Yaradılıb",
  "tokens.status": "Status",
  "tokens.live": "aktiv",
  "tokens.revoked": "{date} tarixində ləğv edilib",
  "tokens.revoke": "Ləğv edin",
  "tokens.lifetime": "Etibarlılıq müddəti",
  "tokens.days": "{count, plural, one {# gün} other {# gün}}",
  "tokens.expiresAt": "Bitir",
  "tokens.ended": "müddəti bitib və ya yaradan artıq təşkilatçı deyil",
  "tokens.labelTooLong": "Nişan 100 simvoldan qısa olmalıdır.",
} satisfies Record<keyof typeof en, string>;
