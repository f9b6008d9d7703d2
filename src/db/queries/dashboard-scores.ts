import { and, asc, eq, isNull } from "drizzle-orm";
import { poolProbabilities, trackRecordWeights } from "../../domain/aggregation/index.js";
import { classicalModel } from "../../domain/cooke/index.js";
import { finalForecasts } from "../../domain/forecast-series.js";
import { recordsFrom, trackRecordPool } from "../../domain/forum-scores.js";
import type { Db } from "../client.js";
import { answers, members } from "../schema.js";
import { loadForumCooke } from "./cooke.js";
import { anyResolution, forumHasResolution, loadForumScoring, loadPanelScores } from "./scores.js";

/** What the stakeholder dashboard adds from resolutions: aggregate accuracy and Cooke's decision maker. */
export type DashboardScores = {
  /** The panel's median answer scored on the forum's resolved yes/no questions; null when none. */
  accuracy: { count: number; brier: number } | null;
  /** Per quantity question id: the decision maker's and the equal-weight pool's 5/50/95 (forum closed only). */
  decisionMaker: Map<number, { dm: number[]; equal: number[] }>;
};

/**
 * Adds the track-record pool (pooled["track-record"]) to the binary cards of a published round, at read
 * time: each expert's weight comes from their resolved questions in every forum (trackRecordWeights),
 * the forecasts are the round's current submitted answers, as in the snapshot. Only the pooled number
 * leaves this function.
 */
export async function addTrackRecordPools<
  C extends {
    questionId: number;
    config: { kind: string };
    snapshot: { pooled: Record<string, number | number[]> };
  },
>(db: Db, forumId: number, roundId: number, cards: C[]): Promise<C[]> {
  if (!cards.some((c) => c.config.kind === "binary" || c.config.kind === "allocation")) return cards;
  // Nobody has a record until something is resolved: equal weights, i.e. the mean, at constant cost.
  if (!(await anyResolution(db)))
    return cards.map((card) => withTrackRecord(card, card.snapshot.pooled.mean));
  const scores = await loadPanelScores(db, forumId);
  if (scores.length === 0) return cards.map((card) => withTrackRecord(card, card.snapshot.pooled.mean));
  const rows = await db
    .select({
      questionId: answers.questionId,
      value: answers.value,
      time: answers.createdAt,
      userId: members.userId,
    })
    .from(answers)
    .innerJoin(members, eq(members.id, answers.memberId))
    .where(
      and(
        eq(answers.roundId, roundId),
        isNull(answers.supersededAt),
        eq(answers.status, "submitted"),
        eq(members.status, "active"),
      ),
    )
    .orderBy(asc(answers.id));
  return cards.map((card) => {
    if (card.config.kind !== "binary" && card.config.kind !== "allocation") return card;
    const own = rows.filter((r) => r.questionId === card.questionId);
    if (own.length === 0) return card;
    const records = recordsFrom(scores, card.questionId);
    let value: number | number[];
    if (card.config.kind === "binary") {
      const forecasts = own.map((r) => ({
        expert: String(r.userId),
        time: r.time,
        p: (JSON.parse(r.value) as { p: number }).p,
      }));
      value = trackRecordPool(forecasts, records);
    } else {
      // Allocations: the same weights on the scenario vectors (a weighted linear pool).
      const known = new Map(records.map((r) => [r.expert, r]));
      const vectors = own.map((r) => ({
        expert: String(r.userId),
        p: (JSON.parse(r.value) as { p: number[] }).p,
      }));
      const w = trackRecordWeights(
        vectors.map((v) => known.get(v.expert) ?? { expert: v.expert, brier: null, n: 0 }),
      );
      value = (vectors[0]?.p ?? []).map((_, k) =>
        vectors.reduce((s, v) => s + (w.get(v.expert) as number) * (v.p[k] ?? 0), 0),
      );
    }
    return withTrackRecord(card, value);
  });
}

function withTrackRecord<
  C extends { config: { kind: string }; snapshot: { pooled: Record<string, number | number[]> } },
>(card: C, value: number | number[] | undefined): C {
  if (value === undefined || (card.config.kind !== "binary" && card.config.kind !== "allocation"))
    return card;
  return {
    ...card,
    snapshot: { ...card.snapshot, pooled: { ...card.snapshot.pooled, "track-record": value } },
  };
}

/** Aggregate accuracy and, once the forum is closed, the Classical Model's decision maker. */
export async function loadDashboardScores(
  db: Db,
  forum: { id: number; closedAt: string | null },
): Promise<DashboardScores> {
  const empty: DashboardScores = { accuracy: null, decisionMaker: new Map() };
  if (!(await forumHasResolution(db, forum.id))) return empty;
  const scoring = await loadForumScoring(db, forum.id);
  let total = 0;
  let count = 0;
  for (const q of scoring.scored) {
    if (q.kind !== "binary") continue;
    const last = finalForecasts(q.rounds).map((f) => ({ expert: f.expert, time: f.time, p: f.p as number }));
    if (last.length === 0) continue;
    total += (poolProbabilities("median", last).value - q.outcome) ** 2;
    count++;
  }
  const decisionMaker = new Map<number, { dm: number[]; equal: number[] }>();
  if (forum.closedAt !== null) {
    const study = await loadForumCooke(db, forum.id);
    if (study?.input.items.some((i) => i.realisation !== null)) {
      try {
        const dm = classicalModel(study.input, { weights: "global", alpha: "optimise" });
        const equal = classicalModel(study.input, { weights: "equal", alpha: 0 });
        for (const q of study.questions) {
          const a = dm.decisionMaker.items[q.itemId];
          const b = equal.decisionMaker.items[q.itemId];
          if (a && b) decisionMaker.set(q.id, { dm: a, equal: b });
        }
      } catch (error) {
        if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
      }
    }
  }
  return { accuracy: count > 0 ? { count, brier: total / count } : null, decisionMaker };
}
