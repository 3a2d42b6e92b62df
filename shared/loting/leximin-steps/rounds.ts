import { type Context, EPS_FIXED, timeUp, addPanel } from './context';
import { bestNewPanel, panelRow } from './pricing';

/**
 * Step 4, the paper's algorithm. Dual master: columns y_t >= 0 and the free bound yhat (column T);
 * min yhat − Σ_fixed f_t y_t  s.t.  Σ_unfixed y_t = 1 and per panel Σ_t y_t x_t / n_t <= yhat.
 */
export async function rounds(
  ctx: Context,
  unreachable: number[],
): Promise<{ fixed: number[]; exact: boolean; rounds: number }> {
  const { T, n } = ctx;
  const inf = ctx.solver.infinity;
  const fixed = new Map<number, number>();
  for (const t of unreachable) fixed.set(t, 0);
  const open = Array.from({ length: T }, (_, t) => t).filter((t) => !fixed.has(t));
  const master = ctx.make({
    sense: 'min',
    colCost: [...new Array<number>(T).fill(0), 1],
    colLower: [...new Array<number>(T).fill(0), -inf],
    colUpper: [...n.map((_, t) => (fixed.has(t) ? 0 : inf)), inf],
    rows: [
      { lower: 1, upper: 1, indices: open, values: open.map(() => 1) },
      ...ctx.panels.map((p) => panelRow(ctx, p, T)),
    ],
  });
  const fixedPeople = () => [...fixed.keys()].reduce((s, t) => s + n[t]!, 0);
  let exact = true;
  let round = 0;
  const reportRound = () => ctx.progress.report('leximin', fixedPeople(), round);
  while (fixed.size < T) {
    round++;
    let y: ArrayLike<number>;
    let value: number;
    for (;;) {
      const m = master.solve();
      if (m.status !== 'optimal') throw new Error(`master LP: ${m.status}`);
      y = m.colValue;
      value = m.objective;
      if (timeUp(ctx)) {
        exact = false;
        break;
      }
      const w = Array.from({ length: T }, (_, t) => Math.max(0, y[t]!) / n[t]!);
      const panel = await bestNewPanel(ctx, w, y[T]!);
      if (panel === 'time') {
        exact = false;
        break;
      }
      if (!panel) break;
      addPanel(ctx, panel);
      master.addRow(panelRow(ctx, panel, T));
      reportRound();
    }
    const level = Math.max(0, value);
    const rest = open.filter((t) => !fixed.has(t));
    let added = exact ? rest.filter((t) => y[t]! > EPS_FIXED) : rest;
    // Rounding can hide every weight below the threshold; the largest one is still binding.
    if (added.length === 0) added = [rest.reduce((best, t) => (y[t]! > y[best]! ? t : best), rest[0]!)];
    for (const t of added) {
      fixed.set(t, level);
      master.setCoefficient(0, t, 0);
    }
    master.setColCosts(Array.from({ length: T + 1 }, (_, i) => (i === T ? 1 : -(fixed.get(i) ?? 0))));
    reportRound();
  }
  return { fixed: Array.from({ length: T }, (_, t) => fixed.get(t) ?? 0), exact, rounds: round };
}
