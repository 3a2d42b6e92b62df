import type { Distribution } from '../model';
import { roundedPanel, pricingModel } from '../panelmodel';
import type { Random } from '../prng';
import { type Context, EPS_BOUND, remainingTime, timeUp, addPanel } from './context';
import { normalize, typeProbabilities } from './distribution';
import { bereikDoel, type TargetOutcome } from './target';

/**
 * Carathéodory-style peeling of the fractional optimum r: a rounded panel v on the smallest face
 * of the LP polytope that contains r, with the largest λ such that (r − λv)/(1 − λ) stays in
 * the polytope. Every step makes at least one more bound tight (a type at 0 or n_t, a kenmerk at
 * its minimum or maximum, a shared household at 0 or 1), so about T steps decompose r.
 */
export interface Peeled {
  /** Panels with their weights: Σ gewicht·panel + massa·rest = x. */
  panels: number[][];
  gewichten: number[];
  /** The weight not yet decomposed, and its point in the polytope (expected count per type). */
  massa: number;
  rest: number[];
  /** The panels of the last steps: the remainder lies on their (small) face. */
  laatste: number[][];
}

export async function pel(ctx: Context, x: number[], random: Random): Promise<Peeled> {
  const { T, n, instance } = ctx;
  const F = instance.kenmerken.length;
  const groepen = instance.huishoudGroepen;
  const lo = instance.kenmerken.map((k) => k.min);
  const hi = instance.kenmerken.map((k) => k.max);
  const leden: number[][] = instance.kenmerken.map(() => []);
  instance.types.forEach((type, t) => type.kenmerken.forEach((f) => leden[f]!.push(t)));
  let r = [...x];
  let massa = 1;
  let mislukt = 0;
  const uit: Peeled = { panels: [], gewichten: [], massa: 1, rest: r, laatste: [] };
  const klaar = () => Object.assign(uit, { massa, rest: r });
  // Slack below this counts as tight: LP values carry ~1e-9 noise that would otherwise block λ.
  const TOL = 1e-6;
  // Face MIPs (below): at most 20 (each can take up to a second), and none after three in a row
  // found nothing; peeling then relies on rounding alone.
  let mipMislukt = 0;
  let mips = 0;
  for (let stap = 0; stap < 4 * T + 100 && massa > 1e-12 && mislukt < 200; stap++) {
    const c = leden.map((l) => l.reduce((s, t) => s + r[t]!, 0));
    const cg = groepen.map((g) => g.reduce((s, t) => s + r[t]!, 0));
    const grenzen = {
      typeMin: r.map((v, t) => (v >= n[t]! - TOL ? n[t]! : 0)),
      typeMax: r.map((v, t) => (v <= TOL ? 0 : n[t]!)),
      min: lo.map((l, f) => (c[f]! >= hi[f]! - TOL ? hi[f]! : l)),
      max: hi.map((h, f) => (c[f]! <= lo[f]! + TOL ? lo[f]! : h)),
      groepMin: cg.map((v) => (v >= 1 - TOL ? 1 : 0)),
    };
    // The time limit is checked every step (one step takes milliseconds), progress twice a second.
    if (timeUp(ctx)) break;
    if (ctx.progress.reportThrottled('panels')) await ctx.pauze();
    // The rounding is a heuristic and can get stuck on a small face; a MIP then finds a panel
    // on the face if there is one (any such panel allows a positive step).
    let v = ctx.zoeker.rondAf(r, random, grenzen);
    if (!v && mislukt >= 2 && mipMislukt < 3 && mips < 20) {
      mips++;
      v = vlakPanel(ctx, r, grenzen);
      mipMislukt = v ? 0 : mipMislukt + 1;
    }
    if (!v) {
      mislukt++;
      continue;
    }
    let lambda = 1;
    for (let t = 0; t < T; t++) {
      if (v[t]! > r[t]! + TOL) lambda = Math.min(lambda, r[t]! / v[t]!);
      if (v[t]! < r[t]! - TOL) lambda = Math.min(lambda, (n[t]! - r[t]!) / (n[t]! - v[t]!));
    }
    for (let f = 0; f < F; f++) {
      let cv = 0;
      for (const t of leden[f]!) cv += v[t]!;
      if (cv > c[f]! + TOL) lambda = Math.min(lambda, (c[f]! - lo[f]!) / (cv - lo[f]!));
      if (cv < c[f]! - TOL) lambda = Math.min(lambda, (hi[f]! - c[f]!) / (hi[f]! - cv));
    }
    groepen.forEach((g, j) => {
      let cv = 0;
      for (const t of g) cv += v[t]!;
      // At most one per household: (cg − λ·cv)/(1 − λ) ≤ 1.
      if (cv < cg[j]! - TOL) lambda = Math.min(lambda, (1 - cg[j]!) / (1 - cv));
    });
    addPanel(ctx, v);
    uit.laatste.push(v);
    if (uit.laatste.length > 200) uit.laatste.shift();
    if (!(lambda > 1e-12)) {
      mislukt++;
      continue;
    }
    mislukt = 0;
    if (lambda >= 1 - 1e-12) {
      uit.panels.push(v);
      uit.gewichten.push(massa);
      massa = 0;
      return klaar();
    }
    uit.panels.push(v);
    uit.gewichten.push(lambda * massa);
    r = r.map((rt, t) => Math.min(n[t]!, Math.max(0, (rt - lambda * v[t]!) / (1 - lambda))));
    massa *= 1 - lambda;
  }
  return klaar();
}

/**
 * A panel on the face of the LP polytope given by `grenzen` (the bounds that are tight at r), by
 * the pricing MIP with those bounds; it prefers the types r has most of. Null when the face holds
 * no panel of whole people, or when time is up.
 */
function vlakPanel(
  ctx: Context,
  r: number[],
  grenzen: { typeMin: number[]; typeMax: number[]; min: number[]; max: number[]; groepMin: number[] },
): number[] | null {
  const { instance, T, n } = ctx;
  const F = instance.kenmerken.length;
  const spec = pricingModel(instance, ctx.solver.infinity);
  spec.colCost = r.map((rt, t) => rt / n[t]!);
  spec.colLower = grenzen.typeMin;
  spec.colUpper = grenzen.typeMax;
  spec.rows = spec.rows.map((row, i) => {
    if (i >= 1 && i <= F) return { ...row, lower: grenzen.min[i - 1]!, upper: grenzen.max[i - 1]! };
    if (i > F) return { ...row, lower: grenzen.groepMin[i - F - 1] ?? 0 };
    return row;
  });
  const model = ctx.solver.createModel(spec);
  try {
    // At most a second each: a hard face is left to the column generation.
    const uit = model.solve({ maxSeconden: Math.min(1, remainingTime(ctx).maxSeconden ?? 1) });
    return uit.status === 'optimal' ? roundedPanel(uit.colValue, T) : null;
  } finally {
    model.dispose();
  }
}

/** The peeled panels as a distribution (the remainder spread proportionally: still valid, a bit below the goal). */
export function peelDistribution(gepeld: Peeled): Distribution | null {
  return gepeld.panels.length === 0 ? null : normalize(gepeld.panels, gepeld.gewichten);
}

/**
 * The distribution from a peeling: exact when the peeling decomposed everything (up to a weight
 * that changes no probability by more than EPS_GRENS). Otherwise the remainder r is decomposed
 * by column generation on its own, starting from the panels of the last peeling steps (its face)
 * and a few roundings of it: a master that is much smaller than one over all panels, and that
 * only needs precision EPS_GRENS / massa because the remainder only carries weight `massa`.
 */
export async function uitPel(ctx: Context, gepeld: Peeled, doel: number[], random: Random): Promise<TargetOutcome> {
  const reikt = (verdeling: Distribution) => {
    const kans = typeProbabilities(verdeling, ctx.n);
    return kans.every((k, t) => k >= doel[t]! - 2 * EPS_BOUND);
  };
  // Each probability lacks at most `massa` (the remainder's share): check when that is small.
  if (gepeld.massa <= 1e-6) {
    const verdeling = peelDistribution(gepeld);
    if (verdeling && reikt(verdeling)) return { uitkomst: 'bereikt', verdeling };
  }
  if (timeUp(ctx)) return { uitkomst: 'tijd' };
  const { massa, rest } = gepeld;
  // A large remainder is as hard as the whole problem: the master over all panels is better then.
  if (massa > 1e-3) return { uitkomst: 'onbereikbaar' };
  const restDoel = rest.map((r, t) => r / ctx.n[t]!);
  const begin = [...gepeld.laatste];
  for (let i = 0; i < 30; i++) {
    const panel = ctx.zoeker.rondAf(rest, random);
    if (panel) begin.push(panel);
  }
  if (begin.length === 0) return { uitkomst: 'onbereikbaar' };
  const deel = await bereikDoel(ctx, restDoel, begin, EPS_BOUND / massa);
  if (deel.uitkomst === 'onbereikbaar' || !deel.verdeling) return deel;
  const verdeling = normalize(
    [...gepeld.panels, ...deel.verdeling.panels],
    [...gepeld.gewichten, ...deel.verdeling.gewichten.map((w) => w * massa)],
  );
  if (deel.uitkomst === 'tijd') return { uitkomst: 'tijd', verdeling };
  return reikt(verdeling) ? { uitkomst: 'bereikt', verdeling } : { uitkomst: 'onbereikbaar' };
}
