import type { LotingInstance } from './model';
import type { Random } from './prng';

/**
 * Fast panel search without a solver, used to find many good panels cheaply: the MIP is only
 * needed to prove that no better panel exists. A panel is a count per type; moves swap one person
 * of type a for one of type b and keep the counts per kenmerk up to date.
 *
 * Internally every constraint on a count is a "feature" with a lower and an upper bound: the
 * kenmerken (their quota) and, after them, the shared households (at most one; on a face of the
 * LP polytope also at least one). Every type has one feature per kenmerk category (its value)
 * and one household slot (-1 when it shares no household), so a swap changes only the slots in
 * which the two types differ. The violation of a count is convex in the count, which gives a
 * cheap bound used to pick swap candidates (see `repair`).
 */
/** Bounds for one rounding: per type, per kenmerk and optionally per household group. */
export interface PanelBounds {
  typeMin: number[];
  typeMax: number[];
  min: number[];
  max: number[];
  /** Minimum per household group (0 or 1; default 0). The maximum is always 1. */
  groupMin?: number[];
}

/** Incoming types tried first in a repair step (a random sample); all of them only when these fail. */
const SAMPLE = 64;

export class PanelSearch {
  private readonly T: number;
  private readonly n: number[];
  private readonly F: number;
  private readonly G: number;
  /** Feature ids per type: one per kenmerk category, then the household slot (F + group, or -1). */
  private readonly slots: Int32Array[];
  private readonly S: number;
  private readonly lo: number[];
  private readonly hi: number[];
  /** Types per feature. */
  private readonly members: number[][];

  constructor(private readonly instance: LotingInstance) {
    this.T = instance.types.length;
    this.n = instance.types.map((t) => t.members.length);
    this.F = instance.features.length;
    this.G = instance.householdGroups.length;
    const group = new Array<number>(this.T).fill(-1);
    instance.householdGroups.forEach((g, i) => g.forEach((t) => (group[t] = i)));
    const C = instance.types.reduce((m, t) => Math.max(m, t.features.length), 0);
    this.S = C + 1;
    this.slots = instance.types.map((type, t) => {
      const s = new Int32Array(this.S).fill(-1);
      type.features.forEach((f, i) => (s[i] = f));
      s[C] = group[t]! >= 0 ? this.F + group[t]! : -1;
      return s;
    });
    this.lo = [...instance.features.map((k) => k.min), ...new Array<number>(this.G).fill(0)];
    this.hi = [...instance.features.map((k) => k.max), ...new Array<number>(this.G).fill(1)];
    this.members = Array.from({ length: this.F + this.G }, () => []);
    this.slots.forEach((s, t) => s.forEach((f) => f >= 0 && this.members[f]!.push(t)));
  }

  private bounds(bounds?: PanelBounds): { lo: number[]; hi: number[] } {
    if (!bounds) return { lo: this.lo, hi: this.hi };
    const gmin = bounds.groupMin;
    return {
      lo: [...bounds.min, ...Array.from({ length: this.G }, (_, g) => gmin?.[g] ?? 0)],
      hi: [...bounds.max, ...new Array<number>(this.G).fill(1)],
    };
  }

  private categoryCounts(panel: number[]): number[] {
    const c = new Array<number>(this.F + this.G).fill(0);
    for (let t = 0; t < this.T; t++) {
      const x = panel[t]!;
      if (x === 0) continue;
      for (const f of this.slots[t]!) if (f >= 0) c[f]! += x;
    }
    return c;
  }

  private static violation(c: number[], lo: number[], hi: number[]): number {
    let v = 0;
    for (let f = 0; f < c.length; f++) v += Math.max(0, lo[f]! - c[f]!) + Math.max(0, c[f]! - hi[f]!);
    return v;
  }

  /** Change in violation of feature f when its count goes from c to c + d (d = ±1). */
  private static step(c: number, lo: number, hi: number, d: number): number {
    return Math.max(0, lo - (c + d)) + Math.max(0, c + d - hi) - Math.max(0, lo - c) - Math.max(0, c - hi);
  }

  /** Change in violation when one person of type a is replaced by one of type b. */
  private deltaSwap(c: number[], a: number, b: number, lo: number[], hi: number[]): number {
    let d = 0;
    const sa = this.slots[a]!;
    const sb = this.slots[b]!;
    for (let i = 0; i < this.S; i++) {
      const fa = sa[i]!;
      const fb = sb[i]!;
      if (fa === fb) continue;
      if (fa >= 0) d += PanelSearch.step(c[fa]!, lo[fa]!, hi[fa]!, -1);
      if (fb >= 0) d += PanelSearch.step(c[fb]!, lo[fb]!, hi[fb]!, 1);
    }
    return d;
  }

  private apply(panel: number[], c: number[], a: number, b: number): void {
    panel[a]!--;
    panel[b]!++;
    for (const f of this.slots[a]!) if (f >= 0) c[f]!--;
    for (const f of this.slots[b]!) if (f >= 0) c[f]!++;
  }

  /**
   * A random panel whose expected count per type is close to `x` (systematic sampling keeps the
   * panel size and the marginals exact), then repaired by swaps until every quotum holds.
   * Members of one household are consecutive in the sampling order, so a household whose
   * expected count is at most 1 gets at most one member (exactly one when it is 1).
   * Returns null when the repair gets stuck.
   */
  roundOff(x: number[], random: Random, bounds?: PanelBounds): number[] | null {
    const g = bounds ?? { typeMin: new Array<number>(this.T).fill(0), typeMax: this.n, min: [], max: [] };
    const panel = new Array<number>(this.T).fill(0);
    for (let t = 0; t < this.T; t++)
      panel[t] = Math.max(g.typeMin[t]!, Math.min(Math.floor(x[t]! + 1e-9), g.typeMax[t]!));
    let needed = this.instance.panelSize - panel.reduce((a, b) => a + b, 0);
    const order = this.order(random);
    let u = random.next();
    let cum = 0;
    for (const t of order) {
      if (needed <= 0) break;
      const rest = Math.max(0, x[t]! - Math.floor(x[t]! + 1e-9));
      cum += rest;
      while (cum > u && needed > 0 && panel[t]! < g.typeMax[t]!) {
        panel[t]!++;
        needed--;
        u += 1;
      }
    }
    // Rounding error can leave a place open: fill it with the type with the largest remainder.
    while (needed > 0) {
      const t = order.find((s) => panel[s]! < g.typeMax[s]!);
      if (t === undefined) return null;
      panel[t]!++;
      needed--;
    }
    const { lo, hi } = this.bounds(bounds);
    return this.repair(panel, x, g, lo, hi, random);
  }

  /**
   * The sampling order: households as blocks, sorted by the kenmerk values in a random priority
   * of categories (and a random order of values), ties in random order. Systematic sampling
   * along it keeps the count of every value of the first category within one of its expected
   * count, and the next categories close, so few swaps are left to repair.
   */
  private order(random: Random): number[] {
    const units: number[][] = [];
    const inGroup = new Array<boolean>(this.T).fill(false);
    for (const group of this.instance.householdGroups) {
      units.push([...group]);
      for (const t of group) inGroup[t] = true;
    }
    for (let t = 0; t < this.T; t++) if (!inGroup[t]) units.push([t]);
    for (let i = units.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [units[i], units[j]] = [units[j]!, units[i]!];
    }
    const C = this.S - 1;
    const categories = Array.from({ length: C }, (_, i) => i);
    for (let i = C - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [categories[i], categories[j]] = [categories[j]!, categories[i]!];
    }
    // One number per unit: the ranks of its values, most important category first (exact in a double).
    const rank = Array.from({ length: this.F }, () => random.next());
    const key = new Float64Array(units.length);
    units.forEach((e, u) => {
      let k = 0;
      for (const i of categories.slice(0, 6)) k = k * 256 + Math.floor((rank[this.slots[e[0]!]![i]!] ?? 0) * 256);
      key[u] = k;
    });
    const index = units.map((_, i) => i);
    index.sort((p, q) => key[p]! - key[q]! || p - q);
    return index.flatMap((i) => units[i]!);
  }

  /**
   * Swaps that lower the quota violation until none is left. A swap can only lower it through a
   * violated count, so per violated feature (too few: b has it and a has not; too many: the
   * reverse) the pairs are scanned, the first feature with an improving swap wins; that is the
   * same as scanning every pair. To keep a step cheap with thousands of types, a random sample
   * of the incoming side is tried first and the full list only when the sample has no improving
   * swap. Among the best swaps found, the one that stays closest to the target wins.
   */
  private repair(
    panel: number[],
    target: number[],
    bounds: PanelBounds,
    lo: number[],
    hi: number[],
    random?: Random,
  ): number[] | null {
    const c = this.categoryCounts(panel);
    const { typeMin, typeMax } = bounds;
    const FG = this.F + this.G;
    let v = PanelSearch.violation(c, lo, hi);
    const gone = new Float64Array(FG);
    const plusOne = new Float64Array(FG);
    for (let step = 0; v > 0 && step < 4 * this.instance.panelSize; step++) {
      for (let f = 0; f < FG; f++) {
        gone[f] = PanelSearch.step(c[f]!, lo[f]!, hi[f]!, -1);
        plusOne[f] = PanelSearch.step(c[f]!, lo[f]!, hi[f]!, 1);
      }
      let best: { a: number; b: number; d: number } | null = null;
      for (let f = 0; f < FG && !best; f++) {
        const shortage = c[f]! < lo[f]!;
        if (!shortage && c[f]! <= hi[f]!) continue;
        const out: number[] = [];
        const in_: number[] = [];
        if (shortage) {
          for (const t of this.members[f]!) if (panel[t]! < typeMax[t]!) in_.push(t);
          for (let t = 0; t < this.T; t++) if (panel[t]! > typeMin[t]! && !this.has(t, f)) out.push(t);
        } else {
          for (const t of this.members[f]!) if (panel[t]! > typeMin[t]!) out.push(t);
          for (let t = 0; t < this.T; t++) if (panel[t]! < typeMax[t]! && !this.has(t, f)) in_.push(t);
        }
        // A random sample of growing size first; the full list only when no sample improves.
        let mixed = 0;
        for (let m = SAMPLE; random && !best && m < in_.length; m *= 8) {
          for (; mixed < m; mixed++) {
            const j = mixed + random.int(in_.length - mixed);
            [in_[mixed], in_[j]] = [in_[j]!, in_[mixed]!];
          }
          best = this.bestSwap(panel, target, out, in_.slice(0, m), gone, plusOne);
        }
        best ??= this.bestSwap(panel, target, out, in_, gone, plusOne);
      }
      if (!best) return null;
      this.apply(panel, c, best.a, best.b);
      v += best.d;
    }
    return v === 0 ? panel : null;
  }

  private has(t: number, f: number): boolean {
    for (const g of this.slots[t]!) if (g === f) return true;
    return false;
  }

  /** The swap with the largest drop in violation (weg/erbij: the change per feature of removing/adding one). */
  private bestSwap(
    panel: number[],
    target: number[],
    out: number[],
    in_: number[],
    gone: Float64Array,
    plusOne: Float64Array,
  ): { a: number; b: number; d: number } | null {
    let best: { a: number; b: number; d: number } | null = null;
    let bestDeviation = Infinity;
    const S = this.S;
    // The change of a swap is R(a) + A(b) minus s_f = weg_f + erbij_f ≥ 0 (the violation is
    // convex in a count) for every slot a and b share; so R(a) + A(b) − min(S(a), S(b)) bounds
    // it from below and skips most pairs without looking at their slots.
    const sum = (t: number, per: Float64Array) => {
      let k = 0;
      for (const f of this.slots[t]!) if (f >= 0) k += per[f]!;
      return k;
    };
    const shared = new Float64Array(gone.length);
    for (let f = 0; f < gone.length; f++) shared[f] = gone[f]! + plusOne[f]!;
    const A = in_.map((b) => sum(b, plusOne));
    const SB = in_.map((b) => sum(b, shared));
    for (const a of out) {
      const sa = this.slots[a]!;
      const R = sum(a, gone);
      const SA = sum(a, shared);
      for (let j = 0; j < in_.length; j++) {
        const lowerBound = R + A[j]! - Math.min(SA, SB[j]!);
        if (lowerBound >= 0 || (best && lowerBound > best.d)) continue;
        const b = in_[j]!;
        if (b === a) continue;
        const sb = this.slots[b]!;
        let d = 0;
        for (let i = 0; i < S; i++) {
          const fa = sa[i]!;
          const fb = sb[i]!;
          if (fa === fb) continue;
          if (fa >= 0) d += gone[fa]!;
          if (fb >= 0) d += plusOne[fb]!;
        }
        if (d >= 0 || (best && d > best.d)) continue;
        const deviation = panel[b]! + 1 - target[b]! - (panel[a]! - 1 - target[a]!);
        if (!best || d < best.d || deviation < bestDeviation) {
          best = { a, b, d };
          bestDeviation = deviation;
        }
      }
    }
    return best;
  }

  /**
   * Local search for the feasible panel with the largest weight Σ w_t x_t, starting from a
   * feasible panel: best-improving feasible swaps until none improves.
   */
  improve(start: number[], w: number[]): { panel: number[]; value: number } {
    const panel = [...start];
    const c = this.categoryCounts(panel);
    const candidates = Array.from({ length: this.T }, (_, t) => t).sort((p, q) => w[q]! - w[p]!);
    for (let step = 0; step < 10 * this.instance.panelSize; step++) {
      let best: [number, number] | null = null;
      let gain = 1e-12;
      for (let a = 0; a < this.T; a++) {
        if (panel[a]! === 0) continue;
        for (const b of candidates) {
          if (w[b]! - w[a]! <= gain) break;
          if (b === a || panel[b]! >= this.n[b]!) continue;
          if (this.deltaSwap(c, a, b, this.lo, this.hi) !== 0) continue;
          gain = w[b]! - w[a]!;
          best = [a, b];
          break;
        }
      }
      if (!best) break;
      this.apply(panel, c, best[0], best[1]);
    }
    return { panel, value: panel.reduce((s, x, t) => s + x * w[t]!, 0) };
  }
}
