import type { LotingInstance, Verdeling } from './model';
import { afgerondPanel, pricingModel, relaxatieModel } from './panelmodel';
import { PanelZoeker } from './panelzoeker';
import { createRandom, type Random } from './prng';
import { leximinRelaxatie } from './relaxatie';
import type { ModelSpec, Solver, SolverModel } from './solver';
import { bereikbaarheid, maximumNulTypes, type UitsluitingReden } from './uitsluiting';

/**
 * LEXIMIN (Flanigan, Gölz, Gupta, Hennig & Procaccia, Nature 2021): among all probability
 * distributions over quota-satisfying panels, the one that maximises the lowest selection
 * probability, then the second lowest, and so on. Everything works on types (see
 * LotingInstance): one variable per type instead of per person.
 *
 * The computation, fastest path first:
 * 1. a local search and a few MIPs find a panel for every type that can be on one at all; the
 *    others are proven unreachable, get 0 and a reason (uitsluiting.ts);
 * 2. LEXIMIN over the LP relaxation (fractional panels) gives an upper bound per type;
 * 3. the fractional optimum is peeled into real panels (Carathéodory-style, no solver: round on
 *    its face, subtract the largest multiple that stays in the polytope, repeat; about one step
 *    per profile, each a few milliseconds), which usually decomposes it up to ~1e-5. The peeled
 *    panels with their weights are the distribution; the small remainder is decomposed by column
 *    generation on its own (a master over the panels of the last peeling steps, pricing = local
 *    search in batches, then a MIP), needing only precision 1e-7 / remainder. Reaching the bound
 *    (within 1e-7 in probability) proves optimality. Only when that fails, a master over all
 *    panels found tries the same (slower: its LP grows with the number of profiles);
 * 4. otherwise the paper's algorithm runs, starting from all panels found: rounds of column
 *    generation on the dual master; types with positive dual weight are fixed at the round's value.
 */

export interface Voortgang {
  fase: 'dekking' | 'relaxatie' | 'panels' | 'leximin' | 'verdeling';
  /** Respondents whose probability is final. */
  vast: number;
  totaal: number;
  panels: number;
  ronde: number;
}

export interface LeximinOpties {
  solver: Solver;
  onVoortgang?: (v: Voortgang) => void;
  /** Awaited between solves, so a server can answer other requests during a long computation. */
  pauze?: () => Promise<void>;
  isAfgebroken?: () => boolean;
  /**
   * After this, the remaining types keep the last achieved value (marked as not exact). Checked
   * inside long steps too: every peeling step, and MIPs get the time that is left as their limit.
   */
  maxSeconden?: number;
  now?: () => number;
}

export interface Relaxatie {
  kenmerk: number;
  /** How many panel members too few (minimum not reachable) or too many (maximum). */
  tekort: number;
  teveel: number;
}

export type LeximinUitkomst =
  | {
      ok: true;
      verdeling: Verdeling;
      /** Selection probability of each person of type t. */
      typeKans: number[];
      /** False when the time limit stopped the later rounds (the distribution is still valid). */
      exact: boolean;
      /** How optimality was shown: the LP bound was reached, or the paper's rounds ran. */
      methode: 'relaxatiegrens' | 'rondes';
      rondes: number;
      /**
       * No distribution can give the reachable types a higher minimum than this (LP bound, never
       * below what was achieved); equals the achieved minimum over reachable types when exact.
       * Unreachable types are left out: their 0 is proven and explained by `redenen`.
       */
      bovengrensMinimum: number;
      /** Types that are on no quota-satisfying panel at all (proven): their members have probability 0. */
      onbereikbaar: number[];
      /** Why, per unreachable type (same order); null when the diagnosis was skipped. */
      redenen: Array<UitsluitingReden | null>;
    }
  | { ok: false; reden: 'geen-panel'; relaxatie: Relaxatie[] }
  | { ok: false; reden: 'afgebroken' };

class Afgebroken extends Error {}

/** A panel must beat the master's bound by more than this to count as an improvement. */
const EPS_PRICING = 1e-9;
/** A dual weight above this marks a type as bound by the round's value. */
const EPS_VAST = 1e-7;
/** Distance to the LP bound that still counts as reached (a probability difference of 1e-7). */
const EPS_GRENS = 1e-7;

interface Context {
  instance: LotingInstance;
  solver: Solver;
  opties: LeximinOpties;
  T: number;
  n: number[];
  totaal: number;
  panels: number[][];
  gezien: Set<string>;
  zoeker: PanelZoeker;
  pricing: SolverModel;
  pauze: () => Promise<void>;
  maak: (spec: ModelSpec) => SolverModel;
  start: number;
  now: () => number;
}

export async function leximin(instance: LotingInstance, opties: LeximinOpties): Promise<LeximinUitkomst> {
  const { solver } = opties;
  const now = opties.now ?? (() => Date.now());
  const modellen: SolverModel[] = [];
  const maak = (spec: ModelSpec) => {
    const m = solver.createModel(spec);
    modellen.push(m);
    return m;
  };
  const n = instance.types.map((t) => t.leden.length);
  const ctx: Context = {
    instance,
    solver,
    opties,
    T: n.length,
    n,
    totaal: n.reduce((a, b) => a + b, 0),
    panels: [],
    gezien: new Set(),
    zoeker: new PanelZoeker(instance),
    pricing: undefined as unknown as SolverModel,
    pauze: async () => {
      await opties.pauze?.();
      if (opties.isAfgebroken?.()) throw new Afgebroken();
    },
    maak,
    start: now(),
    now,
  };
  try {
    ctx.pricing = maak(pricingModel(instance, solver.infinity));
    if (!(await eerstePanel(ctx))) return { ok: false, reden: 'geen-panel', relaxatie: diagnose(instance, solver) };
    // Who can be on no panel: values with maximum 0 are known at once. Everyone else is proven
    // reachable as soon as the distribution gives them a positive chance (its panels are valid);
    // only when that fails, the exact check of uitsluiting.ts runs (a few MIPs) — so the usual
    // case costs nothing extra, and the answer is exact either way.
    const nul = maximumNulTypes(instance);
    let onbereikbaar = [...nul.keys()];
    let redenen: Array<UitsluitingReden | null> = onbereikbaar.map((t) => ({
      soort: 'maximum-nul',
      kenmerken: nul.get(t)!.map((kenmerk) => ({ kenmerk, richting: 'nul' as const })),
    }));
    let bewezen = false;
    let uitgesloten = new Set(onbereikbaar);
    const isBereikbaar = (t: number) => !uitgesloten.has(t);
    // The lowest probability among reachable types, and an upper bound for it that never falls
    // below what was achieved (LP values carry ~1e-9 noise).
    const minBereikbaar = (kans: number[]) => {
      const k = kans.filter((_, t) => isBereikbaar(t));
      return k.length === 0 ? 0 : Math.min(...k);
    };
    const iedereenKans = (typeKans: number[]) => typeKans.every((k, t) => !isBereikbaar(t) || k > 1e-12);
    const bewijsBereikbaarheid = async () => {
      const bereik = await bereikbaarheid(instance, solver, { pauze: ctx.pauze, now }, ctx.pricing);
      if (!bereik) throw new Error('geen panel meer');
      for (const panel of bereik.panels) voegToe(ctx, panel);
      const anders = bereik.onbereikbaar.length !== onbereikbaar.length;
      onbereikbaar = bereik.onbereikbaar;
      redenen = bereik.redenen;
      uitgesloten = new Set(onbereikbaar);
      bewezen = true;
      return anders;
    };
    const voortgang = (fase: Voortgang['fase'], vast: number, ronde = 0) =>
      opties.onVoortgang?.({ fase, vast, totaal: ctx.totaal, panels: ctx.panels.length, ronde });

    let relax: Awaited<ReturnType<typeof leximinRelaxatie>> = null;
    for (let poging = 0; poging < 2; poging++) {
      voortgang('relaxatie', 0);
      relax = await leximinRelaxatie(instance, solver, ctx.pauze, onbereikbaar);
      if (relax) {
        const random = createRandom(1);
        // Peeling decomposes the fractional optimum into real panels (almost) exactly; a few
        // rounded samples add variety for the column generation if a remainder is left.
        const gepeld = await pel(ctx, relax.x, random);
        let doel = await uitPel(ctx, gepeld, relax.typeKans, random);
        if (doel.uitkomst === 'onbereikbaar' && !tijdOm(ctx)) {
          for (let i = 0; i < 50; i++) {
            const panel = ctx.zoeker.rondAf(relax.x, random);
            if (panel) voegToe(ctx, panel);
          }
          voortgang('panels', 0);
          doel = await bereikDoel(ctx, relax.typeKans, ctx.panels);
        }
        // Out of time without a master: the primal over all panels (its own short time limit,
        // so the job's limit is not overshot), else the peeled panels alone.
        if (doel.uitkomst === 'tijd')
          doel = {
            uitkomst: 'tijd',
            verdeling: doel.verdeling ?? verdelingVoor(ctx, relax.typeKans, 2) ?? pelVerdeling(gepeld),
          };
        // Out of time: the panels found still give every type its bound minus a known gap.
        if (doel.uitkomst !== 'onbereikbaar') {
          voortgang('verdeling', ctx.totaal);
          const verdeling = doel.verdeling ?? (tijdOm(ctx) ? null : verdelingVoor(ctx, relax.typeKans));
          const typeKans = verdeling ? typeKansen(verdeling, n) : null;
          if (verdeling && typeKans && (bewezen || iedereenKans(typeKans))) {
            const exact = doel.uitkomst === 'bereikt';
            const bereikt = minBereikbaar(typeKans);
            return {
              ok: true,
              verdeling,
              typeKans,
              exact,
              methode: 'relaxatiegrens',
              rondes: relax.rondes,
              bovengrensMinimum: exact ? bereikt : Math.max(bereikt, minBereikbaar(relax.typeKans)),
              onbereikbaar,
              redenen,
            };
          }
        }
      }
      // The LP promised someone a chance that no real panel gives (e.g. parity): find out who,
      // exactly, and try once more with them at 0.
      if (bewezen || !(await bewijsBereikbaarheid())) break;
    }
    if (!bewezen) await bewijsBereikbaarheid();
    const uitRondes = await rondes(ctx, onbereikbaar);
    const { vast, exact } = uitRondes;
    voortgang('verdeling', ctx.totaal, uitRondes.rondes);
    const verdeling = verdelingVoor(ctx, vast);
    if (!verdeling) throw new Error('primal LP zonder oplossing');
    const typeKans = typeKansen(verdeling, n);
    // Exact rounds prove the achieved minimum optimal; the LP bound may lie above it (an
    // integrality gap), so it is only shown when the time limit stopped the rounds.
    const bereikt = minBereikbaar(typeKans);
    // Without the LP (never expected) the panel size spread over all reachable people still bounds it.
    const bereikbaarAantal = n.reduce((s, nt, t) => s + (isBereikbaar(t) ? nt : 0), 0);
    const lpGrens = relax ? minBereikbaar(relax.typeKans) : instance.panelgrootte / Math.max(1, bereikbaarAantal);
    const bovengrensMinimum = exact ? bereikt : Math.max(bereikt, lpGrens);
    return {
      ok: true,
      verdeling,
      typeKans,
      exact,
      methode: 'rondes',
      rondes: uitRondes.rondes,
      bovengrensMinimum,
      onbereikbaar,
      redenen,
    };
  } catch (error) {
    if (error instanceof Afgebroken) return { ok: false, reden: 'afgebroken' };
    throw error;
  } finally {
    for (const m of modellen) m.dispose();
  }
}

function voegToe(ctx: Context, panel: number[]): boolean {
  const key = panel.join(',');
  if (ctx.gezien.has(key)) return false;
  ctx.gezien.add(key);
  ctx.panels.push(panel);
  return true;
}

/** Step 1: is there any panel at all? The first one found is the first column. */
async function eerstePanel(ctx: Context): Promise<boolean> {
  ctx.pricing.setColCosts(new Array<number>(ctx.T).fill(0));
  const r = ctx.pricing.solve();
  await ctx.pauze();
  if (r.status !== 'optimal') return false;
  voegToe(ctx, afgerondPanel(r.colValue, ctx.T));
  return true;
}

/**
 * Pricing: the feasible panel with the largest weight. First a local search from the best panel
 * we have (cheap); only when that finds nothing above `grens` the MIP, which also proves it.
 */
async function besteNieuwePanel(
  ctx: Context,
  w: number[],
  grens: number,
  /** Panels the master already has (default: every panel found). */
  bekend: Set<string> = ctx.gezien,
): Promise<number[] | null | 'tijd'> {
  let start = ctx.panels[0]!;
  let startWaarde = -Infinity;
  for (const panel of ctx.panels) {
    let v = 0;
    for (let t = 0; t < ctx.T; t++) if (panel[t]) v += panel[t]! * w[t]!;
    if (v > startWaarde) {
      startWaarde = v;
      start = panel;
    }
  }
  const drempel = grens + EPS_PRICING * Math.max(1, Math.abs(grens));
  const lokaal = ctx.zoeker.verbeter(start, w);
  if (lokaal.waarde > drempel && !bekend.has(lokaal.panel.join(','))) return lokaal.panel;
  ctx.pricing.setColCosts(w);
  // The MIP can take long on hard instances: it gets the time that is left (and never proves
  // anything when it stops there).
  const p = ctx.pricing.solve(restTijd(ctx));
  await ctx.pauze();
  if (p.status === 'tijd') return 'tijd';
  if (p.status !== 'optimal' || p.objective <= drempel) return null;
  const panel = afgerondPanel(p.colValue, ctx.T);
  // A panel we already have means the bound only differs by rounding.
  return bekend.has(panel.join(',')) ? null : panel;
}

function panelRij(ctx: Context, panel: number[], boundCol: number) {
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

/**
 * Step 3. Can real panels give every type its LP-bound probability? Dual of "min ε such that
 * some distribution gives each type at least doel_t − ε": max Σ doel_t u_t − w over u ≥ 0 with
 * Σ u ≤ 1 and, per panel, Σ u_t x_t / n_t ≤ w. Its optimum is the smallest ε. When it is reached,
 * the duals of the panel rows are the distribution itself, so no separate primal solve is needed
 * (that solve from scratch took minutes at 10 000 respondents).
 */
type DoelUitkomst =
  | { uitkomst: 'bereikt'; verdeling: Verdeling | null }
  | { uitkomst: 'onbereikbaar' }
  | { uitkomst: 'tijd'; verdeling?: Verdeling | null };

async function bereikDoel(
  ctx: Context,
  doel: number[],
  beginPanels: number[][],
  /** Largest ε that counts as reached (the remainder of a peeling needs less precision). */
  drempel = EPS_GRENS,
): Promise<DoelUitkomst> {
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
      ...rijPanels.map((p) => panelRij(ctx, p, T)),
    ],
  });
  for (;;) {
    const m = master.solve();
    if (m.status !== 'optimal') return { uitkomst: 'onbereikbaar' };
    if (m.objective <= drempel) {
      const verdeling = normaliseer(
        rijPanels,
        rijPanels.map((_, p) => Math.abs(m.rowDual[p + 1] ?? 0)),
      );
      const kans = typeKansen(verdeling, ctx.n);
      // Dual values carry the solver's tolerances: use them only when they really reach the goal.
      const goed = kans.every((k, t) => k >= doel[t]! - 2 * drempel);
      return { uitkomst: 'bereikt', verdeling: goed ? verdeling : null };
    }
    // Out of time: the master's duals still are a distribution, every type within ε of its goal.
    if (tijdOm(ctx))
      return {
        uitkomst: 'tijd',
        verdeling: normaliseer(
          rijPanels,
          rijPanels.map((_, p) => Math.abs(m.rowDual[p + 1] ?? 0)),
        ),
      };
    const w = Array.from({ length: T }, (_, t) => Math.max(0, m.colValue[t]!) / ctx.n[t]!);
    const grens = m.colValue[T]!;
    // Several panels per master solve: each re-solve costs hundreds of simplex iterations.
    const nieuwe = lokaleBatch(ctx, w, grens, inMaster);
    if (nieuwe.length === 0) {
      const panel = await besteNieuwePanel(ctx, w, grens, inMaster);
      if (panel === 'tijd') return { uitkomst: 'tijd' };
      if (!panel) return { uitkomst: 'onbereikbaar' };
      nieuwe.push(panel);
    }
    for (const panel of nieuwe) {
      voegToe(ctx, panel);
      const key = panel.join(',');
      if (inMaster.has(key)) continue;
      inMaster.add(key);
      rijPanels.push(panel);
      master.addRow(panelRij(ctx, panel, T));
    }
    ctx.opties.onVoortgang?.({ fase: 'panels', vast: 0, totaal: ctx.totaal, panels: ctx.panels.length, ronde: 0 });
    await ctx.pauze();
  }
}

/** Local search from the few best panels we have; returns the distinct new panels above `grens`. */
function lokaleBatch(ctx: Context, w: number[], grens: number, bekend: Set<string>, aantal = 5): number[][] {
  const drempel = grens + EPS_PRICING * Math.max(1, Math.abs(grens));
  const waarden = ctx.panels.map((p, i) => {
    let v = 0;
    for (let t = 0; t < ctx.T; t++) if (p[t]) v += p[t]! * w[t]!;
    return { v, i };
  });
  waarden.sort((a, b) => b.v - a.v);
  const uit: number[][] = [];
  const keys = new Set<string>();
  for (const { i } of waarden.slice(0, aantal)) {
    const l = ctx.zoeker.verbeter(ctx.panels[i]!, w);
    const key = l.panel.join(',');
    if (l.waarde > drempel && !bekend.has(key) && !keys.has(key)) {
      keys.add(key);
      uit.push(l.panel);
    }
  }
  return uit;
}

/**
 * Carathéodory-style peeling of the fractional optimum r: a rounded panel v on the smallest face
 * of the LP polytope that contains r, with the largest λ such that (r − λv)/(1 − λ) stays in
 * the polytope. Every step makes at least one more bound tight (a type at 0 or n_t, a kenmerk at
 * its minimum or maximum, a shared household at 0 or 1), so about T steps decompose r.
 */
interface Gepeld {
  /** Panels with their weights: Σ gewicht·panel + massa·rest = x. */
  panels: number[][];
  gewichten: number[];
  /** The weight not yet decomposed, and its point in the polytope (expected count per type). */
  massa: number;
  rest: number[];
  /** The panels of the last steps: the remainder lies on their (small) face. */
  laatste: number[][];
}

async function pel(ctx: Context, x: number[], random: Random): Promise<Gepeld> {
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
  const uit: Gepeld = { panels: [], gewichten: [], massa: 1, rest: r, laatste: [] };
  const klaar = () => Object.assign(uit, { massa, rest: r });
  // Slack below this counts as tight: LP values carry ~1e-9 noise that would otherwise block λ.
  const TOL = 1e-6;
  let laatsteMelding = ctx.now();
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
    if (tijdOm(ctx)) break;
    if (ctx.now() - laatsteMelding > 500) {
      laatsteMelding = ctx.now();
      ctx.opties.onVoortgang?.({ fase: 'panels', vast: 0, totaal: ctx.totaal, panels: ctx.panels.length, ronde: 0 });
      await ctx.pauze();
    }
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
    voegToe(ctx, v);
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

/** Options for a solve: the seconds left before the time limit (none without a limit). */
function restTijd(ctx: Context): { maxSeconden?: number } {
  const max = ctx.opties.maxSeconden;
  return max === undefined ? {} : { maxSeconden: Math.max(0.05, max - (ctx.now() - ctx.start) / 1000) };
}

function tijdOm(ctx: Context): boolean {
  const max = ctx.opties.maxSeconden;
  return max !== undefined && (ctx.now() - ctx.start) / 1000 > max;
}

/**
 * Step 4, the paper's algorithm. Dual master: columns y_t >= 0 and the free bound yhat (column T);
 * min yhat − Σ_fixed f_t y_t  s.t.  Σ_unfixed y_t = 1 and per panel Σ_t y_t x_t / n_t <= yhat.
 */
async function rondes(
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
      ...ctx.panels.map((p) => panelRij(ctx, p, T)),
    ],
  });
  const vastePersonen = () => [...vast.keys()].reduce((s, t) => s + n[t]!, 0);
  let exact = true;
  let ronde = 0;
  const meldVoortgang = () =>
    ctx.opties.onVoortgang?.({
      fase: 'leximin',
      vast: vastePersonen(),
      totaal: ctx.totaal,
      panels: ctx.panels.length,
      ronde,
    });
  while (vast.size < T) {
    ronde++;
    let y: ArrayLike<number>;
    let waarde: number;
    for (;;) {
      const m = master.solve();
      if (m.status !== 'optimal') throw new Error(`master LP: ${m.status}`);
      y = m.colValue;
      waarde = m.objective;
      if (tijdOm(ctx)) {
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
      voegToe(ctx, panel);
      master.addRow(panelRij(ctx, panel, T));
      meldVoortgang();
    }
    const niveau = Math.max(0, waarde);
    const rest = open.filter((t) => !vast.has(t));
    let nieuw = exact ? rest.filter((t) => y[t]! > EPS_VAST) : rest;
    // Rounding can hide every weight below the threshold; the largest one is still binding.
    if (nieuw.length === 0) nieuw = [rest.reduce((best, t) => (y[t]! > y[best]! ? t : best), rest[0]!)];
    for (const t of nieuw) {
      vast.set(t, niveau);
      master.setCoefficient(0, t, 0);
    }
    master.setColCosts(Array.from({ length: T + 1 }, (_, i) => (i === T ? 1 : -(vast.get(i) ?? 0))));
    meldVoortgang();
  }
  return { vast: Array.from({ length: T }, (_, t) => vast.get(t) ?? 0), exact, rondes: ronde };
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
    const uit = model.solve({ maxSeconden: Math.min(1, restTijd(ctx).maxSeconden ?? 1) });
    return uit.status === 'optimal' ? afgerondPanel(uit.colValue, T) : null;
  } finally {
    model.dispose();
  }
}

/** The peeled panels as a distribution (the remainder spread proportionally: still valid, a bit below the goal). */
function pelVerdeling(gepeld: Gepeld): Verdeling | null {
  return gepeld.panels.length === 0 ? null : normaliseer(gepeld.panels, gepeld.gewichten);
}

/**
 * The distribution from a peeling: exact when the peeling decomposed everything (up to a weight
 * that changes no probability by more than EPS_GRENS). Otherwise the remainder r is decomposed
 * by column generation on its own, starting from the panels of the last peeling steps (its face)
 * and a few roundings of it: a master that is much smaller than one over all panels, and that
 * only needs precision EPS_GRENS / massa because the remainder only carries weight `massa`.
 */
async function uitPel(ctx: Context, gepeld: Gepeld, doel: number[], random: Random): Promise<DoelUitkomst> {
  const reikt = (verdeling: Verdeling) => {
    const kans = typeKansen(verdeling, ctx.n);
    return kans.every((k, t) => k >= doel[t]! - 2 * EPS_GRENS);
  };
  // Each probability lacks at most `massa` (the remainder's share): check when that is small.
  if (gepeld.massa <= 1e-6) {
    const verdeling = pelVerdeling(gepeld);
    if (verdeling && reikt(verdeling)) return { uitkomst: 'bereikt', verdeling };
  }
  if (tijdOm(ctx)) return { uitkomst: 'tijd' };
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
  const deel = await bereikDoel(ctx, restDoel, begin, EPS_GRENS / massa);
  if (deel.uitkomst === 'onbereikbaar' || !deel.verdeling) return deel;
  const verdeling = normaliseer(
    [...gepeld.panels, ...deel.verdeling.panels],
    [...gepeld.gewichten, ...deel.verdeling.gewichten.map((w) => w * massa)],
  );
  if (deel.uitkomst === 'tijd') return { uitkomst: 'tijd', verdeling };
  return reikt(verdeling) ? { uitkomst: 'bereikt', verdeling } : { uitkomst: 'onbereikbaar' };
}

/** The primal: weights on the panels that give every type at least its value, as closely as possible. */
function verdelingVoor(ctx: Context, doel: number[], maxSeconden?: number): Verdeling | null {
  const { T, n, panels } = ctx;
  const inf = ctx.solver.infinity;
  const P = panels.length;
  const rows = [{ lower: 1, upper: 1, indices: panels.map((_, p) => p), values: panels.map(() => 1) }];
  for (let t = 0; t < T; t++) {
    if (doel[t]! <= 0) continue;
    const indices: number[] = [];
    const values: number[] = [];
    panels.forEach((panel, p) => {
      if (panel[t]! > 0) {
        indices.push(p);
        values.push(panel[t]! / n[t]!);
      }
    });
    rows.push({ lower: doel[t]!, upper: inf, indices: [...indices, P], values: [...values, 1] });
  }
  const primal = ctx.maak({
    sense: 'min',
    colCost: [...new Array<number>(P).fill(0), 1],
    colLower: new Array<number>(P + 1).fill(0),
    colUpper: new Array<number>(P + 1).fill(inf),
    rows,
  });
  const sol = primal.solve(maxSeconden === undefined ? {} : { maxSeconden });
  if (sol.status !== 'optimal') return null;
  return normaliseer(
    panels,
    Array.from({ length: P }, (_, p) => sol.colValue[p]!),
  );
}

/** Drops panels with (numerically) zero weight and makes the weights sum to exactly one. */
function normaliseer(panels: number[][], gewichten: number[]): Verdeling {
  // The same panel can occur more than once (peeling): one entry with the summed weight.
  const perPanel = new Map<string, { panel: number[]; w: number }>();
  gewichten.forEach((w, p) => {
    const key = panels[p]!.join(',');
    const e = perPanel.get(key);
    if (e) e.w += Math.max(0, w);
    else perPanel.set(key, { panel: panels[p]!, w: Math.max(0, w) });
  });
  const keep = [...perPanel.values()].filter((e) => e.w > 1e-12);
  const som = keep.reduce((s, e) => s + e.w, 0);
  return { panels: keep.map((e) => e.panel), gewichten: keep.map((e) => e.w / som) };
}

/** Per-person probability of each type: expected number of its members on the panel / its size. */
export function typeKansen(verdeling: Verdeling, grootte: number[]): number[] {
  const kans = new Array<number>(grootte.length).fill(0);
  verdeling.panels.forEach((panel, p) => {
    const w = verdeling.gewichten[p]!;
    panel.forEach((x, t) => (kans[t]! += (w * x) / grootte[t]!));
  });
  return kans;
}

function diagnose(instance: LotingInstance, solver: Solver): Relaxatie[] {
  const T = instance.types.length;
  const model = solver.createModel(relaxatieModel(instance, solver.infinity));
  try {
    const r = model.solve();
    if (r.status !== 'optimal') return [];
    return instance.kenmerken.flatMap((_, f) => {
      const tekort = Math.round(r.colValue[T + 2 * f] ?? 0);
      const teveel = Math.round(r.colValue[T + 2 * f + 1] ?? 0);
      return tekort > 0 || teveel > 0 ? [{ kenmerk: f, tekort, teveel }] : [];
    });
  } finally {
    model.dispose();
  }
}
