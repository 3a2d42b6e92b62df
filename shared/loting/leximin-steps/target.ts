import type { Distribution } from '../model';
import { type Context, EPS_BOUND, timeUp, addPanel } from './context';
import { normalize, typeProbabilities } from './distribution';
import { besteNieuwePanel, localBatch, panelRow } from './pricing';

/**
 * Step 3. Can real panels give every type its LP-bound probability? Dual of "min ε such that
 * some distribution gives each type at least doel_t − ε": max Σ doel_t u_t − w over u ≥ 0 with
 * Σ u ≤ 1 and, per panel, Σ u_t x_t / n_t ≤ w. Its optimum is the smallest ε. When it is reached,
 * the duals of the panel rows are the distribution itself, so no separate primal solve is needed
 * (that solve from scratch took minutes at 10 000 respondents).
 */
export type TargetOutcome =
  | { uitkomst: 'bereikt'; verdeling: Distribution | null }
  | { uitkomst: 'onbereikbaar' }
  | { uitkomst: 'tijd'; verdeling?: Distribution | null };

export async function bereikDoel(
  ctx: Context,
  doel: number[],
  beginPanels: number[][],
  /** Largest ε that counts as reached (the remainder of a peeling needs less precision). */
  drempel = EPS_BOUND,
): Promise<TargetOutcome> {
  const { T } = ctx;
  const inf = ctx.solver.infinity;
  const alle = Array.from({ length: T }, (_, t) => t);
  // A panel found before may be new to this master (the remainder's master starts small).
  const inMaster = new Set<string>();
  const rijPanels = beginPanels.filter((p) => {
    const key = p.join(',');
    if (inMaster.has(key)) return false;
    inMaster.add(key);
    return true;
  });
  const master = ctx.maak({
    sense: 'max',
    colCost: [...doel, -1],
    colLower: [...new Array<number>(T).fill(0), -inf],
    colUpper: [...new Array<number>(T).fill(inf), inf],
    rows: [
      { lower: -inf, upper: 1, indices: alle, values: alle.map(() => 1) },
      ...rijPanels.map((p) => panelRow(ctx, p, T)),
    ],
  });
  for (;;) {
    const m = master.solve();
    if (m.status !== 'optimal') return { uitkomst: 'onbereikbaar' };
    if (m.objective <= drempel) {
      const verdeling = normalize(
        rijPanels,
        rijPanels.map((_, p) => Math.abs(m.rowDual[p + 1] ?? 0)),
      );
      const kans = typeProbabilities(verdeling, ctx.n);
      // Dual values carry the solver's tolerances: use them only when they really reach the goal.
      const goed = kans.every((k, t) => k >= doel[t]! - 2 * drempel);
      return { uitkomst: 'bereikt', verdeling: goed ? verdeling : null };
    }
    // Out of time: the master's duals still are a distribution, every type within ε of its goal.
    if (timeUp(ctx))
      return {
        uitkomst: 'tijd',
        verdeling: normalize(
          rijPanels,
          rijPanels.map((_, p) => Math.abs(m.rowDual[p + 1] ?? 0)),
        ),
      };
    const w = Array.from({ length: T }, (_, t) => Math.max(0, m.colValue[t]!) / ctx.n[t]!);
    const grens = m.colValue[T]!;
    // Several panels per master solve: each re-solve costs hundreds of simplex iterations.
    const nieuwe = localBatch(ctx, w, grens, inMaster);
    if (nieuwe.length === 0) {
      const panel = await besteNieuwePanel(ctx, w, grens, inMaster);
      if (panel === 'tijd') return { uitkomst: 'tijd' };
      if (!panel) return { uitkomst: 'onbereikbaar' };
      nieuwe.push(panel);
    }
    for (const panel of nieuwe) {
      addPanel(ctx, panel);
      const key = panel.join(',');
      if (inMaster.has(key)) continue;
      inMaster.add(key);
      rijPanels.push(panel);
      master.addRow(panelRow(ctx, panel, T));
    }
    ctx.progress.report('panels');
    await ctx.pauze();
  }
}
