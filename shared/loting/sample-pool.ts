import { quotaFromShares, type TargetShare } from './shares';
import type { Pool, Quotum } from './model';
import { createRandom, type Random } from './prng';

/**
 * A reproducible synthetic pool with the skew real invitations show: older, higher educated
 * homeowners answer more often than young people, renters and residents with a migration
 * background. Used by the benchmark and to try the app without personal data.
 */
interface Verdeling {
  categorie: string;
  /** Population share (the quota target) and share among respondents. */
  waarden: Array<[waarde: string, doel: number, respons: number]>;
}

const categorieen: Verdeling[] = [
  {
    categorie: 'geslacht',
    waarden: [
      ['vrouw', 0.5, 0.53],
      ['man', 0.49, 0.455],
      ['anders', 0.01, 0.015],
    ],
  },
  {
    categorie: 'leeftijd',
    waarden: [
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
    categorie: 'opleiding',
    waarden: [
      ['laag', 0.3, 0.14],
      ['midden', 0.4, 0.34],
      ['hoog', 0.3, 0.52],
    ],
  },
  {
    categorie: 'migratieachtergrond',
    waarden: [
      ['geen', 0.72, 0.84],
      ['europees', 0.1, 0.09],
      ['buiten-europa', 0.18, 0.07],
    ],
  },
  {
    categorie: 'wijk',
    waarden: [
      ['centrum', 0.14, 0.2],
      ['noord', 0.2, 0.17],
      ['oost', 0.18, 0.15],
      ['zuid', 0.2, 0.22],
      ['west', 0.16, 0.1],
      ['buitengebied', 0.12, 0.16],
    ],
  },
  {
    categorie: 'woonsituatie',
    waarden: [
      ['koop', 0.55, 0.68],
      ['huur', 0.45, 0.32],
    ],
  },
];

function kies(random: Random, waarden: Verdeling['waarden'], scheef: (w: string) => number): string {
  const gewichten = waarden.map(([w, , r]) => r * scheef(w));
  let u = random.next() * gewichten.reduce((a, b) => a + b, 0);
  for (let i = 0; i < waarden.length; i++) {
    u -= gewichten[i]!;
    if (u < 0) return waarden[i]![0];
  }
  return waarden[waarden.length - 1]![0];
}

export interface SamplePool {
  pool: Pool;
  quota: Quotum[];
}

/**
 * `aantalCategorieen` 5 leaves out woonsituatie. Correlations: young people rent and have less
 * often finished a high education; the west wijk has more residents with a migration background.
 */
export function makeSamplePool(aantal: number, panelgrootte: number, seed: number, aantalCategorieen = 6): SamplePool {
  const random = createRandom(seed);
  const gekozen = categorieen.slice(0, aantalCategorieen);
  const respondenten = Array.from({ length: aantal }, (_, i) => {
    const v: Record<string, string> = {};
    for (const c of gekozen) {
      v[c.categorie] = kies(random, c.waarden, (w) => {
        const jong = v.leeftijd === '16-24' || v.leeftijd === '25-34';
        if (c.categorie === 'opleiding' && jong) return w === 'hoog' ? 0.6 : w === 'laag' ? 1.4 : 1;
        if (c.categorie === 'woonsituatie' && jong) return w === 'huur' ? 2.5 : 1;
        if (c.categorie === 'woonsituatie' && v.migratieachtergrond === 'buiten-europa') return w === 'huur' ? 2 : 1;
        return 1;
      });
      if (
        c.categorie === 'wijk' &&
        v.wijk !== 'west' &&
        v.migratieachtergrond === 'buiten-europa' &&
        random.next() < 0.3
      ) {
        v.wijk = 'west';
      }
    }
    return { rij: i + 1, id: `R${String(i + 1).padStart(5, '0')}`, waarden: gekozen.map((c) => v[c.categorie]!) };
  });
  const aandelen: TargetShare[] = gekozen.flatMap((c) =>
    c.waarden.map(([waarde, doel]) => ({ categorie: c.categorie, waarde, aandeel: doel })),
  );
  const marge = Math.max(1, Math.round(panelgrootte * 0.03));
  const quota = quotaFromShares(aandelen, panelgrootte, marge).map(({ categorie, waarde, min, max }) => ({
    categorie,
    waarde,
    min,
    max,
  }));
  return { pool: { categorieen: gekozen.map((c) => c.categorie), respondenten }, quota };
}
