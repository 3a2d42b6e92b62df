import type { LotingInstance } from './model';

/**
 * Replacements that survive several dropouts at once.
 *
 * Every panel member i gets their own reserve ρ(i) (never shared), or none with the reason. The
 * plan guarantees: for EVERY set S of at most `maxUitval` members who drop out at the same time,
 * the panel without S and with ρ(S) meets every quotum and the household rule. Beyond
 * `maxUitval` simultaneous dropouts nothing is promised (then use a re-selection round,
 * reselection.ts).
 *
 * Why it holds. Replacing a by ρ(a) changes the count of a value f only where their profiles
 * differ: +1 if ρ(a) has f and a not ("in"), −1 the other way ("out"). For a set S the change of
 * f is (#in in S) − (#out in S), which is at most min(D, in_f) and at least −min(D, out_f), and
 * both extremes are reached by some S. So the plan is safe for all S with |S| ≤ D exactly when,
 * for every value f with panel count c_f:
 *     min(D, in_f) ≤ max_f − c_f   and   min(D, out_f) ≤ c_f − min_f.
 * A replacement with the same profile changes nothing and is always safe. Households: a reserve
 * comes from a household with nobody on the panel, and no two reserves share a household.
 *
 * The plan is built greedily (same profile first; then the member with the fewest options left
 * gets the profile that differs least), so it may leave a member without a reserve where a
 * cleverer choice would have found one (on the synthetic pools of 200 and 2000 respondents it
 * covered as many members as the optimal assignment, checked with a MIP); what it does promise
 * is always true, and `canTopUp` checks it directly.
 */
export interface Replacement {
  lid: number;
  reserve: number | null;
  zelfdeProfiel: boolean;
  /** Why there is no reserve (only when reserve is null). */
  reden?: NoReplacementReason;
}

export interface NoReplacementReason {
  /** Nobody outside the panel (in a free household) has exactly the same values. */
  geenZelfdeProfiel: true;
  /**
   * The quota that rule out every other profile: `minimum` — the member's own value cannot lose
   * a member safely; `maximum` — another value cannot gain one safely. Empty when no remaining
   * respondent has a usable combination of values at all.
   */
  quota: Array<{ categorie: string; waarde: string; min: number; max: number; grens: 'minimum' | 'maximum' }>;
}

/**
 * How many simultaneous dropouts a stored draw's reserves absorb. Draws from before joint
 * reserves (no `maxUitval`) checked every reserve on its own only: for them that is 1.
 */
export function guaranteedDropouts(r: { maxUitval?: number | undefined }): number {
  return r.maxUitval ?? 1;
}

/** Default: 20 % of the panel, at least 1. */
export function defaultMaxDropouts(panelgrootte: number): number {
  return Math.max(1, Math.ceil(0.2 * panelgrootte - 1e-9));
}

export function replacementPlan(
  instance: LotingInstance,
  panel: number[],
  /** Everyone not on the panel, in reserve order (a seeded shuffle). */
  volgorde: number[],
  typeVan: number[],
  maxUitval: number,
  /** Household of each person (undefined: own household). */
  huishoudenVan?: (persoon: number) => string | undefined,
): Replacement[] {
  const F = instance.kenmerken.length;
  const D = Math.max(0, maxUitval);
  const c = new Array<number>(F).fill(0);
  for (const p of panel) for (const f of instance.types[typeVan[p]!]!.kenmerken) c[f]!++;
  // Capacity per value for "in" and "out" designations; Infinity when the slack already covers D.
  const ruimteIn = instance.kenmerken.map((k, f) => (k.max - c[f]! >= D ? Infinity : k.max - c[f]!));
  const ruimteUit = instance.kenmerken.map((k, f) => (c[f]! - k.min >= D ? Infinity : c[f]! - k.min));

  const bezet = new Set<string>();
  if (huishoudenVan) for (const p of panel) if (huishoudenVan(p) !== undefined) bezet.add(huishoudenVan(p)!);
  // Reserve candidates per type, in reserve order; households on the panel are excluded.
  const kandidaten = new Map<number, number[]>();
  for (const p of volgorde) {
    const h = huishoudenVan?.(p);
    if (h !== undefined && bezet.has(h)) continue;
    const t = typeVan[p]!;
    if (t < 0) continue;
    const lijst = kandidaten.get(t) ?? [];
    lijst.push(p);
    kandidaten.set(t, lijst);
  }
  const gebruikteHuishoudens = new Set<string>();
  const neemKandidaat = (t: number): number | null => {
    const lijst = kandidaten.get(t);
    if (!lijst) return null;
    while (lijst.length > 0) {
      const p = lijst.shift()!;
      const h = huishoudenVan?.(p);
      if (h !== undefined && gebruikteHuishoudens.has(h)) continue;
      if (h !== undefined) gebruikteHuishoudens.add(h);
      return p;
    }
    return null;
  };
  const heeftKandidaat = (t: number) => {
    const lijst = kandidaten.get(t);
    if (!lijst) return false;
    while (lijst.length > 0) {
      const h = huishoudenVan?.(lijst[0]!);
      if (h !== undefined && gebruikteHuishoudens.has(h)) lijst.shift();
      else return true;
    }
    return false;
  };

  const uit = new Map<number, Replacement>();
  // 1. Same profile: changes no count, always safe.
  for (const lid of panel) {
    const reserve = neemKandidaat(typeVan[lid]!);
    if (reserve !== null) uit.set(lid, { lid, reserve, zelfdeProfiel: true });
  }
  // 2. Another profile, where the capacities allow it; fewest differing values first.
  const verschil = (a: number, b: number) => {
    const ka = instance.types[a]!.kenmerken;
    const kb = instance.types[b]!.kenmerken;
    const d: Array<[number, number]> = [];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) d.push([ka[i]!, kb[i]!]);
    return d;
  };
  const past = (d: Array<[number, number]>) => d.every(([f, g]) => ruimteUit[f]! > 0 && ruimteIn[g]! > 0);
  const rest = panel.filter((lid) => !uit.has(lid));
  // The feasible profiles for a member, best first: fewest differing values, then the profile
  // that leaves the scarcest capacity for others.
  const opties = (a: number) => {
    const uit: Array<{ b: number; score: number }> = [];
    for (const b of kandidaten.keys()) {
      if (b === a || !heeftKandidaat(b)) continue;
      const d = verschil(a, b);
      if (!past(d)) continue;
      let krap = 0;
      for (const [f, g] of d) krap += 1 / Math.min(ruimteUit[f]!, 1e6) + 1 / Math.min(ruimteIn[g]!, 1e6);
      uit.push({ b, score: d.length * 1000 + krap });
    }
    return uit;
  };
  // Most constrained member first: the one with the fewest feasible profiles left.
  while (rest.length > 0) {
    let keuze = 0;
    let keuzeOpties: Array<{ b: number; score: number }> | null = null;
    for (let i = 0; i < rest.length; i++) {
      const o = opties(typeVan[rest[i]!]!);
      if (keuzeOpties === null || o.length < keuzeOpties.length) {
        keuze = i;
        keuzeOpties = o;
        if (o.length === 0) break;
      }
    }
    const lid = rest.splice(keuze, 1)[0]!;
    const a = typeVan[lid]!;
    if (keuzeOpties!.length > 0) {
      const beste = keuzeOpties!.reduce((x, y) => (y.score < x.score ? y : x)).b;
      for (const [f, g] of verschil(a, beste)) {
        ruimteUit[f]!--;
        ruimteIn[g]!--;
      }
      uit.set(lid, { lid, reserve: neemKandidaat(beste), zelfdeProfiel: false });
    } else {
      uit.set(lid, {
        lid,
        reserve: null,
        zelfdeProfiel: false,
        reden: waarom(instance, a, ruimteIn, ruimteUit, kandidaten),
      });
    }
  }
  return panel.map((lid) => uit.get(lid)!);
}

/** The quota that rule out every other profile for a member of type a. */
function waarom(
  instance: LotingInstance,
  a: number,
  ruimteIn: number[],
  ruimteUit: number[],
  kandidaten: Map<number, number[]>,
): NoReplacementReason {
  const beschikbaar = [...kandidaten.entries()].filter(([, l]) => l.length > 0).map(([t]) => t);
  const quota: NoReplacementReason['quota'] = [];
  const ka = instance.types[a]!.kenmerken;
  const k = (f: number, grens: 'minimum' | 'maximum') => {
    const { categorie, waarde, min, max } = instance.kenmerken[f]!;
    return { categorie, waarde, min, max, grens };
  };
  for (const f of ka) if (ruimteUit[f]! <= 0) quota.push(k(f, 'minimum'));
  if (quota.length === 0) {
    // The own values may lose a member: the values that could come in are full.
    const vol = new Set<number>();
    for (const b of beschikbaar) {
      const kb = instance.types[b]!.kenmerken;
      kb.forEach((g, i) => {
        if (g !== ka[i] && ruimteIn[g]! <= 0) vol.add(g);
      });
    }
    for (const g of [...vol].sort((x, y) => x - y)) quota.push(k(g, 'maximum'));
  }
  return { geenZelfdeProfiel: true, quota };
}

/**
 * Direct check (for tests and the UI): do the reserves of the members in `uitvallers` refill the
 * panel within every quotum and the household rule?
 */
export function canTopUp(
  instance: LotingInstance,
  panel: number[],
  vervangers: Replacement[],
  uitvallers: number[],
  typeVan: number[],
  huishoudenVan?: (persoon: number) => string | undefined,
): boolean {
  const weg = new Set(uitvallers);
  const reserve = new Map(vervangers.map((v) => [v.lid, v.reserve]));
  const nieuw = panel.filter((p) => !weg.has(p));
  for (const p of uitvallers) {
    const r = reserve.get(p);
    if (r === null || r === undefined) return false;
    nieuw.push(r);
  }
  if (new Set(nieuw).size !== nieuw.length || nieuw.length !== instance.panelgrootte) return false;
  const c = new Array<number>(instance.kenmerken.length).fill(0);
  for (const p of nieuw) for (const f of instance.types[typeVan[p]!]!.kenmerken) c[f]!++;
  if (instance.kenmerken.some((k, f) => c[f]! < k.min || c[f]! > k.max)) return false;
  if (huishoudenVan) {
    const gezien = new Set<string>();
    for (const p of nieuw) {
      const h = huishoudenVan(p);
      if (h === undefined) continue;
      if (gezien.has(h)) return false;
      gezien.add(h);
    }
  }
  return true;
}

/** Plain Dutch (B1) for a member without a reserve. */
export function noReplacementText(reden: NoReplacementReason, maxUitval: number): string {
  const q = reden.quota.map((x) =>
    x.grens === 'minimum'
      ? `het minimum van ${x.categorie} = ${x.waarde} (${x.min})`
      : `het maximum van ${x.categorie} = ${x.waarde} (${x.max})`,
  );
  const lijst = q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} of ${q[q.length - 1]}`;
  return q.length > 0
    ? `Geen vervanger: buiten het panel heeft niemand precies dezelfde kenmerken, en met een vervanger met andere kenmerken is ${lijst} niet meer zeker als tot ${maxUitval} panelleden tegelijk afvallen.`
    : 'Geen vervanger: buiten het panel heeft niemand precies dezelfde kenmerken, en niemand met andere kenmerken past binnen de quota.';
}
