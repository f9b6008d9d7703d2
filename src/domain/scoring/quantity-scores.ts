/**
 * Scores of a quantity forecast given as quantiles (a low/central/high estimate at shared levels, e.g. the
 * 5th, 50th and 95th percentiles), once the true value y is known. All three are negatively oriented
 * (lower is better, 0 is a perfect point forecast) and in the quantity's own unit; all three are proper.
 *
 * - {@link quantileLoss} (pinball loss; Koenker & Bassett 1978; Gneiting & Raftery 2007, *JASA* 102:359,
 *   §6.1, eq. 41): ρ_τ(q, y) = (1{y < q} − τ)·(q − y).
 * - {@link intervalScore} (Gneiting & Raftery 2007, §6.2, eq. 43) of the central (1 − α) interval [l, u]:
 *   IS_α = (u − l) + (2/α)·(l − y)·1{y < l} + (2/α)·(y − u)·1{y > u}; the 5–95% range has α = 0.1.
 *   It equals (2/α)·(ρ_{α/2}(l, y) + ρ_{1−α/2}(u, y)) (Bracher et al. 2021, *PLoS Comput Biol* 17:e1008618, eq. 3).
 * - {@link crpsPiecewiseLinear}: the continuous ranked probability score CRPS(F, y) = ∫ (F(x) − 1{x ≥ y})² dx
 *   (Matheson & Winkler 1976; Gneiting & Raftery 2007, eq. 20) of the piecewise-linear distribution through
 *   the quantiles. Tails: the CDF runs linearly from (L, 0) to the lowest quantile and from the highest to
 *   (U, 1), where [L, U] is the question's range when given, else the expert's own intrinsic range
 *   [q₁ − k(q_K − q₁), q_K + k(q_K − q₁)] with k = 0.1 — Cooke's convention, the same CDF as the linear pool
 *   (pool-quantiles.ts). The true value never widens the range (that would let the outcome shape the
 *   forecast). Computed exactly with the quantile form CRPS = 2∫₀¹ ρ_τ(Q(τ), y) dτ (Laio & Tamea 2007,
 *   *HESS* 11:1267, eq. 6): Q is linear between knots, so the integrand is a quadratic in τ on each piece
 *   (split where Q crosses y) and Simpson's rule integrates it without error.
 *
 * Worked examples (hand-derivable):
 * - `intervalScore(2, 8, 10, 0.1)` = 6 + 20·2 = 46; `intervalScore(2, 8, 5, 0.1)` = 6.
 * - `quantileLoss(5, 0.95, 7)` = (0 − 0.95)(5 − 7) = 1.9; `quantileLoss(5, 0.05, 3)` = 0.95·2 = 1.9.
 * - The uniform distribution on [0, 1] (knots (0, 0), (1, 1)): CRPS(y) = y³/3 + (1 − y)³/3, so 1/12 at
 *   y = 0.5 and 1/3 at y = 1 (G&R 2007 eq. 21: E|X − y| − ½E|X − X′| = ¼ − ⅙ at y = 0.5).
 */
import { parseTime } from "../aggregation/latest-forecasts.js";
import { QUANTILE_OVERSHOOT, quantileSupport } from "../aggregation/quantile-support.js";
import { checkFinite, checkFiniteArray } from "../stats/check.js";
import type { ExpertScore } from "./score-forecasts.js";
import { standingForecasts } from "./score-forecasts.js";

/** Overshoot of the intrinsic range (Cooke 1991): the linear pool's, so both read the same distribution. */
export const CRPS_OVERSHOOT = QUANTILE_OVERSHOOT;

/** The pinball (quantile) loss ρ_τ(q, y) = (1{y < q} − τ)(q − y) of a τ-quantile q when y happened. */
export function quantileLoss(q: number, tau: number, y: number): number {
  const fn = "quantileLoss";
  checkFinite(fn, q, "q");
  checkFinite(fn, y, "y");
  checkLevel(fn, tau, "tau");
  return ((y < q ? 1 : 0) - tau) * (q - y);
}

/** Gneiting & Raftery's interval score of the central (1 − alpha) interval [lower, upper] when y happened. */
export function intervalScore(lower: number, upper: number, y: number, alpha: number): number {
  const fn = "intervalScore";
  checkFinite(fn, lower, "lower");
  checkFinite(fn, upper, "upper");
  checkFinite(fn, y, "y");
  checkLevel(fn, alpha, "alpha");
  if (!(upper >= lower)) throw new RangeError(`${fn}: upper must not be below lower`);
  const below = y < lower ? (2 / alpha) * (lower - y) : 0;
  const above = y > upper ? (2 / alpha) * (y - upper) : 0;
  return upper - lower + below + above;
}

export type QuantileScores = {
  /** Interval score of the outer pair (levels[0], levels[K−1]); null when that pair is not central. */
  interval: number | null;
  /** CRPS of the piecewise-linear distribution through the quantiles (see module comment for the tails). */
  crps: number;
  /** Mean pinball loss over the levels. */
  quantile: number;
};

/**
 * The three scores of one quantile forecast `q` at `levels` against the true value `y`.
 * The interval score needs a central outer pair (levels[K−1] = 1 − levels[0]); α = 2·levels[0].
 *
 * @example scoreQuantiles([0.05, 0.5, 0.95], [2, 5, 8], 10)
 * // { interval: 46, quantile: (0.05·8 + 0.5·5 + 0.95·2)/3 = 1.6, crps: … }
 * @throws {RangeError} (from crpsPiecewiseLinear) on levels not strictly increasing in (0, 1), quantiles not
 *   strictly increasing, or bounds that do not strictly contain the quantiles
 */
export function scoreQuantiles(...forecast: Parameters<typeof crpsPiecewiseLinear>): QuantileScores {
  // crpsPiecewiseLinear checks the levels, the quantiles, y and the bounds first.
  const crps = crpsPiecewiseLinear(...forecast);
  const [levels, q, y] = forecast;
  let total = 0;
  levels.forEach((tau, j) => {
    total += quantileLoss(q[j] as number, tau, y);
  });
  const [lo, hi, a0] = [q[0] as number, q[q.length - 1] as number, levels[0] as number];
  return {
    interval: isCentral(levels) ? intervalScore(lo, hi, y, 2 * a0) : null,
    crps,
    quantile: total / levels.length,
  };
}

/** Whether the outer levels form a central interval (α/2 and 1 − α/2), as the interval score needs. */
export function isCentral(levels: readonly number[]): boolean {
  if (levels.length < 2) return false;
  return Math.abs(1 - (levels[levels.length - 1] as number) - (levels[0] as number)) < 1e-12;
}

/**
 * CRPS of the distribution whose CDF runs linearly through (L, 0), (q₁, α₁), …, (q_K, α_K), (U, 1)
 * against y; [L, U] = `bounds` or the intrinsic range with overshoot {@link CRPS_OVERSHOOT}. With a single
 * quantile and no bounds the forecast is a point mass and the CRPS is |q₁ − y|.
 *
 * @example crpsPiecewiseLinear([0.5], [0.5], 0.5, [0, 1]) // 1/12 (uniform on [0, 1])
 */
export function crpsPiecewiseLinear(
  levels: readonly number[],
  q: readonly number[],
  y: number,
  bounds?: readonly [number, number],
): number {
  const fn = "crpsPiecewiseLinear";
  checkQuantiles(fn, levels, q);
  checkFinite(fn, y, "y");
  const lo = q[0] as number;
  const hi = q[q.length - 1] as number;
  const [L, U] = quantileSupport(fn, lo, hi, bounds);
  const taus = [0, ...levels, 1];
  const xs = [L, ...q, U];
  let integral = 0;
  for (let j = 1; j < taus.length; j++) {
    const t0 = taus[j - 1] as number;
    const t1 = taus[j] as number;
    const x0 = xs[j - 1] as number;
    const x1 = xs[j] as number;
    const Q = (t: number) => x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
    // Split where Q crosses y, so the indicator is constant on each piece and the integrand quadratic.
    const cuts = x0 < y && y < x1 ? [t0, t0 + ((y - x0) / (x1 - x0)) * (t1 - t0), t1] : [t0, t1];
    for (let k = 1; k < cuts.length; k++) {
      const a = cuts[k - 1] as number;
      const b = cuts[k] as number;
      const m = (a + b) / 2;
      const below = y < Q(m) ? 1 : 0;
      const rho = (t: number) => (below - t) * (Q(t) - y);
      integral += ((b - a) / 6) * (rho(a) + 4 * rho(m) + rho(b));
    }
  }
  return 2 * integral;
}

function checkLevel(fn: string, tau: number, name: string): void {
  checkFinite(fn, tau, name);
  if (!(tau > 0 && tau < 1)) throw new RangeError(`${fn}: ${name} must be in (0, 1), got ${tau}`);
}

function checkQuantiles(fn: string, levels: readonly number[], q: readonly number[]): void {
  checkFiniteArray(fn, levels, "levels");
  checkFiniteArray(fn, q, "q");
  if (q.length !== levels.length)
    throw new RangeError(`${fn}: q has ${q.length} values for ${levels.length} levels`);
  levels.forEach((a, j) => {
    if (!(a > 0 && a < 1)) throw new RangeError(`${fn}: levels[${j}] must be in (0, 1), got ${a}`);
    if (j > 0 && !(a > (levels[j - 1] as number)))
      throw new RangeError(`${fn}: levels must be strictly increasing`);
    if (j > 0 && !((q[j] as number) > (q[j - 1] as number)))
      throw new RangeError(`${fn}: q must be strictly increasing`);
  });
}

export const QUANTITY_SCORING_RULES = ["interval", "crps", "quantile"] as const;
export type QuantityScoringRule = (typeof QUANTITY_SCORING_RULES)[number];

export type ScoredQuantityQuestion = {
  readonly kind: "quantity";
  readonly opens: string;
  readonly closes: string;
  /** The quantiles' levels, shared by every forecast, e.g. [0.05, 0.5, 0.95]. */
  readonly levels: readonly number[];
  /** The true value. */
  readonly outcome: number;
  /** The question's range [L, U] for the CRPS tails; else each forecast's intrinsic range. */
  readonly bounds?: readonly [number, number];
  readonly forecasts: readonly {
    readonly expert: string;
    readonly time: string;
    readonly q: readonly number[];
  }[];
};

/**
 * Per-expert quantity scores, time-averaged exactly like Brier and log in {@link scoreForecasts}: each
 * forecast stands from its time until the expert's next one or the close, the score is the average over
 * the time the expert had a standing forecast (null when none), and `coverage` is that time's share of the
 * window. `interval` needs central outer levels (5/95: α = 0.1); `quantile` is the mean pinball loss
 * over the levels; `crps` uses the tails described in this module's comment.
 *
 * @example scoreQuantityForecasts("interval", { kind: "quantity", opens: "2026-01-01T00:00:00Z",
 *   closes: "2026-01-11T00:00:00Z", levels: [0.05, 0.5, 0.95], outcome: 10,
 *   forecasts: [{ expert: "a", time: "2026-01-01T00:00:00Z", q: [2, 5, 8] }] })
 * // [{ expert: "a", score: 46, coverage: 1 }]
 * @throws {RangeError} on bad times, closes ≤ opens, bad levels or quantiles, or `interval` without a
 *   central outer pair
 */
export function scoreQuantityForecasts(
  rule: QuantityScoringRule,
  question: ScoredQuantityQuestion,
): ExpertScore[] {
  const fn = "scoreQuantityForecasts";
  if (!(QUANTITY_SCORING_RULES as readonly string[]).includes(rule))
    throw new TypeError(
      `${fn}: unknown rule "${String(rule)}"; expected one of ${QUANTITY_SCORING_RULES.join(", ")}`,
    );
  const { levels, outcome, bounds } = question;
  checkFinite(fn, outcome, "outcome");
  if (rule === "interval" && !isCentral(levels))
    throw new RangeError(`${fn}: the interval score needs outer levels α/2 and 1 − α/2 (e.g. 0.05 and 0.95)`);
  if (!Array.isArray(question.forecasts) || question.forecasts.length === 0)
    throw new RangeError(`${fn}: forecasts must not be empty`);
  const scores = question.forecasts.map((f) => scoreQuantiles(levels, f.q, outcome, bounds));
  const T0 = parseTime(fn, question.opens, "opens");
  const T1 = parseTime(fn, question.closes, "closes");
  if (!(T1 > T0)) throw new RangeError(`${fn}: closes must be after opens`);
  const values = scores.map((s) => [rule === "interval" ? (s.interval as number) : s[rule]]);
  const standing = standingForecasts(question.forecasts, values, T0, T1, fn);
  return [...standing].map(([expert, spans]) => {
    let covered = 0;
    let integral = 0;
    for (const s of spans) {
      covered += s.end - s.start;
      integral += (s.f[0] as number) * (s.end - s.start);
    }
    return { expert, score: covered > 0 ? integral / covered : null, coverage: covered / (T1 - T0) };
  });
}
