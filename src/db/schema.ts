/**
 * The D1 schema (drizzle). Migrations in migrations/ are generated from this file by `npm run db:generate`.
 * Times are ISO 8601 strings in UTC. Answers, revisions and audit entries are append-only.
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { ConsensusRule } from "../domain/consensus/index.js";
import type { ForumScores, SnapshotDerived } from "../domain/forum-scores.js";
import type { QuestionConfig } from "../domain/questions.js";
import type { PublicSnapshot, QuestionSnapshot, StoredSpread, StoredVerdict } from "../domain/snapshot.js";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  locale: text("locale"),
  timeZone: text("time_zone").notNull().default("UTC"),
  canCreateForums: integer("can_create_forums", { mode: "boolean" }).notNull().default(false),
  createdAt: text("created_at").notNull().default(now),
  erasedAt: text("erased_at"),
});

export const forums = sqliteTable("forums", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  /** quasi: organisers see who answered what; strict: nobody does. Only ever made stricter. */
  anonymity: text("anonymity", { enum: ["quasi", "strict"] })
    .notNull()
    .default("quasi"),
  /** rounds: classic Delphi; realtime: one long open period (Real-Time Delphi). */
  mode: text("mode", { enum: ["rounds", "realtime"] })
    .notNull()
    .default("rounds"),
  defaultLocale: text("default_locale").notNull().default("en"),
  /** Subgroup statistics are shown only for groups of at least this many respondents (never below 3). */
  minGroupSize: integer("min_group_size").notNull().default(3),
  /**
   * A consensus verdict needs at least this many respondents (default 5, never below 3) and at least
   * this share of the eligible experts (0..1, default 0.7); below either the state is "too few answers"
   * (src/domain/consensus/verdict.ts).
   */
  minRespondents: integer("min_respondents").notNull().default(5),
  minResponseRate: real("min_response_rate").notNull().default(0.7),
  requireReasonOutsideIqr: integer("require_reason_outside_iqr", { mode: "boolean" })
    .notNull()
    .default(false),
  /** Days before a round closes on which reminders go out, as a JSON array, e.g. [3, 1]. */
  reminderDays: text("reminder_days", { mode: "json" }).$type<number[]>().notNull().default(sql`'[3,1]'`),
  senderName: text("sender_name").notNull().default(""),
  consentText: text("consent_text").notNull().default(""),
  /** Days after the forum closes that personal data is kept; null keeps it until erased on request. */
  retentionDays: integer("retention_days"),
  /** Set when the organiser closes the whole forum (seed values are revealed then). */
  closedAt: text("closed_at"),
  /**
   * The dashboard's numbers from resolutions (accuracy, Cooke's decision maker), stored when a round
   * closes, a question resolves or the forum closes; null until first computed.
   */
  scores: text("scores", { mode: "json" }).$type<ForumScores>(),
  /**
   * The pooling method readers meet first on the dashboard and report, chosen by the
   * organisers; one of POOL_METHODS (src/domain/snapshot.ts). The others stay one click away.
   */
  defaultMethod: text("default_method").notNull().default("median"),
  /**
   * Counts the writes to what published results show (rounds, snapshots, questions and their texts,
   * resolutions, ideas): triggers from migration 0015 add one on every insert, update or delete there,
   * so a rendered dashboard can be kept per isolate under this number (src/routes/rendered-cache.ts) and
   * is never served once its inputs changed. The app never writes it.
   */
  resultsVersion: integer("results_version").notNull().default(0),
  /** The forum this one was cloned from, if it was created from a template. */
  templateOf: integer("template_of"),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: text("created_at").notNull().default(now),
});

export const institutions = sqliteTable(
  "institutions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    name: text("name").notNull(),
    country: text("country").notNull(),
    /** 1 for founding institutions; a later stage number for institutions that joined later. */
    stage: integer("stage").notNull().default(1),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("institutions_forum_name").on(t.forumId, t.name)],
);

export const members = sqliteTable(
  "members",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: ["organiser", "expert", "stakeholder"] }).notNull(),
    institutionId: integer("institution_id").references(() => institutions.id),
    /** Stable per-forum pseudonym under which other experts see this member's answers. */
    pseudonym: text("pseudonym").notNull(),
    status: text("status", { enum: ["invited", "active", "declined", "removed"] })
      .notNull()
      .default("invited"),
    invitedBy: integer("invited_by").references(() => users.id),
    /** 1 for founding members; the stage at which a later joiner came in. */
    stage: integer("stage").notNull().default(1),
    remindersOptOut: integer("reminders_opt_out", { mode: "boolean" }).notNull().default(false),
    /** A random key for the unsubscribe-from-reminders link (no sign-in needed to use it). */
    reminderKey: text("reminder_key"),
    createdAt: text("created_at").notNull().default(now),
    joinedAt: text("joined_at"),
    removedAt: text("removed_at"),
  },
  (t) => [
    uniqueIndex("members_forum_user").on(t.forumId, t.userId),
    uniqueIndex("members_forum_pseudonym").on(t.forumId, t.pseudonym),
    index("members_user").on(t.userId),
    // The panel page lists a forum's members a page at a time, newest first (panel.ts listPanelPage).
    index("members_forum_id").on(t.forumId, t.id),
    // The stage a new invitation defaults to: the highest stage on a roster (stages.ts defaultStage).
    index("members_forum_stage").on(t.forumId, t.stage),
  ],
);

/** Invitation and sign-in links. Only the SHA-256 of the 256-bit token is stored; a token is spent once. */
export const tokens = sqliteTable(
  "tokens",
  {
    hash: text("hash").primaryKey(),
    purpose: text("purpose", { enum: ["invite", "signin"] }).notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    memberId: integer("member_id").references(() => members.id),
    createdAt: text("created_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
    /** The session this token was spent on: a spend and its session insert are one batch keyed on it. */
    sessionId: text("session_id"),
  },
  (t) => [index("tokens_user").on(t.userId), index("tokens_member").on(t.memberId)],
);

/** Server-side sessions; the cookie holds a random token whose SHA-256 is the id. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    lastSeenAt: text("last_seen_at").notNull().default(now),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

export const scenarioSets = sqliteTable("scenario_sets", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  forumId: integer("forum_id")
    .notNull()
    .references(() => forums.id),
  title: text("title").notNull(),
  createdAt: text("created_at").notNull().default(now),
});

export const scenarios = sqliteTable(
  "scenarios",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    setId: integer("set_id")
      .notNull()
      .references(() => scenarioSets.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    narrative: text("narrative").notNull(),
    drivers: text("drivers").notNull().default(""),
    /** The ideas-round item this scenario was promoted from, if any (provenance). */
    fromIdeaId: integer("from_idea_id"),
  },
  (t) => [index("scenarios_set").on(t.setId)],
);

export const questions = sqliteTable(
  "questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    kind: text("kind", {
      enum: ["binary", "allocation", "quantity", "rating", "ranking", "proposal", "idea"],
    }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    resolutionCriteria: text("resolution_criteria").notNull().default(""),
    /** Kind-specific settings as JSON (QuestionConfig in src/domain/questions.ts). */
    config: text("config", { mode: "json" }).$type<QuestionConfig>().notNull(),
    /** The pre-registered consensus rule as JSON (ConsensusRule in the engine). */
    consensusRule: text("consensus_rule", { mode: "json" }).$type<ConsensusRule>().notNull(),
    position: integer("position").notNull().default(0),
    version: integer("version").notNull().default(1),
    /** A calibration (seed) question: a quantity whose true value the organiser holds back (Cooke). */
    isSeed: integer("is_seed", { mode: "boolean" }).notNull().default(false),
    /** The idea (round 0 item) this question was promoted from, if any. */
    fromIdeaId: integer("from_idea_id"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("questions_forum").on(t.forumId)],
);

export const rounds = sqliteTable(
  "rounds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    number: integer("number").notNull(),
    /** standard rounds ask questions; an ideas round (round 0) collects open items from experts. */
    kind: text("kind", { enum: ["standard", "ideas"] })
      .notNull()
      .default("standard"),
    state: text("state", { enum: ["draft", "open", "closed", "published"] })
      .notNull()
      .default("draft"),
    instructions: text("instructions").notNull().default(""),
    synthesis: text("synthesis").notNull().default(""),
    opensAt: text("opens_at"),
    closesAt: text("closes_at"),
    openedAt: text("opened_at"),
    closedAt: text("closed_at"),
    publishedAt: text("published_at"),
    /**
     * Who could answer and who did, frozen when the round closes (JSON: eligible, late, answered), so that
     * dashboards read one row per round instead of counting members and answers.
     */
    participation: text("participation", { mode: "json" }).$type<{
      eligible: number;
      late: number;
      answered: number;
    }>(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("rounds_forum_number").on(t.forumId, t.number)],
);

export const roundQuestions = sqliteTable(
  "round_questions",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.questionId] })],
);

/**
 * Every save is a new row; the previous current row of the same (round, question, member) gets
 * `superseded_at` in the same batch. Nothing is ever updated otherwise or deleted.
 */
export const answers = sqliteTable(
  "answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    value: text("value").notNull(),
    rationale: text("rationale").notNull().default(""),
    status: text("status", { enum: ["draft", "submitted"] }).notNull(),
    questionVersion: integer("question_version").notNull().default(1),
    createdAt: text("created_at").notNull().default(now),
    supersededAt: text("superseded_at"),
  },
  (t) => [
    index("answers_current").on(t.roundId, t.questionId, t.supersededAt),
    index("answers_member").on(t.memberId, t.roundId),
    uniqueIndex("answers_one_current")
      .on(t.roundId, t.questionId, t.memberId)
      .where(sql`superseded_at IS NULL`),
  ],
);

/** The frozen aggregates of a question in a closed round, computed once (QuestionSnapshot as JSON). */
export const snapshots = sqliteTable(
  "snapshots",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    stats: text("stats", { mode: "json" }).$type<QuestionSnapshot>().notNull(),
    /**
     * What readers are shown, stored beside the full statistics when the round closes so that no page
     * parses the full JSON per request: the statistics without the individual responses (`public_stats`)
     * and the spread the convergence lines read (`spread`). Every snapshot is written with both, and
     * migration 0011 filled them for the rows stored before.
     */
    publicStats: text("public_stats", { mode: "json" }).$type<PublicSnapshot>(),
    spread: text("spread", { mode: "json" }).$type<StoredSpread>(),
    /**
     * The consensus verdict and the number of answers, what the organiser's question list shows of each
     * question's latest snapshot (extracting them from the statistics read 0.7 MB of JSON per overview at
     * 300 experts × 40 questions × 3 rounds). Written at close; migration 0016 filled the rows before.
     */
    verdict: text("verdict", { mode: "json" }).$type<StoredVerdict>(),
    /**
     * What the panel's track records add (the track-record pool), stored at close and recomputed when a
     * question resolves; null for rows stored before it existed.
     */
    derived: text("derived", { mode: "json" }).$type<SnapshotDerived>(),
    computedAt: text("computed_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("snapshots_round_question").on(t.roundId, t.questionId),
    // Covers the question list's read of verdicts: SQLite reads a row's columns in order, so reaching
    // `verdict` in the table walks the overflow pages of the statistics stored before it (~30 KiB each).
    index("snapshots_round_verdict").on(t.roundId, t.questionId, t.verdict),
  ],
);

/**
 * Every outgoing message and its delivery record (queued, sent, failed with the provider's error, the
 * number of attempts): organisers read it as the delivery log at /outbox, links redacted.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id").references(() => forums.id),
    toEmail: text("to_email").notNull(),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    createdAt: text("created_at").notNull().default(now),
    sentAt: text("sent_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /**
     * When the cron may try the row: a failed send's back-off, or (for a message the request sends
     * itself) a grace period after which the cron takes it over; null with attempts = 0: due at once
     * (batched by the cron); null after an attempt: failed for good (rejected or out of attempts).
     */
    nextAttemptAt: text("next_attempt_at"),
    /** Reply-To of the message (the inviting or acting organiser); null: the forum's first organiser. */
    replyTo: text("reply_to"),
    /** Extra headers sent with the message (List-Unsubscribe and List-Unsubscribe-Post on reminders). */
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>(),
    /** The Message-ID the binding returned for a sent message. */
    providerMessageId: text("provider_message_id"),
  },
  (t) => [
    index("outbox_forum").on(t.forumId, t.createdAt),
    index("outbox_due").on(t.sentAt, t.nextAttemptAt),
    index("outbox_created").on(t.createdAt),
  ],
);

/** Append-only record of every organiser action and state change. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id").references(() => forums.id),
    actorUserId: integer("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    detail: text("detail", { mode: "json" }),
    at: text("at").notNull().default(now),
  },
  (t) => [index("audit_forum").on(t.forumId, t.at)],
);

/** Fixed-window counters for abuse limits (sign-in requests per e-mail and per client). */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: text("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** Who could answer a round: every active expert when it opens, plus late joiners added while it is open. */
export const roundMembers = sqliteTable(
  "round_members",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    addedAt: text("added_at").notNull().default(now),
    /**
     * How many of the round's questions the member has a current submitted answer to, kept by every
     * write of answers (src/db/queries/answers.ts `refreshAnswered`, in the same batch), so that the
     * organiser's overview reads one row per member instead of every answer of the round.
     */
    answered: integer("answered").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.memberId] }),
    index("round_members_member").on(t.memberId),
    // The organiser's list of experts still answering, fewest answered first, a page at a time.
    index("round_members_round_answered").on(t.roundId, t.answered, t.memberId),
  ],
);

/**
 * A round's roster counted per institution, so that the organiser's overview reads a few rows per round
 * instead of one per expert (issue 19). `groupKey`: an institution's id, 0 for experts without one, and
 * ROUND_TOTAL (−1) for the whole round. Counted in full (src/db/queries/round-tallies.ts `recountTallies`)
 * when a round opens and closes and by every bulk write of answers; kept by one expert's delta in the
 * batch of every write that changes one expert's roster row or status while the round is open (an answer
 * saved, a late joiner, a removal). After the close nothing changes them: a closed round's counts are the
 * ones it closed with.
 */
export const roundTallies = sqliteTable(
  "round_tallies",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    groupKey: integer("group_key").notNull(),
    /** On the roster (experts who could answer: active when it opened, or late joiners). */
    eligible: integer("eligible").notNull().default(0),
    late: integer("late").notNull().default(0),
    /** On the roster and answered every question of the round (submitted, current). */
    complete: integer("complete").notNull().default(0),
    /** On the roster and an active member (at the close, for a closed round): the response rate's experts. */
    active: integer("active").notNull().default(0),
    activeComplete: integer("active_complete").notNull().default(0),
    /** Experts of the group first on a roster of the forum in this round: summed over rounds, its people (folding). */
    rostered: integer("rostered").notNull().default(0),
    /** Respondents (answered all) of the forum's previous opened round; counted at the close. */
    previous: integer("previous").notNull().default(0),
    /** Of `previous`, those who did not answer all of this round; counted at the close. */
    lost: integer("lost").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.groupKey] })],
);

/** Versioned question text: every edit between rounds appends a version; answers keep the version they answered. */
export const questionVersions = sqliteTable(
  "question_versions",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    resolutionCriteria: text("resolution_criteria").notNull(),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.version] })],
);

/** Question, scenario and resolution texts in further languages (the forum's default is in questions). */
export const questionTranslations = sqliteTable(
  "question_translations",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    resolutionCriteria: text("resolution_criteria").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.locale] })],
);

export const scenarioTranslations = sqliteTable(
  "scenario_translations",
  {
    scenarioId: integer("scenario_id")
      .notNull()
      .references(() => scenarios.id),
    locale: text("locale").notNull(),
    title: text("title").notNull(),
    narrative: text("narrative").notNull().default(""),
    drivers: text("drivers").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.locale] })],
);

/** Anonymous deliberation: posts per question in a round, threaded by parent, shown under pseudonyms. */
export const posts = sqliteTable(
  "posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    parentId: integer("parent_id"),
    tag: text("tag", { enum: ["pro", "con", "evidence"] }),
    body: text("body").notNull(),
    createdAt: text("created_at").notNull().default(now),
    hiddenAt: text("hidden_at"),
    hiddenReason: text("hidden_reason"),
    hiddenBy: integer("hidden_by").references(() => users.id),
  },
  // posts_forum: the organisers' moderation queue (newest first across a forum's rounds and questions).
  (t) => [index("posts_question").on(t.roundId, t.questionId), index("posts_forum").on(t.forumId, t.id)],
);

/** One "useful" vote per expert per post. */
export const postVotes = sqliteTable(
  "post_votes",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.postId, t.memberId] })],
);

/** Outcomes of questions. Append-only: a re-resolution supersedes the previous row, never silently. */
export const resolutions = sqliteTable(
  "resolutions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    /** JSON: { annulled: true } | { outcome: 0 | 1 } | { scenarioIndex: n } | { value: x } */
    outcome: text("outcome", { mode: "json" }).notNull(),
    resolvedOn: text("resolved_on").notNull(),
    sourceNote: text("source_note").notNull().default(""),
    resolvedBy: integer("resolved_by").references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    supersededAt: text("superseded_at"),
  },
  (t) => [index("resolutions_question").on(t.questionId, t.supersededAt)],
);

/** Read tokens an organiser issues for the JSON API (Bearer); only the SHA-256 is stored. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    hash: text("hash").notNull().unique(),
    label: text("label").notNull().default(""),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    revokedAt: text("revoked_at"),
    /** After this instant the token reads nothing; null (tokens made before expiry existed): 90 days after creation. */
    expiresAt: text("expires_at"),
  },
  (t) => [index("api_tokens_forum").on(t.forumId)],
);

/**
 * Read-only links to one published round's dashboard and report for readers without an account
 *. Only the SHA-256 of the link's token is stored; a revoked link reads nothing. Every
 * opening counts, so organisers see how often the link is used.
 */
export const shareLinks = sqliteTable(
  "share_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    hash: text("hash").notNull().unique(),
    /** Whether the shared pages show subgroup statistics (at the forum's threshold); decided from the anonymity rules. */
    subgroups: integer("subgroups", { mode: "boolean" }).notNull().default(false),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: text("created_at").notNull().default(now),
    revokedAt: text("revoked_at"),
    accessCount: integer("access_count").notNull().default(0),
    lastAccessAt: text("last_access_at"),
  },
  (t) => [index("share_links_forum").on(t.forumId)],
);

/** Reminders sent, so that no member gets the same step twice. */
export const remindersSent = sqliteTable(
  "reminders_sent",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    step: integer("step").notNull(),
    sentAt: text("sent_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.memberId, t.step] })],
);

/** Items experts submit in an ideas round (round 0), and what the organiser made of them. */
export const ideas = sqliteTable(
  "ideas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forumId: integer("forum_id")
      .notNull()
      .references(() => forums.id),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    title: text("title").notNull(),
    explanation: text("explanation").notNull().default(""),
    status: text("status", { enum: ["submitted", "merged", "rejected", "promoted"] })
      .notNull()
      .default("submitted"),
    /** For merged items: the item they were merged into (every original is kept). */
    mergedInto: integer("merged_into"),
    editedTitle: text("edited_title"),
    editedExplanation: text("edited_explanation"),
    rejectReason: text("reject_reason"),
    promotedQuestionId: integer("promoted_question_id"),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    reviewedAt: text("reviewed_at"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("ideas_round").on(t.roundId), index("ideas_member").on(t.memberId)],
);

/**
 * Experts' ratings of other experts' items in an ideas round (1 = not important … 5 = very important),
 * before the organiser decides. Appended, never overwritten: an expert's current rating of an item is
 * their latest row. The rater is a member id, never shown to anyone.
 */
export const ideaRatings = sqliteTable(
  "idea_ratings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ideaId: integer("idea_id")
      .notNull()
      .references(() => ideas.id),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id),
    value: integer("value").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [index("idea_ratings_idea").on(t.ideaId, t.memberId)],
);
