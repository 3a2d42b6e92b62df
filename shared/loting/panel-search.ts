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
 * cheap bound used to pick swap candidates (see `herstel`).
 */
/** Bounds for one rounding: per type, per kenmerk and optionally per household group. */
export interface PanelBounds {
  typeMin: number[];
  typeMax: number[];
  min: number[];
  max: number[];
  /** Minimum per household group (0 or 1; default 0). The maximum is always 1. */
  groepMin?: number[];
}

/** Incoming types tried first in a repair step (a random sample); all of them only when these fail. */
const STEEKPROEF = 64;

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
  private readonly leden: number[][];

  constructor(private readonly instance: LotingInstance) {
    this.T = instance.types.length;
    this.n = instance.types.map((t) => t.leden.length);
    this.F = instance.kenmerken.length;
    this.G = instance.huishoudGroepen.length;
    const groep = new Array<number>(this.T).fill(-1);
    instance.huishoudGroepen.forEach((g, i) => g.forEach((t) => (groep[t] = i)));
    const C = instance.types.reduce((m, t) => Math.max(m, t.kenmerken.length), 0);
    this.S = C + 1;
    this.slots = instance.types.map((type, t) => {
      const s = new Int32Array(this.S).fill(-1);
      type.kenmerken.forEach((f, i) => (s[i] = f));
      s[C] = groep[t]! >= 0 ? this.F + groep[t]! : -1;
      return s;
    });
    this.lo = [...instance.kenmerken.map((k) => k.min), ...new Array<number>(this.G).fill(0)];
    this.hi = [...instance.kenmerken.map((k) => k.max), ...new Array<number>(this.G).fill(1)];
    this.leden = Array.from({ length: this.F + this.G }, () => []);
    this.slots.forEach((s, t) => s.forEach((f) => f >= 0 && this.leden[f]!.push(t)));
  }

  private bounds(grenzen?: PanelBounds): { lo: number[]; hi: number[] } {
    if (!grenzen) return { lo: this.lo, hi: this.hi };
    const gmin = grenzen.groepMin;
    return {
      lo: [...grenzen.min, ...Array.from({ length: this.G }, (_, g) => gmin?.[g] ?? 0)],
      hi: [...grenzen.max, ...new Array<number>(this.G).fill(1)],
    };
  }

  private tellingen(panel: number[]): number[] {
    const c = new Array<number>(this.F + this.G).fill(0);
    for (let t = 0; t < this.T; t++) {
      const x = panel[t]!;
      if (x === 0) continue;
      for (const f of this.slots[t]!) if (f >= 0) c[f]! += x;
    }
    return c;
  }

  private static overtreding(c: number[], lo: number[], hi: number[]): number {
    let v = 0;
    for (let f = 0; f < c.length; f++) v += Math.max(0, lo[f]! - c[f]!) + Math.max(0, c[f]! - hi[f]!);
    return v;
  }

  /** Change in violation of feature f when its count goes from c to c + d (d = ±1). */
  private static stap(c: number, lo: number, hi: number, d: number): number {
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
      if (fa >= 0) d += PanelSearch.stap(c[fa]!, lo[fa]!, hi[fa]!, -1);
      if (fb >= 0) d += PanelSearch.stap(c[fb]!, lo[fb]!, hi[fb]!, 1);
    }
    return d;
  }

  private pasToe(panel: number[], c: number[], a: number, b: number): void {
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
  rondAf(x: number[], random: Random, grenzen?: PanelBounds): number[] | null {
    const g = grenzen ?? { typeMin: new Array<number>(this.T).fill(0), typeMax: this.n, min: [], max: [] };
    const panel = new Array<number>(this.T).fill(0);
    for (let t = 0; t < this.T; t++)
      panel[t] = Math.max(g.typeMin[t]!, Math.min(Math.floor(x[t]! + 1e-9), g.typeMax[t]!));
    let nodig = this.instance.panelgrootte - panel.reduce((a, b) => a + b, 0);
    const volgorde = this.volgorde(random);
    let u = random.next();
    let cum = 0;
    for (const t of volgorde) {
      if (nodig <= 0) break;
      const rest = Math.max(0, x[t]! - Math.floor(x[t]! + 1e-9));
      cum += rest;
      while (cum > u && nodig > 0 && panel[t]! < g.typeMax[t]!) {
        panel[t]!++;
        nodig--;
        u += 1;
      }
    }
    // Rounding error can leave a place open: fill it with the type with the largest remainder.
    while (nodig > 0) {
      const t = volgorde.find((s) => panel[s]! < g.typeMax[s]!);
      if (t === undefined) return null;
      panel[t]!++;
      nodig--;
    }
    const { lo, hi } = this.bounds(grenzen);
    return this.herstel(panel, x, g, lo, hi, random);
  }

  /**
   * The sampling order: households as blocks, sorted by the kenmerk values in a random priority
   * of categories (and a random order of values), ties in random order. Systematic sampling
   * along it keeps the count of every value of the first category within one of its expected
   * count, and the next categories close, so few swaps are left to repair.
   */
  private volgorde(random: Random): number[] {
    const eenheden: number[][] = [];
    const inGroep = new Array<boolean>(this.T).fill(false);
    for (const groep of this.instance.huishoudGroepen) {
      eenheden.push([...groep]);
      for (const t of groep) inGroep[t] = true;
    }
    for (let t = 0; t < this.T; t++) if (!inGroep[t]) eenheden.push([t]);
    for (let i = eenheden.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [eenheden[i], eenheden[j]] = [eenheden[j]!, eenheden[i]!];
    }
    const C = this.S - 1;
    const categorieen = Array.from({ length: C }, (_, i) => i);
    for (let i = C - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [categorieen[i], categorieen[j]] = [categorieen[j]!, categorieen[i]!];
    }
    // One number per unit: the ranks of its values, most important category first (exact in a double).
    const rang = Array.from({ length: this.F }, () => random.next());
    const sleutel = new Float64Array(eenheden.length);
    eenheden.forEach((e, u) => {
      let k = 0;
      for (const i of categorieen.slice(0, 6)) k = k * 256 + Math.floor((rang[this.slots[e[0]!]![i]!] ?? 0) * 256);
      sleutel[u] = k;
    });
    const index = eenheden.map((_, i) => i);
    index.sort((p, q) => sleutel[p]! - sleutel[q]! || p - q);
    return index.flatMap((i) => eenheden[i]!);
  }

  /**
   * Swaps that lower the quota violation until none is left. A swap can only lower it through a
   * violated count, so per violated feature (too few: b has it and a has not; too many: the
   * reverse) the pairs are scanned, the first feature with an improving swap wins; that is the
   * same as scanning every pair. To keep a step cheap with thousands of types, a random sample
   * of the incoming side is tried first and the full list only when the sample has no improving
   * swap. Among the best swaps found, the one that stays closest to the target wins.
   */
  private herstel(
    panel: number[],
    doel: number[],
    grenzen: PanelBounds,
    lo: number[],
    hi: number[],
    random?: Random,
  ): number[] | null {
    const c = this.tellingen(panel);
    const { typeMin, typeMax } = grenzen;
    const FG = this.F + this.G;
    let v = PanelSearch.overtreding(c, lo, hi);
    const weg = new Float64Array(FG);
    const erbij = new Float64Array(FG);
    for (let stap = 0; v > 0 && stap < 4 * this.instance.panelgrootte; stap++) {
      for (let f = 0; f < FG; f++) {
        weg[f] = PanelSearch.stap(c[f]!, lo[f]!, hi[f]!, -1);
        erbij[f] = PanelSearch.stap(c[f]!, lo[f]!, hi[f]!, 1);
      }
      let beste: { a: number; b: number; d: number } | null = null;
      for (let f = 0; f < FG && !beste; f++) {
        const tekort = c[f]! < lo[f]!;
        if (!tekort && c[f]! <= hi[f]!) continue;
        const uit: number[] = [];
        const in_: number[] = [];
        if (tekort) {
          for (const t of this.leden[f]!) if (panel[t]! < typeMax[t]!) in_.push(t);
          for (let t = 0; t < this.T; t++) if (panel[t]! > typeMin[t]! && !this.heeft(t, f)) uit.push(t);
        } else {
          for (const t of this.leden[f]!) if (panel[t]! > typeMin[t]!) uit.push(t);
          for (let t = 0; t < this.T; t++) if (panel[t]! < typeMax[t]! && !this.heeft(t, f)) in_.push(t);
        }
        // A random sample of growing size first; the full list only when no sample improves.
        let gemengd = 0;
        for (let m = STEEKPROEF; random && !beste && m < in_.length; m *= 8) {
          for (; gemengd < m; gemengd++) {
            const j = gemengd + random.int(in_.length - gemengd);
            [in_[gemengd], in_[j]] = [in_[j]!, in_[gemengd]!];
          }
          beste = this.besteSwap(panel, doel, uit, in_.slice(0, m), weg, erbij);
        }
        beste ??= this.besteSwap(panel, doel, uit, in_, weg, erbij);
      }
      if (!beste) return null;
      this.pasToe(panel, c, beste.a, beste.b);
      v += beste.d;
    }
    return v === 0 ? panel : null;
  }

  private heeft(t: number, f: number): boolean {
    for (const g of this.slots[t]!) if (g === f) return true;
    return false;
  }

  /** The swap with the largest drop in violation (weg/erbij: the change per feature of removing/adding one). */
  private besteSwap(
    panel: number[],
    doel: number[],
    uit: number[],
    in_: number[],
    weg: Float64Array,
    erbij: Float64Array,
  ): { a: number; b: number; d: number } | null {
    let beste: { a: number; b: number; d: number } | null = null;
    let besteAfwijking = Infinity;
    const S = this.S;
    // The change of a swap is R(a) + A(b) minus s_f = weg_f + erbij_f ≥ 0 (the violation is
    // convex in a count) for every slot a and b share; so R(a) + A(b) − min(S(a), S(b)) bounds
    // it from below and skips most pairs without looking at their slots.
    const som = (t: number, per: Float64Array) => {
      let k = 0;
      for (const f of this.slots[t]!) if (f >= 0) k += per[f]!;
      return k;
    };
    const gedeeld = new Float64Array(weg.length);
    for (let f = 0; f < weg.length; f++) gedeeld[f] = weg[f]! + erbij[f]!;
    const A = in_.map((b) => som(b, erbij));
    const SB = in_.map((b) => som(b, gedeeld));
    for (const a of uit) {
      const sa = this.slots[a]!;
      const R = som(a, weg);
      const SA = som(a, gedeeld);
      for (let j = 0; j < in_.length; j++) {
        const ondergrens = R + A[j]! - Math.min(SA, SB[j]!);
        if (ondergrens >= 0 || (beste && ondergrens > beste.d)) continue;
        const b = in_[j]!;
        if (b === a) continue;
        const sb = this.slots[b]!;
        let d = 0;
        for (let i = 0; i < S; i++) {
          const fa = sa[i]!;
          const fb = sb[i]!;
          if (fa === fb) continue;
          if (fa >= 0) d += weg[fa]!;
          if (fb >= 0) d += erbij[fb]!;
        }
        if (d >= 0 || (beste && d > beste.d)) continue;
        const afwijking = panel[b]! + 1 - doel[b]! - (panel[a]! - 1 - doel[a]!);
        if (!beste || d < beste.d || afwijking < besteAfwijking) {
          beste = { a, b, d };
          besteAfwijking = afwijking;
        }
      }
    }
    return beste;
  }

  /**
   * Local search for the feasible panel with the largest weight Σ w_t x_t, starting from a
   * feasible panel: best-improving feasible swaps until none improves.
   */
  verbeter(start: number[], w: number[]): { panel: number[]; waarde: number } {
    const panel = [...start];
    const c = this.tellingen(panel);
    const kandidaten = Array.from({ length: this.T }, (_, t) => t).sort((p, q) => w[q]! - w[p]!);
    for (let stap = 0; stap < 10 * this.instance.panelgrootte; stap++) {
      let beste: [number, number] | null = null;
      let winst = 1e-12;
      for (let a = 0; a < this.T; a++) {
        if (panel[a]! === 0) continue;
        for (const b of kandidaten) {
          if (w[b]! - w[a]! <= winst) break;
          if (b === a || panel[b]! >= this.n[b]!) continue;
          if (this.deltaSwap(c, a, b, this.lo, this.hi) !== 0) continue;
          winst = w[b]! - w[a]!;
          beste = [a, b];
          break;
        }
      }
      if (!beste) break;
      this.pasToe(panel, c, beste[0], beste[1]);
    }
    return { panel, waarde: panel.reduce((s, x, t) => s + x * w[t]!, 0) };
  }
}
