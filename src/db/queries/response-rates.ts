import { and, eq, inArray, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import {
  type ExpertProgress,
  foldRateGroups,
  type RateGroup,
  type ResponseRate,
} from "../../domain/response-rates.js";
import { readBatch, reusableRead, reusableReads } from "../batch.js";
import type { Db } from "../client.js";
import {
  answers,
  ideas,
  institutions,
  members,
  roundMembers,
  roundQuestions,
  rounds,
  roundTallies,
  users,
} from "../schema.js";
import { ROUND_TOTAL } from "./round-tallies.js";

/** How many experts who have not answered all the overview lists at a time (the rest a page further). */
export const INCOMPLETE_PAGE = 20;

type RoundRef = { id: number; number: number; kind?: "standard" | "ideas" };
/**
 * Where names are withheld (strict anonymity, visibility.ts `participationByName`): no name or address is
 * read, nobody is listed, and institutions too small to count alone are shown together.
 */
type Withheld = { threshold: number } | undefined;

/**
 * The response rate of a round: active experts on its roster, and those who submitted a current answer
 * to every question, read from the round's kept counts (round_tallies: a row, whatever the panel's size).
 * `byInstitution` adds the rows per institution (one per institution); `open` lists a page of the experts
 * who have not answered all (`limit` of them, INCOMPLETE_PAGE unless told; `after`: where it starts). An ideas round (round 0,
 * where a prompt counts once the expert suggested an item for it) and a round without kept counts (opened
 * before they existed) are counted from the panel instead (`countResponseRate`).
 */
export async function computeResponseRate(
  db: Db,
  forumId: number,
  round: RoundRef,
  withheld?: Withheld,
  opts: ResponseRateOptions = {},
): Promise<ResponseRate> {
  if (round.kind === "ideas") return countResponseRate(db, forumId, round, withheld);
  const [total, count, groups, waiting] = await readBatch(db, [
    ...responseRateQueries(round, withheld, opts),
  ]);
  return (
    responseRateOf(round, withheld, opts, total, count, groups, waiting) ??
    countResponseRate(db, forumId, round, withheld)
  );
}

type ResponseRateOptions = { byInstitution?: boolean; open?: boolean; after?: string; limit?: number };

/**
 * The reads behind a standard round's `computeResponseRate`, for a batch with a page's other reads: the
 * round's kept total, its number of questions, the rows per institution (none unless `byInstitution`) and
 * a page of who has not answered all (none unless `open` and names may be shown).
 */
export function responseRateQueries(round: { id: number }, withheld: Withheld, opts: ResponseRateOptions) {
  const listed = Boolean(opts.open && !withheld);
  const from = opts.after ? CURSOR.exec(opts.after) : null;
  return rateReads({
    roundId: round.id,
    byInstitution: opts.byInstitution ? 1 : 0,
    // A page and one more (to know there are more), after the cursor; none when nobody is listed.
    limit: listed ? (opts.limit ?? INCOMPLETE_PAGE) + 1 : 0,
    afterAnswered: from ? Number(from[1]) : -1,
    afterMember: from ? Number(from[2]) : -1,
  });
}

const q = {
  roundId: sql.placeholder("roundId"),
  forumId: sql.placeholder("forumId"),
  byInstitution: sql.placeholder("byInstitution"),
  limit: sql.placeholder("limit"),
  afterAnswered: sql.placeholder("afterAnswered"),
  afterMember: sql.placeholder("afterMember"),
};

// Built once per isolate (reusableReads); each request binds its round, options and cursor.
const rateReads = reusableReads((db) => rateQueries(db, q.roundId));

/**
 * The reads of a standard round's response rate for the round the organiser overview shows (the open
 * round, else the last one opened: `shownRound`), found in SQL so that they join the overview's first
 * batch; a page of who has not answered is read unless names are withheld (the overview lists it only for
 * an open round). `responseRateOf` takes their rows with the shown round.
 */
export function shownRoundRateQueries(forumId: number, withheld: Withheld) {
  return shownRateReads({
    forumId,
    byInstitution: 0,
    limit: withheld ? 0 : INCOMPLETE_PAGE + 1,
    afterAnswered: -1,
    afterMember: -1,
  });
}

const shownRateReads = reusableReads((db) =>
  rateQueries(
    db,
    sql`(SELECT ${rounds.id} FROM ${rounds} WHERE ${rounds.forumId} = ${q.forumId} AND ${rounds.state} <> 'draft'
      ORDER BY ${rounds.state} = 'open' DESC, CASE WHEN ${rounds.state} = 'open' THEN ${rounds.number} ELSE -${rounds.number} END
      LIMIT 1)`,
  ),
);

function rateQueries(db: Db, roundId: Placeholder | SQL) {
  return [
    db
      .select({ complete: roundTallies.activeComplete, experts: roundTallies.active })
      .from(roundTallies)
      .where(and(eq(roundTallies.roundId, roundId), eq(roundTallies.groupKey, ROUND_TOTAL)))
      .limit(1),
    db.select({ n: sql<number>`count(*)` }).from(roundQuestions).where(eq(roundQuestions.roundId, roundId)),
    db
      .select({
        institution: sql<string | null>`${institutions.name}`.as("institution"),
        complete: roundTallies.activeComplete,
        experts: roundTallies.active,
      })
      .from(roundTallies)
      .leftJoin(institutions, eq(institutions.id, roundTallies.groupKey))
      .where(
        and(
          eq(roundTallies.roundId, roundId),
          sql`${roundTallies.groupKey} <> ${ROUND_TOTAL}`,
          sql`${q.byInstitution} = 1`,
        ),
      ),
    incompleteQuery(db, roundId),
  ] as const;
}

type RateRows<I extends 0 | 1 | 2 | 3> = Awaited<ReturnType<typeof responseRateQueries>[I]>;

/** The rows of `responseRateQueries` as the round's response rate; undefined for a round without kept counts. */
export function responseRateOf(
  round: RoundRef,
  withheld: Withheld,
  opts: ResponseRateOptions,
  [total]: RateRows<0>,
  [count]: RateRows<1>,
  groups: RateRows<2>,
  waiting: RateRows<3>,
): ResponseRate | undefined {
  if (!total) return undefined;
  const limit = opts.limit ?? INCOMPLETE_PAGE;
  const page = opts.open && !withheld ? waiting.slice(0, limit) : [];
  const last = page.at(-1);
  return {
    roundNumber: round.number,
    questionCount: Number(count?.n ?? 0),
    overall: { complete: total.complete, experts: total.experts },
    ...(opts.byInstitution
      ? {
          perInstitution: foldRateGroups(
            [...groups].sort((a, b) => byName(a.institution, b.institution)),
            withheld?.threshold,
          ),
        }
      : {}),
    incomplete: page,
    ...(waiting.length > limit && last ? { moreIncomplete: `${last.answered}.${last.memberId}` } : {}),
    ...(withheld ? { namesHidden: true } : {}),
  };
}

/** Named institutions in name order, then the experts of none. */
const byName = (a: string | null, b: string | null) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b);

/** `answered.memberId`, where a page of experts who have not answered all starts (after that expert). */
const CURSOR = /^(\d{1,4})\.([1-9]\d{0,12})$/;

/**
 * A page of the round's active experts who have not answered all its questions, fewest answered first
 * (through round_members_round_answered, so a page reads its own rows, not the panel), after the cursor (answered, member id): `limit` rows (none when it is 0).
 */
function incompleteQuery(db: Db, roundId: Placeholder | SQL) {
  return db
    .select({
      memberId: roundMembers.memberId,
      answered: roundMembers.answered,
      name: users.name,
      email: users.email,
      institution: sql<string | null>`${institutions.name}`.as("institution"),
    })
    .from(roundMembers)
    .innerJoin(members, eq(members.id, roundMembers.memberId))
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(institutions, eq(institutions.id, members.institutionId))
    .where(
      and(
        eq(roundMembers.roundId, roundId),
        sql`${roundMembers.answered} < (SELECT count(*) FROM ${roundQuestions} WHERE ${roundQuestions.roundId} = ${roundId})`,
        sql`(${roundMembers.answered}, ${roundMembers.memberId}) > (${q.afterAnswered}, ${q.afterMember})`,
        eq(members.role, "expert"),
        eq(members.status, "active"),
      ),
    )
    .orderBy(roundMembers.answered, roundMembers.memberId)
    .limit(q.limit);
}

/**
 * The response rate counted from the panel: for each active expert, how many of the round's questions they
 * have a current submitted answer to (drafts do not count), then totals overall and per institution; every
 * expert who has not answered all is listed. In an ideas round (round 0) a prompt counts as answered once
 * the expert has suggested an item for it. Reads one row per expert: for ideas rounds and rounds without
 * kept counts only.
 */
async function countResponseRate(
  db: Db,
  forumId: number,
  round: RoundRef,
  withheld: Withheld,
): Promise<ResponseRate> {
  const qs = await db
    .select({ questionId: roundQuestions.questionId })
    .from(roundQuestions)
    .where(eq(roundQuestions.roundId, round.id));
  const experts = await db
    .select({
      memberId: members.id,
      name: withheld ? sql<string>`''` : users.name,
      email: withheld ? sql<string>`''` : users.email,
      institution: institutions.name,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(institutions, eq(institutions.id, members.institutionId))
    .where(and(eq(members.forumId, forumId), eq(members.role, "expert"), eq(members.status, "active")))
    .orderBy(institutions.name, users.name);
  const counts =
    experts.length === 0 || qs.length === 0
      ? []
      : round.kind === "ideas"
        ? await db
            .select({ memberId: ideas.memberId, n: sql<number>`count(DISTINCT ${ideas.questionId})` })
            .from(ideas)
            .where(
              and(
                eq(ideas.roundId, round.id),
                inArray(
                  ideas.questionId,
                  qs.map((q) => q.questionId),
                ),
              ),
            )
            .groupBy(ideas.memberId)
        : await answeredCounts(
            db,
            round.id,
            qs.map((q) => q.questionId),
          );
  const answeredBy = new Map(counts.map((c) => [c.memberId, c.n]));
  const progress: ExpertProgress[] = experts.map((e) => ({
    ...e,
    answered: answeredBy.get(e.memberId) ?? 0,
  }));
  const done = (p: ExpertProgress) => qs.length > 0 && p.answered >= qs.length;
  const groups = new Map<string | null, RateGroup>();
  for (const p of progress) {
    const g = groups.get(p.institution) ?? { institution: p.institution, complete: 0, experts: 0 };
    g.experts++;
    if (done(p)) g.complete++;
    groups.set(p.institution, g);
  }
  return {
    roundNumber: round.number,
    questionCount: qs.length,
    overall: { complete: progress.filter(done).length, experts: progress.length },
    perInstitution: foldRateGroups([...groups.values()], withheld?.threshold),
    incomplete: withheld ? [] : progress.filter((p) => !done(p)),
    ...(withheld ? { namesHidden: true } : {}),
  };
}

/**
 * How many of the round's questions each member has a current submitted answer to: the count every write
 * of answers keeps on the roster (round_members.answered, one row per member, no answer read), or, for a
 * round opened before rosters existed (it has none), counted from the answers.
 */
async function answeredCounts(db: Db, roundId: number, questionIds: number[]) {
  const kept = await db
    .select({ memberId: roundMembers.memberId, n: roundMembers.answered })
    .from(roundMembers)
    .where(eq(roundMembers.roundId, roundId));
  if (kept.length > 0) return kept;
  return db
    .select({ memberId: answers.memberId, n: sql<number>`count(DISTINCT ${answers.questionId})` })
    .from(answers)
    .where(
      and(
        eq(answers.roundId, roundId),
        isNull(answers.supersededAt),
        eq(answers.status, "submitted"),
        inArray(answers.questionId, questionIds),
      ),
    )
    .groupBy(answers.memberId);
}

/**
 * Whether the panel has an expert (invited or active), to know whether experts still need inviting: the
 * first such member, not a count of the panel.
 */
export async function hasExperts(db: Db, forumId: number): Promise<boolean> {
  return (await readBatch(db, [anyExpertQuery(forumId)]))[0].length > 0;
}

/** The query behind `hasExperts` (a list of at most one member), for a batch with a page's other reads. */
export const anyExpertQuery = (forumId: number) => anyExpert({ forumId });

const anyExpert = reusableRead((db) =>
  db
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        eq(members.forumId, sql.placeholder("forumId")),
        eq(members.role, "expert"),
        inArray(members.status, ["invited", "active"]),
      ),
    )
    .limit(1),
);

export type { ExpertProgress, ResponseRate } from "../../domain/response-rates.js";
