import { roundedPanel } from '../panelmodel';
import { type Context, EPS_PRICING, remainingTime, addPanel } from './context';

/**
 * Pricing for the column generation: finding panels that improve a master. A local search from
 * the best panels found first (cheap); the pricing MIP only when that finds nothing, which then
 * also proves there is no better panel.
 */

/** Step 1: is there any panel at all? The first one found is the first column. */
export async function firstPanel(ctx: Context): Promise<boolean> {
  ctx.pricing.setColCosts(new Array<number>(ctx.T).fill(0));
  const r = ctx.pricing.solve();
  await ctx.pause();
  if (r.status !== 'optimal') return false;
  addPanel(ctx, roundedPanel(r.colValue, ctx.T));
  return true;
}

/**
 * Pricing: the feasible panel with the largest weight. First a local search from the best panel
 * we have (cheap); only when that finds nothing above `bound` the MIP, which also proves it.
 */
export async function bestNewPanel(
  ctx: Context,
  w: number[],
  bound: number,
  /** Panels the master already has (default: every panel found). */
  known: Set<string> = ctx.seen,
): Promise<number[] | null | 'time'> {
  let start = ctx.panels[0]!;
  let startValue = -Infinity;
  for (const panel of ctx.panels) {
    let v = 0;
    for (let t = 0; t < ctx.T; t++) if (panel[t]) v += panel[t]! * w[t]!;
    if (v > startValue) {
      startValue = v;
      start = panel;
    }
  }
  const threshold = bound + EPS_PRICING * Math.max(1, Math.abs(bound));
  const local = ctx.searcher.improve(start, w);
  if (local.value > threshold && !known.has(local.panel.join(','))) return local.panel;
  ctx.pricing.setColCosts(w);
  // The MIP can take long on hard instances: it gets the time that is left (and never proves
  // anything when it stops there).
  const p = ctx.pricing.solve(remainingTime(ctx));
  await ctx.pause();
  if (p.status === 'time') return 'time';
  if (p.status !== 'optimal' || p.objective <= threshold) return null;
  const panel = roundedPanel(p.colValue, ctx.T);
  // A panel we already have means the bound only differs by rounding.
  return known.has(panel.join(',')) ? null : panel;
}

/** Local search from the few best panels we have; returns the distinct new panels above `bound`. */
export function localBatch(ctx: Context, w: number[], bound: number, known: Set<string>, count = 5): number[][] {
  const threshold = bound + EPS_PRICING * Math.max(1, Math.abs(bound));
  const values = ctx.panels.map((p, i) => {
    let v = 0;
    for (let t = 0; t < ctx.T; t++) if (p[t]) v += p[t]! * w[t]!;
    return { v, i };
  });
  values.sort((a, b) => b.v - a.v);
  const out: number[][] = [];
  const keys = new Set<string>();
  for (const { i } of values.slice(0, count)) {
    const l = ctx.searcher.improve(ctx.panels[i]!, w);
    const key = l.panel.join(',');
    if (l.value > threshold && !known.has(key) && !keys.has(key)) {
      keys.add(key);
      out.push(l.panel);
    }
  }
  return out;
}

export function panelRow(ctx: Context, panel: number[], boundCol: number) {
  const indices: number[] = [];
  const values: number[] = [];
  panel.forEach((x, t) => {
    if (x > 0) {
      indices.push(t);
      values.push(x / ctx.n[t]!);
    }
  });
  return { lower: -ctx.solver.infinity, upper: 0, indices: [...indices, boundCol], values: [...values, -1] };
}
