import type { Distribution } from '../model';
import { roundedPanel, pricingModel } from '../panelmodel';
import type { Random } from '../prng';
import { type Context, EPS_BOUND, remainingTime, timeUp, addPanel } from './context';
import { normalize, typeProbabilities } from './distribution';
import { reachTarget, type TargetOutcome } from './target';

/**
 * Carathéodory-style peeling of the fractional optimum r: a rounded panel v on the smallest face
 * of the LP polytope that contains r, with the largest λ such that (r − λv)/(1 − λ) stays in
 * the polytope. Every step makes at least one more bound tight (a type at 0 or n_t, a kenmerk at
 * its minimum or maximum, a shared household at 0 or 1), so about T steps decompose r.
 */
export interface Peeled {
  /** Panels with their weights: Σ gewicht·panel + massa·rest = x. */
  panels: number[][];
  weights: number[];
  /** The weight not yet decomposed, and its point in the polytope (expected count per type). */
  mass: number;
  rest: number[];
  /** The panels of the last steps: the remainder lies on their (small) face. */
  last: number[][];
}

export async function peel(ctx: Context, x: number[], random: Random): Promise<Peeled> {
  const { T, n, instance } = ctx;
  const F = instance.features.length;
  const groups = instance.householdGroups;
  const lo = instance.features.map((k) => k.min);
  const hi = instance.features.map((k) => k.max);
  const members: number[][] = instance.features.map(() => []);
  instance.types.forEach((type, t) => type.features.forEach((f) => members[f]!.push(t)));
  let r = [...x];
  let mass = 1;
  let failed = 0;
  const out: Peeled = { panels: [], weights: [], mass: 1, rest: r, last: [] };
  const done = () => Object.assign(out, { mass, rest: r });
  // Slack below this counts as tight: LP values carry ~1e-9 noise that would otherwise block λ.
  const TOL = 1e-6;
  // Face MIPs (below): at most 20 (each can take up to a second), and none after three in a row
  // found nothing; peeling then relies on rounding alone.
  let mipFailed = 0;
  let mips = 0;
  for (let step = 0; step < 4 * T + 100 && mass > 1e-12 && failed < 200; step++) {
    const c = members.map((l) => l.reduce((s, t) => s + r[t]!, 0));
    const cg = groups.map((g) => g.reduce((s, t) => s + r[t]!, 0));
    const bounds = {
      typeMin: r.map((v, t) => (v >= n[t]! - TOL ? n[t]! : 0)),
      typeMax: r.map((v, t) => (v <= TOL ? 0 : n[t]!)),
      min: lo.map((l, f) => (c[f]! >= hi[f]! - TOL ? hi[f]! : l)),
      max: hi.map((h, f) => (c[f]! <= lo[f]! + TOL ? lo[f]! : h)),
      groupMin: cg.map((v) => (v >= 1 - TOL ? 1 : 0)),
    };
    // The time limit is checked every step (one step takes milliseconds), progress twice a second.
    if (timeUp(ctx)) break;
    if (ctx.progress.reportThrottled('panels')) await ctx.pause();
    // The rounding is a heuristic and can get stuck on a small face; a MIP then finds a panel
    // on the face if there is one (any such panel allows a positive step).
    let v = ctx.searcher.roundOff(r, random, bounds);
    if (!v && failed >= 2 && mipFailed < 3 && mips < 20) {
      mips++;
      v = flatPanel(ctx, r, bounds);
      mipFailed = v ? 0 : mipFailed + 1;
    }
    if (!v) {
      failed++;
      continue;
    }
    let lambda = 1;
    for (let t = 0; t < T; t++) {
      if (v[t]! > r[t]! + TOL) lambda = Math.min(lambda, r[t]! / v[t]!);
      if (v[t]! < r[t]! - TOL) lambda = Math.min(lambda, (n[t]! - r[t]!) / (n[t]! - v[t]!));
    }
    for (let f = 0; f < F; f++) {
      let cv = 0;
      for (const t of members[f]!) cv += v[t]!;
      if (cv > c[f]! + TOL) lambda = Math.min(lambda, (c[f]! - lo[f]!) / (cv - lo[f]!));
      if (cv < c[f]! - TOL) lambda = Math.min(lambda, (hi[f]! - c[f]!) / (hi[f]! - cv));
    }
    groups.forEach((g, j) => {
      let cv = 0;
      for (const t of g) cv += v[t]!;
      // At most one per household: (cg − λ·cv)/(1 − λ) ≤ 1.
      if (cv < cg[j]! - TOL) lambda = Math.min(lambda, (1 - cg[j]!) / (1 - cv));
    });
    addPanel(ctx, v);
    out.last.push(v);
    if (out.last.length > 200) out.last.shift();
    if (!(lambda > 1e-12)) {
      failed++;
      continue;
    }
    failed = 0;
    if (lambda >= 1 - 1e-12) {
      out.panels.push(v);
      out.weights.push(mass);
      mass = 0;
      return done();
    }
    out.panels.push(v);
    out.weights.push(lambda * mass);
    r = r.map((rt, t) => Math.min(n[t]!, Math.max(0, (rt - lambda * v[t]!) / (1 - lambda))));
    mass *= 1 - lambda;
  }
  return done();
}

/**
 * A panel on the face of the LP polytope given by `bounds` (the bounds that are tight at r), by
 * the pricing MIP with those bounds; it prefers the types r has most of. Null when the face holds
 * no panel of whole people, or when time is up.
 */
function flatPanel(
  ctx: Context,
  r: number[],
  bounds: { typeMin: number[]; typeMax: number[]; min: number[]; max: number[]; groupMin: number[] },
): number[] | null {
  const { instance, T, n } = ctx;
  const F = instance.features.length;
  const spec = pricingModel(instance, ctx.solver.infinity);
  spec.colCost = r.map((rt, t) => rt / n[t]!);
  spec.colLower = bounds.typeMin;
  spec.colUpper = bounds.typeMax;
  spec.rows = spec.rows.map((row, i) => {
    if (i >= 1 && i <= F) return { ...row, lower: bounds.min[i - 1]!, upper: bounds.max[i - 1]! };
    if (i > F) return { ...row, lower: bounds.groupMin[i - F - 1] ?? 0 };
    return row;
  });
  const model = ctx.solver.createModel(spec);
  try {
    // At most a second each: a hard face is left to the column generation.
    const out = model.solve({ maxSeconds: Math.min(1, remainingTime(ctx).maxSeconds ?? 1) });
    return out.status === 'optimal' ? roundedPanel(out.colValue, T) : null;
  } finally {
    model.dispose();
  }
}

/** The peeled panels as a distribution (the remainder spread proportionally: still valid, a bit below the goal). */
export function peelDistribution(peeled: Peeled): Distribution | null {
  return peeled.panels.length === 0 ? null : normalize(peeled.panels, peeled.weights);
}

/**
 * The distribution from a peeling: exact when the peeling decomposed everything (up to a weight
 * that changes no probability by more than EPS_GRENS). Otherwise the remainder r is decomposed
 * by column generation on its own, starting from the panels of the last peeling steps (its face)
 * and a few roundings of it: a master that is much smaller than one over all panels, and that
 * only needs precision EPS_GRENS / massa because the remainder only carries weight `mass`.
 */
export async function fromPeel(ctx: Context, peeled: Peeled, target: number[], random: Random): Promise<TargetOutcome> {
  const reaches = (distribution: Distribution) => {
    const probability = typeProbabilities(distribution, ctx.n);
    return probability.every((k, t) => k >= target[t]! - 2 * EPS_BOUND);
  };
  // Each probability lacks at most `mass` (the remainder's share): check when that is small.
  if (peeled.mass <= 1e-6) {
    const distribution = peelDistribution(peeled);
    if (distribution && reaches(distribution)) return { outcome: 'reached', distribution };
  }
  if (timeUp(ctx)) return { outcome: 'time' };
  const { mass, rest } = peeled;
  // A large remainder is as hard as the whole problem: the master over all panels is better then.
  if (mass > 1e-3) return { outcome: 'unreachable' };
  const restTarget = rest.map((r, t) => r / ctx.n[t]!);
  const start = [...peeled.last];
  for (let i = 0; i < 30; i++) {
    const panel = ctx.searcher.roundOff(rest, random);
    if (panel) start.push(panel);
  }
  if (start.length === 0) return { outcome: 'unreachable' };
  const part = await reachTarget(ctx, restTarget, start, EPS_BOUND / mass);
  if (part.outcome === 'unreachable' || !part.distribution) return part;
  const distribution = normalize(
    [...peeled.panels, ...part.distribution.panels],
    [...peeled.weights, ...part.distribution.weights.map((w) => w * mass)],
  );
  if (part.outcome === 'time') return { outcome: 'time', distribution };
  return reaches(distribution) ? { outcome: 'reached', distribution } : { outcome: 'unreachable' };
}
