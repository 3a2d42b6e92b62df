/** Summary figures of a probability vector, as the paper reports them. */
export function minimum(probabilities: readonly number[]): number {
  return probabilities.length === 0 ? 0 : Math.min(...probabilities);
}

/**
 * Gini coefficient: 0 when everyone has the same chance, towards 1 when a few get all of it.
 * Uses the sorted form G = 2 Σ i·p(i) / (n Σ p) − (n + 1) / n.
 */
export function gini(probabilities: readonly number[]): number {
  const n = probabilities.length;
  const sum = probabilities.reduce((a, b) => a + b, 0);
  if (n === 0 || sum <= 0) return 0;
  const sorted = [...probabilities].sort((a, b) => a - b);
  const weighted = sorted.reduce((s, p, i) => s + (i + 1) * p, 0);
  return Math.max(0, (2 * weighted) / (n * sum) - (n + 1) / n);
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space (stable for n in the hundreds of thousands). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k >= n || p <= 0) return 1;
  if (p >= 1) return 0;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  // log C(n, i) built up term by term: log C(n, i+1) = log C(n, i) + log((n − i) / (i + 1)).
  let logC = 0;
  let sum = 0;
  for (let i = 0; i <= k; i++) {
    sum += Math.exp(logC + i * lp + (n - i) * lq);
    logC += Math.log((n - i) / (i + 1));
  }
  return Math.min(1, sum);
}

/**
 * One-sided Clopper–Pearson upper bound: the largest p with P(X ≤ k) ≥ alpha for X ~ Bin(n, p).
 * With k = 0 this is 1 − alpha^(1/n) (for alpha = 1 %, about 4.6 / n: the "rule of three" at 99 %).
 */
export function binomialUpperBound(k: number, n: number, alpha: number): number {
  if (n <= 0) return 1;
  if (k >= n) return 1;
  if (k === 0) return 1 - alpha ** (1 / n);
  let lo = k / n;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (binomialCdf(k, n, mid) > alpha) lo = mid;
    else hi = mid;
  }
  return hi;
}
