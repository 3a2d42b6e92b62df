import fc from 'fast-check';
import type { Pool, Quotum } from '../../../shared/loting/model';

/** Small random pools: 2–3 kenmerken with 2–3 values, quota drawn around the pool's counts. */
export const smallPool = fc
  .record({
    valuesPerCategory: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 2, maxLength: 3 }),
    count: fc.integer({ min: 6, max: 30 }),
    panel: fc.integer({ min: 2, max: 6 }),
    seed: fc.nat(),
  })
  .chain(({ valuesPerCategory, count, panel, seed }) =>
    fc.record({
      panel: fc.constant(panel),
      seed: fc.constant(seed),
      respondents: fc.array(fc.tuple(...valuesPerCategory.map((w) => fc.integer({ min: 0, max: w - 1 }))), {
        minLength: count,
        maxLength: count,
      }),
      bounds: fc.array(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 6 })), { minLength: 9, maxLength: 9 }),
    }),
  )
  .map(({ panel, seed, respondents, bounds }) => {
    const C = respondents[0]!.length;
    const categories = Array.from({ length: C }, (_, c) => `k${c}`);
    const pool: Pool = {
      categories,
      respondents: respondents.map((w, i) => ({ row: i + 1, id: `p${i}`, values: w.map((v) => `w${v}`) })),
    };
    const quota: Quotum[] = [];
    let g = 0;
    categories.forEach((category, c) => {
      const values = [...new Set(respondents.map((w) => w[c]!))].sort();
      for (const v of values) {
        const [min, extra] = bounds[g++ % bounds.length]!;
        quota.push({ category, value: `w${v}`, min: Math.min(min, panel), max: Math.min(panel, min + extra) });
      }
    });
    return { pool, quota, panel, seed };
  });
