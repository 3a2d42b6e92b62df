import { type Context, EPS_FIXED, timeUp, addPanel } from './context';
import { besteNieuwePanel, panelRow } from './pricing';

/**
 * Step 4, the paper's algorithm. Dual master: columns y_t >= 0 and the free bound yhat (column T);
 * min yhat − Σ_fixed f_t y_t  s.t.  Σ_unfixed y_t = 1 and per panel Σ_t y_t x_t / n_t <= yhat.
 */
export async function rondes(
  ctx: Context,
  onbereikbaar: number[],
): Promise<{ vast: number[]; exact: boolean; rondes: number }> {
  const { T, n } = ctx;
  const inf = ctx.solver.infinity;
  const vast = new Map<number, number>();
  for (const t of onbereikbaar) vast.set(t, 0);
  const open = Array.from({ length: T }, (_, t) => t).filter((t) => !vast.has(t));
  const master = ctx.maak({
    sense: 'min',
    colCost: [...new Array<number>(T).fill(0), 1],
    colLower: [...new Array<number>(T).fill(0), -inf],
    colUpper: [...n.map((_, t) => (vast.has(t) ? 0 : inf)), inf],
    rows: [
      { lower: 1, upper: 1, indices: open, values: open.map(() => 1) },
      ...ctx.panels.map((p) => panelRow(ctx, p, T)),
    ],
  });
  const vastePersonen = () => [...vast.keys()].reduce((s, t) => s + n[t]!, 0);
  let exact = true;
  let ronde = 0;
  const reportRound = () => ctx.progress.report('leximin', vastePersonen(), ronde);
  while (vast.size < T) {
    ronde++;
    let y: ArrayLike<number>;
    let waarde: number;
    for (;;) {
      const m = master.solve();
      if (m.status !== 'optimal') throw new Error(`master LP: ${m.status}`);
      y = m.colValue;
      waarde = m.objective;
      if (timeUp(ctx)) {
        exact = false;
        break;
      }
      const w = Array.from({ length: T }, (_, t) => Math.max(0, y[t]!) / n[t]!);
      const panel = await besteNieuwePanel(ctx, w, y[T]!);
      if (panel === 'tijd') {
        exact = false;
        break;
      }
      if (!panel) break;
      addPanel(ctx, panel);
      master.addRow(panelRow(ctx, panel, T));
      reportRound();
    }
    const niveau = Math.max(0, waarde);
    const rest = open.filter((t) => !vast.has(t));
    let nieuw = exact ? rest.filter((t) => y[t]! > EPS_FIXED) : rest;
    // Rounding can hide every weight below the threshold; the largest one is still binding.
    if (nieuw.length === 0) nieuw = [rest.reduce((best, t) => (y[t]! > y[best]! ? t : best), rest[0]!)];
    for (const t of nieuw) {
      vast.set(t, niveau);
      master.setCoefficient(0, t, 0);
    }
    master.setColCosts(Array.from({ length: T + 1 }, (_, i) => (i === T ? 1 : -(vast.get(i) ?? 0))));
    reportRound();
  }
  return { vast: Array.from({ length: T }, (_, t) => vast.get(t) ?? 0), exact, rondes: ronde };
}
