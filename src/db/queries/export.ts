import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportIdea,
  type ForumExport,
  type ResultsQuestion,
  type RoundResults,
  roundResults,
} from "../../domain/results.js";
import type { QuestionSnapshot } from "../../domain/snapshot.js";
import {
  disclosableLabels,
  type GroupKeys,
  hiddenSnapshotPaths,
  labelGroups,
  type SnapshotView,
  viewSnapshot,
} from "../../domain/visibility.js";
import type { Db } from "../client.js";
import {
  forums,
  members,
  questions,
  roundQuestions,
  rounds,
  scenarioSets,
  scenarios,
  snapshots,
} from "../schema.js";
import { listIdeasForReview } from "./ideas.js";
import { questionTextColumns } from "./question-versions.js";
import { applyGroupThreshold, groupThreshold, withoutPaths } from "./snapshots.js";
import { listCurrentSubmittedAnswers } from "./submitted-answers.js";
import { listForumTranslations } from "./translations.js";

type ForumRow = typeof forums.$inferSelect;

/**
 * Everything needed to recompute every snapshot of a forum (organisers only). Answers appear under
 * the members' per-forum pseudonyms only, in both anonymity modes: no name, e-mail or member id ever
 * leaves through an export (files travel further than the app), and an institution or country only
 * where it cannot narrow a pseudonym to fewer than the group threshold of people (`disclosableLabels`;
 * else null: a subgroup statistic over a withheld label cannot be recomputed from the file). A round's answers are those its close
 * counted (listCurrentSubmittedAnswers: the round's roster, active or removed after it closed).
 */
export async function buildForumExport(db: Db, forum: ForumRow, nowMs = Date.now()): Promise<ForumExport> {
  const [sets, scen, qs, rs, rqs, frozen] = await Promise.all([
    db.select().from(scenarioSets).where(eq(scenarioSets.forumId, forum.id)).orderBy(asc(scenarioSets.id)),
    db
      .select({
        setId: scenarios.setId,
        id: scenarios.id,
        position: scenarios.position,
        title: scenarios.title,
        narrative: scenarios.narrative,
      })
      .from(scenarios)
      .innerJoin(scenarioSets, eq(scenarioSets.id, scenarios.setId))
      .where(eq(scenarioSets.forumId, forum.id))
      .orderBy(asc(scenarios.position)),
    db
      .select({
        ...questionTextColumns,
        config: questions.config,
        consensusRule: questions.consensusRule,
        position: questions.position,
      })
      .from(questions)
      .where(eq(questions.forumId, forum.id))
      .orderBy(asc(questions.position), asc(questions.id)),
    db.select().from(rounds).where(eq(rounds.forumId, forum.id)).orderBy(asc(rounds.number)),
    db
      .select({ roundId: roundQuestions.roundId, questionId: roundQuestions.questionId })
      .from(roundQuestions)
      .innerJoin(rounds, eq(rounds.id, roundQuestions.roundId))
      .where(eq(rounds.forumId, forum.id))
      .orderBy(asc(roundQuestions.position)),
    db
      .select({
        roundId: snapshots.roundId,
        eligible: sql<number>`max(json_extract(${snapshots.stats}, '$.eligible'))`,
      })
      .from(snapshots)
      .innerJoin(rounds, eq(rounds.id, snapshots.roundId))
      .where(eq(rounds.forumId, forum.id))
      .groupBy(snapshots.roundId),
  ]);
  // Each opened round's answers and eligible count through the snapshots' own read (one rule for all).
  const submitted = new Map(
    await Promise.all(
      rs
        .filter((r) => r.state !== "draft")
        .map(async (r) => [r.id, await listCurrentSubmittedAnswers(db, { roundId: r.id })] as const),
    ),
  );
  const frozenEligible = new Map(frozen.map((f) => [f.roundId, f.eligible]));
  // Ideas rounds: their items and the decisions on them, under pseudonyms only (never names).
  const ideasOf = new Map(
    await Promise.all(
      rs
        .filter((r) => r.kind === "ideas")
        .map(
          async (r) =>
            [
              r.id,
              (await listIdeasForReview(db, r.id, false)).map(({ name: _, ...i }) => i as ExportIdea),
            ] as const,
        ),
    ),
  );
  // An answer's institution and country travel with its pseudonym only as far as they cannot narrow
  // it to fewer than the threshold of the people behind the export's pseudonyms (visibility.ts).
  const people = new Map<string, GroupKeys>();
  for (const round of submitted.values()) for (const a of round.answers) people.set(a.pseudonym, a);
  const labels = disclosableLabels([...people.values()], groupThreshold(forum));
  // Every language version of the texts: attached only where a translation exists.
  const translated = await listForumTranslations(db, forum.id);
  const qTr = (id: number) =>
    translated.questions.filter((t) => t.questionId === id).map(({ questionId: _, ...t }) => t);
  const sTr = (id: number) =>
    translated.scenarios.filter((t) => t.scenarioId === id).map(({ scenarioId: _, ...t }) => t);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(nowMs).toISOString(),
    forum: {
      id: forum.id,
      title: forum.title,
      description: forum.description,
      anonymity: forum.anonymity,
      mode: forum.mode,
      minGroupSize: forum.minGroupSize,
      minRespondents: forum.minRespondents,
      minResponseRate: forum.minResponseRate,
    },
    scenarioSets: sets.map((s) => ({
      id: s.id,
      title: s.title,
      scenarios: scen
        .filter((x) => x.setId === s.id)
        .map(({ setId: _, ...x }) => withTranslations(x, sTr(x.id))),
    })),
    questions: qs.map((q) => withTranslations(q, qTr(q.id))),
    rounds: rs.map((r) => ({
      number: r.number,
      state: r.state,
      openedAt: r.openedAt,
      closedAt: r.closedAt,
      publishedAt: r.publishedAt,
      eligible: frozenEligible.get(r.id) ?? submitted.get(r.id)?.eligible ?? 0,
      // Who could answer (late joiners included) and who did, frozen at close; null while open.
      participation: r.participation ?? null,
      questionIds: rqs.filter((x) => x.roundId === r.id).map((x) => x.questionId),
      answers: (submitted.get(r.id)?.answers ?? []).map((a) => ({
        questionId: a.questionId,
        pseudonym: a.pseudonym,
        ...labelGroups(a, labels),
        founding: a.founding,
        time: a.time,
        value: a.value,
        rationale: a.rationale,
      })),
      ...(r.kind === "ideas" ? { ideas: ideasOf.get(r.id) ?? [] } : {}),
    })),
  };
}

/** A text's export entry: its `translations` appended only where it has any. */
function withTranslations<T extends object>(text: T, translations: object[]) {
  return translations.length > 0 ? { ...text, translations } : text;
}

/**
 * The frozen snapshots of round `number`, or null when the round does not exist or is not in `states`.
 * Without `withResponses` the responses are removed in SQL (json_remove), so nothing built on the result
 * can carry a pseudonym or a reason. Subgroups are filtered again by the forum's current threshold.
 */
export async function findRoundResults(
  db: Db,
  forum: ForumRow,
  number: number,
  /** What of each snapshot the caller may receive (visibility.ts: responses, subgroups). */
  opts: { states: ("closed" | "published")[]; view: SnapshotView },
): Promise<RoundResults | null> {
  const round = await db
    .select({ id: rounds.id, number: rounds.number, state: rounds.state })
    .from(rounds)
    .where(and(eq(rounds.forumId, forum.id), eq(rounds.number, number), inArray(rounds.state, opts.states)))
    .get();
  if (!round) return null;
  const rows = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      title: questions.title,
      stats: sql<string>`${withoutPaths(hiddenSnapshotPaths(opts.view))}`,
    })
    .from(roundQuestions)
    .innerJoin(questions, eq(questions.id, roundQuestions.questionId))
    .innerJoin(
      snapshots,
      and(eq(snapshots.roundId, roundQuestions.roundId), eq(snapshots.questionId, roundQuestions.questionId)),
    )
    .where(eq(roundQuestions.roundId, round.id))
    .orderBy(asc(roundQuestions.position));
  const threshold = groupThreshold(forum);
  const items: ResultsQuestion[] = rows.map((r) => {
    const snapshot = viewSnapshot(
      applyGroupThreshold(JSON.parse(r.stats) as QuestionSnapshot, threshold),
      opts.view,
    );
    return { id: r.id, kind: r.kind, title: r.title, snapshot };
  });
  return roundResults(
    forum.id,
    { number: round.number, state: round.state as "closed" | "published" },
    items,
  );
}

/** The forums a user is an active member of, with the role. */
export async function listApiForums(db: Db, userId: number) {
  return db
    .select({ id: forums.id, title: forums.title, role: members.role })
    .from(members)
    .innerJoin(forums, eq(forums.id, members.forumId))
    .where(and(eq(members.userId, userId), eq(members.status, "active")))
    .orderBy(asc(forums.id));
}

export async function findForum(db: Db, forumId: number) {
  return db.select().from(forums).where(eq(forums.id, forumId)).get();
}

/** The caller's role in a forum when they are an active member, else undefined. */
export async function findActiveRole(db: Db, forumId: number, userId: number) {
  const row = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.forumId, forumId), eq(members.userId, userId), eq(members.status, "active")))
    .get();
  return row?.role;
}
