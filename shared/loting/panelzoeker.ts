import type { LotingInstance } from './model';
import type { Random } from './prng';

/**
 * Fast panel search without a solver, used to find many good panels cheaply: the MIP is only
 * needed to prove that no better panel exists. A panel is a count per type; moves swap one person
 * of type a for one of type b and keep the counts per kenmerk up to date.
 */
/** Bounds for one rounding: per type and per kenmerk (defaults: 0..n_t and the quota). */
export interface Grenzen {
  typeMin: number[];
  typeMax: number[];
  min: number[];
  max: number[];
}

export class PanelZoeker {
  private readonly T: number;
  private readonly n: number[];
  private readonly lo: number[];
  private readonly hi: number[];
  private readonly kenmerken: number[][];
  /** Household group of each type, or -1. */
  private readonly groep: number[];

  constructor(private readonly instance: LotingInstance) {
    this.T = instance.types.length;
    this.n = instance.types.map((t) => t.leden.length);
    this.lo = instance.kenmerken.map((k) => k.min);
    this.hi = instance.kenmerken.map((k) => k.max);
    this.kenmerken = instance.types.map((t) => t.kenmerken);
    this.groep = new Array<number>(this.T).fill(-1);
    instance.huishoudGroepen.forEach((g, i) => g.forEach((t) => (this.groep[t] = i)));
  }

  private tellingen(panel: number[]): { perKenmerk: number[]; perGroep: number[] } {
    const perKenmerk = new Array<number>(this.lo.length).fill(0);
    const perGroep = new Array<number>(this.instance.huishoudGroepen.length).fill(0);
    panel.forEach((x, t) => {
      if (x === 0) return;
      for (const f of this.kenmerken[t]!) perKenmerk[f]! += x;
      if (this.groep[t]! >= 0) perGroep[this.groep[t]!]! += x;
    });
    return { perKenmerk, perGroep };
  }

  private overtreding(c: number[], g: number[], lo = this.lo, hi = this.hi): number {
    let v = 0;
    for (let f = 0; f < c.length; f++) v += Math.max(0, lo[f]! - c[f]!) + Math.max(0, c[f]! - hi[f]!);
    for (const x of g) v += Math.max(0, x - 1);
    return v;
  }

  /** Change in quota violation when one person of type a is replaced by one of type b. */
  private deltaSwap(c: number[], g: number[], a: number, b: number, lo = this.lo, hi = this.hi): number {
    let d = 0;
    const ka = this.kenmerken[a]!;
    const kb = this.kenmerken[b]!;
    for (let i = 0; i < ka.length; i++) {
      const fa = ka[i]!;
      const fb = kb[i]!;
      if (fa === fb) continue;
      const ca = c[fa]!;
      const cb = c[fb]!;
      d += Math.max(0, lo[fa]! - (ca - 1)) - Math.max(0, lo[fa]! - ca);
      d += Math.max(0, ca - 1 - hi[fa]!) - Math.max(0, ca - hi[fa]!);
      d += Math.max(0, lo[fb]! - (cb + 1)) - Math.max(0, lo[fb]! - cb);
      d += Math.max(0, cb + 1 - hi[fb]!) - Math.max(0, cb - hi[fb]!);
    }
    const ga = this.groep[a]!;
    const gb = this.groep[b]!;
    if (ga !== gb) {
      if (ga >= 0) d += Math.max(0, g[ga]! - 2) - Math.max(0, g[ga]! - 1);
      if (gb >= 0) d += Math.max(0, g[gb]!) - Math.max(0, g[gb]! - 1);
    }
    return d;
  }

  private pasToe(panel: number[], c: number[], g: number[], a: number, b: number): void {
    panel[a]!--;
    panel[b]!++;
    for (const f of this.kenmerken[a]!) c[f]!--;
    for (const f of this.kenmerken[b]!) c[f]!++;
    if (this.groep[a]! >= 0) g[this.groep[a]!]!--;
    if (this.groep[b]! >= 0) g[this.groep[b]!]!++;
  }

  /**
   * A random panel whose expected count per type is close to `x` (systematic sampling keeps the
   * panel size and the marginals exact), then repaired by swaps until every quotum holds.
   * Returns null when the repair gets stuck.
   */
  rondAf(x: number[], random: Random, grenzen?: Grenzen): number[] | null {
    const g = grenzen ?? { typeMin: new Array<number>(this.T).fill(0), typeMax: this.n, min: this.lo, max: this.hi };
    const panel = new Array<number>(this.T).fill(0);
    for (let t = 0; t < this.T; t++)
      panel[t] = Math.max(g.typeMin[t]!, Math.min(Math.floor(x[t]! + 1e-9), g.typeMax[t]!));
    let nodig = this.instance.panelgrootte - panel.reduce((a, b) => a + b, 0);
    const volgorde = Array.from({ length: this.T }, (_, t) => t);
    for (let i = volgorde.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [volgorde[i], volgorde[j]] = [volgorde[j]!, volgorde[i]!];
    }
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
    return this.herstel(panel, x, g);
  }

  /**
   * Swaps that lower the quota violation, aimed at one violated kenmerk at a time: the person
   * leaving has the surplus value (or lacks the missing one), the one coming in the opposite.
   * Ties go to the swap that stays closest to the target.
   */
  private herstel(panel: number[], doel: number[], grenzen: Grenzen): number[] | null {
    const { perKenmerk: c, perGroep: g } = this.tellingen(panel);
    const { min: lo, max: hi, typeMin, typeMax } = grenzen;
    let v = this.overtreding(c, g, lo, hi);
    for (let stap = 0; v > 0 && stap < 4 * this.instance.panelgrootte; stap++) {
      const f = c.findIndex((x, i) => x < lo[i]! || x > hi[i]!);
      const tekort = f >= 0 && c[f]! < lo[f]!;
      const inPanel: number[] = [];
      for (let t = 0; t < this.T; t++) if (panel[t]! > typeMin[t]!) inPanel.push(t);
      let beste: [number, number] | null = null;
      let besteD = 0;
      let besteAfwijking = Infinity;
      for (const a of inPanel) {
        if (f >= 0 && this.kenmerken[a]!.includes(f) === tekort) continue;
        for (let b = 0; b < this.T; b++) {
          if (b === a || panel[b]! >= typeMax[b]!) continue;
          if (f >= 0 && this.kenmerken[b]!.includes(f) !== tekort) continue;
          const d = this.deltaSwap(c, g, a, b, lo, hi);
          if (d > besteD) continue;
          const afwijking = panel[b]! + 1 - doel[b]! - (panel[a]! - 1 - doel[a]!);
          if (d < besteD || afwijking < besteAfwijking) {
            beste = [a, b];
            besteD = d;
            besteAfwijking = afwijking;
          }
        }
      }
      if (!beste || besteD >= 0) return null;
      this.pasToe(panel, c, g, beste[0], beste[1]);
      v += besteD;
    }
    return v === 0 ? panel : null;
  }

  /**
   * Local search for the feasible panel with the largest weight Σ w_t x_t, starting from a
   * feasible panel: best-improving feasible swaps until none improves.
   */
  verbeter(start: number[], w: number[]): { panel: number[]; waarde: number } {
    const panel = [...start];
    const { perKenmerk: c, perGroep: g } = this.tellingen(panel);
    const kandidaten = Array.from({ length: this.T }, (_, t) => t).sort((p, q) => w[q]! - w[p]!);
    for (let stap = 0; stap < 10 * this.instance.panelgrootte; stap++) {
      let beste: [number, number] | null = null;
      let winst = 1e-12;
      for (let a = 0; a < this.T; a++) {
        if (panel[a]! === 0) continue;
        for (const b of kandidaten) {
          if (w[b]! - w[a]! <= winst) break;
          if (b === a || panel[b]! >= this.n[b]!) continue;
          if (this.deltaSwap(c, g, a, b) !== 0) continue;
          winst = w[b]! - w[a]!;
          beste = [a, b];
          break;
        }
      }
      if (!beste) break;
      this.pasToe(panel, c, g, beste[0], beste[1]);
    }
    return { panel, waarde: panel.reduce((s, x, t) => s + x * w[t]!, 0) };
  }
}
