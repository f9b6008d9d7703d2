import type { roundless as en } from "../en/roundless.js";

/** Persian: a Real-Time Delphi's wording of every message that names a round (one continuous study). */
export const roundless = {
  // Names, states and the organiser's overview.
  "roundless.round.title": "مطالعهٔ بی‌درنگ",
  "roundless.rounds.title": "مطالعه",
  "roundless.rounds.none": "مطالعه هنوز باز نشده است.",
  "roundless.question.pager": "پرسش‌های مطالعه",
  "roundless.org.round.name": "مطالعهٔ بی‌درنگ",
  "roundless.org.overview.rounds": "مطالعه",
  "roundless.org.overview.noRounds": "مطالعه هنوز آماده نشده است.",
  "roundless.org.nav.results": "نتایج مطالعه",
  "roundless.org.nav.monitor": "پایش زنده",
  "roundless.org.next.open": "مطالعه را باز کنید",
  "roundless.org.next.close": "هر وقت آماده بودید مطالعه را ببندید",
  "roundless.org.next.publish": "نتایج مطالعه را منتشر کنید",
  "roundless.org.round.action.open": "باز کردن مطالعه",
  "roundless.org.round.action.close": "بستن مطالعه",
  "roundless.org.round.action.publish": "انتشار نتایج مطالعه",
  "roundless.org.newRound.title": "آماده‌سازی مطالعه",
  "roundless.org.newRound.questions": "پرسش‌های مطالعه",
  "roundless.org.newRound.create": "آماده‌سازی مطالعه به‌صورت پیش‌نویس",
  "roundless.org.newRound.draftExists":
    "مطالعه به‌صورت پیش‌نویس آماده است: هر وقت آماده شد آن را (در بالا) باز کنید.",
  "roundless.org.rate.titleOpen": "نرخ پاسخ تا این لحظه",
  "roundless.org.rate.title": "نرخ پاسخ",
  "roundless.ops.schedule.save": "ذخیرهٔ زمان‌بندی مطالعه",
  "roundless.ops.schedule.refused": "مطالعه در وضعیت «{state}» است: زمان‌بندی آن دیگر قابل تغییر نیست.",
  "roundless.sched.openNow": "همین حالا مطالعه را باز کنید",
  "roundless.org.refused.open":
    "مطالعه در وضعیت «{state}» است؛ تنها مطالعه‌ای در وضعیت «{required}» را می‌توان باز کرد.",
  "roundless.org.refused.close":
    "مطالعه در وضعیت «{state}» است؛ تنها مطالعه‌ای در وضعیت «{required}» را می‌توان بست.",
  "roundless.org.refused.publish":
    "مطالعه در وضعیت «{state}» است؛ تنها مطالعه‌ای در وضعیت «{required}» را می‌توان منتشر کرد.",
  "roundless.org.refused.synthesis":
    "مطالعه در وضعیت «{state}» است؛ جمع‌بندی پس از بسته شدن مطالعه نوشته می‌شود.",
  "roundless.org.refused.forumClosed": "این انجمن بسته و فقط‌خواندنی است: مطالعه دوباره باز نمی‌شود.",
  "roundless.org.overview.closedReadOnly": "این انجمن بسته است: فقط‌خواندنی است.",
  "roundless.confirm.closeForum.readOnly": "انجمن پایان می‌یابد و فقط‌خواندنی می‌شود: مطالعه دوباره باز نمی‌شود.",
  // Confirmations.
  "roundless.confirm.open.title": "مطالعه باز شود؟",
  "roundless.confirm.open.answer": "از این پس کارشناسان می‌توانند به پرسش‌های مطالعه پاسخ دهند.",
  "roundless.confirm.open.mail":
    "به {count, plural, one {# کارشناس} other {# کارشناس}} ایمیلی دربارهٔ باز شدن مطالعه فرستاده می‌شود.",
  "roundless.confirm.open.irreversible":
    "ایمیل‌ها پس گرفته نمی‌شوند و مطالعهٔ باز به پیش‌نویس برنمی‌گردد: پرسش‌هایش ثابت است.",
  "roundless.confirm.open.button": "بله، مطالعه را باز کن",
  "roundless.confirm.close.title": "مطالعه بسته شود؟",
  "roundless.confirm.close.early":
    "تا زمان بسته شدن برنامه‌ریزی‌شدهٔ مطالعه ({date}) هنوز {days, plural, one {# روز} other {# روز}} مانده است: شما آن را زودتر از موعد می‌بندید.",
  "roundless.confirm.close.earlyHours":
    "تا زمان بسته شدن برنامه‌ریزی‌شدهٔ مطالعه ({date}) هنوز {hours, plural, one {# ساعت} other {# ساعت}} مانده است.",
  "roundless.confirm.close.due": "زمان بسته شدن برنامه‌ریزی‌شدهٔ مطالعه ({date}) گذشته است.",
  "roundless.confirm.close.noSchedule": "مطالعه زمان بسته شدن برنامه‌ریزی‌شده ندارد.",
  "roundless.confirm.close.irreversible": "مطالعهٔ بسته‌شده دوباره باز نمی‌شود و نتایجش دیگر تغییر نمی‌کند.",
  "roundless.confirm.close.button": "بله، مطالعه را ببند",
  "roundless.confirm.publish.title": "نتایج مطالعه منتشر شود؟",
  "roundless.confirm.publish.readers":
    "ذی‌نفعان (خوانندگان) نتایج و جمع‌بندی مطالعه را در داشبورد و گزارش می‌بینند.",
  "roundless.confirm.publish.noSynthesis": "هنوز برای این مطالعه جمع‌بندی ننوشته‌اید.",
  "roundless.confirm.publish.irreversible": "نتایج منتشرشده را نمی‌توان از انتشار خارج کرد.",
  "roundless.confirm.publish.button": "بله، نتایج را منتشر کن",
  // Notices after an action.
  "roundless.notice.round-created": "مطالعه به‌صورت پیش‌نویس آماده شد. هر وقت آماده بود آن را باز کنید.",
  "roundless.notice.round-opened": "مطالعه باز شد. برای کارشناسانش ایمیل فرستاده می‌شود.",
  "roundless.notice.round-closed": "مطالعه بسته شد. نتایجش ثابت شد؛ جمع‌بندی را بنویسید و سپس منتشر کنید.",
  "roundless.notice.round-published": "نتایج مطالعه منتشر شد. اکنون ذی‌نفعان نتایج را می‌بینند.",
  "roundless.answer.notice.submitted": "پاسخ ارسال شد. تا بسته‌شدن مطالعه می‌توانید آن را بازنگری کنید.",
  // Reminders.
  "roundless.remind.title": "یادآوری برای مطالعه",
  "roundless.remind.notOpen": "مطالعه باز نیست: چیزی برای یادآوری نیست.",
  "roundless.sched.remind.title": "همین حالا یادآوری برای مطالعه فرستاده شود؟",
  "roundless.sched.remind.who":
    "{count, plural, one {# کارشناس که به همهٔ پرسش‌ها پاسخ نداده است ایمیل یادآوری با پیوند مطالعه را دریافت می‌کند.} other {# کارشناس که به همهٔ پرسش‌ها پاسخ نداده‌اند ایمیل یادآوری با پیوند مطالعه را دریافت می‌کنند.}}",
  "roundless.ops.settings.reminderDays": "یادآوری‌ها پیش از بسته شدن مطالعه",
  // Live monitor, results and consensus.
  "roundless.monitor.title": "پایش زندهٔ مطالعه",
  "roundless.org.results.title": "نتایج مطالعه",
  "roundless.org.results.publishHint": "انتشار، این نتایج را به ذی‌نفعان نشان می‌دهد.",
  "roundless.org.results.synthesisLabel": "آنچه گروه گفت",
  "roundless.org.results.notInRound": "در این مطالعه پرسیده نشده است.",
  "roundless.org.results.retired": "اجماع حاصل شد",
  "roundless.org.newRound.retire": "اجماع حاصل شد",
  "roundless.org.consensus.met": "اجماع حاصل شد",
  "roundless.org.consensus.notMet": "بدون اجماع",
  "roundless.org.answers.none": "در این مطالعه پاسخی نیست.",
  "roundless.org.answers.synthesisHint": "ذی‌نفعان این را همراه با نتایج مطالعه می‌خوانند.",
  // Experts' pages.
  "roundless.answer.title": "پاسخ شما",
  "roundless.answer.closed": "مطالعه بسته است؛ پاسخ‌ها دیگر تغییر نمی‌کنند.",
  "roundless.answer.yoursInRound": "پاسخ شما:",
  "roundless.answer.noneInRound": "شما به این پرسش پاسخ نداده‌اید.",
  "roundless.answer.refusedClosedTitle": "مطالعه بسته شده است",
  "roundless.answer.refusedClosed": "مطالعه پیش از رسیدن پاسخ شما بسته شد، پس پاسخ ذخیره نشد.",
  "roundless.feedback.title": "پاسخ‌های گروه",
  "roundless.feedback.chartTitle": "پاسخ‌های گروه",
  "roundless.feedback.noPrevious": "شما به این پرسش پاسخ نداده‌اید.",
  "roundless.stages.round": "مطالعه",
  "roundless.ops.rate.round": "مطالعه",
  "roundless.discussion.closed": "مطالعه بسته است: گفت‌وگو را می‌توان خواند اما نمی‌توان چیزی به آن افزود.",
  "roundless.discussion.orgTitle": "گفت‌وگو دربارهٔ «{question}»",
  "roundless.moderation.where": "«{question}»",
  "roundless.ops.qedit.refused": "این پرسش بخشی از مطالعهٔ باز است: تا بسته شدن مطالعه متن آن تغییر نمی‌کند.",
  "roundless.ops.qedit.changed": "متن پس از پرسیده شدن در مطالعه تغییر کرده است.",
  "roundless.tr.error.openRound":
    "مطالعه باز است: کارشناسان همین حالا این متن‌ها را می‌خوانند. آن‌ها را پس از بسته شدن مطالعه تغییر دهید تا همه به یک پرسش پاسخ دهند.",
  // Readers' dashboard, report and shared links.
  "roundless.dashboard.roundLabel": "مطالعه",
  "roundless.dashboard.none": "نتایج مطالعه هنوز منتشر نشده است.",
  "roundless.dashboard.measuredIn": "در مطالعهٔ بی‌درنگ سنجیده شد، منتشرشده در {date}.",
  "roundless.dashboard.noGroups": "در این مطالعه هیچ گروهی به {k} پاسخ‌دهنده نرسید.",
  "roundless.dashboard.convergenceOne":
    "مطالعهٔ بی‌درنگ یک مجموعه نتیجه منتشر می‌کند: تغییری در طول زمان برای نمودار نیست.",
  "roundless.read.convergenceLater":
    "مطالعهٔ بی‌درنگ یک مجموعه نتیجه منتشر می‌کند: تغییری در طول زمان نشان داده نمی‌شود.",
  "roundless.read.roundOf": "مطالعهٔ بی‌درنگ",
  "roundless.read.synthesisTitle": "جمع‌بندی برگزارکنندگان از مطالعه",
  "roundless.read.synthesisBy": "نوشتهٔ برگزارکنندگان انجمن؛ همراه با نتایج مطالعه در {date} منتشر شد.",
  "roundless.read.howConsensus":
    "«اجماع» یعنی قاعده‌ای که برگزارکنندگان پیش از مطالعه تعیین کردند برآورده شده است، مثلاً اینکه نیمهٔ میانی پاسخ‌ها حداکثر ۱۵ واحد را در بر بگیرد.",
  "roundless.glossary.consensus.def":
    "قاعده‌ای که برگزارکنندگان پیش از مطالعه تعیین کردند، مثلاً اینکه نیمهٔ میانی پاسخ‌ها حداکثر ۱۵ واحد درصد را در بر بگیرد. «اجماع» یعنی این قاعده برآورده شده، نه اینکه همه موافق‌اند.",
  "roundless.method.def.recency-median":
    "میانه‌ای که در آن پاسخ‌های دیرتر در مطالعه بیش از پاسخ‌های زودتر وزن دارند.",
  "roundless.glossary.recency.def":
    "میانه‌ای که در آن پاسخ‌های دیرتر در مطالعه بیش از پاسخ‌های زودتر وزن دارند، پس کارشناسانی که پس از اطلاعات تازه پاسخ خود را به‌روز کردند وزن بیشتری دارند.",
  "roundless.summary.firstRound":
    "مطالعهٔ بی‌درنگ نتایجش را یک بار منتشر می‌کند، پس نتیجهٔ پیشینی برای مقایسه نیست.",
  "roundless.report.title": "گزارش مطالعه",
  "roundless.report.forum": "{forum}: مطالعهٔ بی‌درنگ",
  "roundless.my.round": "مطالعهٔ بی‌درنگ",
  "roundless.forums.openRound": "مطالعه باز است",
  "roundless.forums.noOpenRound": "مطالعه باز نیست.",
  "roundless.share.intro":
    "پیوند اشتراکی به افراد بدون حساب امکان می‌دهد داشبورد و گزارش منتشرشدهٔ مطالعه را بخوانند. این پیوند هرگز پاسخ یا دلایل یک فرد را نشان نمی‌دهد و هر زمان می‌توانید آن را لغو کنید.",
  "roundless.share.round": "نتایجی که به اشتراک گذاشته می‌شود",
  "roundless.share.roundOption": "مطالعهٔ بی‌درنگ، منتشرشده در {date}",
  "roundless.share.created":
    "پیوند اشتراکی برای مطالعه ساخته شد. همین حالا آن را کپی کنید: فقط یک بار نشان داده می‌شود.",
  "roundless.share.noRounds":
    "نتایج مطالعه هنوز منتشر نشده است: فقط نتایج منتشرشده را می‌توان به اشتراک گذاشت.",
  "roundless.share.roundCol": "مطالعه",
  "roundless.share.revokeConfirm":
    "این پیوند لغو شود؟ هر کس از آن استفاده کند دیگر نتایج را نمی‌بیند. این کار برگشت‌پذیر نیست.",
  "roundless.share.pageTitle": "{forum}: نظر گروه",
  "roundless.share.from": "از «{forum}»",
  "roundless.share.manage": "اشتراک‌گذاری نتایج",
  "roundless.share.revokeTitle": "پیوند اشتراکی نتایج مطالعه لغو شود؟",
  // E-mails.
  "roundless.invite.role.expert":
    "شما به‌عنوان کارشناس دعوت شده‌اید: به پرسش‌ها پاسخ می‌دهید، دلایل خود را می‌نویسید و پس از پاسخ دادن، پاسخ‌های ناشناس گروه را می‌بینید و هر وقت خواستید پاسخ‌های خود را بازنگری می‌کنید.",
  "roundless.invite.schedule.open": "مطالعه اکنون باز است؛ در {date} بسته می‌شود.",
  "roundless.invite.schedule.openNoClose": "مطالعه اکنون باز است.",
  "roundless.invite.schedule.none": "مطالعه هنوز باز نیست: وقتی باز شود ایمیلی دریافت می‌کنید.",
  "roundless.org.mail.roundOpen.subject": "{forum}: مطالعه باز است",
  "roundless.org.mail.roundOpen.body":
    "مطالعهٔ بی‌درنگ انجمن کارشناسی «{forum}» باز است. پاسخ‌های شما فقط با نام مستعارتان به کارشناسان دیگر نشان داده می‌شود.",
  "roundless.org.mail.roundOpen.action": "رفتن به مطالعه",
  "roundless.ops.mail.closes": "مطالعه در {local} ({zone})، یعنی {utc}، بسته می‌شود.",
  "roundless.ops.mail.closesUtc": "مطالعه در {utc} بسته می‌شود.",
  "roundless.ops.mail.reminder.subject": "یادآوری: {forum}، مطالعه به‌زودی بسته می‌شود",
  "roundless.ops.mail.reminder.body":
    "مطالعه هنوز باز است و شما به {answered} از {total} پرسش پاسخ داده‌اید. پاسخ‌های شما حتی اگر مطمئن نیستید مفیدند.",
  "roundless.org.outbox.kind.round-open": "مطالعه باز شد",
} satisfies Record<keyof typeof en, string>;
