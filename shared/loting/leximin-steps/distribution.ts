import type { Distribution } from '../model';
import type { Context } from './context';

/** From panels and weights to a distribution, and from a distribution to each type's probability. */

/** The primal: weights on the panels that give every type at least its value, as closely as possible. */
export function distributionFor(ctx: Context, target: number[], maxSeconds?: number): Distribution | null {
  const { T, n, panels } = ctx;
  const inf = ctx.solver.infinity;
  const P = panels.length;
  const rows = [{ lower: 1, upper: 1, indices: panels.map((_, p) => p), values: panels.map(() => 1) }];
  for (let t = 0; t < T; t++) {
    if (target[t]! <= 0) continue;
    const indices: number[] = [];
    const values: number[] = [];
    panels.forEach((panel, p) => {
      if (panel[t]! > 0) {
        indices.push(p);
        values.push(panel[t]! / n[t]!);
      }
    });
    rows.push({ lower: target[t]!, upper: inf, indices: [...indices, P], values: [...values, 1] });
  }
  const primal = ctx.make({
    sense: 'min',
    colCost: [...new Array<number>(P).fill(0), 1],
    colLower: new Array<number>(P + 1).fill(0),
    colUpper: new Array<number>(P + 1).fill(inf),
    rows,
  });
  const sol = primal.solve(maxSeconds === undefined ? {} : { maxSeconds });
  if (sol.status !== 'optimal') return null;
  return normalize(
    panels,
    Array.from({ length: P }, (_, p) => sol.colValue[p]!),
  );
}

/** Drops panels with (numerically) zero weight and makes the weights sum to exactly one. */
export function normalize(panels: number[][], weights: number[]): Distribution {
  // The same panel can occur more than once (peeling): one entry with the summed weight.
  const perPanel = new Map<string, { panel: number[]; w: number }>();
  weights.forEach((w, p) => {
    const key = panels[p]!.join(',');
    const e = perPanel.get(key);
    if (e) e.w += Math.max(0, w);
    else perPanel.set(key, { panel: panels[p]!, w: Math.max(0, w) });
  });
  const keep = [...perPanel.values()].filter((e) => e.w > 1e-12);
  const sum = keep.reduce((s, e) => s + e.w, 0);
  return { panels: keep.map((e) => e.panel), weights: keep.map((e) => e.w / sum) };
}

/** Per-person probability of each type: expected number of its members on the panel / its size. */
export function typeProbabilities(distribution: Distribution, size: number[]): number[] {
  const probability = new Array<number>(size.length).fill(0);
  distribution.panels.forEach((panel, p) => {
    const w = distribution.weights[p]!;
    panel.forEach((x, t) => (probability[t]! += (w * x) / size[t]!));
  });
  return probability;
}
