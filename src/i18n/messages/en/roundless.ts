/**
 * English: a Real-Time Delphi's wording of every message that names a round. "roundless.X" stands in
 * for X in a roundless forum (src/i18n/roundless.ts): one continuous study, never "round N".
 */
export const roundless = {
  // Names, states and the organiser's overview.
  "roundless.round.title": "Real-Time study",
  "roundless.rounds.title": "The study",
  "roundless.rounds.none": "The study has not been opened yet.",
  "roundless.question.pager": "Questions of the study",
  "roundless.org.round.name": "Real-Time study",
  "roundless.org.overview.rounds": "The study",
  "roundless.org.overview.noRounds": "The study is not set up yet.",
  "roundless.org.nav.results": "Results of the study",
  "roundless.org.nav.monitor": "Live monitor",
  "roundless.org.next.open": "Open the study",
  "roundless.org.next.close": "Close the study when ready",
  "roundless.org.next.publish": "Publish the study's results",
  "roundless.org.round.action.open": "Open the study",
  "roundless.org.round.action.close": "Close the study",
  "roundless.org.round.action.publish": "Publish the study's results",
  "roundless.org.newRound.title": "Set up the study",
  "roundless.org.newRound.questions": "Questions of the study",
  "roundless.org.newRound.create": "Set up the study as a draft",
  "roundless.org.newRound.draftExists": "The study is set up as a draft: open it (above) when it is ready.",
  "roundless.org.rate.titleOpen": "Response rate so far",
  "roundless.org.rate.title": "Response rate",
  "roundless.ops.schedule.save": "Save the study's schedule",
  "roundless.ops.schedule.refused": "The study is {state}: its schedule can no longer change.",
  "roundless.sched.openNow": "Open the study now",
  "roundless.org.refused.open": "The study is {state}; only a {required} study can be opened.",
  "roundless.org.refused.close": "The study is {state}; only an {required} study can be closed.",
  "roundless.org.refused.publish": "The study is {state}; only a {required} study can be published.",
  "roundless.org.refused.synthesis":
    "The study is {state}; a synthesis is written once the study has closed.",
  "roundless.org.refused.forumClosed":
    "This forum is closed and read-only: the study cannot be opened again.",
  "roundless.org.overview.closedReadOnly": "This forum is closed: it is read-only.",
  "roundless.confirm.closeForum.readOnly":
    "The forum ends and becomes read-only: the study cannot be opened again.",
  // Confirmations.
  "roundless.confirm.open.title": "Open the study?",
  "roundless.confirm.open.answer": "Experts can answer the study's questions from now on.",
  "roundless.confirm.open.mail":
    "{count, plural, one {# expert is} other {# experts are}} e-mailed that the study is open.",
  "roundless.confirm.open.irreversible":
    "the e-mails cannot be called back, and an open study cannot return to draft: its questions are fixed.",
  "roundless.confirm.open.button": "Yes, open the study",
  "roundless.confirm.close.title": "Close the study?",
  "roundless.confirm.close.early":
    "The study still had time to run: you are closing it {days, plural, one {# day} other {# days}} before its scheduled close on {date}.",
  "roundless.confirm.close.earlyHours":
    "The study still has {hours, plural, one {# hour} other {# hours}} to run before its scheduled close on {date}.",
  "roundless.confirm.close.due": "The study's scheduled close on {date} has passed.",
  "roundless.confirm.close.noSchedule": "The study has no scheduled close.",
  "roundless.confirm.close.irreversible": "a closed study cannot be reopened, and its results never change.",
  "roundless.confirm.close.button": "Yes, close the study",
  "roundless.confirm.publish.title": "Publish the study's results?",
  "roundless.confirm.publish.readers":
    "Stakeholders (readers) see the study's results and synthesis on the dashboard and in the report.",
  "roundless.confirm.publish.noSynthesis": "You have not written a synthesis for this study yet.",
  "roundless.confirm.publish.irreversible": "published results cannot be unpublished.",
  "roundless.confirm.publish.button": "Yes, publish the results",
  // Notices after an action.
  "roundless.notice.round-created": "Study set up as a draft. Open it when it is ready.",
  "roundless.notice.round-opened": "Study opened. Its experts are being e-mailed.",
  "roundless.notice.round-closed": "Study closed. Its results are frozen; write the synthesis, then publish.",
  "roundless.notice.round-published": "Study published. Stakeholders can now see its results.",
  "roundless.answer.notice.submitted": "Answer submitted. You can revise it until the study closes.",
  // Reminders.
  "roundless.remind.title": "Reminder for the study",
  "roundless.remind.notOpen": "The study is not open: there is nothing to remind about.",
  "roundless.sched.remind.title": "Send a reminder for the study now?",
  "roundless.sched.remind.who":
    "{count, plural, one {# expert who has not answered every question gets} other {# experts who have not answered every question get}} a reminder e-mail with a link to the study.",
  "roundless.ops.settings.reminderDays": "Reminders before the study closes",
  // Live monitor, results and consensus.
  "roundless.monitor.title": "Live monitor of the study",
  "roundless.org.results.title": "Results of the study",
  "roundless.org.results.publishHint": "Publishing shows these results to stakeholders.",
  "roundless.org.results.synthesisLabel": "What the group said",
  "roundless.org.results.notInRound": "Not asked in this study.",
  "roundless.org.results.retired": "Consensus reached",
  "roundless.org.newRound.retire": "consensus reached",
  "roundless.org.consensus.met": "consensus reached",
  "roundless.org.consensus.notMet": "no consensus",
  "roundless.org.answers.none": "No answers in this study.",
  "roundless.org.answers.synthesisHint": "Stakeholders read this with the study's results.",
  // Experts' pages.
  "roundless.answer.title": "Your answer",
  "roundless.answer.closed": "The study is closed; answers can no longer be changed.",
  "roundless.answer.yoursInRound": "Your answer:",
  "roundless.answer.noneInRound": "You did not answer this question.",
  "roundless.answer.refusedClosedTitle": "The study has closed",
  "roundless.answer.refusedClosed": "The study closed before your answer arrived, so it was not stored.",
  "roundless.feedback.title": "The group's answers",
  "roundless.feedback.chartTitle": "The group's answers",
  "roundless.feedback.noPrevious": "You did not answer this question.",
  "roundless.stages.round": "Study",
  "roundless.ops.rate.round": "Study",
  "roundless.discussion.closed": "The study is closed: the discussion can be read but not added to.",
  "roundless.discussion.orgTitle": "Discussion of “{question}”",
  "roundless.moderation.where": "“{question}”",
  "roundless.ops.qedit.refused":
    "This question is part of the open study: its wording cannot change until the study closes.",
  "roundless.ops.qedit.changed": "The wording changed since the study asked it.",
  "roundless.tr.error.openRound":
    "The study is open: experts are reading these texts now. Change them after the study closes, so everyone answers the same question.",
  // Readers' dashboard, report and shared links.
  "roundless.dashboard.roundLabel": "Study",
  "roundless.dashboard.none": "The study's results have not been published yet.",
  "roundless.dashboard.measuredIn": "Measured in the Real-Time study, published {date}.",
  "roundless.dashboard.noGroups": "No group reached {k} respondents in this study.",
  "roundless.dashboard.convergenceOne":
    "A Real-Time study publishes one set of results: there is no change over time to chart.",
  "roundless.read.convergenceLater":
    "A Real-Time study publishes one set of results: there is no change over time to show.",
  "roundless.read.roundOf": "Real-Time study",
  "roundless.read.synthesisTitle": "Organisers' summary of the study",
  "roundless.read.synthesisBy":
    "Written by the forum's organisers; published with the study's results on {date}.",
  "roundless.read.howConsensus":
    "“Consensus” means the rule the organisers set before the study was met, for example that the middle half of the answers spans at most 15 points.",
  "roundless.glossary.consensus.def":
    "The rule the organisers set before the study, for example that the middle half of the answers spans at most 15 percentage points. “Consensus” means the rule was met, not that everyone agrees.",
  "roundless.method.def.recency-median":
    "A median in which answers given later in the study count more than earlier ones.",
  "roundless.glossary.recency.def":
    "A median in which answers given later in the study count more than earlier ones, so experts who updated after new information weigh more.",
  "roundless.summary.firstRound":
    "A Real-Time study publishes its results once, so there is no earlier result to compare with.",
  "roundless.report.title": "Study report",
  "roundless.report.forum": "{forum}: Real-Time study",
  "roundless.my.round": "Real-Time study",
  "roundless.forums.openRound": "The study is open",
  "roundless.forums.noOpenRound": "The study is not open.",
  "roundless.share.intro":
    "A shared link lets people without an account read the study's published dashboard and report. It never shows an individual's answer or reasons, and you can revoke it at any time.",
  "roundless.share.round": "Results to share",
  "roundless.share.roundOption": "Real-Time study, published {date}",
  "roundless.share.created": "Shared link created for the study. Copy it now: it is shown only once.",
  "roundless.share.noRounds":
    "The study's results are not published yet: only published results can be shared.",
  "roundless.share.roundCol": "Study",
  "roundless.share.revokeConfirm":
    "Revoke this link? Anyone using it will no longer see the results. This cannot be undone.",
  "roundless.share.pageTitle": "{forum}: what the panel thinks",
  "roundless.share.from": "From “{forum}”",
  "roundless.share.manage": "Share the results",
  "roundless.share.revokeTitle": "Revoke the shared link to the study's results?",
  // E-mails.
  "roundless.invite.role.expert":
    "You are invited as an expert: you answer the questions, give your reasons, and once you have answered see the group's anonymous answers and revise yours whenever you like.",
  "roundless.invite.schedule.open": "The study is open now; it closes on {date}.",
  "roundless.invite.schedule.openNoClose": "The study is open now.",
  "roundless.invite.schedule.none": "The study is not open yet: you will get an e-mail when it opens.",
  "roundless.org.mail.roundOpen.subject": "{forum}: the study is open",
  "roundless.org.mail.roundOpen.body":
    "The Real-Time study of the expert forum “{forum}” is open. Your answers are shown to other experts only under your pseudonym.",
  "roundless.org.mail.roundOpen.action": "Go to the study",
  "roundless.ops.mail.closes": "The study closes on {local} ({zone}), that is {utc}.",
  "roundless.ops.mail.closesUtc": "The study closes on {utc}.",
  "roundless.ops.mail.reminder.subject": "Reminder: {forum}, the study closes soon",
  "roundless.ops.mail.reminder.body":
    "The study is still open and you have answered {answered} of {total} questions. Your answers help even if you are unsure.",
  "roundless.org.outbox.kind.round-open": "Study opened",
} as const;
