import type { Distribution } from '../model';
import { type Context, EPS_BOUND, timeUp, addPanel } from './context';
import { normalize, typeProbabilities } from './distribution';
import { bestNewPanel, localBatch, panelRow } from './pricing';

/**
 * Step 3. Can real panels give every type its LP-bound probability? Dual of "min ε such that
 * some distribution gives each type at least doel_t − ε": max Σ doel_t u_t − w over u ≥ 0 with
 * Σ u ≤ 1 and, per panel, Σ u_t x_t / n_t ≤ w. Its optimum is the smallest ε. When it is reached,
 * the duals of the panel rows are the distribution itself, so no separate primal solve is needed
 * (that solve from scratch took minutes at 10 000 respondents).
 */
export type TargetOutcome =
  | { outcome: 'reached'; distribution: Distribution | null }
  | { outcome: 'unreachable' }
  | { outcome: 'time'; distribution?: Distribution | null };

export async function reachTarget(
  ctx: Context,
  target: number[],
  initialPanels: number[][],
  /** Largest ε that counts as reached (the remainder of a peeling needs less precision). */
  threshold = EPS_BOUND,
): Promise<TargetOutcome> {
  const { T } = ctx;
  const inf = ctx.solver.infinity;
  const all = Array.from({ length: T }, (_, t) => t);
  // A panel found before may be new to this master (the remainder's master starts small).
  const inMaster = new Set<string>();
  const rowPanels = initialPanels.filter((p) => {
    const key = p.join(',');
    if (inMaster.has(key)) return false;
    inMaster.add(key);
    return true;
  });
  const master = ctx.make({
    sense: 'max',
    colCost: [...target, -1],
    colLower: [...new Array<number>(T).fill(0), -inf],
    colUpper: [...new Array<number>(T).fill(inf), inf],
    rows: [
      { lower: -inf, upper: 1, indices: all, values: all.map(() => 1) },
      ...rowPanels.map((p) => panelRow(ctx, p, T)),
    ],
  });
  for (;;) {
    const m = master.solve();
    if (m.status !== 'optimal') return { outcome: 'unreachable' };
    if (m.objective <= threshold) {
      const distribution = normalize(
        rowPanels,
        rowPanels.map((_, p) => Math.abs(m.rowDual[p + 1] ?? 0)),
      );
      const probability = typeProbabilities(distribution, ctx.n);
      // Dual values carry the solver's tolerances: use them only when they really reach the goal.
      const good = probability.every((k, t) => k >= target[t]! - 2 * threshold);
      return { outcome: 'reached', distribution: good ? distribution : null };
    }
    // Out of time: the master's duals still are a distribution, every type within ε of its goal.
    if (timeUp(ctx))
      return {
        outcome: 'time',
        distribution: normalize(
          rowPanels,
          rowPanels.map((_, p) => Math.abs(m.rowDual[p + 1] ?? 0)),
        ),
      };
    const w = Array.from({ length: T }, (_, t) => Math.max(0, m.colValue[t]!) / ctx.n[t]!);
    const bound = m.colValue[T]!;
    // Several panels per master solve: each re-solve costs hundreds of simplex iterations.
    const fresh = localBatch(ctx, w, bound, inMaster);
    if (fresh.length === 0) {
      const panel = await bestNewPanel(ctx, w, bound, inMaster);
      if (panel === 'time') return { outcome: 'time' };
      if (!panel) return { outcome: 'unreachable' };
      fresh.push(panel);
    }
    for (const panel of fresh) {
      addPanel(ctx, panel);
      const key = panel.join(',');
      if (inMaster.has(key)) continue;
      inMaster.add(key);
      rowPanels.push(panel);
      master.addRow(panelRow(ctx, panel, T));
    }
    ctx.progress.report('panels');
    await ctx.pause();
  }
}
