import { formatList } from '../format';
import type { LotingInstance } from './model';
import { roundedPanel, pricingModel, relaxationModel } from './panelmodel';
import { PanelSearch } from './panel-search';
import type { Solver, SolverModel } from './solver';
import { exclusionMessages } from './messages';

/**
 * Who can never be selected, and why — computed before LEXIMIN, so every 0 % has a reason.
 *
 * A type is reachable when at least one panel that meets every quotum (and the household rule)
 * contains one of its members. The check is exact: panels found cover types; the pricing MIP
 * with weight 1 on every type not yet covered then either finds a panel with a new type, or
 * proves (optimum 0) that none of the remaining types fits any valid panel. A local search
 * covers most types first without a solver, so only a few MIPs run.
 *
 * Reasons:
 * - `zero-maximum`: the type has a value whose quotum maximum is 0;
 * - `combination`: every quotum allows the value, but not together with the other quota. The
 *   quota named are those a panel with this person would have to break (the smallest total
 *   break, from the slack model in panelmodel.ts). This includes "parity" cases, where a
 *   fractional panel would fit but no panel of whole people does.
 * - `household`: only the household rule stands in the way (no quotum needs to break).
 */
export type ExclusionKind = 'zero-maximum' | 'combination' | 'household';

export interface ExclusionReason {
  kind: ExclusionKind;
  /** Feature ids (index in instance.kenmerken) that exclude the type. */
  features: Array<{ feature: number; direction: 'zero' | 'shortage' | 'excess' }>;
}

export interface Reachability {
  /** Types on no valid panel (ascending). */
  unreachable: number[];
  /** The reason per unreachable type (same order). Null when the diagnosis was skipped (time). */
  reasons: Array<ExclusionReason | null>;
  /** Valid panels found on the way; useful as first columns for LEXIMIN. */
  panels: number[][];
  /** False when the time limit stopped the proof: `unreachable` then holds the types not yet covered. */
  complete: boolean;
}

export interface ReachabilityOptions {
  pause?: () => Promise<void>;
  /** Stop proving after this (the UI check); LEXIMIN calls it without a limit. */
  maxSeconds?: number;
  now?: () => number;
  /** At most this many reasons are diagnosed with a MIP each (the rest: a generic reason). */
  maxDiagnoses?: number;
}

/** Types with a value whose maximum is 0: no solver needed. */
export function zeroMaximumTypes(instance: LotingInstance): Map<number, number[]> {
  const out = new Map<number, number[]>();
  instance.types.forEach((type, t) => {
    const zero = type.features.filter((f) => instance.features[f]!.max === 0);
    if (zero.length > 0) out.set(t, zero);
  });
  return out;
}

/** Returns null when no valid panel exists at all. */
export async function reachability(
  instance: LotingInstance,
  solver: Solver,
  options: ReachabilityOptions = {},
  pricing?: SolverModel,
): Promise<Reachability | null> {
  const T = instance.types.length;
  const now = options.now ?? (() => Date.now());
  const start = now();
  const timeIsUp = () => options.maxSeconds !== undefined && (now() - start) / 1000 > options.maxSeconds;
  const pause = options.pause ?? (async () => {});
  const own = pricing ? null : solver.createModel(pricingModel(instance, solver.infinity));
  const model = pricing ?? own!;
  try {
    const zero = zeroMaximumTypes(instance);
    model.setColCosts(new Array<number>(T).fill(0));
    const first = model.solve();
    await pause();
    if (first.status !== 'optimal') return null;
    const panels: number[][] = [];
    const covered = new Array<boolean>(T).fill(false);
    for (const t of zero.keys()) covered[t] = true; // known unreachable: never a target
    const take = (panel: number[]) => {
      let added = false;
      panel.forEach((x, t) => {
        if (x > 0 && !covered[t]) {
          covered[t] = true;
          added = true;
        }
      });
      if (added) panels.push(panel);
      return added;
    };
    const base = roundedPanel(first.colValue, T);
    panels.push(base);
    take(base);
    const searcher = new PanelSearch(instance);
    let complete = true;
    for (;;) {
      if (covered.every(Boolean)) break;
      const w = covered.map((g) => (g ? 0 : 1));
      // Cheap first: local search from the panels found so far.
      let local = false;
      for (const p of panels.slice(-3)) if (take(searcher.improve(p, w).panel)) local = true;
      if (local) continue;
      if (timeIsUp()) {
        complete = false;
        break;
      }
      model.setColCosts(w);
      const r = model.solve();
      await pause();
      if (r.status !== 'optimal' || r.objective < 0.5) break;
      if (!take(roundedPanel(r.colValue, T))) break;
    }
    const unreachable: number[] = [];
    for (let t = 0; t < T; t++) if (zero.has(t) || !covered[t]) unreachable.push(t);
    const maxDiagnoses = options.maxDiagnoses ?? 25;
    let diagnoses = 0;
    const reasons: Array<ExclusionReason | null> = [];
    for (const t of unreachable) {
      const zeroFeatures = zero.get(t);
      if (zeroFeatures) {
        reasons.push({
          kind: 'zero-maximum',
          features: zeroFeatures.map((feature) => ({ feature, direction: 'zero' })),
        });
      } else if (complete && diagnoses < maxDiagnoses && !timeIsUp()) {
        diagnoses++;
        reasons.push(diagnoseType(instance, solver, t));
        await pause();
      } else reasons.push(null);
    }
    return { unreachable, reasons, panels, complete };
  } finally {
    own?.dispose();
  }
}

/** Which quota a panel with one member of type t has to break, at the least total break. */
function diagnoseType(instance: LotingInstance, solver: Solver, t: number): ExclusionReason {
  const T = instance.types.length;
  const spec = relaxationModel(instance, solver.infinity);
  spec.colLower[t] = 1;
  const model = solver.createModel(spec);
  try {
    const r = model.solve();
    if (r.status !== 'optimal') return { kind: 'household', features: [] };
    const features = instance.features.flatMap((_, f): ExclusionReason['features'] => {
      const shortage = Math.round(r.colValue[T + 2 * f] ?? 0);
      const excess = Math.round(r.colValue[T + 2 * f + 1] ?? 0);
      return shortage > 0
        ? [{ feature: f, direction: 'shortage' }]
        : excess > 0
          ? [{ feature: f, direction: 'excess' }]
          : [];
    });
    return { kind: features.length > 0 ? 'combination' : 'household', features };
  } finally {
    model.dispose();
  }
}

/** The excluded respondents as stored with a draw: grouped per profile, with the quota that exclude them. */
export interface ExcludedGroup {
  people: number[];
  kind: ExclusionKind | 'full' | 'unknown';
  quota: Array<{
    category: string;
    value: string;
    min: number;
    max: number;
    direction: 'zero' | 'shortage' | 'excess';
  }>;
}

export function excludedGroups(
  instance: LotingInstance,
  unreachable: number[],
  reasons: Array<ExclusionReason | null>,
): ExcludedGroup[] {
  return unreachable.map((t, i) => {
    const reason = reasons[i] ?? null;
    return {
      people: [...instance.types[t]!.members].sort((a, b) => a - b),
      kind: reason?.kind ?? 'unknown',
      quota: (reason?.features ?? []).map(({ feature, direction }) => {
        const { category, value, min, max } = instance.features[feature]!;
        return { category, value, min, max, direction };
      }),
    };
  });
}

/** Plain Dutch (B1) for one group: why these people can never be on the panel. */
export function exclusionText(group: Pick<ExcludedGroup, 'kind' | 'quota'>): string {
  const q = (x: ExcludedGroup['quota'][number]) =>
    x.direction === 'shortage'
      ? exclusionMessages.belowMinimum(x.category, x.value, x.min)
      : x.direction === 'excess'
        ? exclusionMessages.aboveMaximum(x.category, x.value, x.max)
        : exclusionMessages.value(x.category, x.value);
  switch (group.kind) {
    case 'zero-maximum':
      return group.quota.length > 1
        ? exclusionMessages.zeroMaximumMany(formatList(group.quota.map(q)))
        : exclusionMessages.zeroMaximumOne(formatList(group.quota.map(q)));
    case 'full':
      return exclusionMessages.full(
        formatList(group.quota.map((x) => exclusionMessages.valueWithMax(x.category, x.value, x.max))),
      );
    case 'combination':
      return exclusionMessages.combination(formatList(group.quota.map(q)));
    case 'household':
      return exclusionMessages.household;
    case 'unknown':
      return exclusionMessages.unknown;
  }
}

/**
 * The check before the computation (the quota screen): who can never be selected, as warnings
 * grouped by reason. With a time limit, types not yet covered are not called unreachable (the
 * computation decides); people excluded by a maximum of 0 are always named.
 */
export async function reachabilityNotices(
  pool: { respondents: Array<{ id: string; values: string[] }>; categories: string[] },
  instance: LotingInstance,
  solver: Solver,
  maxSeconds: number,
): Promise<Array<{ severity: 'warning'; text: string }>> {
  const b = await reachability(instance, solver, { maxSeconds, maxDiagnoses: 10 });
  if (!b) return []; // no panel at all: the computation explains which quota clash
  const groups = excludedGroups(instance, b.unreachable, b.reasons).filter(
    (g) => b.complete || g.kind === 'zero-maximum',
  );
  const perReason = new Map<string, number[]>();
  for (const g of groups) {
    const text = exclusionText(g);
    perReason.set(text, [...(perReason.get(text) ?? []), ...g.people]);
  }
  const messages = [...perReason.entries()].map(([reason, people]) => {
    const names = people.slice(0, 8).map((p) => pool.respondents[p]?.id ?? String(p + 1));
    const rest = people.length - names.length;
    return {
      severity: 'warning' as const,
      text: exclusionMessages.neverOnPanel(people.length, names.join(', '), rest, reason),
    };
  });
  if (!b.complete) {
    messages.push({
      severity: 'warning',
      text: exclusionMessages.notCheckedInTime(maxSeconds),
    });
  }
  return messages;
}
