import type { LotingInstance } from './model';
import { panelRows } from './panelmodel';
import type { Solver } from './solver';

/**
 * LEXIMIN over the LP relaxation: expected numbers per type x_t may be fractional. Every
 * distribution over real panels gives such an x, so this is an upper bound (in the leximin
 * order) on what panels can achieve — and when the panels found later reach it, it is proven
 * optimal without any further search. Each round is one small LP (one column per type).
 */
export interface RelaxationOutcome {
  /** Upper bound for the probability per type. */
  typeProbability: number[];
  /** The expected number of panel members per type at that point. */
  x: number[];
  rounds: number;
}

const EPS_PINNED = 1e-9;

export async function leximinRelaxation(
  instance: LotingInstance,
  solver: Solver,
  pause: () => Promise<void> = async () => {},
  /** Types that fit no real panel: they stay at 0 here too, or the bound would be too high. */
  zero: number[] = [],
): Promise<RelaxationOutcome | null> {
  const T = instance.types.length;
  const n = instance.types.map((t) => t.members.length);
  const inf = solver.infinity;
  const base = panelRows(instance, inf);
  const B = base.length;
  // Columns x_0..x_{T-1}, z (T). Rows: panel rows, then per type x_t - n_t z >= 0.
  const model = solver.createModel({
    sense: 'max',
    colCost: [...new Array<number>(T).fill(0), 1],
    colLower: [...new Array<number>(T).fill(0), -inf],
    colUpper: [...n, inf],
    rows: [...base, ...n.map((nt, t) => ({ lower: 0, upper: inf, indices: [t, T], values: [1, -nt] }))],
  });
  try {
    const fixed = new Array<number | undefined>(T).fill(undefined);
    for (const t of zero) {
      fixed[t] = 0;
      model.setColBounds(t, 0, 0);
      model.setCoefficient(B + t, T, 0);
    }
    let rounds = 0;
    let x: number[] = [];
    while (fixed.some((v) => v === undefined)) {
      rounds++;
      const r = model.solve();
      await pause();
      if (r.status !== 'optimal') return null;
      const z = Math.max(0, r.objective);
      x = Array.from({ length: T }, (_, t) => r.colValue[t]!);
      const open = fixed.flatMap((v, t) => (v === undefined ? [t] : []));
      let added = open.filter((t) => Math.abs(r.rowDual[B + t]!) > EPS_PINNED);
      if (added.length === 0) added = open.filter((t) => x[t]! / n[t]! <= z + 1e-9);
      for (const t of added) {
        fixed[t] = z;
        // Fixed: the type keeps at least this value, and no longer limits z.
        model.setColBounds(t, Math.min(n[t]!, z * n[t]!), n[t]!);
        model.setCoefficient(B + t, T, 0);
      }
    }
    return { typeProbability: fixed.map((v) => v ?? 0), x, rounds };
  } finally {
    model.dispose();
  }
}
