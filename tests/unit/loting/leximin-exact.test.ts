import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance, probabilityPerPerson } from '../../../shared/loting/instance';
import { leximin } from '../../../shared/loting/leximin';
import type { LotingSettings, Pool, PoolData } from '../../../shared/loting/model';
import { meetsQuota } from '../../../shared/loting/panelmodel';
import type { Solver } from '../../../shared/loting/solver';
import { createPool, validateLoting } from '../../../shared/loting/validation';
import { poolWithHouseholds, poolWithFeatures } from './large-pools';

/**
 * Exactness of LEXIMIN against an independent brute force: every panel of people (not types)
 * that meets the quota and the household rule is enumerated, and LEXIMIN over them is computed
 * the textbook way (maximise the lowest probability; fix exactly the people who cannot get more;
 * repeat). The sorted probability vectors must agree. Plus fixed instances with ten kenmerken
 * and households over two address columns, which must be proven exact and valid.
 */

/** All panels (sets of people) that meet every quotum and have at most one person per household. */
function allPanels(pool: Pool, settings: LotingSettings): number[][] {
  const N = pool.respondents.length;
  const k = settings.panelSize;
  const out: number[][] = [];
  const chosen: number[] = [];
  const valid = () => {
    for (const q of settings.quota) {
      const c = pool.categories.indexOf(q.category);
      const count = chosen.filter((p) => pool.respondents[p]!.values[c] === q.value).length;
      if (count < q.min || count > q.max) return false;
    }
    if (settings.excludeHouseholds) {
      const h = chosen.flatMap((p) => pool.respondents[p]!.household ?? []);
      if (new Set(h).size !== h.length) return false;
    }
    return true;
  };
  const rec = (van: number) => {
    if (chosen.length === k) {
      if (valid()) out.push([...chosen]);
      return;
    }
    for (let p = van; p <= N - (k - chosen.length); p++) {
      chosen.push(p);
      rec(p + 1);
      chosen.pop();
    }
  };
  rec(0);
  return out;
}

/** LEXIMIN per person over the given panels, by the definition (one LP per candidate per round). */
function bruteLeximin(solver: Solver, N: number, panels: number[][]): number[] {
  const P = panels.length;
  const inf = solver.infinity;
  const contains = Array.from({ length: N }, (_, i) => panels.flatMap((panel, p) => (panel.includes(i) ? [p] : [])));
  const fixed = new Map<number, number>();
  for (let i = 0; i < N; i++) if (contains[i]!.length === 0) fixed.set(i, 0);
  // Columns: p_0..p_{P-1}, z. Rows: Σ p = 1; per person Σ_{P∋i} p (− z when open) ≥ value.
  const loose = (targetPerson?: number, level?: number): { z: number; value: number } | null => {
    const rows = [{ lower: 1, upper: 1, indices: panels.map((_, p) => p), values: panels.map(() => 1) }];
    for (let i = 0; i < N; i++) {
      const idx = contains[i]!;
      if (fixed.has(i)) rows.push({ lower: fixed.get(i)! - 1e-9, upper: inf, indices: idx, values: idx.map(() => 1) });
      else if (level !== undefined)
        rows.push({ lower: level - 1e-9, upper: inf, indices: idx, values: idx.map(() => 1) });
      else rows.push({ lower: 0, upper: inf, indices: [...idx, P], values: [...idx.map(() => 1), -1] });
    }
    const cost = new Array<number>(P + 1).fill(0);
    if (targetPerson === undefined) cost[P] = 1;
    else for (const p of contains[targetPerson]!) cost[p] = 1;
    const model = solver.createModel({
      sense: 'max',
      colCost: cost,
      colLower: new Array<number>(P + 1).fill(0),
      colUpper: [...new Array<number>(P).fill(1), level === undefined ? 1 : 0],
      rows,
    });
    try {
      const r = model.solve();
      return r.status === 'optimal' ? { z: r.colValue[P]!, value: r.objective } : null;
    } finally {
      model.dispose();
    }
  };
  while (fixed.size < N) {
    const z = loose()!.value;
    const open = Array.from({ length: N }, (_, i) => i).filter((i) => !fixed.has(i));
    // Whoever cannot get more than z while everyone open keeps z is fixed at z.
    const bounded = open.filter((i) => loose(i, z)!.value <= z + 1e-7);
    for (const i of bounded.length > 0 ? bounded : open) fixed.set(i, z);
  }
  return Array.from({ length: N }, (_, i) => fixed.get(i)!);
}

/** Small pools with two address columns: a few people share a street and house number. */
const smallPoolWithAddresses = fc
  .record({
    count: fc.integer({ min: 6, max: 11 }),
    panel: fc.integer({ min: 2, max: 4 }),
    values: fc.array(fc.tuple(fc.nat({ max: 1 }), fc.nat({ max: 2 })), { minLength: 11, maxLength: 11 }),
    address: fc.array(fc.nat({ max: 7 }), { minLength: 11, maxLength: 11 }),
    bounds: fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 3 })), { minLength: 5, maxLength: 5 }),
    households: fc.boolean(),
  })
  .map(({ count, panel, values, address, bounds, households }) => {
    const poolData: PoolData = {
      columns: [
        { name: 'geslacht', role: 'feature' },
        { name: 'leeftijd', role: 'feature' },
        { name: 'straat', role: 'household' },
        { name: 'huisnummer', role: 'household' },
      ],
      rows: Array.from({ length: count }, (_, i) => [
        `g${values[i]![0]}`,
        `l${values[i]![1]}`,
        // Addresses 0..7: the same street for 0–3 and 4–7, the house number tells them apart.
        address[i]! < 4 ? 'Kerkstraat' : 'kerkstraat ',
        String(address[i]! % 4 < 2 ? 1 : address[i]! % 4),
      ]),
    };
    const { pool } = createPool(poolData);
    const quota = pool.categories.flatMap((category, c) =>
      [...new Set(pool.respondents.map((r) => r.values[c]!))].sort().map((value, j) => {
        const [min, extra] = bounds[(c * 3 + j) % bounds.length]!;
        return { category, value, min: Math.min(min, panel), max: Math.min(panel, min + extra) };
      }),
    );
    return { pool, settings: { panelSize: panel, quota, excludeHouseholds: households } };
  });

describe('LEXIMIN is exact', async () => {
  const solver = await highsSolver();

  it('equals the brute-force LEXIMIN over all panels of people, households over two columns included', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(smallPoolWithAddresses, async ({ pool, settings }) => {
        if (validateLoting(pool, settings, true).some((m) => m.severity === 'error')) return;
        const panels = allPanels(pool, settings);
        const instance = buildInstance(pool, settings);
        const r = await leximin(instance, { solver });
        if (panels.length === 0) {
          expect(r.ok).toBe(false);
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.exact).toBe(true);
        compared++;
        const N = pool.respondents.length;
        const probability = probabilityPerPerson(instance, r.typeProbability, N);
        const brute = bruteLeximin(solver, N, panels);
        const a = [...probability].sort((x, y) => x - y);
        const b = [...brute].sort((x, y) => x - y);
        for (let i = 0; i < N; i++) expect(a[i]).toBeCloseTo(b[i]!, 6);
        // People in no panel at all are exactly the ones reported unreachable.
        const nowhere = new Set(brute.flatMap((k, p) => (k === 0 && !panels.some((x) => x.includes(p)) ? [p] : [])));
        const reported = new Set(r.unreachable.flatMap((t) => instance.types[t]!.members));
        expect(reported).toEqual(nowhere);
      }),
      { numRuns: 80, seed: 20261129 },
    );
    expect(compared).toBeGreaterThan(12);
  }, 120_000);

  it('treats two address columns as one household key, ignoring case, spaces and dots', () => {
    const poolData: PoolData = {
      columns: [
        { name: 'id', role: 'id' },
        { name: 'wijk', role: 'feature' },
        { name: 'straat en huisnummer', role: 'household' },
        { name: 'postcode', role: 'household' },
      ],
      rows: [
        ['a', 'noord', 'Dorpsstraat 1', '1234 AB'],
        ['b', 'noord', 'dorpsstraat 1.', '1234ab'],
        ['c', 'zuid', 'Dorpsstraat 1', '1234 AC'],
        ['d', 'zuid', 'Dorpsstraat 12', '1234 AB'],
        ['e', 'zuid', '', ''],
        ['f', 'zuid', '', ''],
      ],
    };
    const { pool } = createPool(poolData);
    const h = pool.respondents.map((r) => r.household);
    expect(h[0]).toBe(h[1]);
    expect(new Set([h[0], h[2], h[3]]).size).toBe(3);
    // No address at all: not one household together.
    expect(h[4]).toBeUndefined();
    expect(h[5]).toBeUndefined();
  });

  it('is exact and valid on a fixed pool with ten features (almost every respondent a profile of their own)', async () => {
    const { pool, quota } = poolWithFeatures(120, 12, 17, 10);
    const settings = { panelSize: 12, quota, excludeHouseholds: false };
    expect(validateLoting(pool, settings, false).filter((m) => m.severity === 'error')).toEqual([]);
    const instance = buildInstance(pool, settings);
    expect(instance.types.length).toBeGreaterThan(110);
    const r = await leximin(instance, { solver });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exact).toBe(true);
    for (const p of r.distribution.panels) expect(meetsQuota(instance, p)).toBe(true);
    expect(r.distribution.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const sum = r.typeProbability.reduce((s, k, t) => s + k * instance.types[t]!.members.length, 0);
    expect(sum).toBeCloseTo(12, 6);
    const reachable = r.typeProbability.filter((_, t) => !r.unreachable.includes(t));
    expect(r.minimumUpperBound).toBeCloseTo(Math.min(...reachable), 9);
  }, 120_000);

  it('is exact and keeps one person per household on a fixed pool with households over two address columns', async () => {
    const { pool, quota, address } = poolWithHouseholds(300, 30, 23, 40);
    // Stored as the app stores it: street + house number in one column, the postcode in another.
    const poolData: PoolData = {
      columns: [
        { name: 'id', role: 'id' },
        ...pool.categories.map((name) => ({ name, role: 'feature' as const })),
        { name: 'adres', role: 'household' },
        { name: 'postcode', role: 'household' },
      ],
      rows: pool.respondents.map((r, i) => [
        r.id,
        ...r.values,
        `${address[i]!.street} ${address[i]!.houseNumber}`,
        address[i]!.postcode,
      ]),
    };
    const saved = createPool(poolData).pool;
    const settings = { panelSize: 30, quota, excludeHouseholds: true };
    expect(validateLoting(saved, settings, true).filter((m) => m.severity === 'error')).toEqual([]);
    const instance = buildInstance(saved, settings);
    expect(instance.householdGroups.length).toBe(40);
    const r = await leximin(instance, { solver });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exact).toBe(true);
    for (const p of r.distribution.panels) expect(meetsQuota(instance, p)).toBe(true);
    // Per person: no panel in the distribution has two people at one address.
    for (const panel of r.distribution.panels) {
      const addresses = panel.flatMap((x, t) =>
        x > 0 ? instance.types[t]!.members.slice(0, 1).map((p) => saved.respondents[p]!.household) : [],
      );
      const shared = addresses.filter((h) => h !== undefined && addresses.indexOf(h) !== addresses.lastIndexOf(h));
      expect(shared).toEqual([]);
    }
  }, 120_000);
});
