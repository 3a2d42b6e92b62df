import { quotaFromShares } from '../../../shared/loting/shares';
import type { Pool, Quotum } from '../../../shared/loting/model';
import { createRandom } from '../../../shared/loting/prng';
import { makeSamplePool } from '../../../shared/loting/sample-pool';

/**
 * Reproducible pools with many distinct profiles (issue 17.4), used by the LEXIMIN tests and the
 * loting bench: the six kenmerken of the proefpool plus four more (10 kenmerken, almost every
 * respondent a profile of their own), and a pool in which hundreds of addresses are shared
 * (one per household makes everyone at a shared address a profile of their own).
 */
const extra: Array<{ category: string; values: Array<[string, number, number]> }> = [
  {
    category: 'inkomen',
    values: [
      ['laag', 0.3, 0.2],
      ['midden', 0.4, 0.4],
      ['hoog', 0.3, 0.4],
    ],
  },
  {
    category: 'huishoudtype',
    values: [
      ['alleen', 0.38, 0.3],
      ['paar', 0.28, 0.35],
      ['gezin', 0.28, 0.3],
      ['anders', 0.06, 0.05],
    ],
  },
  {
    category: 'werk',
    values: [
      ['werkend', 0.55, 0.5],
      ['student', 0.1, 0.06],
      ['gepensioneerd', 0.2, 0.3],
      ['anders', 0.15, 0.14],
    ],
  },
  {
    category: 'vervoer',
    values: [
      ['auto', 0.5, 0.55],
      ['fiets', 0.35, 0.35],
      ['ov', 0.15, 0.1],
    ],
  },
];

export interface LargePool {
  pool: Pool;
  quota: Quotum[];
}

/** `featureCount` 7..10: the proefpool's six plus that many extra. */
export function poolWithFeatures(count: number, panel: number, seed: number, featureCount = 10): LargePool {
  const base = makeSamplePool(count, panel, seed, 6);
  const random = createRandom(seed + 1);
  const plusOne = extra.slice(0, featureCount - 6);
  const respondents = base.pool.respondents.map((r) => ({
    ...r,
    values: [
      ...r.values,
      ...plusOne.map((c) => {
        let u = random.next() * c.values.reduce((s, w) => s + w[2], 0);
        for (const [w, , p] of c.values) {
          u -= p;
          if (u < 0) return w;
        }
        return c.values[c.values.length - 1]![0];
      }),
    ],
  }));
  const margin = Math.max(1, Math.round(panel * 0.03));
  const quota = [
    ...base.quota,
    ...quotaFromShares(
      plusOne.flatMap((c) => c.values.map(([value, share]) => ({ category: c.category, value, share }))),
      panel,
      margin,
    ).map(({ category, value, min, max }) => ({ category, value, min, max })),
  ];
  return { pool: { categories: [...base.pool.categories, ...plusOne.map((c) => c.category)], respondents }, quota };
}

/**
 * The proefpool with `addresses` shared addresses: two to four respondents live at each (in
 * random order), everyone else alone. Households are keyed by street, house number and postcode.
 */
export function poolWithHouseholds(
  count: number,
  panel: number,
  seed: number,
  addresses: number,
): LargePool & {
  address: Array<{ street: string; houseNumber: string; postcode: string }>;
} {
  const base = makeSamplePool(count, panel, seed, 6);
  const random = createRandom(seed + 2);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const address = Array.from({ length: count }, (_, i) => ({
    street: `Laan ${i % 97}`,
    houseNumber: String(1000 + i),
    postcode: `${1000 + (i % 89)} AB`,
  }));
  let k = 0;
  for (let a = 0; a < addresses; a++) {
    const members = 2 + random.int(3);
    const shared = { street: `Dorpsstraat`, houseNumber: String(a + 1), postcode: `${2000 + (a % 7)} XY` };
    for (let i = 0; i < members && k < count; i++) address[order[k++]!] = shared;
  }
  const respondents = base.pool.respondents.map((r, i) => ({
    ...r,
    household: `${address[i]!.street}|${address[i]!.houseNumber}|${address[i]!.postcode}`,
  }));
  return { pool: { categories: base.pool.categories, respondents }, quota: base.quota, address };
}
