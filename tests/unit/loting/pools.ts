import fc from 'fast-check';
import type { Pool, Quotum } from '../../../shared/loting/model';

/** Small random pools: 2–3 kenmerken with 2–3 values, quota drawn around the pool's counts. */
export const kleinePool = fc
  .record({
    waardenPerCategorie: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 2, maxLength: 3 }),
    aantal: fc.integer({ min: 6, max: 30 }),
    panel: fc.integer({ min: 2, max: 6 }),
    seed: fc.nat(),
  })
  .chain(({ waardenPerCategorie, aantal, panel, seed }) =>
    fc.record({
      panel: fc.constant(panel),
      seed: fc.constant(seed),
      respondenten: fc.array(fc.tuple(...waardenPerCategorie.map((w) => fc.integer({ min: 0, max: w - 1 }))), {
        minLength: aantal,
        maxLength: aantal,
      }),
      grenzen: fc.array(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 6 })), { minLength: 9, maxLength: 9 }),
    }),
  )
  .map(({ panel, seed, respondenten, grenzen }) => {
    const C = respondenten[0]!.length;
    const categorieen = Array.from({ length: C }, (_, c) => `k${c}`);
    const pool: Pool = {
      categorieen,
      respondenten: respondenten.map((w, i) => ({ rij: i + 1, id: `p${i}`, waarden: w.map((v) => `w${v}`) })),
    };
    const quota: Quotum[] = [];
    let g = 0;
    categorieen.forEach((categorie, c) => {
      const waarden = [...new Set(respondenten.map((w) => w[c]!))].sort();
      for (const v of waarden) {
        const [min, extra] = grenzen[g++ % grenzen.length]!;
        quota.push({ categorie, waarde: `w${v}`, min: Math.min(min, panel), max: Math.min(panel, min + extra) });
      }
    });
    return { pool, quota, panel, seed };
  });
