/**
 * Fits the extremizing factor d of the extremized pool p̂ = σ(d·x̄), where x̄ is the mean of the experts'
 * clamped log-odds on a question (the `extremized` method of pool-probabilities.ts), on resolved yes/no
 * questions, by maximum likelihood: the logistic regression of the outcomes oⱼ on x̄ⱼ without intercept
 * (Satopää, Baron, Foster, Mellers, Tetlock & Ungar 2014, "Combining multiple probability predictions
 * using a simple logit model", *International Journal of Forecasting* 30(2):344–356, §2, with the
 * systematic bias term set to 0; Baron, Mellers, Tetlock, Stone & Ungar 2014, *Decision Analysis*
 * 11(2):133–145, use the same transform).
 *
 * ℓ(d) = Σⱼ oⱼ·ln σ(d·x̄ⱼ) + (1 − oⱼ)·ln(1 − σ(d·x̄ⱼ)) is concave in d, and its slope
 * ℓ′(d) = Σⱼ x̄ⱼ·(oⱼ − σ(d·x̄ⱼ)) is decreasing, so the maximum is the one root of ℓ′ in (0, ∞). It is
 * found by bisection on [MIN_D, MAX_D] to machine precision. Where ℓ′ is still positive at MAX_D (every
 * question's mean log-odds points at its outcome: the data are separable and ℓ rises without bound) the
 * fit is MAX_D and `bound` says "upper"; where ℓ′ < 0 already at MIN_D (the panel leaned the wrong way on
 * balance) it is MIN_D with `bound` "lower". Questions where x̄ = 0 carry no information about d.
 *
 * Worked examples (hand-derivable): four questions where the panel said 75% (x̄ = ln 3) and three
 * happened: σ(d·ln 3) = ¾ at the maximum, so d = 1. Ten such questions and nine happened:
 * σ(d·ln 3) = 0.9, d·ln 3 = ln 9, so d = 2.
 */
import { clampedLogit, logistic } from "./log-odds.js";

/** The fitted factor is kept within [MIN_D, MAX_D]. */
export const MIN_D = 0.01;
export const MAX_D = 10;

export type ExtremizingQuestion = {
  /** The experts' final probabilities of yes. */
  readonly ps: readonly number[];
  readonly outcome: 0 | 1;
};

export type ExtremizingFit = {
  d: number;
  /** Questions the fit used. */
  n: number;
  /** "upper"/"lower" when the likelihood's maximum lies beyond MAX_D/MIN_D, else null. */
  bound: "upper" | "lower" | null;
  logLikelihood: number;
  /** Mean Brier score of the extremized pool with the fitted d, and with d = 1 (the geometric mean of odds). */
  brier: { fitted: number; unextremized: number };
  /** Per question: the mean log-odds, the pool without and with extremizing, and the outcome. */
  data: { meanLogOdds: number; unextremized: number; extremized: number; outcome: 0 | 1 }[];
};

/**
 * @example fitExtremizingFactor([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ ps: [0.75], outcome: i < 9 ? 1 : 0 }))).d
 * // 2 (within rounding)
 * @throws {RangeError} on no questions, a probability outside [0, 1], an outcome other than 0/1, or a
 *   question without forecasts, or when every question's pool is exactly 50%
 */
export function fitExtremizingFactor(questions: readonly ExtremizingQuestion[]): ExtremizingFit {
  const fn = "fitExtremizingFactor";
  if (!Array.isArray(questions) || questions.length === 0)
    throw new RangeError(`${fn}: questions must not be empty`);
  const xs = questions.map((q, j) => {
    if (q.outcome !== 0 && q.outcome !== 1)
      throw new RangeError(`${fn}: questions[${j}].outcome must be 0 or 1`);
    if (!Array.isArray(q.ps) || q.ps.length === 0)
      throw new RangeError(`${fn}: questions[${j}].ps must not be empty`);
    let total = 0;
    (q.ps as readonly unknown[]).forEach((p, i) => {
      if (typeof p !== "number" || !(p >= 0 && p <= 1))
        throw new RangeError(`${fn}: questions[${j}].ps[${i}] must be a probability in [0, 1]`);
      total += clampedLogit(p);
    });
    return total / q.ps.length;
  });
  if (xs.every((x) => x === 0))
    throw new RangeError(`${fn}: every question's mean log-odds is 0 (50%), so nothing fixes d`);
  const slope = (d: number) =>
    xs.reduce((s, x, j) => s + x * ((questions[j] as ExtremizingQuestion).outcome - logistic(d * x)), 0);
  let d: number;
  let bound: ExtremizingFit["bound"] = null;
  if (slope(MAX_D) >= 0) {
    d = MAX_D;
    bound = "upper";
  } else if (slope(MIN_D) <= 0) {
    d = MIN_D;
    bound = "lower";
  } else {
    let lo = MIN_D;
    let hi = MAX_D;
    for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      const mid = (lo + hi) / 2;
      if (slope(mid) > 0) lo = mid;
      else hi = mid;
    }
    d = (lo + hi) / 2;
  }
  const data = xs.map((x, j) => ({
    meanLogOdds: x,
    unextremized: logistic(x),
    extremized: logistic(d * x),
    outcome: (questions[j] as ExtremizingQuestion).outcome,
  }));
  const meanBrier = (key: "unextremized" | "extremized") =>
    data.reduce((s, r) => s + (r[key] - r.outcome) ** 2, 0) / data.length;
  const logLikelihood = data.reduce(
    (s, r) => s + Math.log(r.outcome === 1 ? r.extremized : 1 - r.extremized),
    0,
  );
  return {
    d,
    n: data.length,
    bound,
    logLikelihood,
    brier: { fitted: meanBrier("extremized"), unextremized: meanBrier("unextremized") },
    data,
  };
}
