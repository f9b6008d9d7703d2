/** English: the stakeholder dashboard's switches, charts and breakdowns, the round report, exports and API tokens. */
export const dashboard = {
  "dashboard.methodLabel": "Pooling method",
  "dashboard.roundLabel": "Round",
  "dashboard.method.median": "Median",
  "dashboard.method.geo-odds": "Geometric mean of odds",
  "dashboard.method.mean": "Mean",
  "dashboard.method.recency-median": "Recency-weighted median",
  "dashboard.methodHelp":
    "How individual probabilities are combined into one. Medians are the default; ratings and quantities always show the median.",
  "dashboard.headlineDesc":
    "Pooled probability of each scenario ({method}), with the middle half of the answers.",
  "dashboard.barsDesc": "{count, plural, one {# scenario} other {# scenarios}}. {items}",
  "dashboard.barItem": "{label}: {value} (middle half {q1} to {q3})",
  "dashboard.pooled": "Pooled",
  "dashboard.spread": "Spread (middle half)",
  "dashboard.legendPooled": "Pooled value",
  "dashboard.legendSpread": "Middle half of answers",
  "dashboard.answered": "{n} of {eligible} answered ({rate})",
  "dashboard.pooledBy": "pooled by {method}",
  "dashboard.medianOf": "median of the answers",
  "dashboard.normalised":
    "Taken scenario by scenario, these values added up to {sum}; they are rescaled here to add up to 100%.",
  "dashboard.convergence": "Spread of answers across rounds",
  "dashboard.convergenceHint":
    "Each line is the width of the middle half of the answers (interquartile range) in a round: lower means more agreement, a rising line means experts moved apart.",
  "dashboard.convergenceItem": "round {round}: {value}",
  "dashboard.convergenceOne": "Convergence appears once a second round is published.",
  "dashboard.iqrAxis": "IQR",
  "dashboard.breakdown": "By institution and country",
  "dashboard.breakdownLoad": "Show the breakdown by institution and country",
  "dashboard.showRanges": "Each expert's 5–95% range ({n} experts)",
  "dashboard.rangesInReport": "Every expert's range is in the printable report",
  "dashboard.byInstitution": "By institution",
  "dashboard.byCountry": "By country",
  "dashboard.groupsRule": "Groups are shown only when at least {k} experts in them answered.",
  "dashboard.noGroups": "No group reached {k} respondents in this round.",
  "dashboard.group": "Group",
  "dashboard.divergence": "Difference from all",
  "dashboard.groupsDesc": "Median of each group compared with the median of all answers ({overall}). {items}",
  "dashboard.groupItem": "{name} ({n}): {value}",
  "dashboard.groupName": "{name} (n = {n})",
  "dashboard.legendGroup": "Group median",
  "dashboard.legendOverall": "Median of all",
  "dashboard.points": "{value} pts",
  "dashboard.optionMedians": "Median per option",
  "dashboard.option": "Option",
  "dashboard.report": "Printable report",
  "dashboard.apiNote": "The same figures as JSON: {url}",
  // ---- Issue 18 (reader-facing dashboard, report, glossary, sharing) ----
  "method.name.median": "Typical expert view (median)",
  "method.name.geo-odds": "Odds-averaged view (geometric mean of odds)",
  "method.name.mean": "Average of all answers (mean)",
  "method.name.recency-median": "Typical view, later answers counting more (recency-weighted median)",
  "method.name.track-record": "Weighted by past accuracy (track record)",
  // The backtest's extremized pool, selectable like the others (issue 20).
  "method.name.extremized": "Extremized mean of log-odds (pushed away from 50%)",
  "method.def.median":
    "Half of the experts gave a higher value and half a lower one; a few extreme answers do not move it.",
  "method.def.geo-odds":
    "Probabilities are turned into odds, averaged and turned back; confident answers weigh a little more than in a plain average. Scenario sets are combined the same way and rescaled to 100%.",
  "method.def.mean": "The plain average of all answers.",
  "method.def.recency-median":
    "A median in which answers given later in the round count more than earlier ones.",
  "method.def.track-record":
    "An average in which experts whose earlier forecasts on resolved questions were more accurate count more; with nothing resolved yet, everyone counts the same.",
  "method.def.extremized":
    "The mean of the answers on the log-odds scale, pushed away from 50% (by a factor of 1.5) to undo the caution that averaging adds; for yes/no questions only.",
  "method.default": "the organisers' choice",
  "read.defaultMethodLabel": "How results are combined for readers",
  "read.defaultMethodHint":
    "Readers of the dashboard, the report and shared links meet this method first; the others stay one click away under “How these numbers are made”.",
  "read.summaryTitle": "What the panel thinks",
  "read.shownWith": "Figures: {method}, the organisers' choice.",
  "read.shownOther": "Figures: {method}. The organisers chose {default}.",
  "read.howLink": "How these numbers are made",
  "read.howTitle": "How these numbers are made",
  "read.howIntro":
    "Each expert answered on their own; every figure combines their answers. Other ways of combining the same answers:",
  "read.howShares":
    "Scenario probabilities: each scenario's combined value is divided by the sum over the set, so the set adds up to 100%, and whole percentages are rounded so that they still add up to 100.",
  "read.howSpread":
    "Whiskers and shaded bands show the middle half of the answers: a quarter of the experts answered lower and a quarter higher.",
  "read.howRanges":
    "For quantities each line is one expert's range from their 5th to their 95th percentile (they were 90% sure the value lies inside), the dot their best estimate.",
  "read.howConsensus":
    "“Consensus” means the rule the organisers set before the round was met, for example that the middle half of the answers spans at most 15 points.",
  "read.howGroups": "Breakdowns by institution and country appear only for groups of at least {k} experts.",
  "read.glossary": "Glossary: every term explained",
  "read.roundOf": "Round {number} of {count}",
  "read.publishedOn": "published {date}",
  "read.convergenceLater":
    "How far the experts moved towards each other is shown once a second round is published.",
  "read.convergenceHint":
    "Each line is the width of the middle half of the answers in a round: lower means more agreement.",
  "read.synthesisTitle": "Organisers' summary of round {number}",
  "read.synthesisBy": "Written by the forum's organisers; published with the round on {date}.",
  "read.synthesisByNoDate": "Written by the forum's organisers.",
  "read.finished": "This forum is finished: it closed on {date}. These figures are final.",
  "read.closedBadge": "No consensus (forum closed)",
  "read.answeredShort": "{n} of {eligible} answered",
  "read.tooFew": "Too few answers ({n} of {eligible}) to show a result.",
  "read.normalisedShort": "Rescaled to add up to 100% (taken one by one, they added up to {sum}).",
  "read.rangeLegend": "One expert's 5–95% range",
  "read.estimateLegend": "Their best estimate",
  "read.rangesDesc":
    "{n} experts' ranges from their 5th to their 95th percentile; median of their best estimates {median}.",
  "read.method": "Combined by",
  "summary.likeliest":
    "The likeliest scenario is “{label}” at {share}, ahead of “{second}” at {secondShare} ({n} of {eligible} experts answered).",
  "summary.likeliestAlone":
    "The likeliest scenario is “{label}” at {share} ({n} of {eligible} experts answered).",
  "summary.likeliestTie":
    "{labels} are seen as equally likely, at {share} each ({n} of {eligible} experts answered).",
  "summary.headline": "On “{title}” the panel's answer is {value} ({n} of {eligible} experts answered).",
  "summary.disagreement":
    "Experts disagree most on “{title}”: the middle half of their answers runs from {q1} to {q3}.",
  "summary.disagreementScenario":
    "Experts disagree most on how likely “{label}” is: the middle half of their answers runs from {q1} to {q3}.",
  "summary.agreement":
    "Experts broadly agree: on no question does the middle half of the answers span a fifth of the scale.",
  "summary.moved": "The biggest change since round {round}: “{title}” went from {from} to {to}.",
  "summary.movedScenario": "The biggest change since round {round}: “{label}” went from {from} to {to}.",
  "summary.steady": "No probability moved by 5 points or more since round {round}.",
  "summary.firstRound": "This is the first published round, so there is no change to report yet.",
  "summary.tooFew":
    "{count, plural, one {On # question too few experts answered to show a result.} other {On # questions too few experts answered to show a result.}}",
  "outcome.title": "Outcome",
  "outcome.yes": "It happened. The panel gave it {given}, {distance} points short of certainty.",
  "outcome.no": "It did not happen. The panel gave it {given}, {distance} points away from a firm no.",
  "outcome.scenarioTop": "It turned out “{label}”, which the panel rated likeliest at {given}.",
  "outcome.scenarioOther": "It turned out “{label}”; the panel gave it {given} and rated “{top}” likeliest.",
  "outcome.quantity": "The value was {value}. The panel's median was {median}, {error} {direction}.",
  "outcome.quantityExact": "The value was {value}, exactly the panel's median.",
  "outcome.above": "above it",
  "outcome.below": "below it",
  "outcome.inside": "It lies inside the panel's 5–95% range ({low} to {high}).",
  "outcome.outside": "It lies outside the panel's 5–95% range ({low} to {high}).",
  "outcome.annulled": "Annulled: the question could not be resolved.",
  "outcome.badge": "Resolved",
  "glossary.title": "Glossary",
  "glossary.intro":
    "The terms used on the results pages, in plain words. Each page links here wherever a term appears.",
  "glossary.median.term": "Median (typical expert view)",
  "glossary.median.def":
    "The middle value: half of the answers are higher and half lower. One extreme answer does not move it.",
  "glossary.middle-half.term": "Middle half of the answers (interquartile range, IQR)",
  "glossary.middle-half.def":
    "The range from the lower quartile (a quarter of the answers lie below it) to the upper quartile (a quarter lie above it). The narrower it is, the more the experts agree.",
  // #15: the likely range (bootstrap interval) of a headline number
  "glossary.likely-range.term": "Likely range of a result (bootstrap interval)",
  "glossary.likely-range.def":
    "How firm a result is. The panel's answers are drawn again at random, with repeats, 500 times, and the result is recomputed each time; the likely range holds the middle 95% of those results. A wide range means a few different experts could have changed the headline a lot. Formula: the 2.5th and 97.5th percentiles of the statistic over the resamples (Efron & Tibshirani 1993, ch. 13), with a fixed seed so everyone gets the same range.",
  "dashboard.likelyRange": "Likely range {lower} – {upper}",
  "dashboard.likelyRangeCol": "Likely range",
  "glossary.mean.term": "Mean (average)",
  "glossary.mean.def": "The sum of the answers divided by their number.",
  "glossary.geo-odds.term": "Geometric mean of odds",
  "glossary.geo-odds.def":
    "A way of combining probabilities: each probability p becomes odds p ÷ (1 − p), the odds are averaged geometrically (multiplied, then the n-th root taken) and turned back into a probability. Answers near 0% or 100% have more say than in a plain average.",
  "glossary.recency.term": "Recency-weighted median",
  "glossary.recency.def":
    "A median in which answers given later in the round count more than earlier ones, so experts who updated after new information weigh more.",
  "glossary.track-record.term": "Track-record weighting",
  "glossary.track-record.def":
    "Experts whose earlier forecasts on resolved questions were more accurate (a lower Brier score) count more in the average. With nothing resolved yet, everyone counts the same.",
  "glossary.extremized.term": "Extremized mean",
  "glossary.extremized.def":
    "The mean of the answers on the log-odds scale, pushed away from 50% by a factor of 1.5 (Satopää et al., 2014): averaging makes a panel sound less sure than its members, and extremizing undoes that. Used for yes/no questions; the scores page shows how it would have scored.",
  "glossary.pooled.term": "Pooled (combined) value",
  "glossary.pooled.def": "The experts' answers combined into one number by the method the page names.",
  "glossary.normalised.term": "Adding up to 100%",
  "glossary.normalised.def":
    "Each scenario's combined value is taken on its own, so together they need not make 100%. They are divided by their sum so that the set adds up to 100%, and rounded so that the whole percentages still do.",
  "glossary.range.term": "5–95% range",
  "glossary.range.def":
    "For a quantity each expert gives a low value (5th percentile), a best estimate (50th) and a high value (95th): they are 90% sure the true value lies between the low and the high one.",
  "glossary.consensus.term": "Consensus",
  "glossary.consensus.def":
    "The rule the organisers set before the round, for example that the middle half of the answers spans at most 15 percentage points. “Consensus” means the rule was met, not that everyone agreed.",
  "glossary.brier.term": "Brier score",
  "glossary.brier.def":
    "The accuracy of probability forecasts once questions are resolved: the squared difference between the forecast and what happened (1 if it happened, 0 if not). 0 is perfect and always saying 50% scores 0.25: lower is better.",
  "glossary.log-score.term": "Log score",
  "glossary.log-score.def":
    "Another accuracy score: the logarithm of the probability given to what actually happened. Closer to 0 is better; a confident wrong forecast is punished heavily.",
  "glossary.peer-score.term": "Peer score",
  "glossary.peer-score.def":
    "How much better (above 0) or worse (below 0) an expert's forecasts were than the rest of the panel's on the same questions.",
  "glossary.baseline.term": "Baseline score",
  "glossary.baseline.def":
    "An expert's score compared with a forecast that knows nothing (equal chances for every outcome). Above 0 is better than chance.",
  "glossary.calibration.term": "Calibration",
  "glossary.calibration.def":
    "Whether forecasts mean what they say: of all the events given 70%, about 70% should happen. A calibration plot sets each forecast against how often it came true.",
  "glossary.murphy.term": "Murphy decomposition",
  "glossary.murphy.def":
    "The Brier score split into three parts: reliability (how far forecasts lie from the frequencies observed; lower is better), resolution (how well forecasts tell apart what happens from what does not; higher is better) and uncertainty (how hard the questions were; the same for everyone).",
  "glossary.cooke.term": "Cooke's Classical Model",
  "glossary.cooke.def":
    "A way of weighting experts by their answers to seed questions whose true values the organisers know. Experts who are both well calibrated and informative get more weight.",
  "glossary.decision-maker.term": "Decision maker (equal-weight, performance-weighted)",
  "glossary.decision-maker.def":
    "The panel's combined answer in Cooke's model. Equal-weight gives every expert the same weight; performance-weighted gives weight by calibration and information on the seed questions.",
  "glossary.calibration-score.term": "Calibration score (Cooke)",
  "glossary.calibration-score.def":
    "How likely an expert's hits and misses on the seed questions would be if their 5–95% ranges were honest. It can be very small: 0.0000158 means about 16 in a million. Higher is better.",
  "glossary.information.term": "Information score",
  "glossary.information.def":
    "How narrow an expert's ranges are compared with a wide background range: higher means more precise answers.",
  "glossary.alpha.term": "Significance level α",
  "glossary.alpha.def":
    "The cut-off below which an expert's calibration score gives them no weight in Cooke's model. A higher α leaves fewer experts with weight.",
  "share.title": "Shared links",
  "share.intro":
    "A shared link lets people without an account read one published round's dashboard and report. It never shows an individual's answer or reasons, and you can revoke it at any time.",
  "share.strict":
    "This forum is strictly anonymous: shared pages show what a stakeholder of the forum sees, and never a breakdown by institution or country.",
  "share.quasi":
    "Breakdowns by institution and country appear only for groups of at least {k} experts, as on the dashboard.",
  "share.groups": "Show breakdowns by institution and country (groups of at least {k} experts)",
  "share.round": "Round to share",
  "share.roundOption": "Round {number}, published {date}",
  "share.create": "Create a shared link",
  "share.created": "Shared link created for round {number}. Copy it now: it is shown only once.",
  "share.embed": "To embed one question's card in another site, use:",
  "share.none": "No shared links yet.",
  "share.noRounds": "No round is published yet: only published rounds can be shared.",
  "share.createdAt": "Created",
  "share.roundCol": "Round",
  "share.breakdowns": "Breakdowns",
  "share.opened": "Opened",
  "share.openedCount": "{count, plural, one {# time} other {# times}}",
  "share.lastOpened": "last on {date}",
  "share.status": "Status",
  "share.active": "active",
  "share.revokedAt": "revoked {date}",
  "share.revoke": "Revoke",
  "share.revokeConfirm":
    "Revoke this link? Anyone using it will no longer see the round. This cannot be undone.",
  "share.revoked": "Link revoked: it no longer opens anything.",
  "share.yes": "shown",
  "share.no": "hidden",
  "share.gone": "This shared link does not exist or has been revoked.",
  "share.readerNote":
    "A read-only page shared by the organisers of “{forum}”. It shows the panel's combined answers, never an individual's.",
  "share.pageTitle": "{forum}: what the panel thinks (round {number})",
  "share.from": "From “{forum}”, round {number}",
  "share.manage": "Share this round",
  "share.revokeTitle": "Revoke the shared link to round {number}?",
  "share.revokeHappens":
    "Anyone who opens the link, or a page that embeds one of its cards, sees nothing from this forum any more.",
  "share.revokeIrreversible": "a revoked link cannot be restored; create a new one if you need it again.",
  "share.revokeButton": "Yes, revoke the link",
  // ---- end of issue 18 ----
  "report.title": "Round {number} report",
  "report.forum": "{forum}: round {number}",
  "report.state": "State: {state}",
  "report.closed": "Closed {date}",
  "report.published": "Published {date}",
  "report.print": "Print this report",
  "report.rule": "Consensus rule",
  "report.questions": "Questions",
  "report.pooledValues": "Pooled values",
  "report.method": "Method",
  "report.value": "Value",
  "report.state.closed": "closed, not yet published",
  "report.state.published": "published",
  "export.title": "Data and exports",
  "export.json": "Everything as JSON (settings, questions, anonymised answers)",
  "export.answersCsv": "Anonymised answers (CSV)",
  "export.resultsCsv": "Results per round and question (CSV)",
  "export.anonymity": "Answers carry pseudonyms only, never names or e-mail addresses.",
  "tokens.title": "API read tokens",
  "tokens.intro":
    "A read token lets a program read this forum's results and export through the JSON API (Authorization: Bearer …). It cannot change anything and reads only this forum.",
  "tokens.label": "Label",
  "tokens.labelHint": "What the token is for, e.g. the name of a script.",
  "tokens.create": "Create token",
  "tokens.created": "Your new token. Copy it now: it is shown only once.",
  "tokens.none": "No tokens yet.",
  "tokens.createdAt": "Created",
  "tokens.status": "Status",
  "tokens.live": "active",
  "tokens.revoked": "revoked {date}",
  "tokens.revoke": "Revoke",
  "tokens.lifetime": "Valid for",
  "tokens.days": "{count, plural, one {# day} other {# days}}",
  "tokens.expiresAt": "Expires",
  "tokens.ended": "expired, or its creator is no longer an organiser",
  "tokens.labelTooLong": "Keep the label under 100 characters.",
} as const;
