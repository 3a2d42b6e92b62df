import { quotaFromShares, type TargetShare } from './shares';
import type { Pool, Quotum } from './model';
import { createRandom, type Random } from './prng';

/**
 * A reproducible synthetic pool with the skew real invitations show: older, higher educated
 * homeowners answer more often than young people, renters and residents with a migration
 * background. Used by the benchmark and to try the app without personal data.
 */
interface CategorySpec {
  category: string;
  /** Population share (the quota target) and share among respondents. */
  values: Array<[value: string, target: number, response: number]>;
}

const categories: CategorySpec[] = [
  {
    category: 'geslacht',
    values: [
      ['vrouw', 0.5, 0.53],
      ['man', 0.49, 0.455],
      ['anders', 0.01, 0.015],
    ],
  },
  {
    category: 'leeftijd',
    values: [
      ['16-24', 0.13, 0.05],
      ['25-34', 0.16, 0.1],
      ['35-44', 0.15, 0.13],
      ['45-54', 0.16, 0.17],
      ['55-64', 0.16, 0.22],
      ['65-74', 0.13, 0.21],
      ['75+', 0.11, 0.12],
    ],
  },
  {
    category: 'opleiding',
    values: [
      ['laag', 0.3, 0.14],
      ['midden', 0.4, 0.34],
      ['hoog', 0.3, 0.52],
    ],
  },
  {
    category: 'migratieachtergrond',
    values: [
      ['geen', 0.72, 0.84],
      ['europees', 0.1, 0.09],
      ['buiten-europa', 0.18, 0.07],
    ],
  },
  {
    category: 'wijk',
    values: [
      ['centrum', 0.14, 0.2],
      ['noord', 0.2, 0.17],
      ['oost', 0.18, 0.15],
      ['zuid', 0.2, 0.22],
      ['west', 0.16, 0.1],
      ['buitengebied', 0.12, 0.16],
    ],
  },
  {
    category: 'woonsituatie',
    values: [
      ['koop', 0.55, 0.68],
      ['huur', 0.45, 0.32],
    ],
  },
];

function choose(random: Random, values: CategorySpec['values'], skewed: (w: string) => number): string {
  const weights = values.map(([w, , r]) => r * skewed(w));
  let u = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i++) {
    u -= weights[i]!;
    if (u < 0) return values[i]![0];
  }
  return values[values.length - 1]![0];
}

export interface SamplePool {
  pool: Pool;
  quota: Quotum[];
}

/**
 * `categoryCount` 5 leaves out woonsituatie. Correlations: young people rent and have less
 * often finished a high education; the west wijk has more residents with a migration background.
 */
export function makeSamplePool(count: number, panelSize: number, seed: number, categoryCount = 6): SamplePool {
  const random = createRandom(seed);
  const chosen = categories.slice(0, categoryCount);
  const respondents = Array.from({ length: count }, (_, i) => {
    const v: Record<string, string> = {};
    for (const c of chosen) {
      v[c.category] = choose(random, c.values, (w) => {
        const young = v.age === '16-24' || v.age === '25-34';
        if (c.category === 'opleiding' && young) return w === 'hoog' ? 0.6 : w === 'laag' ? 1.4 : 1;
        if (c.category === 'woonsituatie' && young) return w === 'huur' ? 2.5 : 1;
        if (c.category === 'woonsituatie' && v.migrationBackground === 'buiten-europa') return w === 'huur' ? 2 : 1;
        return 1;
      });
      if (
        c.category === 'wijk' &&
        v.district !== 'west' &&
        v.migrationBackground === 'buiten-europa' &&
        random.next() < 0.3
      ) {
        v.district = 'west';
      }
    }
    return { row: i + 1, id: `R${String(i + 1).padStart(5, '0')}`, values: chosen.map((c) => v[c.category]!) };
  });
  const shares: TargetShare[] = chosen.flatMap((c) =>
    c.values.map(([value, target]) => ({ category: c.category, value, share: target })),
  );
  const margin = Math.max(1, Math.round(panelSize * 0.03));
  const quota = quotaFromShares(shares, panelSize, margin).map(({ category, value, min, max }) => ({
    category,
    value,
    min,
    max,
  }));
  return { pool: { categories: chosen.map((c) => c.category), respondents }, quota };
}
