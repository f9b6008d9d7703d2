import type { roundless as en } from "../en/roundless.js";

/** Turkish: a Real-Time Delphi's wording of every message that names a round (one continuous study). */
export const roundless = {
  // Names, states and the organiser's overview.
  "roundless.round.title": "Gerçek zamanlı çalışma",
  "roundless.rounds.title": "Çalışma",
  "roundless.rounds.none": "Çalışma henüz açılmadı.",
  "roundless.question.pager": "Çalışmanın soruları",
  "roundless.org.round.name": "Gerçek zamanlı çalışma",
  "roundless.org.overview.rounds": "Çalışma",
  "roundless.org.overview.noRounds": "Çalışma henüz hazırlanmadı.",
  "roundless.org.nav.results": "Çalışmanın sonuçları",
  "roundless.org.nav.monitor": "Canlı izleme",
  "roundless.org.next.open": "Çalışmayı açın",
  "roundless.org.next.close": "Hazır olduğunuzda çalışmayı kapatın",
  "roundless.org.next.publish": "Çalışmanın sonuçlarını yayımlayın",
  "roundless.org.round.action.open": "Çalışmayı aç",
  "roundless.org.round.action.close": "Çalışmayı kapat",
  "roundless.org.round.action.publish": "Çalışmanın sonuçlarını yayımla",
  "roundless.org.newRound.title": "Çalışmayı hazırla",
  "roundless.org.newRound.questions": "Çalışmanın soruları",
  "roundless.org.newRound.create": "Çalışmayı taslak olarak hazırla",
  "roundless.org.newRound.draftExists": "Çalışma taslak olarak hazır: hazır olduğunda onu (yukarıda) açın.",
  "roundless.org.rate.titleOpen": "Şimdiye kadarki yanıt oranı",
  "roundless.org.rate.title": "Yanıt oranı",
  "roundless.ops.schedule.save": "Çalışmanın takvimini kaydet",
  "roundless.ops.schedule.refused": "Çalışma şu anda “{state}”: takvimi artık değiştirilemez.",
  "roundless.sched.openNow": "Çalışmayı şimdi aç",
  "roundless.org.refused.open":
    "Çalışma şu anda “{state}”; yalnızca “{required}” durumdaki bir çalışma açılabilir.",
  "roundless.org.refused.close":
    "Çalışma şu anda “{state}”; yalnızca “{required}” durumdaki bir çalışma kapatılabilir.",
  "roundless.org.refused.publish":
    "Çalışma şu anda “{state}”; yalnızca “{required}” durumdaki bir çalışma yayımlanabilir.",
  "roundless.org.refused.synthesis": "Çalışma şu anda “{state}”; özet, çalışma kapandıktan sonra yazılır.",
  "roundless.org.refused.forumClosed": "Bu forum kapalı ve salt okunur: çalışma yeniden açılamaz.",
  "roundless.org.overview.closedReadOnly": "Bu forum kapalı: salt okunurdur.",
  "roundless.confirm.closeForum.readOnly": "Forum sona erer ve salt okunur olur: çalışma yeniden açılamaz.",
  // Confirmations.
  "roundless.confirm.open.title": "Çalışma açılsın mı?",
  "roundless.confirm.open.answer": "Uzmanlar bundan sonra çalışmanın sorularını yanıtlayabilir.",
  "roundless.confirm.open.mail":
    "{count, plural, one {# uzmana} other {# uzmana}} çalışmanın açıldığı e-postayla bildirilir.",
  "roundless.confirm.open.irreversible":
    "e-postalar geri alınamaz ve açılmış bir çalışma taslağa dönemez: soruları sabittir.",
  "roundless.confirm.open.button": "Evet, çalışmayı aç",
  "roundless.confirm.close.title": "Çalışma kapatılsın mı?",
  "roundless.confirm.close.early":
    "Çalışmanın planlanan kapanışına ({date}) daha {days, plural, one {# gün} other {# gün}} var: çalışmayı süresinden önce kapatıyorsunuz.",
  "roundless.confirm.close.earlyHours":
    "Çalışmanın planlanan kapanışına ({date}) daha {hours, plural, one {# saat} other {# saat}} var.",
  "roundless.confirm.close.due": "Çalışmanın planlanan kapanış zamanı ({date}) geçti.",
  "roundless.confirm.close.noSchedule": "Çalışmanın planlanmış bir kapanışı yok.",
  "roundless.confirm.close.irreversible":
    "kapatılan çalışma yeniden açılamaz ve sonuçları bir daha değişmez.",
  "roundless.confirm.close.button": "Evet, çalışmayı kapat",
  "roundless.confirm.publish.title": "Çalışmanın sonuçları yayımlansın mı?",
  "roundless.confirm.publish.readers":
    "Paydaşlar (okuyucular) çalışmanın sonuçlarını ve özetini panoda ve raporda görür.",
  "roundless.confirm.publish.noSynthesis": "Bu çalışma için henüz bir özet yazmadınız.",
  "roundless.confirm.publish.irreversible": "yayımlanan sonuçlar yayından kaldırılamaz.",
  "roundless.confirm.publish.button": "Evet, sonuçları yayımla",
  // Notices after an action.
  "roundless.notice.round-created": "Çalışma taslak olarak hazırlandı. Hazır olduğunda açın.",
  "roundless.notice.round-opened": "Çalışma açıldı. Uzmanlara e-posta gönderiliyor.",
  "roundless.notice.round-closed": "Çalışma kapatıldı. Sonuçları donduruldu; özeti yazın, sonra yayımlayın.",
  "roundless.notice.round-published": "Çalışmanın sonuçları yayımlandı. Paydaşlar artık sonuçları görebilir.",
  "roundless.answer.notice.submitted": "Yanıt gönderildi. Çalışma kapanana kadar düzeltebilirsiniz.",
  // Reminders.
  "roundless.remind.title": "Çalışma için hatırlatma",
  "roundless.remind.notOpen": "Çalışma açık değil: hatırlatılacak bir şey yok.",
  "roundless.sched.remind.title": "Çalışma için şimdi hatırlatma gönderilsin mi?",
  "roundless.sched.remind.who":
    "{count, plural, one {Her soruyu yanıtlamamış # uzman} other {Her soruyu yanıtlamamış # uzman}} çalışmaya bağlantı içeren bir hatırlatma e-postası alacak.",
  "roundless.ops.settings.reminderDays": "Çalışma kapanmadan önceki hatırlatmalar",
  // Live monitor, results and consensus.
  "roundless.monitor.title": "Çalışmanın canlı izlemesi",
  "roundless.org.results.title": "Çalışmanın sonuçları",
  "roundless.org.results.publishHint": "Yayımlamak bu sonuçları paydaşlara gösterir.",
  "roundless.org.results.synthesisLabel": "Grubun söyledikleri",
  "roundless.org.results.notInRound": "Bu çalışmada sorulmadı.",
  "roundless.org.results.retired": "Uzlaşıya varıldı",
  "roundless.org.newRound.retire": "uzlaşıya varıldı",
  "roundless.org.consensus.met": "uzlaşıya varıldı",
  "roundless.org.consensus.notMet": "uzlaşı yok",
  "roundless.org.answers.none": "Bu çalışmada yanıt yok.",
  "roundless.org.answers.synthesisHint": "Paydaşlar bunu çalışmanın sonuçlarıyla birlikte okur.",
  // Experts' pages.
  "roundless.answer.title": "Yanıtınız",
  "roundless.answer.closed": "Çalışma kapandı; yanıtlar artık değiştirilemez.",
  "roundless.answer.yoursInRound": "Yanıtınız:",
  "roundless.answer.noneInRound": "Bu soruyu yanıtlamadınız.",
  "roundless.answer.refusedClosedTitle": "Çalışma kapandı",
  "roundless.answer.refusedClosed": "Çalışma, yanıtınız ulaşmadan kapandı; bu yüzden yanıt kaydedilmedi.",
  "roundless.feedback.title": "Grubun yanıtları",
  "roundless.feedback.chartTitle": "Grubun yanıtları",
  "roundless.feedback.noPrevious": "Bu soruyu yanıtlamadınız.",
  "roundless.stages.round": "Çalışma",
  "roundless.ops.rate.round": "Çalışma",
  "roundless.discussion.closed": "Çalışma kapandı: tartışma okunabilir ama yeni katkı eklenemez.",
  "roundless.discussion.orgTitle": "“{question}” sorusunun tartışması",
  "roundless.moderation.where": "“{question}”",
  "roundless.ops.qedit.refused":
    "Bu soru açık çalışmanın bir parçası: çalışma kapanana kadar ifadesi değiştirilemez.",
  "roundless.ops.qedit.changed": "İfade, soru çalışmada sorulduktan sonra değişti.",
  "roundless.tr.error.openRound":
    "Çalışma açık: uzmanlar bu metinleri şu anda okuyor. Herkes aynı soruyu yanıtlasın diye onları çalışma kapandıktan sonra değiştirin.",
  // Readers' dashboard, report and shared links.
  "roundless.dashboard.roundLabel": "Çalışma",
  "roundless.dashboard.none": "Çalışmanın sonuçları henüz yayımlanmadı.",
  "roundless.dashboard.measuredIn": "Gerçek zamanlı çalışmada ölçüldü, {date} tarihinde yayımlandı.",
  "roundless.dashboard.noGroups": "Bu çalışmada hiçbir grup {k} yanıtlayana ulaşmadı.",
  "roundless.dashboard.convergenceOne":
    "Gerçek zamanlı çalışma tek bir sonuç kümesi yayımlar: zaman içindeki değişimi gösteren grafik yok.",
  "roundless.read.convergenceLater":
    "Gerçek zamanlı çalışma tek bir sonuç kümesi yayımlar: zaman içinde değişim gösterilmez.",
  "roundless.read.roundOf": "Gerçek zamanlı çalışma",
  "roundless.read.synthesisTitle": "Düzenleyicilerin çalışma özeti",
  "roundless.read.synthesisBy":
    "Forumun düzenleyicileri tarafından yazıldı; çalışmanın sonuçlarıyla birlikte {date} tarihinde yayımlandı.",
  "roundless.read.howConsensus":
    "“Uzlaşı”, düzenleyicilerin çalışmadan önce koyduğu kuralın sağlandığı anlamına gelir; örneğin yanıtların ortadaki yarısının en fazla 15 puanlık bir aralıkta olması.",
  "roundless.glossary.consensus.def":
    "Düzenleyicilerin çalışmadan önce koyduğu kural; örneğin yanıtların ortadaki yarısının en fazla 15 yüzde puanlık bir aralıkta olması. “Uzlaşı” kuralın sağlandığı anlamına gelir, herkesin aynı fikirde olduğu anlamına değil.",
  "roundless.method.def.recency-median":
    "Çalışmada daha sonra verilen yanıtların öncekilerden daha çok sayıldığı bir medyan.",
  "roundless.glossary.recency.def":
    "Çalışmada daha sonra verilen yanıtların öncekilerden daha çok sayıldığı bir medyan; yeni bilgiden sonra yanıtını güncelleyen uzmanlar daha ağır basar.",
  "roundless.summary.firstRound":
    "Gerçek zamanlı çalışma sonuçlarını bir kez yayımlar; bu yüzden karşılaştırılacak önceki bir sonuç yok.",
  "roundless.report.title": "Çalışma raporu",
  "roundless.report.forum": "{forum}: gerçek zamanlı çalışma",
  "roundless.my.round": "Gerçek zamanlı çalışma",
  "roundless.forums.openRound": "Çalışma açık",
  "roundless.forums.noOpenRound": "Çalışma açık değil.",
  "roundless.share.intro":
    "Paylaşılan bir bağlantı, hesabı olmayan kişilerin çalışmanın yayımlanmış panosunu ve raporunu okumasını sağlar. Hiçbir zaman tek bir kişinin yanıtını veya gerekçesini göstermez ve istediğiniz zaman iptal edebilirsiniz.",
  "roundless.share.round": "Paylaşılacak sonuçlar",
  "roundless.share.roundOption": "Gerçek zamanlı çalışma, {date} tarihinde yayımlandı",
  "roundless.share.created":
    "Çalışma için paylaşılan bağlantı oluşturuldu. Şimdi kopyalayın: yalnızca bir kez gösterilir.",
  "roundless.share.noRounds":
    "Çalışmanın sonuçları henüz yayımlanmadı: yalnızca yayımlanmış sonuçlar paylaşılabilir.",
  "roundless.share.roundCol": "Çalışma",
  "roundless.share.revokeConfirm":
    "Bu bağlantı iptal edilsin mi? Onu kullanan hiç kimse sonuçları artık göremez. Bu geri alınamaz.",
  "roundless.share.pageTitle": "{forum}: panel ne düşünüyor",
  "roundless.share.from": "“{forum}” forumundan",
  "roundless.share.manage": "Sonuçları paylaş",
  "roundless.share.revokeTitle": "Çalışmanın sonuçlarına paylaşılan bağlantı iptal edilsin mi?",
  // E-mails.
  "roundless.invite.role.expert":
    "Uzman olarak davet edildiniz: soruları yanıtlar, gerekçelerinizi yazar, yanıtladıktan sonra grubun anonim yanıtlarını görür ve kendi yanıtlarınızı istediğiniz zaman gözden geçirirsiniz.",
  "roundless.invite.schedule.open": "Çalışma şu anda açık; {date} tarihinde kapanır.",
  "roundless.invite.schedule.openNoClose": "Çalışma şu anda açık.",
  "roundless.invite.schedule.none": "Çalışma henüz açık değil: açıldığında bir e-posta alacaksınız.",
  "roundless.org.mail.roundOpen.subject": "{forum}: çalışma açık",
  "roundless.org.mail.roundOpen.body":
    "“{forum}” uzman forumunun gerçek zamanlı çalışması açık. Yanıtlarınız diğer uzmanlara yalnızca takma adınızla gösterilir.",
  "roundless.org.mail.roundOpen.action": "Çalışmaya git",
  "roundless.ops.mail.closes": "Çalışma {local} ({zone}), yani {utc} tarihinde kapanır.",
  "roundless.ops.mail.closesUtc": "Çalışma {utc} tarihinde kapanır.",
  "roundless.ops.mail.reminder.subject": "Hatırlatma: {forum}, çalışma yakında kapanıyor",
  "roundless.ops.mail.reminder.body":
    "Çalışma hâlâ açık ve {total} sorudan {answered} tanesini yanıtladınız. Emin olmasanız bile yanıtlarınız işe yarar.",
  "roundless.org.outbox.kind.round-open": "Çalışma açıldı",
} satisfies Record<keyof typeof en, string>;
