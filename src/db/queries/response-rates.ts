import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { ExpertProgress, ResponseRate } from "../../domain/response-rates.js";
import { countableGroups } from "../../domain/visibility.js";
import type { Db } from "../client.js";
import { answers, ideas, institutions, members, roundMembers, roundQuestions, users } from "../schema.js";

/**
 * The response rate of a round: for each active expert, how many of the round's questions they have a
 * current submitted answer to (drafts do not count), then totals overall and per institution. In an
 * ideas round (round 0) a prompt counts as answered once the expert has suggested an item for it.
 */
export async function computeResponseRate(
  db: Db,
  forumId: number,
  round: { id: number; number: number; kind?: "standard" | "ideas" },
  /**
   * Where names are withheld (strict anonymity, visibility.ts `participationByName`): no name or address
   * is read, nobody is listed, and institutions too small to count alone are shown together.
   */
  withheld?: { threshold: number },
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
  let rows = progress;
  if (withheld) {
    const sizes = new Map<string | null, number>();
    for (const p of progress) sizes.set(p.institution, (sizes.get(p.institution) ?? 0) + 1);
    const keep = countableGroups(sizes, withheld.threshold);
    rows =
      keep.size === 0
        ? []
        : progress.map((p) =>
            p.institution !== null && keep.has(p.institution) ? p : { ...p, institution: null },
          );
  }
  const byInstitution = new Map<string | null, { complete: number; experts: number }>();
  for (const p of rows) {
    const g = byInstitution.get(p.institution) ?? { complete: 0, experts: 0 };
    g.experts++;
    if (done(p)) g.complete++;
    byInstitution.set(p.institution, g);
  }
  return {
    roundNumber: round.number,
    questionCount: qs.length,
    overall: { complete: progress.filter(done).length, experts: progress.length },
    perInstitution: [...byInstitution.entries()].map(([institution, g]) => ({
      institution,
      ...(withheld && institution === null ? { other: true } : {}),
      ...g,
    })),
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
  const row = await db
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        eq(members.forumId, forumId),
        eq(members.role, "expert"),
        inArray(members.status, ["invited", "active"]),
      ),
    )
    .limit(1)
    .get();
  return row !== undefined;
}

export type { ExpertProgress, ResponseRate } from "../../domain/response-rates.js";
