import type { LotingInstance } from './model';
import { replacementMessages } from './messages';

/**
 * Replacements that survive several dropouts at once.
 *
 * Every panel member i gets their own reserve ρ(i) (never shared), or none with the reason. The
 * plan guarantees: for EVERY set S of at most `maxDropouts` members who drop out at the same time,
 * the panel without S and with ρ(S) meets every quotum and the household rule. Beyond
 * `maxDropouts` simultaneous dropouts nothing is promised (then use a re-selection round,
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
  member: number;
  reserve: number | null;
  sameProfile: boolean;
  /** Why there is no reserve (only when reserve is null). */
  reason?: NoReplacementReason;
}

export interface NoReplacementReason {
  /** Nobody outside the panel (in a free household) has exactly the same values. */
  noSameProfile: true;
  /**
   * The quota that rule out every other profile: `minimum` — the member's own value cannot lose
   * a member safely; `maximum` — another value cannot gain one safely. Empty when no remaining
   * respondent has a usable combination of values at all.
   */
  quota: Array<{ category: string; value: string; min: number; max: number; bound: 'minimum' | 'maximum' }>;
}

/**
 * How many simultaneous dropouts a stored draw's reserves absorb. Draws from before joint
 * reserves (no `maxDropouts`) checked every reserve on its own only: for them that is 1.
 */
export function guaranteedDropouts(r: { maxDropouts?: number | undefined }): number {
  return r.maxDropouts ?? 1;
}

/** Default: 20 % of the panel, at least 1. */
export function defaultMaxDropouts(panelSize: number): number {
  return Math.max(1, Math.ceil(0.2 * panelSize - 1e-9));
}

export function replacementPlan(
  instance: LotingInstance,
  panel: number[],
  /** Everyone not on the panel, in reserve order (a seeded shuffle). */
  order: number[],
  typeOf: number[],
  maxDropouts: number,
  /** Household of each person (undefined: own household). */
  householdOf?: (person: number) => string | undefined,
): Replacement[] {
  const F = instance.features.length;
  const D = Math.max(0, maxDropouts);
  const c = new Array<number>(F).fill(0);
  for (const p of panel) for (const f of instance.types[typeOf[p]!]!.features) c[f]!++;
  // Capacity per value for "in" and "out" designations; Infinity when the slack already covers D.
  const roomIn = instance.features.map((k, f) => (k.max - c[f]! >= D ? Infinity : k.max - c[f]!));
  const roomOut = instance.features.map((k, f) => (c[f]! - k.min >= D ? Infinity : c[f]! - k.min));

  const occupied = new Set<string>();
  if (householdOf) for (const p of panel) if (householdOf(p) !== undefined) occupied.add(householdOf(p)!);
  // Reserve candidates per type, in reserve order; households on the panel are excluded.
  const candidates = new Map<number, number[]>();
  for (const p of order) {
    const h = householdOf?.(p);
    if (h !== undefined && occupied.has(h)) continue;
    const t = typeOf[p]!;
    if (t < 0) continue;
    const list = candidates.get(t) ?? [];
    list.push(p);
    candidates.set(t, list);
  }
  const usedHouseholds = new Set<string>();
  const takeCandidate = (t: number): number | null => {
    const list = candidates.get(t);
    if (!list) return null;
    while (list.length > 0) {
      const p = list.shift()!;
      const h = householdOf?.(p);
      if (h !== undefined && usedHouseholds.has(h)) continue;
      if (h !== undefined) usedHouseholds.add(h);
      return p;
    }
    return null;
  };
  const hasCandidate = (t: number) => {
    const list = candidates.get(t);
    if (!list) return false;
    while (list.length > 0) {
      const h = householdOf?.(list[0]!);
      if (h !== undefined && usedHouseholds.has(h)) list.shift();
      else return true;
    }
    return false;
  };

  const out = new Map<number, Replacement>();
  // 1. Same profile: changes no count, always safe.
  for (const member of panel) {
    const reserve = takeCandidate(typeOf[member]!);
    if (reserve !== null) out.set(member, { member, reserve, sameProfile: true });
  }
  // 2. Another profile, where the capacities allow it; fewest differing values first.
  const difference = (a: number, b: number) => {
    const ka = instance.types[a]!.features;
    const kb = instance.types[b]!.features;
    const d: Array<[number, number]> = [];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) d.push([ka[i]!, kb[i]!]);
    return d;
  };
  const fits = (d: Array<[number, number]>) => d.every(([f, g]) => roomOut[f]! > 0 && roomIn[g]! > 0);
  const rest = panel.filter((member) => !out.has(member));
  // The feasible profiles for a member, best first: fewest differing values, then the profile
  // that leaves the scarcest capacity for others.
  const options = (a: number) => {
    const out: Array<{ b: number; score: number }> = [];
    for (const b of candidates.keys()) {
      if (b === a || !hasCandidate(b)) continue;
      const d = difference(a, b);
      if (!fits(d)) continue;
      let tight = 0;
      for (const [f, g] of d) tight += 1 / Math.min(roomOut[f]!, 1e6) + 1 / Math.min(roomIn[g]!, 1e6);
      out.push({ b, score: d.length * 1000 + tight });
    }
    return out;
  };
  // Most constrained member first: the one with the fewest feasible profiles left.
  while (rest.length > 0) {
    let choice = 0;
    let choiceOptions: Array<{ b: number; score: number }> | null = null;
    for (let i = 0; i < rest.length; i++) {
      const o = options(typeOf[rest[i]!]!);
      if (choiceOptions === null || o.length < choiceOptions.length) {
        choice = i;
        choiceOptions = o;
        if (o.length === 0) break;
      }
    }
    const member = rest.splice(choice, 1)[0]!;
    const a = typeOf[member]!;
    if (choiceOptions!.length > 0) {
      const best = choiceOptions!.reduce((x, y) => (y.score < x.score ? y : x)).b;
      for (const [f, g] of difference(a, best)) {
        roomOut[f]!--;
        roomIn[g]!--;
      }
      out.set(member, { member, reserve: takeCandidate(best), sameProfile: false });
    } else {
      out.set(member, {
        member,
        reserve: null,
        sameProfile: false,
        reason: why(instance, a, roomIn, roomOut, candidates),
      });
    }
  }
  return panel.map((member) => out.get(member)!);
}

/** The quota that rule out every other profile for a member of type a. */
function why(
  instance: LotingInstance,
  a: number,
  roomIn: number[],
  roomOut: number[],
  candidates: Map<number, number[]>,
): NoReplacementReason {
  const available = [...candidates.entries()].filter(([, l]) => l.length > 0).map(([t]) => t);
  const quota: NoReplacementReason['quota'] = [];
  const ka = instance.types[a]!.features;
  const k = (f: number, bound: 'minimum' | 'maximum') => {
    const { category, value, min, max } = instance.features[f]!;
    return { category, value, min, max, bound };
  };
  for (const f of ka) if (roomOut[f]! <= 0) quota.push(k(f, 'minimum'));
  if (quota.length === 0) {
    // The own values may lose a member: the values that could come in are full.
    const full = new Set<number>();
    for (const b of available) {
      const kb = instance.types[b]!.features;
      kb.forEach((g, i) => {
        if (g !== ka[i] && roomIn[g]! <= 0) full.add(g);
      });
    }
    for (const g of [...full].sort((x, y) => x - y)) quota.push(k(g, 'maximum'));
  }
  return { noSameProfile: true, quota };
}

/**
 * Direct check (for tests and the UI): do the reserves of the members in `leavers` refill the
 * panel within every quotum and the household rule?
 */
export function canTopUp(
  instance: LotingInstance,
  panel: number[],
  replacements: Replacement[],
  leavers: number[],
  typeOf: number[],
  householdOf?: (person: number) => string | undefined,
): boolean {
  const gone = new Set(leavers);
  const reserve = new Map(replacements.map((v) => [v.member, v.reserve]));
  const added = panel.filter((p) => !gone.has(p));
  for (const p of leavers) {
    const r = reserve.get(p);
    if (r === null || r === undefined) return false;
    added.push(r);
  }
  if (new Set(added).size !== added.length || added.length !== instance.panelSize) return false;
  const c = new Array<number>(instance.features.length).fill(0);
  for (const p of added) for (const f of instance.types[typeOf[p]!]!.features) c[f]!++;
  if (instance.features.some((k, f) => c[f]! < k.min || c[f]! > k.max)) return false;
  if (householdOf) {
    const seen = new Set<string>();
    for (const p of added) {
      const h = householdOf(p);
      if (h === undefined) continue;
      if (seen.has(h)) return false;
      seen.add(h);
    }
  }
  return true;
}

/** Plain Dutch (B1) for a member without a reserve. */
export function noReplacementText(reason: NoReplacementReason, maxDropouts: number): string {
  const q = reason.quota.map((x) =>
    x.bound === 'minimum'
      ? replacementMessages.minimumOf(x.category, x.value, x.min)
      : replacementMessages.maximumOf(x.category, x.value, x.max),
  );
  const list =
    q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${replacementMessages.or} ${q[q.length - 1]}`;
  return q.length > 0 ? replacementMessages.otherProfileBreaks(list, maxDropouts) : replacementMessages.nobodyFits;
}
