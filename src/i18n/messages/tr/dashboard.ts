import type { dashboard as en } from "../en/dashboard.js";

/** Turkish: the stakeholder dashboard, the round report, exports and API tokens. */
export const dashboard = {
  "dashboard.methodLabel": "Birleştirme yöntemi",
  "dashboard.roundLabel": "Tur",
  "dashboard.method.median": "Medyan",
  "dashboard.method.geo-odds": "Olasılık oranlarının geometrik ortalaması",
  "dashboard.method.mean": "Ortalama",
  "dashboard.method.recency-median": "Yeniliğe göre ağırlıklı medyan",
  "dashboard.methodHelp":
    "Bireysel olasılıkların tek bir değerde nasıl birleştirildiği. Varsayılan medyandır; puanlamalar ve nicelikler her zaman medyanı gösterir.",
  "dashboard.headlineDesc":
    "Her senaryonun birleştirilmiş olasılığı ({method}), yanıtların orta yarısıyla birlikte.",
  "dashboard.barsDesc": "{count, plural, one {# senaryo} other {# senaryo}}. {items}",
  "dashboard.barItem": "{label}: {value} (orta yarı {q1} ile {q3} arası)",
  "dashboard.pooled": "Birleştirilmiş",
  "dashboard.spread": "Yayılım (orta yarı)",
  "dashboard.legendPooled": "Birleştirilmiş değer",
  "dashboard.legendSpread": "Yanıtların orta yarısı",
  "dashboard.answered": "{eligible} kişiden {n} tanesi yanıtladı ({rate})",
  "dashboard.pooledBy": "birleştirme: {method}",
  "dashboard.medianOf": "yanıtların medyanı",
  "dashboard.normalised":
    "Senaryo senaryo alındığında bu değerlerin toplamı {sum} idi; burada toplamları %100 olacak biçimde yeniden ölçeklendi.",
  "dashboard.convergence": "Turlar boyunca yanıtların yayılımı",
  "dashboard.convergenceHint":
    "Her çizgi bir turdaki yanıtların orta yarısının genişliğidir (çeyrekler açıklığı): daha düşük daha fazla uzlaşı demektir, yükselen çizgi uzmanların ayrıştığını gösterir.",
  "dashboard.convergenceItem": "{round}. tur: {value}",
  "dashboard.convergenceOne": "Yakınsama, ikinci bir tur yayımlandığında görünür.",
  "dashboard.iqrAxis": "ÇA",
  "dashboard.breakdown": "Kuruma ve ülkeye göre",
  "dashboard.breakdownLoad": "Kuruma ve ülkeye göre dağılımı göster",
  "dashboard.showRanges": "Her uzmanın %5–95 aralığı ({n} uzman)",
  "dashboard.rangesInReport": "Tüm uzmanların aralıkları yazdırılabilir rapordadır",
  "dashboard.byInstitution": "Kuruma göre",
  "dashboard.byCountry": "Ülkeye göre",
  "dashboard.groupsRule": "Gruplar yalnızca içlerinden en az {k} uzman yanıtladığında gösterilir.",
  "dashboard.noGroups": "Bu turda hiçbir grup {k} yanıtlayana ulaşmadı.",
  "dashboard.group": "Grup",
  "dashboard.divergence": "Tümünden fark",
  "dashboard.groupsDesc":
    "Her grubun medyanının tüm yanıtların medyanıyla ({overall}) karşılaştırması. {items}",
  "dashboard.groupItem": "{name} ({n}): {value}",
  "dashboard.groupName": "{name} (n = {n})",
  "dashboard.legendGroup": "Grup medyanı",
  "dashboard.legendOverall": "Tümünün medyanı",
  "dashboard.points": "{value} puan",
  "dashboard.optionMedians": "Seçenek başına medyan",
  "dashboard.option": "Seçenek",
  "dashboard.report": "Yazdırılabilir rapor",
  "dashboard.apiNote": "Aynı rakamlar JSON olarak: {url}",
  // ---- Issue 18 (reader-facing dashboard, report, glossary, sharing) ----
  "method.name.median": "Uzmanların tipik görüşü (medyan)",
  "method.name.geo-odds": "Oranlara göre ortalama (oranların geometrik ortalaması)",
  "method.name.mean": "Tüm yanıtların ortalaması (aritmetik ortalama)",
  "method.name.recency-median": "Tipik görüş, sonraki yanıtlar daha ağır (yeniliğe göre ağırlıklı medyan)",
  "method.name.track-record": "Geçmiş isabete göre ağırlıklı (geçmiş başarı)",
  // The backtest's extremized pool, selectable like the others (issue 20).
  "method.name.extremized":
    "Log-olasılık oranlarının uç değerlere çekilmiş ortalaması (%50'den uzaklaştırılmış)",
  "method.def.median":
    "Uzmanların yarısı daha yüksek, yarısı daha düşük bir değer verdi; birkaç uç yanıt onu kaydırmaz.",
  "method.def.geo-odds":
    "Olasılıklar oranlara çevrilir, ortalaması alınır ve geri çevrilir; emin yanıtlar basit ortalamadakinden biraz daha ağır basar. Senaryo kümeleri de aynı şekilde birleştirilir ve %100'e ölçeklenir.",
  "method.def.mean": "Tüm yanıtların basit ortalaması.",
  "method.def.recency-median":
    "Turda daha sonra verilen yanıtların öncekilerden daha çok sayıldığı bir medyan.",
  "method.def.track-record":
    "Çözülmüş sorulardaki önceki tahminleri daha isabetli olan uzmanların daha çok sayıldığı bir ortalama; henüz hiçbir şey çözülmediyse herkes eşit sayılır.",
  "method.def.extremized":
    "Yanıtların log-olasılık oranı ölçeğindeki ortalaması, ortalama almanın eklediği temkini gidermek için %50'den (1,5 katsayısıyla) uzaklaştırılır; yalnızca evet/hayır soruları için.",
  "method.default": "düzenleyicilerin seçimi",
  "read.defaultMethodLabel": "Sonuçlar okuyucular için nasıl birleştirilir",
  "read.defaultMethodHint":
    "Sonuç panosunun, raporun ve paylaşılan bağlantıların okuyucuları önce bu yöntemi görür; diğerleri “Bu rakamlar nasıl elde edilir” altında bir tık uzaktadır.",
  "read.summaryTitle": "Panel ne düşünüyor",
  "read.shownWith": "Rakamlar: {method}, düzenleyicilerin seçimi.",
  "read.shownOther": "Rakamlar: {method}. Düzenleyicilerin seçimi: {default}.",
  "read.howLink": "Bu rakamlar nasıl elde edilir",
  "read.howTitle": "Bu rakamlar nasıl elde edilir",
  "read.howIntro":
    "Her uzman kendi başına yanıtladı; her rakam onların yanıtlarını birleştirir. Aynı yanıtları birleştirmenin başka yolları:",
  "read.howShares":
    "Senaryo olasılıkları: her senaryonun birleştirilmiş değeri kümenin toplamına bölünür, böylece küme %100 eder; tam yüzdeler de toplam yine 100 kalacak şekilde yuvarlanır.",
  "read.howSpread":
    "Bıyıklar ve gölgeli bantlar yanıtların orta yarısını gösterir: uzmanların dörtte biri daha düşük, dörtte biri daha yüksek yanıt verdi.",
  "read.howRanges":
    "Nicelikler için her çizgi bir uzmanın 5. ile 95. yüzdelik arasındaki aralığıdır (değerin içinde olduğundan %90 emin), nokta ise en iyi tahminidir.",
  "read.howConsensus":
    "“Uzlaşı”, düzenleyicilerin turdan önce koyduğu kuralın sağlandığı anlamına gelir; örneğin yanıtların orta yarısının en çok 15 puanlık bir alana yayılması.",
  "read.howGroups":
    "Kurum ve ülkeye göre dağılım yalnızca en az {k} uzmandan oluşan gruplar için gösterilir.",
  "read.glossary": "Sözlük: tüm terimlerin açıklaması",
  "read.roundOf": "Tur {number} / {count}",
  "read.publishedOn": "yayımlandı: {date}",
  "read.convergenceLater": "Uzmanların birbirine ne kadar yaklaştığı, ikinci tur yayımlandığında gösterilir.",
  "read.convergenceHint":
    "Her çizgi bir turdaki yanıtların orta yarısının genişliğidir: daha düşük, daha fazla uzlaşı demektir.",
  "read.synthesisTitle": "Düzenleyicilerin {number}. tur özeti",
  "read.synthesisBy": "Forumun düzenleyicileri yazdı; turla birlikte {date} tarihinde yayımlandı.",
  "read.synthesisByNoDate": "Forumun düzenleyicileri yazdı.",
  "read.finished": "Bu forum tamamlandı: {date} tarihinde kapandı. Bu rakamlar kesindir.",
  "read.closedBadge": "Uzlaşı yok (forum kapandı)",
  "read.answeredShort": "{eligible} kişiden {n} kişi yanıtladı",
  "read.tooFew": "Sonuç göstermek için yanıt çok az ({eligible} kişiden {n}).",
  "read.normalisedShort": "Toplamı %100 olacak şekilde yeniden ölçeklendi (tek tek toplamları {sum} idi).",
  "read.rangeLegend": "Bir uzmanın %5–95 aralığı",
  "read.estimateLegend": "Onun en iyi tahmini",
  "read.rangesDesc":
    "{n} uzmanın 5. ile 95. yüzdelik arasındaki aralıkları; en iyi tahminlerin medyanı {median}.",
  "read.method": "Birleştirme yöntemi",
  "summary.likeliest":
    "En olası senaryo {share} ile “{label}”; ardından {secondShare} ile “{second}” geliyor ({eligible} uzmandan {n} kişi yanıtladı).",
  "summary.likeliestAlone":
    "En olası senaryo {share} ile “{label}” ({eligible} uzmandan {n} kişi yanıtladı).",
  "summary.likeliestTie":
    "{labels} eşit olasılıkta görülüyor, her biri {share} ({eligible} uzmandan {n} kişi yanıtladı).",
  "summary.headline": "“{title}” sorusunda panelin yanıtı {value} ({eligible} uzmandan {n} kişi yanıtladı).",
  "summary.disagreement":
    "Uzmanlar en çok “{title}” sorusunda ayrışıyor: yanıtlarının orta yarısı {q1} ile {q3} arasında.",
  "summary.disagreementScenario":
    "Uzmanlar en çok “{label}” senaryosunun ne kadar olası olduğunda ayrışıyor: yanıtlarının orta yarısı {q1} ile {q3} arasında.",
  "summary.agreement":
    "Uzmanlar büyük ölçüde hemfikir: hiçbir soruda yanıtların orta yarısı ölçeğin beşte birine yayılmıyor.",
  "summary.moved":
    "{round}. turdan bu yana en büyük değişiklik: “{title}” {from} değerinden {to} değerine geçti.",
  "summary.movedScenario":
    "{round}. turdan bu yana en büyük değişiklik: “{label}” {from} değerinden {to} değerine geçti.",
  "summary.steady": "{round}. turdan bu yana hiçbir olasılık 5 puan veya daha fazla değişmedi.",
  "summary.firstRound": "Bu yayımlanan ilk tur; bu yüzden henüz bildirilecek bir değişiklik yok.",
  "summary.tooFew":
    "{count, plural, one {# soruda sonuç göstermek için çok az uzman yanıt verdi.} other {# soruda sonuç göstermek için çok az uzman yanıt verdi.}}",
  "outcome.title": "Sonuç",
  "outcome.yes": "Gerçekleşti. Panel buna {given} vermişti; kesinlikten {distance} puan eksik.",
  "outcome.no": "Gerçekleşmedi. Panel buna {given} vermişti; kesin bir “hayır”dan {distance} puan uzak.",
  "outcome.scenarioTop": "Sonuç “{label}” oldu; panel onu {given} ile en olası görüyordu.",
  "outcome.scenarioOther":
    "Sonuç “{label}” oldu; panel ona {given} vermişti ve en olası olarak “{top}” senaryosunu görüyordu.",
  "outcome.quantity": "Değer {value} oldu. Panelin medyanı {median} idi, {error} {direction}.",
  "outcome.quantityExact": "Değer {value} oldu, tam olarak panelin medyanı.",
  "outcome.above": "daha yüksek",
  "outcome.below": "daha düşük",
  "outcome.inside": "Panelin %5–95 aralığının içinde ({low} – {high}).",
  "outcome.outside": "Panelin %5–95 aralığının dışında ({low} – {high}).",
  "outcome.annulled": "İptal edildi: soru çözülemedi.",
  "outcome.badge": "Çözüldü",
  "glossary.title": "Sözlük",
  "glossary.intro":
    "Sonuç sayfalarında kullanılan terimler, sade bir dille. Bir terim nerede geçerse sayfa buraya bağlantı verir.",
  "glossary.median.term": "Medyan (uzmanların tipik görüşü)",
  "glossary.median.def":
    "Ortadaki değer: yanıtların yarısı daha yüksek, yarısı daha düşük. Tek bir uç yanıt onu kaydırmaz.",
  "glossary.middle-half.term": "Yanıtların orta yarısı (çeyrekler açıklığı)",
  "glossary.middle-half.def":
    "Alt çeyrekten (yanıtların dörtte biri altında) üst çeyreğe (dörtte biri üstünde) kadar olan aralık. Ne kadar darsa uzmanlar o kadar hemfikirdir.",
  // #15: the likely range (bootstrap interval) of a headline number
  "glossary.likely-range.term": "Bir sonucun olası aralığı (bootstrap aralığı)",
  "glossary.likely-range.def":
    "Bir sonucun ne kadar sağlam olduğu. Panelin yanıtları 500 kez rastgele, tekrarlı olarak yeniden seçilir ve sonuç her seferinde yeniden hesaplanır; olası aralık bu sonuçların ortadaki %95'ini kapsar. Geniş bir aralık, birkaç farklı uzmanın ana sonucu çok değiştirebileceği anlamına gelir. Formül: yeniden örneklemelerdeki istatistiğin 2,5. ve 97,5. yüzdelikleri (Efron & Tibshirani 1993, bölüm 13); herkes aynı aralığı alsın diye sabit tohumla.",
  "dashboard.likelyRange": "Olası aralık {lower} – {upper}",
  "dashboard.likelyRangeCol": "Olası aralık",
  "glossary.mean.term": "Aritmetik ortalama",
  "glossary.mean.def": "Yanıtların toplamının yanıt sayısına bölümü.",
  "glossary.geo-odds.term": "Oranların geometrik ortalaması",
  "glossary.geo-odds.def":
    "Olasılıkları birleştirmenin bir yolu: her p olasılığı p ÷ (1 − p) oranına çevrilir, oranların geometrik ortalaması alınır (çarpılır, sonra n. dereceden kökü alınır) ve yeniden olasılığa çevrilir. %0'a veya %100'e yakın yanıtların sözü basit ortalamadakinden daha çok geçer.",
  "glossary.recency.term": "Yeniliğe göre ağırlıklı medyan",
  "glossary.recency.def":
    "Turda daha sonra verilen yanıtların öncekilerden daha çok sayıldığı bir medyan; yeni bilgiden sonra görüşünü güncelleyen uzmanlar daha çok etkiler.",
  "glossary.track-record.term": "Geçmiş başarıya göre ağırlık",
  "glossary.track-record.def":
    "Çözülmüş sorulardaki önceki tahminleri daha isabetli olan (Brier puanı daha düşük) uzmanlar ortalamada daha çok sayılır. Henüz hiçbir şey çözülmediyse herkes eşit sayılır.",
  "glossary.extremized.term": "Uç değerlere çekilmiş ortalama",
  "glossary.extremized.def":
    "Yanıtların log-olasılık oranı ölçeğindeki ortalaması, 1,5 katsayısıyla %50'den uzaklaştırılır (Satopää ve ark., 2014): ortalama almak paneli üyelerinden daha az emin gösterir, uç değerlere çekmek bunu düzeltir. Evet/hayır sorularında kullanılır; puanlar sayfası nasıl sonuç vereceğini gösterir.",
  "glossary.pooled.term": "Birleştirilmiş değer",
  "glossary.pooled.def": "Uzmanların yanıtlarının, sayfada adı geçen yöntemle tek bir sayıya indirgenmesi.",
  "glossary.normalised.term": "Toplamın %100 olması",
  "glossary.normalised.def":
    "Her senaryonun birleştirilmiş değeri ayrı ayrı alınır, bu yüzden birlikte %100 etmeyebilir. Küme %100 etsin diye toplamlarına bölünür ve tam yüzdeler de 100 etsin diye yuvarlanır.",
  "glossary.range.term": "%5–95 aralığı",
  "glossary.range.def":
    "Bir nicelik için her uzman düşük bir değer (5. yüzdelik), en iyi tahmin (50.) ve yüksek bir değer (95.) verir: gerçek değerin düşük ile yüksek arasında olduğundan %90 emindir.",
  "glossary.consensus.term": "Uzlaşı",
  "glossary.consensus.def":
    "Düzenleyicilerin turdan önce koyduğu kural; örneğin yanıtların orta yarısının en çok 15 yüzde puanlık bir alana yayılması. “Uzlaşı”, herkesin hemfikir olduğu değil, kuralın sağlandığı anlamına gelir.",
  "glossary.brier.term": "Brier puanı",
  "glossary.brier.def":
    "Sorular çözüldükten sonra olasılık tahminlerinin isabeti: tahmin ile olan arasındaki farkın karesi (gerçekleştiyse 1, gerçekleşmediyse 0). 0 kusursuzdur, her zaman %50 demek 0,25 puan verir: ne kadar düşükse o kadar iyi.",
  "glossary.log-score.term": "Logaritmik puan",
  "glossary.log-score.def":
    "Başka bir isabet puanı: gerçekten olana verilen olasılığın logaritması. 0'a ne kadar yakınsa o kadar iyi; emin ama yanlış bir tahmin ağır cezalandırılır.",
  "glossary.peer-score.term": "Akran puanı",
  "glossary.peer-score.def":
    "Bir uzmanın tahminlerinin aynı sorularda panelin geri kalanından ne kadar iyi (0'ın üstünde) ya da kötü (0'ın altında) olduğu.",
  "glossary.baseline.term": "Taban çizgisi puanı",
  "glossary.baseline.def":
    "Bir uzmanın puanının hiçbir şey bilmeyen bir tahminle (her sonuç için eşit şans) karşılaştırılması. 0'ın üstü şanstan iyidir.",
  "glossary.calibration.term": "Kalibrasyon",
  "glossary.calibration.def":
    "Tahminlerin söylediklerini gerçekten ifade edip etmediği: %70 verilen tüm olayların yaklaşık %70'i gerçekleşmelidir. Kalibrasyon grafiği her tahmini ne sıklıkla doğru çıktığıyla karşılaştırır.",
  "glossary.murphy.term": "Murphy ayrışımı",
  "glossary.murphy.def":
    "Brier puanının üç parçaya ayrılması: güvenilirlik (tahminlerin gözlenen sıklıklardan ne kadar uzak olduğu; düşük iyidir), ayırt edicilik (tahminlerin olanı olmayandan ne kadar iyi ayırdığı; yüksek iyidir) ve belirsizlik (soruların ne kadar zor olduğu; herkes için aynıdır).",
  "glossary.cooke.term": "Cooke'un Klasik Modeli",
  "glossary.cooke.def":
    "Uzmanları, gerçek değerlerini düzenleyicilerin bildiği kontrol sorularına verdikleri yanıtlara göre ağırlıklandırma yolu. Hem iyi kalibre hem de bilgilendirici olan uzmanlar daha çok ağırlık alır.",
  "glossary.decision-maker.term": "Karar verici (eşit ağırlıklı, performansa göre ağırlıklı)",
  "glossary.decision-maker.def":
    "Cooke modelinde panelin birleştirilmiş yanıtı. Eşit ağırlıklıda her uzman aynı ağırlığı alır; performansa göre ağırlıklıda ağırlık, kontrol sorularındaki kalibrasyona ve bilgilendiriciliğe göre verilir.",
  "glossary.calibration-score.term": "Kalibrasyon puanı (Cooke)",
  "glossary.calibration-score.def":
    "Bir uzmanın %5–95 aralıkları dürüst olsaydı kontrol sorularındaki isabet ve ıskalarının ne kadar olası olacağı. Çok küçük olabilir: 0,0000158 milyonda yaklaşık 16 demektir. Ne kadar yüksekse o kadar iyi.",
  "glossary.information.term": "Bilgi puanı",
  "glossary.information.def":
    "Bir uzmanın aralıklarının geniş bir arka plan aralığına göre ne kadar dar olduğu: yüksek, daha kesin yanıtlar demektir.",
  "glossary.alpha.term": "Anlamlılık düzeyi α",
  "glossary.alpha.def":
    "Bir uzmanın kalibrasyon puanı bu eşiğin altındaysa Cooke modelinde ağırlık almaz. α ne kadar yüksekse ağırlığı kalan uzman o kadar az olur.",
  "share.title": "Paylaşılan bağlantılar",
  "share.intro":
    "Paylaşılan bir bağlantı, hesabı olmayan kişilerin yayımlanmış bir turun sonuç panosunu ve raporunu okumasını sağlar. Hiçbir zaman tek bir kişinin yanıtını ya da gerekçesini göstermez ve istediğiniz zaman iptal edebilirsiniz.",
  "share.strict":
    "Bu forum katı anonimdir: paylaşılan sayfalar forumun bir paydaşının gördüğünü gösterir ve hiçbir zaman kuruma ya da ülkeye göre dağılım göstermez.",
  "share.quasi":
    "Kuruma ve ülkeye göre dağılım, sonuç panosunda olduğu gibi yalnızca en az {k} uzmandan oluşan gruplar için gösterilir.",
  "share.groups": "Kuruma ve ülkeye göre dağılımı göster (en az {k} uzmandan oluşan gruplar)",
  "share.round": "Paylaşılacak tur",
  "share.roundOption": "Tur {number}, yayımlandı: {date}",
  "share.create": "Paylaşılan bağlantı oluştur",
  "share.created":
    "{number}. tur için paylaşılan bağlantı oluşturuldu. Şimdi kopyalayın: yalnızca bir kez gösterilir.",
  "share.embed": "Bir sorunun kartını başka bir siteye yerleştirmek için şunu kullanın:",
  "share.none": "Henüz paylaşılan bağlantı yok.",
  "share.noRounds": "Henüz yayımlanmış bir tur yok: yalnızca yayımlanmış turlar paylaşılabilir.",
  "share.createdAt": "Oluşturuldu",
  "share.roundCol": "Tur",
  "share.breakdowns": "Dağılım",
  "share.opened": "Açılma",
  "share.openedCount": "{count, plural, one {# kez} other {# kez}}",
  "share.lastOpened": "son olarak {date}",
  "share.status": "Durum",
  "share.active": "etkin",
  "share.revokedAt": "iptal edildi: {date}",
  "share.revoke": "İptal et",
  "share.revokeConfirm":
    "Bu bağlantı iptal edilsin mi? Onu kullananlar artık turu göremeyecek. Bu geri alınamaz.",
  "share.revoked": "Bağlantı iptal edildi: artık hiçbir şey açmıyor.",
  "share.yes": "gösteriliyor",
  "share.no": "gizli",
  "share.gone": "Böyle bir paylaşılan bağlantı yok ya da iptal edilmiş.",
  "share.readerNote":
    "“{forum}” forumunun düzenleyicilerinin paylaştığı salt okunur bir sayfa. Tek tek kişilerin değil, panelin birleştirilmiş yanıtlarını gösterir.",
  "share.pageTitle": "{forum}: panel ne düşünüyor (tur {number})",
  "share.from": "“{forum}” forumundan, tur {number}",
  "share.manage": "Bu turu paylaş",
  "share.revokeTitle": "{number}. tura paylaşılan bağlantı iptal edilsin mi?",
  "share.revokeHappens":
    "Bağlantıyı ya da kartlarından birini gömen bir sayfayı açan hiç kimse artık bu forumdan bir şey görmez.",
  "share.revokeIrreversible": "iptal edilen bağlantı geri getirilemez; gerekirse yenisini oluşturun.",
  "share.revokeButton": "Evet, bağlantıyı iptal et",
  // ---- end of issue 18 ----
  "report.title": "{number}. tur raporu",
  "report.forum": "{forum}: {number}. tur",
  "report.state": "Durum: {state}",
  "report.closed": "Kapanış: {date}",
  "report.published": "Yayım: {date}",
  "report.print": "Bu raporu yazdır",
  "report.rule": "Uzlaşı kuralı",
  "report.questions": "Sorular",
  "report.pooledValues": "Birleştirilmiş değerler",
  "report.method": "Yöntem",
  "report.value": "Değer",
  "report.state.closed": "kapandı, henüz yayımlanmadı",
  "report.state.published": "yayımlandı",
  "export.title": "Veriler ve dışa aktarımlar",
  "export.json": "Tümü JSON olarak (ayarlar, sorular, anonimleştirilmiş yanıtlar)",
  "export.answersCsv": "Anonimleştirilmiş yanıtlar (CSV)",
  "export.resultsCsv": "Tur ve soru başına sonuçlar (CSV)",
  "export.anonymity": "Yanıtlar yalnızca takma adlar taşır; asla ad veya e-posta adresi içermez.",
  "tokens.title": "API okuma belirteçleri",
  "tokens.intro":
    "Okuma belirteci, bir programın bu forumun sonuçlarını ve dışa aktarımını JSON API üzerinden okumasını sağlar (Authorization: Bearer …). Hiçbir şeyi değiştiremez ve yalnızca bu forumu okur.",
  "tokens.label": "Etiket",
  "tokens.labelHint": "Belirtecin ne için olduğu, örneğin bir betiğin adı.",
  "tokens.create": "Belirteç oluştur",
  "tokens.created": "Yeni belirteciniz. Şimdi kopyalayın: yalnızca bir kez gösterilir.",
  "tokens.none": "Henüz belirteç yok.",
  "tokens.createdAt": "Oluşturulma",
  "tokens.status": "Durum",
  "tokens.live": "etkin",
  "tokens.revoked": "{date} tarihinde iptal edildi",
  "tokens.revoke": "İptal et",
  "tokens.lifetime": "Geçerlilik süresi",
  "tokens.days": "{count, plural, one {# gün} other {# gün}}",
  "tokens.expiresAt": "Bitiş",
  "tokens.ended": "süresi doldu ya da oluşturan artık düzenleyici değil",
  "tokens.labelTooLong": "Etiketi 100 karakterin altında tutun.",
} satisfies Record<keyof typeof en, string>;
