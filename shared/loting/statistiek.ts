/** Summary figures of a probability vector, as the paper reports them. */
export function minimum(kansen: readonly number[]): number {
  return kansen.length === 0 ? 0 : Math.min(...kansen);
}

/**
 * Gini coefficient: 0 when everyone has the same chance, towards 1 when a few get all of it.
 * Uses the sorted form G = 2 Σ i·p(i) / (n Σ p) − (n + 1) / n.
 */
export function gini(kansen: readonly number[]): number {
  const n = kansen.length;
  const som = kansen.reduce((a, b) => a + b, 0);
  if (n === 0 || som <= 0) return 0;
  const sorted = [...kansen].sort((a, b) => a - b);
  const gewogen = sorted.reduce((s, p, i) => s + (i + 1) * p, 0);
  return Math.max(0, (2 * gewogen) / (n * som) - (n + 1) / n);
}
