/**
 * ln Γ(z) for z > 0: Lanczos's approximation with Godfrey's coefficients (g = 7, nine terms), about
 * 1e-15 relative; below 0.5 through the reflection Γ(z)Γ(1−z) = π / sin(πz).
 */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_TWO_PI = 0.9189385332046728;

export function lnGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - lnGamma(1 - z);
  const w = z - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < 9; i++) sum += (LANCZOS[i] as number) / (w + i);
  const t = w + 7.5;
  return HALF_LN_TWO_PI + (w + 0.5) * Math.log(t) - t + Math.log(sum);
}

const EPS = 1e-16;
const TINY = 1e-300;

/**
 * Q(a, x) = Γ(a, x) / Γ(a), the upper regularised incomplete gamma function, for a > 0 and x ≥ 0.
 *
 * Below x = a + 1 it is 1 − P(a, x), P by its power series; from there on Q is evaluated directly by
 * its continued fraction (modified Lentz), so it keeps its relative accuracy far into the tail, down to
 * where e^−x underflows (Numerical Recipes, 3rd ed., §6.2). The prefactor x^a e^−x / Γ(a) is taken
 * in logarithms.
 */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  const lnPrefactor = a * Math.log(x) - x - lnGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(lnPrefactor);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPS) break;
  }
  return Math.exp(lnPrefactor) * h;
}
