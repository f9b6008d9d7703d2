import type { roundless as en } from "../en/roundless.js";

/** Russian: a Real-Time Delphi's wording of every message that names a round (one continuous study). */
export const roundless = {
  // Names, states and the organiser's overview.
  "roundless.round.title": "Исследование в реальном времени",
  "roundless.rounds.title": "Исследование",
  "roundless.rounds.none": "Исследование ещё не открыто.",
  "roundless.question.pager": "Вопросы исследования",
  "roundless.org.round.name": "Исследование в реальном времени",
  "roundless.org.overview.rounds": "Исследование",
  "roundless.org.overview.noRounds": "Исследование ещё не подготовлено.",
  "roundless.org.nav.results": "Результаты исследования",
  "roundless.org.nav.monitor": "Мониторинг в реальном времени",
  "roundless.org.next.open": "Откройте исследование",
  "roundless.org.next.close": "Закройте исследование, когда будете готовы",
  "roundless.org.next.publish": "Опубликуйте результаты исследования",
  "roundless.org.round.action.open": "Открыть исследование",
  "roundless.org.round.action.close": "Закрыть исследование",
  "roundless.org.round.action.publish": "Опубликовать результаты исследования",
  "roundless.org.newRound.title": "Подготовить исследование",
  "roundless.org.newRound.questions": "Вопросы исследования",
  "roundless.org.newRound.create": "Подготовить исследование как черновик",
  "roundless.org.newRound.draftExists":
    "Исследование подготовлено как черновик: откройте его (выше), когда оно будет готово.",
  "roundless.org.rate.titleOpen": "Доля ответов на сейчас",
  "roundless.org.rate.title": "Доля ответов",
  "roundless.ops.schedule.save": "Сохранить расписание исследования",
  "roundless.ops.schedule.refused":
    "Исследование в состоянии «{state}»: его расписание больше нельзя изменить.",
  "roundless.sched.openNow": "Открыть исследование сейчас",
  "roundless.org.refused.open":
    "Исследование в состоянии «{state}»; открыть можно только исследование в состоянии «{required}».",
  "roundless.org.refused.close":
    "Исследование в состоянии «{state}»; закрыть можно только исследование в состоянии «{required}».",
  "roundless.org.refused.publish":
    "Исследование в состоянии «{state}»; опубликовать можно только исследование в состоянии «{required}».",
  "roundless.org.refused.synthesis":
    "Исследование в состоянии «{state}»; сводка пишется после закрытия исследования.",
  "roundless.org.refused.forumClosed":
    "Форум закрыт и доступен только для чтения: исследование нельзя открыть снова.",
  "roundless.org.overview.closedReadOnly": "Форум закрыт: он доступен только для чтения.",
  "roundless.confirm.closeForum.readOnly":
    "Форум завершается и становится доступным только для чтения: исследование нельзя открыть снова.",
  // Confirmations.
  "roundless.confirm.open.title": "Открыть исследование?",
  "roundless.confirm.open.answer": "С этого момента эксперты могут отвечать на вопросы исследования.",
  "roundless.confirm.open.mail":
    "{count, plural, one {# эксперт получит} few {# эксперта получат} many {# экспертов получат} other {# эксперта получат}} письмо о том, что исследование открыто.",
  "roundless.confirm.open.irreversible":
    "письма нельзя отозвать, а открытое исследование нельзя вернуть в черновик: его вопросы зафиксированы.",
  "roundless.confirm.open.button": "Да, открыть исследование",
  "roundless.confirm.close.title": "Закрыть исследование?",
  "roundless.confirm.close.early":
    "У исследования ещё оставалось время: вы закрываете его за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} до запланированного закрытия {date}.",
  "roundless.confirm.close.earlyHours":
    "До запланированного закрытия исследования {date} остаётся {hours, plural, one {# час} few {# часа} many {# часов} other {# часа}}.",
  "roundless.confirm.close.due": "Запланированное закрытие исследования {date} уже прошло.",
  "roundless.confirm.close.noSchedule": "У исследования нет запланированного закрытия.",
  "roundless.confirm.close.irreversible":
    "закрытое исследование нельзя открыть снова, а его результаты больше не изменятся.",
  "roundless.confirm.close.button": "Да, закрыть исследование",
  "roundless.confirm.publish.title": "Опубликовать результаты исследования?",
  "roundless.confirm.publish.readers":
    "Заинтересованные стороны (читатели) увидят результаты и сводку исследования на панели и в отчёте.",
  "roundless.confirm.publish.noSynthesis": "Вы ещё не написали сводку этого исследования.",
  "roundless.confirm.publish.irreversible": "опубликованные результаты нельзя снять с публикации.",
  "roundless.confirm.publish.button": "Да, опубликовать результаты",
  // Notices after an action.
  "roundless.notice.round-created":
    "Исследование подготовлено как черновик. Откройте его, когда оно будет готово.",
  "roundless.notice.round-opened": "Исследование открыто. Экспертам отправляются письма.",
  "roundless.notice.round-closed":
    "Исследование закрыто. Его результаты зафиксированы; напишите сводку, затем опубликуйте.",
  "roundless.notice.round-published":
    "Результаты исследования опубликованы. Теперь их видят заинтересованные стороны.",
  "roundless.answer.notice.submitted": "Ответ отправлен. Его можно изменить до закрытия исследования.",
  // Reminders.
  "roundless.remind.title": "Напоминание об исследовании",
  "roundless.remind.notOpen": "Исследование не открыто: напоминать не о чем.",
  "roundless.sched.remind.title": "Отправить напоминание об исследовании сейчас?",
  "roundless.sched.remind.who":
    "{count, plural, one {# эксперт, ответивший не на все вопросы, получит} few {# эксперта, ответившие не на все вопросы, получат} many {# экспертов, ответивших не на все вопросы, получат} other {# эксперта, ответившие не на все вопросы, получат}} письмо-напоминание со ссылкой на исследование.",
  "roundless.ops.settings.reminderDays": "Напоминания до закрытия исследования",
  // Live monitor, results and consensus.
  "roundless.monitor.title": "Мониторинг исследования в реальном времени",
  "roundless.org.results.title": "Результаты исследования",
  "roundless.org.results.publishHint": "Публикация показывает эти результаты заинтересованным сторонам.",
  "roundless.org.results.synthesisLabel": "Что сказала группа",
  "roundless.org.results.notInRound": "Не задавался в этом исследовании.",
  "roundless.org.results.retired": "Консенсус достигнут",
  "roundless.org.newRound.retire": "консенсус достигнут",
  "roundless.org.consensus.met": "консенсус достигнут",
  "roundless.org.consensus.notMet": "консенсуса нет",
  "roundless.org.answers.none": "В этом исследовании нет ответов.",
  "roundless.org.answers.synthesisHint":
    "Заинтересованные стороны читают это вместе с результатами исследования.",
  // Experts' pages.
  "roundless.answer.title": "Ваш ответ",
  "roundless.answer.closed": "Исследование закрыто; ответы больше нельзя изменить.",
  "roundless.answer.yoursInRound": "Ваш ответ:",
  "roundless.answer.noneInRound": "Вы не ответили на этот вопрос.",
  "roundless.answer.refusedClosedTitle": "Исследование закрыто",
  "roundless.answer.refusedClosed":
    "Исследование закрылось до того, как пришёл ваш ответ, поэтому он не сохранён.",
  "roundless.feedback.title": "Ответы группы",
  "roundless.feedback.chartTitle": "Ответы группы",
  "roundless.feedback.noPrevious": "Вы не ответили на этот вопрос.",
  "roundless.stages.round": "Исследование",
  "roundless.ops.rate.round": "Исследование",
  "roundless.discussion.closed": "Исследование закрыто: обсуждение можно читать, но не дополнять.",
  "roundless.discussion.orgTitle": "Обсуждение вопроса «{question}»",
  "roundless.moderation.where": "«{question}»",
  "roundless.ops.qedit.refused":
    "Этот вопрос входит в открытое исследование: его формулировку нельзя изменить до закрытия исследования.",
  "roundless.ops.qedit.changed": "Формулировка изменилась с тех пор, как вопрос был задан в исследовании.",
  "roundless.tr.error.openRound":
    "Исследование открыто: эксперты читают эти тексты сейчас. Измените их после закрытия исследования, чтобы все отвечали на один и тот же вопрос.",
  // Readers' dashboard, report and shared links.
  "roundless.dashboard.roundLabel": "Исследование",
  "roundless.dashboard.none": "Результаты исследования ещё не опубликованы.",
  "roundless.dashboard.measuredIn": "Измерено в исследовании в реальном времени, опубликовано {date}.",
  "roundless.dashboard.noGroups": "Ни одна группа не набрала {k} ответивших в этом исследовании.",
  "roundless.dashboard.convergenceOne":
    "Исследование в реальном времени публикует один набор результатов: изменений во времени для графика нет.",
  "roundless.read.convergenceLater":
    "Исследование в реальном времени публикует один набор результатов: изменений во времени нет.",
  "roundless.read.roundOf": "Исследование в реальном времени",
  "roundless.read.synthesisTitle": "Сводка организаторов по исследованию",
  "roundless.read.synthesisBy":
    "Написано организаторами форума; опубликовано вместе с результатами исследования {date}.",
  "roundless.read.howConsensus":
    "«Консенсус» означает, что выполнено правило, которое организаторы задали до исследования, например что средняя половина ответов укладывается в 15 пунктов.",
  "roundless.glossary.consensus.def":
    "Правило, которое организаторы задали до исследования, например что средняя половина ответов укладывается в 15 процентных пунктов. «Консенсус» означает, что правило выполнено, а не что все согласны.",
  "roundless.method.def.recency-median":
    "Медиана, в которой ответы, данные позже в ходе исследования, весят больше ранних.",
  "roundless.glossary.recency.def":
    "Медиана, в которой ответы, данные позже в ходе исследования, весят больше ранних, так что эксперты, обновившие ответ после новой информации, весят больше.",
  "roundless.summary.firstRound":
    "Исследование в реальном времени публикует результаты один раз, поэтому сравнивать не с чем.",
  "roundless.report.title": "Отчёт об исследовании",
  "roundless.report.forum": "{forum}: исследование в реальном времени",
  "roundless.my.round": "Исследование в реальном времени",
  "roundless.forums.openRound": "Исследование открыто",
  "roundless.forums.noOpenRound": "Исследование не открыто.",
  "roundless.share.intro":
    "По общей ссылке люди без учётной записи могут читать опубликованную панель и отчёт исследования. Она никогда не показывает ответ или доводы отдельного человека, и её можно отозвать в любой момент.",
  "roundless.share.round": "Какие результаты открыть",
  "roundless.share.roundOption": "Исследование в реальном времени, опубликовано {date}",
  "roundless.share.created":
    "Общая ссылка на исследование создана. Скопируйте её сейчас: она показывается только один раз.",
  "roundless.share.noRounds":
    "Результаты исследования ещё не опубликованы: открыть можно только опубликованные результаты.",
  "roundless.share.roundCol": "Исследование",
  "roundless.share.revokeConfirm":
    "Отозвать ссылку? Тот, кто ею пользуется, больше не увидит результаты. Это нельзя отменить.",
  "roundless.share.pageTitle": "{forum}: что думает группа",
  "roundless.share.from": "Из форума «{forum}»",
  "roundless.share.manage": "Поделиться результатами",
  "roundless.share.revokeTitle": "Отозвать общую ссылку на результаты исследования?",
  // E-mails.
  "roundless.invite.role.expert":
    "Вас приглашают как эксперта: вы отвечаете на вопросы, приводите доводы, а ответив, видите анонимные ответы группы и пересматриваете свои когда угодно.",
  "roundless.invite.schedule.open": "Исследование открыто; оно закроется {date}.",
  "roundless.invite.schedule.openNoClose": "Исследование открыто.",
  "roundless.invite.schedule.none": "Исследование ещё не открыто: вы получите письмо, когда оно откроется.",
  "roundless.org.mail.roundOpen.subject": "{forum}: исследование открыто",
  "roundless.org.mail.roundOpen.body":
    "Исследование в реальном времени экспертного форума «{forum}» открыто. Другие эксперты видят ваши ответы только под вашим псевдонимом.",
  "roundless.org.mail.roundOpen.action": "Перейти к исследованию",
  "roundless.ops.mail.closes": "Исследование закрывается {local} ({zone}), то есть {utc}.",
  "roundless.ops.mail.closesUtc": "Исследование закрывается {utc}.",
  "roundless.ops.mail.reminder.subject": "Напоминание: {forum}, исследование скоро закроется",
  "roundless.ops.mail.reminder.body":
    "Исследование ещё открыто, и вы ответили на {answered} из {total} вопросов. Ваши ответы полезны, даже если вы не уверены.",
  "roundless.org.outbox.kind.round-open": "Исследование открыто",
} satisfies Record<keyof typeof en, string>;
