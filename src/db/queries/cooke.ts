import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { CookeInput } from "../../domain/cooke/index.js";
import type { ForumCooke } from "../../domain/forum-scores.js";
import { QUANTITY_LEVELS, type QuestionConfig } from "../../domain/questions.js";
import type { Db } from "../client.js";
import { answers, members, questions, roundQuestions, rounds } from "../schema.js";
import { listCurrentResolutions } from "./resolutions.js";

type QuantityConfig = Extract<QuestionConfig, { kind: "quantity" }>;

const sameLevels = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The forum as a Cooke study: experts = experts with quantity answers (ids = pseudonyms), items = the
 * quantity questions (id = the imported item id or "Q<question id>", in question order), realisations
 * = the recorded values of seed questions (not annulled), values = each expert's latest submitted
 * answer in the latest round (not a draft) that asked the question. Null when nobody answered.
 */
export async function loadForumCooke(db: Db, forumId: number): Promise<ForumCooke | null> {
  const qs = await db
    .select()
    .from(questions)
    .where(and(eq(questions.forumId, forumId), eq(questions.kind, "quantity")))
    .orderBy(asc(questions.position), asc(questions.id));
  if (qs.length === 0) return null;
  const levelsOf = (q: (typeof qs)[number]) => (q.config as QuantityConfig).levels ?? [...QUANTITY_LEVELS];
  const levels = levelsOf(qs[0]!);
  const items = qs.filter((q) => sameLevels(levelsOf(q), levels));
  const ids = items.map((q) => q.id);
  const [asked, current] = await Promise.all([
    db
      .select({ questionId: roundQuestions.questionId, roundId: rounds.id, number: rounds.number })
      .from(roundQuestions)
      .innerJoin(rounds, eq(rounds.id, roundQuestions.roundId))
      .where(and(eq(rounds.forumId, forumId), inArray(roundQuestions.questionId, ids)))
      .orderBy(desc(rounds.number)),
    listCurrentResolutions(db, forumId),
  ]);
  const latestRound = new Map<number, number>();
  for (const a of asked) if (!latestRound.has(a.questionId)) latestRound.set(a.questionId, a.roundId);
  const roundIds = [...new Set(latestRound.values())];
  if (roundIds.length === 0) return null;
  const rows = await db
    .select({
      questionId: answers.questionId,
      roundId: answers.roundId,
      value: answers.value,
      memberId: members.id,
      pseudonym: members.pseudonym,
    })
    .from(answers)
    .innerJoin(members, eq(members.id, answers.memberId))
    .where(
      and(
        inArray(answers.roundId, roundIds),
        inArray(answers.questionId, ids),
        eq(answers.status, "submitted"),
        isNull(answers.supersededAt),
        eq(members.role, "expert"),
      ),
    )
    .orderBy(asc(members.id), asc(answers.id));
  const valid = rows.filter((r) => latestRound.get(r.questionId) === r.roundId);
  const experts: { memberId: number; pseudonym: string }[] = [];
  for (const r of valid)
    if (!experts.some((e) => e.memberId === r.memberId))
      experts.push({ memberId: r.memberId, pseudonym: r.pseudonym });
  if (experts.length === 0) return null;
  const itemId = (q: (typeof qs)[number]) => (q.config as QuantityConfig).itemId ?? `Q${q.id}`;
  const input: CookeInput = {
    quantileLevels: levels,
    experts: experts.map((e) => ({ id: e.pseudonym })),
    items: items.map((q) => {
      const r = current.get(q.id)?.outcome;
      const realisation = q.isSeed && r && "value" in r ? r.value : null;
      return { id: itemId(q), scale: (q.config as QuantityConfig).scale ?? "uni", realisation };
    }),
    assessments: experts.map((e) =>
      items.map((q) => {
        const row = valid.find((r) => r.memberId === e.memberId && r.questionId === q.id);
        return row ? (JSON.parse(row.value) as { q: number[] }).q : null;
      }),
    ),
  };
  return {
    input,
    questions: items.map((q) => ({
      id: q.id,
      title: q.title,
      isSeed: Boolean(q.isSeed),
      unit: (q.config as QuantityConfig).unit,
      itemId: itemId(q),
      resolvedValue: ((o) => (o && "value" in o ? o.value : null))(current.get(q.id)?.outcome),
    })),
  };
}

export type { ForumCooke } from "../../domain/forum-scores.js";
