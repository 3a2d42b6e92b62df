import type { LotingInstance } from './model';
import { createRandom } from './prng';
import { binomialUpperBound } from './statistics';

/**
 * The greedy method older tools use (LEGACY in Flanigan et al.): repeatedly take the kenmerk whose
 * minimum is least filled relative to the people still available with it, and pick a random
 * person with that kenmerk; a kenmerk at its maximum removes everyone with it — also before the
 * first pick, so a value with maximum 0 is closed from the start. It is shown next to LEXIMIN so
 * users see what it costs the rarest respondents. Only panels that meet every quotum (and the
 * household rule) count; a draw that gets stuck is started again, as older tools do. Its
 * probabilities have no formula, so they are estimated by repeating the draw.
 */
export function legacyDraw(instance: LotingInstance, random: { next(): number }): number[] | null {
  const keuzes = makeLegacyDrawer(instance)(random);
  if (!keuzes) return null;
  const panel = new Array<number>(instance.types.length).fill(0);
  for (const t of keuzes) panel[t]!++;
  return panel;
}

/**
 * The greedy draw with everything that does not change between draws computed once (typed
 * arrays, no allocation per draw): tens of thousands of draws for the 99 % bound stay fast.
 * A draw returns the types picked, one entry per seat, or null when it got stuck or a quotum is
 * not met.
 */
export function makeLegacyDrawer(instance: LotingInstance): (random: { next(): number }) => Int32Array | null {
  const T = instance.types.length;
  const F = instance.kenmerken.length;
  const k = instance.panelgrootte;
  const lo = Int32Array.from(instance.kenmerken, (x) => x.min);
  const hi = Int32Array.from(instance.kenmerken, (x) => x.max);
  const kenmerkenVan = instance.types.map((t) => Int32Array.from(t.kenmerken));
  const lijsten: number[][] = instance.kenmerken.map(() => []);
  instance.types.forEach((type, t) => type.kenmerken.forEach((f) => lijsten[f]!.push(t)));
  const perKenmerk = lijsten.map((l) => Int32Array.from(l));
  const groep: Array<Int32Array | null> = new Array<Int32Array | null>(T).fill(null);
  for (const g of instance.huishoudGroepen) {
    const a = Int32Array.from(g);
    for (const t of g) groep[t] = a;
  }
  const over = new Int32Array(T);
  const beschikbaar = new Int32Array(F);
  const gekozen = new Int32Array(F);
  const haalWeg = (t: number, aantal: number) => {
    over[t]! -= aantal;
    const ks = kenmerkenVan[t]!;
    for (let i = 0; i < ks.length; i++) beschikbaar[ks[i]!]! -= aantal;
  };
  const sluit = (f: number) => {
    const ts = perKenmerk[f]!;
    for (let i = 0; i < ts.length; i++) if (over[ts[i]!]! > 0) haalWeg(ts[i]!, over[ts[i]!]!);
  };
  // The starting state: everyone available, then every value with maximum 0 closed — maximums
  // hold from the first pick.
  instance.types.forEach((type, t) => {
    over[t] = type.leden.length;
    for (const f of type.kenmerken) beschikbaar[f]! += type.leden.length;
  });
  for (let f = 0; f < F; f++) if (hi[f]! <= 0) sluit(f);
  const over0 = over.slice();
  const beschikbaar0 = beschikbaar.slice();

  return (random) => {
    over.set(over0);
    beschikbaar.set(beschikbaar0);
    gekozen.fill(0);
    const keuzes = new Int32Array(k);
    for (let plek = 0; plek < k; plek++) {
      let beste = -1;
      let besteRatio = -Infinity;
      for (let f = 0; f < F; f++) {
        const nodig = lo[f]! - gekozen[f]!;
        const b = beschikbaar[f]!;
        if (nodig > b) return null;
        if (b === 0) continue;
        const ratio = nodig / b;
        if (ratio > besteRatio) {
          besteRatio = ratio;
          beste = f;
        }
      }
      if (beste < 0) return null;
      const ts = perKenmerk[beste]!;
      let u = random.next() * beschikbaar[beste]!;
      let t = -1;
      for (let i = 0; i < ts.length; i++) {
        const s = ts[i]!;
        if (over[s]! === 0) continue;
        t = s;
        u -= over[s]!;
        if (u < 0) break;
      }
      keuzes[plek] = t;
      haalWeg(t, 1);
      const g = groep[t];
      if (g) for (let i = 0; i < g.length; i++) if (over[g[i]!]! > 0) haalWeg(g[i]!, over[g[i]!]!);
      const ks = kenmerkenVan[t]!;
      for (let i = 0; i < ks.length; i++) {
        const f = ks[i]!;
        gekozen[f]!++;
        if (gekozen[f]! >= hi[f]!) sluit(f);
      }
    }
    // The method has no look-ahead: it can end with a minimum unmet, which counts as a failed
    // draw. Maximums, the panel size and the household rule hold by construction (a value at its
    // maximum and a household with a member on the panel are closed at once); the minimums are
    // checked here, so only panels that meet every quotum count.
    for (let f = 0; f < F; f++) if (gekozen[f]! < lo[f]! || gekozen[f]! > hi[f]!) return null;
    return keuzes;
  };
}

export interface LegacyEstimate {
  /** Estimated probability per person of each type (from the first series of draws). */
  typeKans: number[];
  trekkingen: number;
  /** Draws that got stuck or broke a quotum (the method then starts again, as older tools do). */
  mislukt: number;
  /**
   * The lowest probability, with a 99 % upper bound (Clopper–Pearson, one-sided), from a second,
   * independent series of draws: the first series picks the type with the lowest estimate, the
   * second counts how often one fixed person of that type is on the panel. Choosing the type on
   * other draws than those used for the bound keeps the bound honest. Null when no draw succeeded.
   */
  laagste: { type: number; schatting: number; bovengrens99: number; trekkingen: number; treffers: number } | null;
}

export interface LegacyOptions {
  /** Draws for the estimate per type. */
  trekkingen: number;
  seed: number;
  /** Types proven unreachable (exclusion.ts): their 0 needs no bound. */
  uitgesloten?: ReadonlySet<number>;
  /** Limits for the second series; its size is chosen so the bound is tight (see below). */
  minBoundTrekkingen?: number;
  maxBoundTrekkingen?: number;
  /** Awaited every few hundred draws, so the app stays responsive. */
  pauze?: () => Promise<void>;
}

/**
 * The default cap on the second series, from the work per draw (types × seats): about 200 000
 * draws for a small pool, about 25 000 for 2000 respondents and a panel of 100 — a few seconds at
 * most, next to LEXIMIN's own time. It depends only on the instance, so a replay gives the same.
 */
export function defaultMaxBoundDraws(instance: LotingInstance): number {
  const werk = Math.max(1, instance.types.length * instance.panelgrootte);
  return Math.max(10_000, Math.min(200_000, Math.floor(2e9 / werk)));
}

/** Successful greedy panels, retrying stuck draws (at most 20 times the requested number). */
async function reeks(
  trek: ReturnType<typeof makeLegacyDrawer>,
  aantal: number,
  seed: number,
  perPanel: (keuzes: Int32Array) => void,
  pauze?: () => Promise<void>,
) {
  const random = createRandom(seed);
  let gelukt = 0;
  let mislukt = 0;
  for (let i = 1; gelukt < aantal && mislukt < 20 * aantal; i++) {
    if (pauze && i % 500 === 0) await pauze();
    const panel = trek(random);
    if (!panel) {
      mislukt++;
      continue;
    }
    gelukt++;
    perPanel(panel);
  }
  return { gelukt, mislukt };
}

/**
 * Draws needed for a tight bound: with about 90 expected hits the 99 % upper bound lies within
 * about a quarter of the estimate (2.33 / √90 ≈ 0.25). Rare types hit the maximum.
 */
export function boundDraws(schatting: number, min: number, max: number): number {
  if (!(schatting > 0)) return max;
  return Math.min(max, Math.max(min, Math.ceil(90 / schatting)));
}

export async function schatLegacy(instance: LotingInstance, opties: LegacyOptions): Promise<LegacyEstimate> {
  const trek = makeLegacyDrawer(instance);
  const telling = new Array<number>(instance.types.length).fill(0);
  const eerste = await reeks(
    trek,
    opties.trekkingen,
    opties.seed,
    (keuzes) => {
      for (const t of keuzes) telling[t]!++;
    },
    opties.pauze,
  );
  const gelukt = eerste.gelukt;
  const typeKans = telling.map((c, t) => (gelukt === 0 ? 0 : c / gelukt / instance.types[t]!.leden.length));
  let laagste: LegacyEstimate['laagste'] = null;
  const kandidaten = typeKans.map((_, t) => t).filter((t) => !opties.uitgesloten?.has(t));
  if (gelukt > 0 && kandidaten.length > 0) {
    const type = kandidaten.reduce((best, t) => (typeKans[t]! < typeKans[best]! ? t : best), kandidaten[0]!);
    const aantal = boundDraws(
      typeKans[type]!,
      opties.minBoundTrekkingen ?? 10_000,
      opties.maxBoundTrekkingen ?? defaultMaxBoundDraws(instance),
    );
    // An independent stream: the bound must not reuse the draws that chose the type.
    const random = createRandom((opties.seed + 0x5bd1e995) % Number.MAX_SAFE_INTEGER);
    const n = instance.types[type]!.leden.length;
    let treffers = 0;
    const tweede = await reeks(
      trek,
      aantal,
      (opties.seed + 0x27d4eb2d) % Number.MAX_SAFE_INTEGER,
      (keuzes) => {
        let x = 0;
        for (const t of keuzes) if (t === type) x++;
        // One fixed member of the type: on the panel with probability (members drawn) / (members).
        if (random.next() * n < x) treffers++;
      },
      opties.pauze,
    );
    if (tweede.gelukt > 0) {
      laagste = {
        type,
        schatting: treffers / tweede.gelukt,
        bovengrens99: binomialUpperBound(treffers, tweede.gelukt, 0.01),
        trekkingen: tweede.gelukt,
        treffers,
      };
    }
  }
  return { typeKans, trekkingen: gelukt, mislukt: eerste.mislukt, laagste };
}
