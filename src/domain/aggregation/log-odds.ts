/**
 * Log-odds pools clamp each probability into [LOGIT_FLOOR, 1 − LOGIT_FLOOR] before taking logit, so a
 * forecast of exactly 0 or 1 cannot make the pool undefined (0 and 1 together would give ∞ − ∞). The floor
 * is Metaculus's bound on binary forecasts, [0.001, 0.999] (`binary_validation`, forecasting.md §1.2);
 * inside that range nothing changes.
 */
export const LOGIT_FLOOR = 0.001;

/** logit(p) = ln(p / (1 − p)) of p clamped into [LOGIT_FLOOR, 1 − LOGIT_FLOOR]. */
export function clampedLogit(p: number): number {
  const c = Math.min(Math.max(p, LOGIT_FLOOR), 1 - LOGIT_FLOOR);
  return Math.log(c / (1 - c));
}

/** The logistic function σ(x) = 1 / (1 + e^(−x)). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
