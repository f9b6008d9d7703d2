/** English: running a forum (schedules, reminders, mail, panel import, content import, audit, data rights). */
export const ops = {
  "ops.mail.closes": "The round closes on {local} ({zone}), that is {utc}.",
  // Dates: a recipient in UTC reads the time once
  "ops.mail.closesUtc": "The round closes on {utc}.",
  "ops.mail.reminder.subject": "Reminder: {forum}, round {number} closes soon",
  "ops.mail.reminder.body":
    "Round {number} is still open and you have answered {answered} of {total} questions. Your answers help even if you are unsure.",
  "ops.mail.reminder.why": "You get reminders because you are an expert on this forum's panel.",
  "ops.mail.reminder.unsubscribe": "Stop reminders",

  "ops.schedule.title": "Schedule",
  "ops.schedule.opensAt": "Opens at ({zone})",
  "ops.schedule.closesAt": "Closes at ({zone})",
  "ops.schedule.hint":
    "Times in your time zone, {zone} (change it in your settings). The round opens and closes by itself within 5 minutes of these times; leave empty to do it by hand.",
  "ops.schedule.save": "Save the schedule of round {number}",
  "ops.schedule.error.format": "Enter a date and time (YYYY-MM-DD HH:MM).",
  "ops.schedule.error.order": "The closing time must be after the opening time.",
  "ops.schedule.error.past": "The closing time must be in the future.",
  "ops.schedule.refused": "Round {number} is {state}: its schedule can no longer change.",
  "ops.schedule.actor": "schedule",

  "ops.reminders.title": "Reminders",
  "ops.reminders.confirmTitle": "Stop reminders",
  "ops.reminders.confirm": "Stop reminder e-mails from “{forum}”? You will still be told when a round opens.",
  "ops.reminders.stop": "Stop reminders",
  "ops.reminders.done": "You will get no more reminders from “{forum}”.",
  "ops.reminders.invalid": "This link is not valid.",

  "ops.me.settingsTitle": "Your settings",
  "ops.me.timeZone": "Time zone",
  "ops.me.timeZoneHint": "Times are shown in this zone, with UTC beside unless it is UTC.",
  "ops.me.language": "Language",
  "ops.me.languageAuto": "As my browser asks",
  "ops.me.save": "Save settings",
  "ops.me.saved": "Your settings are saved.",
  "ops.me.error.timeZone": "Choose a time zone from the list.",
  "ops.me.exportTitle": "Your data",
  "ops.me.exportIntro":
    "Download everything you submitted (answers with every revision, posts, ideas, memberships) as JSON.",
  "ops.me.export": "Download my data (JSON)",
  "ops.me.eraseTitle": "Erase my identity",
  "ops.me.eraseIntro":
    "Your name and e-mail address are replaced by a tombstone, your sessions end and you cannot sign in again. What you submitted stays in each forum under your pseudonym only, as its consent text says:",
  "ops.me.eraseKept": "Kept: answers, reasons, posts and ideas under your pseudonym (never your name).",
  "ops.me.eraseGone":
    "Deleted or replaced: your name, e-mail address, language, time zone, sign-in links, sessions, reminder links, and your address in sent messages and in the audit log.",
  "ops.me.eraseConfirmLabel": "Type ERASE to confirm",
  "ops.me.eraseButton": "Erase my identity",
  "ops.me.eraseError": "Type ERASE in capitals to confirm.",
  "ops.me.erasedTitle": "Your identity has been erased",
  "ops.me.erased": "Your identity has been erased and you are signed out.",
  "ops.me.forumConsent": "{forum}: {consent}",
  "ops.me.noConsent": "no consent text given",
  "ops.me.links": "Settings · Your data",
  "ops.erased.name": "Erased user",

  "remind.button": "Remind those who have not answered",
  "remind.title": "Reminder for round {number}",
  "remind.sent":
    "{count, plural, one {Reminder sent to # expert who has not answered.} other {Reminder sent to # experts who have not answered.}}",
  "remind.none":
    "Nobody to remind: every expert has answered, unsubscribed, or was already reminded in the last hours.",
  "remind.next": "A further reminder can reach them from {at}.",
  "remind.notOpen": "Round {number} is not open: there is nothing to remind about.",
  // Schedules (helper "schedules"): an overdue opening, a draft whose close passed, confirming "remind now"
  "sched.openNow": "Open round {number} now",
  "sched.closePassed":
    "Its closing time passed before it opened, so the schedule will not open it: set a new closing time.",
  "sched.remind.title": "Send a reminder for round {number} now?",
  "sched.remind.who":
    "{count, plural, one {# expert who has not answered every question gets} other {# experts who have not answered every question get}} a reminder e-mail with a link to the round.",
  "sched.remind.skipped":
    "Experts who have answered everything, stopped reminders, or were reminded by hand in the last 12 hours get nothing.",
  "sched.remind.limits":
    "These messages count against the forum's daily sending limit, as scheduled reminders do.",
  "sched.remind.irreversible": "a sent e-mail cannot be called back.",
  "sched.remind.button": "Yes, send the reminder",
  "ops.settings.title": "Forum settings",
  "ops.settings.senderName": "Sender name of e-mails",
  "ops.settings.senderHint": "Shown as the sender of the forum's messages; empty uses “Scenario Forum”.",
  "ops.settings.consent": "Consent text",
  "ops.settings.consentHint": "What experts agree to: shown on invitations and on the erasure page.",
  "ops.settings.reminderDays": "Reminders before a round closes",
  "ops.settings.reminderHint":
    "Comma-separated: whole days, or hours with h, e.g. 3, 1, 6h. Empty sends no reminders.",
  "ops.settings.retention": "Retention of personal data (days after the forum closes)",
  "ops.settings.retentionHint":
    "Empty keeps names and e-mail addresses until someone asks for erasure. Answers stay under pseudonyms either way.",
  "ops.settings.save": "Save settings",
  "ops.settings.minimum": "Consensus verdicts",
  "ops.settings.minimumHint":
    "Below either minimum a question shows “too few answers” instead of consensus, to every role, and nothing is retired. Changes apply to rounds closed from now on; closed rounds keep the verdict they were published with.",
  "ops.settings.minRespondents": "Minimum answers",
  "ops.settings.minRespondentsHint": "At least 3; 5 is the usual lower end of a Delphi panel.",
  "ops.settings.minResponseRate": "Minimum response rate (%)",
  "ops.settings.minResponseRateHint":
    "Share of the round's invited experts who must have answered, 0 to 100 (70 by default).",
  "ops.settings.error.minRespondents": "Enter a whole number from 3 to 1000.",
  "ops.settings.error.minResponseRate": "Enter a whole percentage from 0 to 100.",
  "ops.settings.error.days":
    "Enter whole days between 1 and 60, or hours between 1h and 47h, separated by commas.",
  "ops.settings.error.retention": "Enter a whole number of days (1 to 3650), or leave it empty.",
  "ops.settings.clone": "Clone this forum as a template",
  "ops.settings.cloneHint":
    "A new forum with the same scenarios and questions, no rounds and no members but you.",
  "ops.settings.cloneButton": "Clone forum",
  "ops.clone.suffix": "{title} (copy)",

  "ops.nav.settings": "Settings",
  "ops.nav.audit": "Audit log",
  "ops.nav.import": "Import panel",
  "ops.nav.importQuestions": "Import questions",

  "ops.audit.title": "Audit log",
  "ops.audit.at": "When",
  "ops.audit.actor": "Who",
  "ops.audit.action": "Action",
  "ops.audit.target": "On what",
  "ops.audit.detail": "Detail",
  "ops.audit.empty": "Nothing recorded yet.",
  "ops.audit.newer": "Newer",
  "ops.audit.older": "Older",
  "ops.audit.csv": "Download as CSV",
  "ops.audit.json": "JSON",
  "ops.audit.page": "Page {page}",

  "ops.import.title": "Import a panel from CSV",
  "ops.import.intro":
    "Columns: name, email, institution, country, and optionally role (expert, stakeholder or organiser; expert when empty). The first line may be a header. Nothing is sent before you confirm the preview.",
  "ops.import.paste": "Paste CSV",
  "ops.import.file": "or upload a CSV file",
  "ops.import.preview": "Preview",
  "ops.import.previewTitle": "Preview: {valid} of {total} rows can be invited",
  "ops.import.row": "Line",
  "ops.import.status": "Check",
  "ops.import.ok": "ready",
  "ops.import.confirm": "{count, plural, one {Invite # person} other {Invite # people}}",
  "ops.import.nothing": "No row can be invited. Correct the CSV and preview again.",
  "ops.import.done": "{count, plural, one {# invitation sent.} other {# invitations sent.}}",
  "ops.import.error.empty": "Paste CSV text or choose a file.",
  "ops.import.error.tooMany": "At most 500 rows at a time.",
  "ops.import.error.columns": "Expected at least the columns name, email, institution, country.",
  "ops.import.error.email": "not a valid e-mail address",
  "ops.import.error.duplicate": "the same e-mail address appears earlier in the file",
  "ops.import.error.member": "already a member of this forum",
  "ops.import.error.institution": "an expert needs an institution and a country",
  "ops.import.error.name": "the name is missing",
  "ops.import.error.role": "the role must be expert, stakeholder or organiser",
  "ops.import.error.tooLong": "a value is too long",
  "ops.import.error.quote": "unbalanced quotes in this line",

  "ops.invite.state.pending": "pending",
  "ops.invite.state.accepted": "accepted",
  "ops.invite.state.declined": "declined",
  "ops.invite.state.expired": "expired",
  "ops.invite.decline": "Decline the invitation",
  "ops.invite.declinedTitle": "Invitation declined",
  "ops.invite.declined":
    "You have declined the invitation. The organisers have been told; nothing else happens.",

  "ops.rate.title": "Response and attrition per round",
  "ops.rate.round": "Round",
  "ops.rate.eligible": "Could answer",
  "ops.rate.answered": "Answered",
  "ops.rate.rate": "Response rate",
  "ops.rate.lost": "Dropped out since the previous round",
  "ops.rate.openRound": "{number} (open: so far)",
  "ops.rate.byInstitution": "Per institution",

  "ops.questions.importTitle": "Import scenarios and questions",
  "ops.questions.importIntro":
    "CSV with a header line, or JSON: an array of objects. A row with kind “scenario” adds a scenario (set, title, narrative, drivers); other rows are questions with the fields of the question form (kind, title, body, resolutionCriteria and the kind's settings). Nothing is saved before you confirm the preview.",
  "ops.questions.importConfirm": "{count, plural, one {Import # row} other {Import # rows}}",
  "ops.questions.importDone": "{count, plural, one {# row imported.} other {# rows imported.}}",
  "ops.questions.error.kind": "unknown kind",
  "ops.questions.error.json": "The JSON could not be read (an array of objects is expected).",
  "ops.questions.error.field": "{field}: {message}",
  "ops.questions.error.set": "scenario set not found",

  "ops.qedit.title": "Edit the wording of “{title}”",
  "ops.qedit.save": "Save as version {version}",
  "ops.qedit.refused":
    "This question is part of the open round {number}: its wording cannot change until the round closes.",
  "ops.qedit.version": "version {version}",
  "ops.qedit.edit": "Edit wording",
  "ops.qedit.changed": "The wording changed since round {number}.",
  "ops.qedit.previous": "Previous wording",
  "ops.qedit.intro":
    "Answers keep the version of the wording they answered. Experts see that the wording changed, with the earlier text.",
  "ops.qedit.history": "Earlier versions",
  "ops.qedit.saved": "Saved as version {version}.",
  "ops.qedit.unchanged": "Nothing changed: the wording is the same.",
  "ops.qedit.current": "Current wording (version {version})",

  "ops.rate.late": "Late joiners",
  "ops.rate.hint":
    "Could answer: the experts listed for the round when it opened, plus late joiners. Answered: submitted every question of the round. Dropped out: the share of the previous round's respondents who did not answer every question of this round.",
  "ops.rate.none": "No round has opened yet.",

  "ops.cimport.intro":
    "Paste or upload CSV or JSON. The preview checks every row with the rules of the question form; nothing is saved before you confirm, and only rows without errors are imported.",
  "ops.cimport.paste": "Paste CSV or JSON",
  "ops.cimport.file": "or upload a .csv or .json file",
  "ops.cimport.formats": "Formats",
  "ops.cimport.jsonHelp":
    "JSON: an object with “scenarioSets” (each with a title and 2 to 6 scenarios, each with title, narrative and drivers) and “questions”. A question has kind (binary, allocation, quantity, rating or ranking), title, body, resolutionCriteria (required except for ratings and rankings), config and, optionally, consensusRule.",
  "ops.cimport.configHelp":
    "config: quantity {unit}; rating {min, max, minLabel, maxLabel} (whole numbers at most 20 apart); ranking {options: 2 to 20 different texts}; allocation {scenarioSet: the title of a set in this file or already in the forum}; binary {}.",
  "ops.cimport.ruleHelp":
    "consensusRule, in the units of the question form (percentage points for binary and allocation questions): {kind: “iqr-at-most”, max}, {kind: “share-in-band”, low, high, minShare in percent} or {kind: “kendall-at-least”, min} (rankings only, which always use it). Without it, the form's default applies.",
  "ops.cimport.csvHelp":
    "CSV: a header line, then one question per row. Columns: kind, title, body, resolution_criteria, unit, min, max, min_label, max_label, options (ranking options separated by |), scenario_set (the title of a set already in the forum), iqr_max (empty: the default). Scenario sets are imported from JSON only.",
  "ops.cimport.example": "Example",
  "ops.cimport.previewTitle": "Preview: {valid} of {total} rows can be imported",
  "ops.cimport.item": "Row",
  "ops.cimport.type": "Type",
  "ops.cimport.typeSet": "scenario set",
  "ops.cimport.nothing": "No row can be imported. Correct the text and preview again.",
  "ops.cimport.error.empty": "Paste CSV or JSON, or choose a file.",
  "ops.cimport.error.json":
    "The JSON could not be read: an object with “scenarioSets” and “questions” arrays is expected.",
  "ops.cimport.error.header":
    "The CSV needs a header line that starts with kind and uses only the documented columns.",
  "ops.cimport.error.tooMany": "At most 500 rows at a time.",
  "ops.cimport.error.object": "not a JSON object",
  "ops.cimport.error.tooManyScenarios": "at most 6 scenarios per set",
  "ops.cimport.error.duplicateSet": "a set with this title appears earlier in the file",
  "ops.cimport.error.setInvalid": "its scenario set has errors",
  "ops.cimport.error.rule": "the consensus rule is not valid",
  "ops.cimport.error.columns": "more cells than header columns",
} as const;
