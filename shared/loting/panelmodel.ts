import type { LotingInstance } from './model';
import type { ModelSpec, SparseRow } from './solver';

/**
 * The integer program "which panel (number of people per type) meets every quotum". It is the
 * pricing problem of the column generation: with weights w it finds the quota-feasible panel
 * with the largest total weight. Rows: panel size, one per kenmerk, one per shared household.
 */
export function panelRows(instance: LotingInstance, infinity: number): SparseRow[] {
  const T = instance.types.length;
  const all = Array.from({ length: T }, (_, t) => t);
  const rows: SparseRow[] = [
    { lower: instance.panelSize, upper: instance.panelSize, indices: all, values: all.map(() => 1) },
  ];
  const perFeature: number[][] = instance.features.map(() => []);
  instance.types.forEach((type, t) => type.features.forEach((f) => perFeature[f]!.push(t)));
  instance.features.forEach((k, f) => {
    const members = perFeature[f]!;
    rows.push({ lower: k.min, upper: Math.min(k.max, infinity), indices: members, values: members.map(() => 1) });
  });
  for (const group of instance.householdGroups) {
    rows.push({ lower: -infinity, upper: 1, indices: group, values: group.map(() => 1) });
  }
  return rows;
}

export function pricingModel(instance: LotingInstance, infinity: number): ModelSpec {
  const T = instance.types.length;
  return {
    sense: 'max',
    colCost: new Array<number>(T).fill(0),
    colLower: new Array<number>(T).fill(0),
    colUpper: instance.types.map((t) => t.members.length),
    integer: new Array<boolean>(T).fill(true),
    rows: panelRows(instance, infinity),
  };
}

/**
 * For a diagnosis when no panel exists: every kenmerk row gets two slack columns (too few, too
 * many) and the model minimises their sum. The slacks that stay positive name the quota that
 * cannot be met together, and by how much.
 */
export function relaxationModel(instance: LotingInstance, infinity: number): ModelSpec {
  const T = instance.types.length;
  const F = instance.features.length;
  const base = pricingModel(instance, infinity);
  const rows = base.rows.map((row, r) => {
    if (r < 1 || r > F) return row;
    const f = r - 1;
    return { ...row, indices: [...row.indices, T + 2 * f, T + 2 * f + 1], values: [...row.values, 1, -1] };
  });
  return {
    sense: 'min',
    colCost: [...new Array<number>(T).fill(0), ...new Array<number>(2 * F).fill(1)],
    colLower: new Array<number>(T + 2 * F).fill(0),
    colUpper: [...base.colUpper, ...new Array<number>(2 * F).fill(infinity)],
    integer: [...new Array<boolean>(T).fill(true), ...new Array<boolean>(2 * F).fill(false)],
    rows,
  };
}

/** Rounds a MIP solution to whole people per type. */
export function roundedPanel(colValue: ArrayLike<number>, T: number): number[] {
  return Array.from({ length: T }, (_, t) => Math.max(0, Math.round(colValue[t] ?? 0)));
}

/** Checks a panel against every quotum, the panel size and the households (for tests and replays). */
export function meetsQuota(instance: LotingInstance, panel: number[]): boolean {
  let total = 0;
  const perFeature = new Array<number>(instance.features.length).fill(0);
  for (let t = 0; t < instance.types.length; t++) {
    const x = panel[t] ?? 0;
    if (x < 0 || x > instance.types[t]!.members.length) return false;
    total += x;
    for (const f of instance.types[t]!.features) perFeature[f]! += x;
  }
  if (total !== instance.panelSize) return false;
  if (instance.features.some((k, f) => perFeature[f]! < k.min || perFeature[f]! > k.max)) return false;
  return instance.householdGroups.every((g) => g.reduce((s, t) => s + (panel[t] ?? 0), 0) <= 1);
}
