import type { roundless as en } from "../en/roundless.js";

/** Azerbaijani: a Real-Time Delphi's wording of every message that names a round (one continuous study). */
export const roundless = {
  // Names, states and the organiser's overview.
  "roundless.round.title": "Real vaxt tədqiqatı",
  "roundless.rounds.title": "Tədqiqat",
  "roundless.rounds.none": "Tədqiqat hələ açılmayıb.",
  "roundless.question.pager": "Tədqiqatın sualları",
  "roundless.org.round.name": "Real vaxt tədqiqatı",
  "roundless.org.overview.rounds": "Tədqiqat",
  "roundless.org.overview.noRounds": "Tədqiqat hələ hazırlanmayıb.",
  "roundless.org.nav.results": "Tədqiqatın nəticələri",
  "roundless.org.nav.monitor": "Canlı monitorinq",
  "roundless.org.next.open": "Tədqiqatı açın",
  "roundless.org.next.close": "Hazır olanda tədqiqatı bağlayın",
  "roundless.org.next.publish": "Tədqiqatın nəticələrini dərc edin",
  "roundless.org.round.action.open": "Tədqiqatı açın",
  "roundless.org.round.action.close": "Tədqiqatı bağlayın",
  "roundless.org.round.action.publish": "Tədqiqatın nəticələrini dərc edin",
  "roundless.org.newRound.title": "Tədqiqatı hazırlayın",
  "roundless.org.newRound.questions": "Tədqiqatın sualları",
  "roundless.org.newRound.create": "Tədqiqatı qaralama kimi hazırlayın",
  "roundless.org.newRound.draftExists": "Tədqiqat qaralama kimi hazırdır: hazır olanda onu (yuxarıda) açın.",
  "roundless.org.rate.titleOpen": "İndiyədək cavab payı",
  "roundless.org.rate.title": "Cavab payı",
  "roundless.ops.schedule.save": "Tədqiqatın cədvəlini saxlayın",
  "roundless.ops.schedule.refused":
    "Tədqiqat “{state}” vəziyyətindədir: onun cədvəli artıq dəyişdirilə bilməz.",
  "roundless.sched.openNow": "Tədqiqatı indi açın",
  "roundless.org.refused.open":
    "Tədqiqat “{state}” vəziyyətindədir; yalnız “{required}” vəziyyətində olan tədqiqat açıla bilər.",
  "roundless.org.refused.close":
    "Tədqiqat “{state}” vəziyyətindədir; yalnız “{required}” vəziyyətində olan tədqiqat bağlana bilər.",
  "roundless.org.refused.publish":
    "Tədqiqat “{state}” vəziyyətindədir; yalnız “{required}” vəziyyətində olan tədqiqat dərc oluna bilər.",
  "roundless.org.refused.synthesis":
    "Tədqiqat “{state}” vəziyyətindədir; xülasə tədqiqat bağlandıqdan sonra yazılır.",
  "roundless.org.refused.forumClosed":
    "Bu forum bağlıdır və yalnız oxumaq üçündür: tədqiqatı yenidən açmaq olmaz.",
  "roundless.org.overview.closedReadOnly": "Bu forum bağlıdır: yalnız oxumaq üçündür.",
  "roundless.confirm.closeForum.readOnly":
    "Forum başa çatır və yalnız oxumaq üçün olur: tədqiqatı yenidən açmaq olmaz.",
  // Confirmations.
  "roundless.confirm.open.title": "Tədqiqat açılsın?",
  "roundless.confirm.open.answer": "Ekspertlər bundan sonra tədqiqatın suallarına cavab verə bilərlər.",
  "roundless.confirm.open.mail":
    "{count, plural, one {# ekspertə} other {# ekspertə}} tədqiqatın açıldığı barədə məktub göndəriləcək.",
  "roundless.confirm.open.irreversible":
    "məktubları geri çağırmaq olmaz, açılmış tədqiqat isə qaralamaya qayıda bilməz: onun sualları sabitdir.",
  "roundless.confirm.open.button": "Bəli, tədqiqatı açın",
  "roundless.confirm.close.title": "Tədqiqat bağlansın?",
  "roundless.confirm.close.early":
    "Tədqiqatın planlaşdırılmış bağlanmasına ({date}) hələ {days, plural, one {# gün} other {# gün}} qalır: onu vaxtından əvvəl bağlayırsınız.",
  "roundless.confirm.close.earlyHours":
    "Tədqiqatın planlaşdırılmış bağlanmasına ({date}) hələ {hours, plural, one {# saat} other {# saat}} qalır.",
  "roundless.confirm.close.due": "Tədqiqatın planlaşdırılmış bağlanma vaxtı ({date}) keçib.",
  "roundless.confirm.close.noSchedule": "Tədqiqatın planlaşdırılmış bağlanma vaxtı yoxdur.",
  "roundless.confirm.close.irreversible":
    "bağlanmış tədqiqatı yenidən açmaq olmaz, nəticələri isə bir daha dəyişmir.",
  "roundless.confirm.close.button": "Bəli, tədqiqatı bağlayın",
  "roundless.confirm.publish.title": "Tədqiqatın nəticələri dərc olunsun?",
  "roundless.confirm.publish.readers":
    "Maraqlı tərəflər (oxucular) tədqiqatın nəticələrini və xülasəsini paneldə və hesabatda görəcəklər.",
  "roundless.confirm.publish.noSynthesis": "Bu tədqiqat üçün hələ xülasə yazmamısınız.",
  "roundless.confirm.publish.irreversible": "dərc olunmuş nəticələri geri götürmək olmaz.",
  "roundless.confirm.publish.button": "Bəli, nəticələri dərc edin",
  // Notices after an action.
  "roundless.notice.round-created": "Tədqiqat qaralama kimi hazırlandı. Hazır olanda onu açın.",
  "roundless.notice.round-opened": "Tədqiqat açıldı. Ekspertlərə məktublar göndərilir.",
  "roundless.notice.round-closed":
    "Tədqiqat bağlandı. Nəticələri sabitləndi; xülasəni yazın, sonra dərc edin.",
  "roundless.notice.round-published":
    "Tədqiqatın nəticələri dərc olundu. Maraqlı tərəflər artıq onları görür.",
  "roundless.answer.notice.submitted": "Cavab göndərildi. Tədqiqat bağlanana qədər onu dəyişə bilərsiniz.",
  // Reminders.
  "roundless.remind.title": "Tədqiqat üçün xatırlatma",
  "roundless.remind.notOpen": "Tədqiqat açıq deyil: xatırlatmağa bir şey yoxdur.",
  "roundless.sched.remind.title": "Tədqiqat üçün indi xatırlatma göndərilsin?",
  "roundless.sched.remind.who":
    "{count, plural, one {Bütün suallara cavab verməmiş # ekspert} other {Bütün suallara cavab verməmiş # ekspert}} tədqiqata keçidi olan xatırlatma məktubu alacaq.",
  "roundless.ops.settings.reminderDays": "Tədqiqat bağlanmazdan əvvəl xatırlatmalar",
  // Live monitor, results and consensus.
  "roundless.monitor.title": "Tədqiqatın canlı monitorinqi",
  "roundless.org.results.title": "Tədqiqatın nəticələri",
  "roundless.org.results.publishHint": "Dərc etmək bu nəticələri maraqlı tərəflərə göstərir.",
  "roundless.org.results.synthesisLabel": "Qrupun dedikləri",
  "roundless.org.results.notInRound": "Bu tədqiqatda soruşulmayıb.",
  "roundless.org.results.retired": "Konsensus əldə olunub",
  "roundless.org.newRound.retire": "konsensus əldə olunub",
  "roundless.org.consensus.met": "konsensus əldə olunub",
  "roundless.org.consensus.notMet": "konsensus yoxdur",
  "roundless.org.answers.none": "Bu tədqiqatda cavab yoxdur.",
  "roundless.org.answers.synthesisHint": "Maraqlı tərəflər bunu tədqiqatın nəticələri ilə birlikdə oxuyur.",
  // Experts' pages.
  "roundless.answer.title": "Sizin cavabınız",
  "roundless.answer.closed": "Tədqiqat bağlıdır; cavabları artıq dəyişmək olmaz.",
  "roundless.answer.yoursInRound": "Sizin cavabınız:",
  "roundless.answer.noneInRound": "Bu suala cavab verməmisiniz.",
  "roundless.answer.refusedClosedTitle": "Tədqiqat bağlanıb",
  "roundless.answer.refusedClosed": "Tədqiqat cavabınız çatmazdan əvvəl bağlandı, ona görə cavab saxlanmadı.",
  "roundless.feedback.title": "Qrupun cavabları",
  "roundless.feedback.chartTitle": "Qrupun cavabları",
  "roundless.feedback.noPrevious": "Bu suala cavab verməmisiniz.",
  "roundless.stages.round": "Tədqiqat",
  "roundless.ops.rate.round": "Tədqiqat",
  "roundless.discussion.closed": "Tədqiqat bağlıdır: müzakirəni oxumaq olar, amma əlavə etmək olmaz.",
  "roundless.discussion.orgTitle": "“{question}” sualının müzakirəsi",
  "roundless.moderation.where": "“{question}”",
  "roundless.ops.qedit.refused":
    "Bu sual açıq tədqiqatın bir hissəsidir: tədqiqat bağlanana qədər onun mətni dəyişə bilməz.",
  "roundless.ops.qedit.changed": "Mətn tədqiqatda soruşulandan sonra dəyişib.",
  "roundless.tr.error.openRound":
    "Tədqiqat açıqdır: ekspertlər bu mətnləri indi oxuyurlar. Hamı eyni suala cavab versin deyə, onları tədqiqat bağlandıqdan sonra dəyişin.",
  // Readers' dashboard, report and shared links.
  "roundless.dashboard.roundLabel": "Tədqiqat",
  "roundless.dashboard.none": "Tədqiqatın nəticələri hələ dərc olunmayıb.",
  "roundless.dashboard.measuredIn": "Real vaxt tədqiqatında ölçülüb, {date} tarixində dərc olunub.",
  "roundless.dashboard.noGroups": "Bu tədqiqatda heç bir qrup {k} cavab verənə çatmayıb.",
  "roundless.dashboard.convergenceOne":
    "Real vaxt tədqiqatı bir nəticələr dəsti dərc edir: zamanla dəyişikliyi göstərən qrafik yoxdur.",
  "roundless.read.convergenceLater":
    "Real vaxt tədqiqatı bir nəticələr dəsti dərc edir: zamanla dəyişiklik göstərilmir.",
  "roundless.read.roundOf": "Real vaxt tədqiqatı",
  "roundless.read.synthesisTitle": "Təşkilatçıların tədqiqat üzrə xülasəsi",
  "roundless.read.synthesisBy":
    "Forumun təşkilatçıları tərəfindən yazılıb; tədqiqatın nəticələri ilə birlikdə {date} tarixində dərc olunub.",
  "roundless.read.howConsensus":
    "“Konsensus” təşkilatçıların tədqiqatdan əvvəl qoyduğu qaydanın ödənməsi deməkdir, məsələn, cavabların orta yarısının ən çoxu 15 bal aralığında olması.",
  "roundless.glossary.consensus.def":
    "Təşkilatçıların tədqiqatdan əvvəl qoyduğu qayda, məsələn, cavabların orta yarısının ən çoxu 15 faiz bəndi aralığında olması. “Konsensus” qaydanın ödəndiyini bildirir, hamının razı olduğunu yox.",
  "roundless.method.def.recency-median":
    "Tədqiqat ərzində sonradan verilən cavabların əvvəlkilərdən çox çəkiyə malik olduğu median.",
  "roundless.glossary.recency.def":
    "Tədqiqat ərzində sonradan verilən cavabların əvvəlkilərdən çox çəkiyə malik olduğu median: yeni məlumatdan sonra cavabını yeniləyən ekspertlər daha çox çəki alır.",
  "roundless.summary.firstRound":
    "Real vaxt tədqiqatı nəticələrini bir dəfə dərc edir, ona görə müqayisə üçün əvvəlki nəticə yoxdur.",
  "roundless.report.title": "Tədqiqat hesabatı",
  "roundless.report.forum": "{forum}: real vaxt tədqiqatı",
  "roundless.my.round": "Real vaxt tədqiqatı",
  "roundless.forums.openRound": "Tədqiqat açıqdır",
  "roundless.forums.noOpenRound": "Tədqiqat açıq deyil.",
  "roundless.share.intro":
    "Paylaşılan keçid hesabı olmayan insanlara tədqiqatın dərc olunmuş panelini və hesabatını oxumağa imkan verir. O, heç vaxt ayrı bir şəxsin cavabını və ya əsaslandırmasını göstərmir və onu istənilən vaxt ləğv edə bilərsiniz.",
  "roundless.share.round": "Paylaşılacaq nəticələr",
  "roundless.share.roundOption": "Real vaxt tədqiqatı, {date} tarixində dərc olunub",
  "roundless.share.created":
    "Tədqiqat üçün paylaşılan keçid yaradıldı. Onu indi kopyalayın: yalnız bir dəfə göstərilir.",
  "roundless.share.noRounds":
    "Tədqiqatın nəticələri hələ dərc olunmayıb: yalnız dərc olunmuş nəticələri paylaşmaq olar.",
  "roundless.share.roundCol": "Tədqiqat",
  "roundless.share.revokeConfirm":
    "Bu keçid ləğv edilsin? Ondan istifadə edən heç kim nəticələri artıq görməyəcək. Bunu geri qaytarmaq olmaz.",
  "roundless.share.pageTitle": "{forum}: panel nə düşünür",
  "roundless.share.from": "“{forum}” forumundan",
  "roundless.share.manage": "Nəticələri paylaşın",
  "roundless.share.revokeTitle": "Tədqiqatın nəticələrinə paylaşılan keçid ləğv edilsin?",
  // E-mails.
  "roundless.invite.role.expert":
    "Siz ekspert kimi dəvət olunursunuz: suallara cavab verir, əsaslarınızı yazır, cavab verdikdən sonra qrupun anonim cavablarını görür və öz cavablarınızı istədiyiniz vaxt yenidən nəzərdən keçirirsiniz.",
  "roundless.invite.schedule.open": "Tədqiqat indi açıqdır; {date} tarixində bağlanır.",
  "roundless.invite.schedule.openNoClose": "Tədqiqat indi açıqdır.",
  "roundless.invite.schedule.none": "Tədqiqat hələ açıq deyil: açılanda məktub alacaqsınız.",
  "roundless.org.mail.roundOpen.subject": "{forum}: tədqiqat açıqdır",
  "roundless.org.mail.roundOpen.body":
    "“{forum}” ekspert forumunun real vaxt tədqiqatı açıqdır. Cavablarınız digər ekspertlərə yalnız təxəllüsünüz altında göstərilir.",
  "roundless.org.mail.roundOpen.action": "Tədqiqata keçin",
  "roundless.ops.mail.closes": "Tədqiqat {local} ({zone}), yəni {utc} tarixində bağlanır.",
  "roundless.ops.mail.closesUtc": "Tədqiqat {utc} tarixində bağlanır.",
  "roundless.ops.mail.reminder.subject": "Xatırlatma: {forum}, tədqiqat tezliklə bağlanır",
  "roundless.ops.mail.reminder.body":
    "Tədqiqat hələ açıqdır və siz {total} sualdan {answered} suala cavab vermisiniz. Əmin olmasanız belə, cavablarınız faydalıdır.",
  "roundless.org.outbox.kind.round-open": "Tədqiqat açıldı",
} satisfies Record<keyof typeof en, string>;
