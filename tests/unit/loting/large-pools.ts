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
const extra: Array<{ categorie: string; waarden: Array<[string, number, number]> }> = [
  {
    categorie: 'inkomen',
    waarden: [
      ['laag', 0.3, 0.2],
      ['midden', 0.4, 0.4],
      ['hoog', 0.3, 0.4],
    ],
  },
  {
    categorie: 'huishoudtype',
    waarden: [
      ['alleen', 0.38, 0.3],
      ['paar', 0.28, 0.35],
      ['gezin', 0.28, 0.3],
      ['anders', 0.06, 0.05],
    ],
  },
  {
    categorie: 'werk',
    waarden: [
      ['werkend', 0.55, 0.5],
      ['student', 0.1, 0.06],
      ['gepensioneerd', 0.2, 0.3],
      ['anders', 0.15, 0.14],
    ],
  },
  {
    categorie: 'vervoer',
    waarden: [
      ['auto', 0.5, 0.55],
      ['fiets', 0.35, 0.35],
      ['ov', 0.15, 0.1],
    ],
  },
];

export interface GrotePool {
  pool: Pool;
  quota: Quotum[];
}

/** `aantalKenmerken` 7..10: the proefpool's six plus that many extra. */
export function poolMetKenmerken(aantal: number, panel: number, seed: number, aantalKenmerken = 10): GrotePool {
  const basis = makeSamplePool(aantal, panel, seed, 6);
  const random = createRandom(seed + 1);
  const erbij = extra.slice(0, aantalKenmerken - 6);
  const respondenten = basis.pool.respondenten.map((r) => ({
    ...r,
    waarden: [
      ...r.waarden,
      ...erbij.map((c) => {
        let u = random.next() * c.waarden.reduce((s, w) => s + w[2], 0);
        for (const [w, , p] of c.waarden) {
          u -= p;
          if (u < 0) return w;
        }
        return c.waarden[c.waarden.length - 1]![0];
      }),
    ],
  }));
  const marge = Math.max(1, Math.round(panel * 0.03));
  const quota = [
    ...basis.quota,
    ...quotaFromShares(
      erbij.flatMap((c) => c.waarden.map(([waarde, aandeel]) => ({ categorie: c.categorie, waarde, aandeel }))),
      panel,
      marge,
    ).map(({ categorie, waarde, min, max }) => ({ categorie, waarde, min, max })),
  ];
  return { pool: { categorieen: [...basis.pool.categorieen, ...erbij.map((c) => c.categorie)], respondenten }, quota };
}

/**
 * The proefpool with `adressen` shared addresses: two to four respondents live at each (in
 * random order), everyone else alone. Households are keyed by street, house number and postcode.
 */
export function poolMetHuishoudens(
  aantal: number,
  panel: number,
  seed: number,
  adressen: number,
): GrotePool & {
  adres: Array<{ straat: string; huisnummer: string; postcode: string }>;
} {
  const basis = makeSamplePool(aantal, panel, seed, 6);
  const random = createRandom(seed + 2);
  const volgorde = Array.from({ length: aantal }, (_, i) => i);
  for (let i = volgorde.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [volgorde[i], volgorde[j]] = [volgorde[j]!, volgorde[i]!];
  }
  const adres = Array.from({ length: aantal }, (_, i) => ({
    straat: `Laan ${i % 97}`,
    huisnummer: String(1000 + i),
    postcode: `${1000 + (i % 89)} AB`,
  }));
  let k = 0;
  for (let a = 0; a < adressen; a++) {
    const leden = 2 + random.int(3);
    const gedeeld = { straat: `Dorpsstraat`, huisnummer: String(a + 1), postcode: `${2000 + (a % 7)} XY` };
    for (let i = 0; i < leden && k < aantal; i++) adres[volgorde[k++]!] = gedeeld;
  }
  const respondenten = basis.pool.respondenten.map((r, i) => ({
    ...r,
    huishouden: `${adres[i]!.straat}|${adres[i]!.huisnummer}|${adres[i]!.postcode}`,
  }));
  return { pool: { categorieen: basis.pool.categorieen, respondenten }, quota: basis.quota, adres };
}
