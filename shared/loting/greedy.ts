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
  const choices = makeLegacyDrawer(instance)(random);
  if (!choices) return null;
  const panel = new Array<number>(instance.types.length).fill(0);
  for (const t of choices) panel[t]!++;
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
  const F = instance.features.length;
  const k = instance.panelSize;
  const lo = Int32Array.from(instance.features, (x) => x.min);
  const hi = Int32Array.from(instance.features, (x) => x.max);
  const featuresOf = instance.types.map((t) => Int32Array.from(t.features));
  const lists: number[][] = instance.features.map(() => []);
  instance.types.forEach((type, t) => type.features.forEach((f) => lists[f]!.push(t)));
  const perFeature = lists.map((l) => Int32Array.from(l));
  const group: Array<Int32Array | null> = new Array<Int32Array | null>(T).fill(null);
  for (const g of instance.householdGroups) {
    const a = Int32Array.from(g);
    for (const t of g) group[t] = a;
  }
  const over = new Int32Array(T);
  const available = new Int32Array(F);
  const chosen = new Int32Array(F);
  const takeOut = (t: number, count: number) => {
    over[t]! -= count;
    const ks = featuresOf[t]!;
    for (let i = 0; i < ks.length; i++) available[ks[i]!]! -= count;
  };
  const close = (f: number) => {
    const ts = perFeature[f]!;
    for (let i = 0; i < ts.length; i++) if (over[ts[i]!]! > 0) takeOut(ts[i]!, over[ts[i]!]!);
  };
  // The starting state: everyone available, then every value with maximum 0 closed — maximums
  // hold from the first pick.
  instance.types.forEach((type, t) => {
    over[t] = type.members.length;
    for (const f of type.features) available[f]! += type.members.length;
  });
  for (let f = 0; f < F; f++) if (hi[f]! <= 0) close(f);
  const over0 = over.slice();
  const available0 = available.slice();

  return (random) => {
    over.set(over0);
    available.set(available0);
    chosen.fill(0);
    const choices = new Int32Array(k);
    for (let place = 0; place < k; place++) {
      let best = -1;
      let bestRatio = -Infinity;
      for (let f = 0; f < F; f++) {
        const needed = lo[f]! - chosen[f]!;
        const b = available[f]!;
        if (needed > b) return null;
        if (b === 0) continue;
        const ratio = needed / b;
        if (ratio > bestRatio) {
          bestRatio = ratio;
          best = f;
        }
      }
      if (best < 0) return null;
      const ts = perFeature[best]!;
      let u = random.next() * available[best]!;
      let t = -1;
      for (let i = 0; i < ts.length; i++) {
        const s = ts[i]!;
        if (over[s]! === 0) continue;
        t = s;
        u -= over[s]!;
        if (u < 0) break;
      }
      choices[place] = t;
      takeOut(t, 1);
      const g = group[t];
      if (g) for (let i = 0; i < g.length; i++) if (over[g[i]!]! > 0) takeOut(g[i]!, over[g[i]!]!);
      const ks = featuresOf[t]!;
      for (let i = 0; i < ks.length; i++) {
        const f = ks[i]!;
        chosen[f]!++;
        if (chosen[f]! >= hi[f]!) close(f);
      }
    }
    // The method has no look-ahead: it can end with a minimum unmet, which counts as a failed
    // draw. Maximums, the panel size and the household rule hold by construction (a value at its
    // maximum and a household with a member on the panel are closed at once); the minimums are
    // checked here, so only panels that meet every quotum count.
    for (let f = 0; f < F; f++) if (chosen[f]! < lo[f]! || chosen[f]! > hi[f]!) return null;
    return choices;
  };
}

export interface LegacyEstimate {
  /** Estimated probability per person of each type (from the first series of draws). */
  typeProbability: number[];
  draws: number;
  /** Draws that got stuck or broke a quotum (the method then starts again, as older tools do). */
  failed: number;
  /**
   * The lowest probability, with a 99 % upper bound (Clopper–Pearson, one-sided), from a second,
   * independent series of draws: the first series picks the type with the lowest estimate, the
   * second counts how often one fixed person of that type is on the panel. Choosing the type on
   * other draws than those used for the bound keeps the bound honest. Null when no draw succeeded.
   */
  lowest: { type: number; estimate: number; upperBound99: number; draws: number; hits: number } | null;
}

export interface LegacyOptions {
  /** Draws for the estimate per type. */
  draws: number;
  seed: number;
  /** Types proven unreachable (exclusion.ts): their 0 needs no bound. */
  excluded?: ReadonlySet<number>;
  /** Limits for the second series; its size is chosen so the bound is tight (see below). */
  minBoundDraws?: number;
  maxBoundDraws?: number;
  /** Awaited every few hundred draws, so the app stays responsive. */
  pause?: () => Promise<void>;
}

/**
 * The default cap on the second series, from the work per draw (types × seats): about 200 000
 * draws for a small pool, about 25 000 for 2000 respondents and a panel of 100 — a few seconds at
 * most, next to LEXIMIN's own time. It depends only on the instance, so a replay gives the same.
 */
export function defaultMaxBoundDraws(instance: LotingInstance): number {
  const work = Math.max(1, instance.types.length * instance.panelSize);
  return Math.max(10_000, Math.min(200_000, Math.floor(2e9 / work)));
}

/** Successful greedy panels, retrying stuck draws (at most 20 times the requested number). */
async function series(
  trek: ReturnType<typeof makeLegacyDrawer>,
  count: number,
  seed: number,
  perPanel: (choices: Int32Array) => void,
  pause?: () => Promise<void>,
) {
  const random = createRandom(seed);
  let succeeded = 0;
  let failed = 0;
  for (let i = 1; succeeded < count && failed < 20 * count; i++) {
    if (pause && i % 500 === 0) await pause();
    const panel = trek(random);
    if (!panel) {
      failed++;
      continue;
    }
    succeeded++;
    perPanel(panel);
  }
  return { succeeded, failed };
}

/**
 * Draws needed for a tight bound: with about 90 expected hits the 99 % upper bound lies within
 * about a quarter of the estimate (2.33 / √90 ≈ 0.25). Rare types hit the maximum.
 */
export function boundDraws(estimate: number, min: number, max: number): number {
  if (!(estimate > 0)) return max;
  return Math.min(max, Math.max(min, Math.ceil(90 / estimate)));
}

export async function estimateLegacy(instance: LotingInstance, options: LegacyOptions): Promise<LegacyEstimate> {
  const trek = makeLegacyDrawer(instance);
  const tally = new Array<number>(instance.types.length).fill(0);
  const first = await series(
    trek,
    options.draws,
    options.seed,
    (choices) => {
      for (const t of choices) tally[t]!++;
    },
    options.pause,
  );
  const succeeded = first.succeeded;
  const typeProbability = tally.map((c, t) =>
    succeeded === 0 ? 0 : c / succeeded / instance.types[t]!.members.length,
  );
  let lowest: LegacyEstimate['lowest'] = null;
  const candidates = typeProbability.map((_, t) => t).filter((t) => !options.excluded?.has(t));
  if (succeeded > 0 && candidates.length > 0) {
    const type = candidates.reduce(
      (best, t) => (typeProbability[t]! < typeProbability[best]! ? t : best),
      candidates[0]!,
    );
    const count = boundDraws(
      typeProbability[type]!,
      options.minBoundDraws ?? 10_000,
      options.maxBoundDraws ?? defaultMaxBoundDraws(instance),
    );
    // An independent stream: the bound must not reuse the draws that chose the type.
    const random = createRandom((options.seed + 0x5bd1e995) % Number.MAX_SAFE_INTEGER);
    const n = instance.types[type]!.members.length;
    let hits = 0;
    const second = await series(
      trek,
      count,
      (options.seed + 0x27d4eb2d) % Number.MAX_SAFE_INTEGER,
      (choices) => {
        let x = 0;
        for (const t of choices) if (t === type) x++;
        // One fixed member of the type: on the panel with probability (members drawn) / (members).
        if (random.next() * n < x) hits++;
      },
      options.pause,
    );
    if (second.succeeded > 0) {
      lowest = {
        type,
        estimate: hits / second.succeeded,
        upperBound99: binomialUpperBound(hits, second.succeeded, 0.01),
        draws: second.succeeded,
        hits,
      };
    }
  }
  return { typeProbability, draws: succeeded, failed: first.failed, lowest };
}
