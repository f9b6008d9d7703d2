import { Hono } from "hono";
import { loadForumScoring } from "../../db/queries/scores.js";
import { type ApiEnv, forumForOrganiser } from "./auth.js";

/**
 * GET /api/v1/forums/:id/scores (organisers and read tokens): one row per expert and resolved,
 * not annulled binary or allocation question, with the time-averaged scores of the engine
 * (src/domain/forum-scores.ts): `brier` (binary 0..1; allocations Brier's sum over scenarios, 0..2),
 * `brier2` (0..2), `log`, `baseline`, `peer`, `coverage`; and `quantityScores`, one row per expert and
 * resolved quantity question with `interval`, `crps`, `quantile` (in the question's unit) and `coverage`.
 * Experts appear under their pseudonyms.
 */
export const scoresEndpoint = new Hono<ApiEnv>();

scoresEndpoint.get("/forums/:id/scores", async (c) => {
  const { found, refusal } = await forumForOrganiser(c, "scores of every expert are for organisers");
  if (refusal) return refusal;
  const scoring = await loadForumScoring(c.get("db"), found.forum.id);
  const finite = (x: number | null) => (x === null || !Number.isFinite(x) ? null : x);
  return c.json({
    forumId: found.forum.id,
    scores: scoring.scores.map((s) => ({
      questionId: s.questionId,
      expert: scoring.experts.get(s.expert)?.pseudonym ?? null,
      kind: s.kind,
      brier: finite(s.brier),
      brier2: finite(s.brier2),
      log: finite(s.log),
      baseline: finite(s.baseline),
      peer: finite(s.peer),
      coverage: s.coverage,
    })),
    quantityScores: scoring.quantityScores.map((s) => ({
      questionId: s.questionId,
      expert: scoring.experts.get(s.expert)?.pseudonym ?? null,
      interval: finite(s.interval),
      crps: finite(s.crps),
      quantile: finite(s.quantile),
      coverage: s.coverage,
    })),
  });
});
