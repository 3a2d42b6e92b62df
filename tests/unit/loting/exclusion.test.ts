import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance } from '../../../shared/loting/instance';
import { leximin } from '../../../shared/loting/leximin';
import type { Pool, Quotum } from '../../../shared/loting/model';
import { makeReport } from '../../../shared/loting/report';
import { leximinRelaxatie } from '../../../shared/loting/relaxation';
import { bereikbaarheid, bereikbaarheidsMeldingen, exclusionText } from '../../../shared/loting/exclusion';
import { bereken } from './helpers';
import { kleinePool } from './pools';

const maakPoolVan = (categorieen: string[], rijen: string[][]): Pool => ({
  categorieen,
  respondenten: rijen.map((waarden, i) => ({ rij: i + 1, id: `p${i + 1}`, waarden })),
});

/** A value with maximum 0: the two people with geslacht = anders can never be on the panel. */
const maxNul = () => {
  const pool = maakPoolVan(
    ['geslacht', 'leeftijd'],
    [
      ['vrouw', 'jong'],
      ['vrouw', 'oud'],
      ['vrouw', 'oud'],
      ['man', 'jong'],
      ['man', 'oud'],
      ['man', 'jong'],
      ['anders', 'jong'],
      ['anders', 'oud'],
    ],
  );
  const quota: Quotum[] = [
    { categorie: 'geslacht', waarde: 'vrouw', min: 1, max: 2 },
    { categorie: 'geslacht', waarde: 'man', min: 1, max: 2 },
    { categorie: 'geslacht', waarde: 'anders', min: 0, max: 0 },
    { categorie: 'leeftijd', waarde: 'jong', min: 1, max: 2 },
    { categorie: 'leeftijd', waarde: 'oud', min: 1, max: 2 },
  ];
  return { pool, instellingen: { panelgrootte: 3, quota, huishoudensUitsluiten: false } };
};

/**
 * Parity: with a panel of 2, p2 (man, jong, zuid) clashes with everyone — with p1 two young, with
 * p3 two in zuid, with p4 two men — and so does p3; the only panel is p1 + p4. Half of everyone
 * would fit as a fractional panel, so the LP relaxation alone would promise p2 50 %.
 */
const pariteit = () => {
  const pool = maakPoolVan(
    ['geslacht', 'leeftijd', 'wijk'],
    [
      ['vrouw', 'jong', 'noord'],
      ['man', 'jong', 'zuid'],
      ['vrouw', 'oud', 'zuid'],
      ['man', 'oud', 'noord'],
    ],
  );
  const quota: Quotum[] = [
    { categorie: 'geslacht', waarde: 'vrouw', min: 0, max: 1 },
    { categorie: 'geslacht', waarde: 'man', min: 1, max: 1 },
    { categorie: 'leeftijd', waarde: 'jong', min: 1, max: 1 },
    { categorie: 'leeftijd', waarde: 'oud', min: 0, max: 1 },
    { categorie: 'wijk', waarde: 'noord', min: 1, max: 2 },
    { categorie: 'wijk', waarde: 'zuid', min: 0, max: 1 },
  ];
  return { pool, instellingen: { panelgrootte: 2, quota, huishoudensUitsluiten: false } };
};

describe('every zero explained', async () => {
  const solver = await highsSolver();

  it('names the people excluded by a maximum of 0, before LEXIMIN, and gives them 0', async () => {
    const { pool, instellingen } = maxNul();
    const instance = buildInstance(pool, instellingen);
    const b = await bereikbaarheid(instance, solver);
    if (!b) throw new Error('verwacht panels');
    const personen = b.onbereikbaar.flatMap((t) => instance.types[t]!.leden).sort();
    expect(personen).toEqual([6, 7]);
    expect(b.redenen.every((r) => r?.soort === 'maximum-nul')).toBe(true);

    const uitkomst = await bereken(pool, instellingen);
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst));
    const r = uitkomst.resultaat;
    expect(r.onbereikbaar).toBe(2);
    expect(r.uitgesloten.flatMap((g) => g.personen).sort()).toEqual([6, 7]);
    for (const g of r.uitgesloten) {
      expect(g.soort).toBe('maximum-nul');
      expect(g.quota).toEqual([{ categorie: 'geslacht', waarde: 'anders', min: 0, max: 0, richting: 'nul' }]);
      expect(exclusionText(g)).toContain('geslacht = anders heeft maximum 0');
    }
    expect(r.kansen[6]).toBe(0);
    expect(r.kansen[7]).toBe(0);
    // One consistent story: the minimum is 0 and proven so; the bound cannot sit above it.
    expect(r.minimum).toBe(0);
    expect(r.bovengrensMinimum).toBe(0);
    expect(r.minimumBereikbaar).toBeGreaterThan(0);
    expect(r.bovengrensBereikbaar).toBeGreaterThanOrEqual(r.minimumBereikbaar! - 1e-12);
    // The greedy comparison gives them 0 too: it closes anders before the first pick.
    expect(r.legacy.kansen[6]).toBe(0);
    expect(r.legacy.kansen[7]).toBe(0);
  });

  it('names a parity-unreachable person with the quota that clash, and keeps the bound at the proven 0', async () => {
    const { pool, instellingen } = pariteit();
    const instance = buildInstance(pool, instellingen);
    const relax = await leximinRelaxatie(instance, solver);
    const p2 = instance.types.findIndex((t) => t.leden.includes(1));
    const p3 = instance.types.findIndex((t) => t.leden.includes(2));
    // The LP alone would promise p2 a positive chance: only whole panels show that p2 never fits.
    expect(relax!.typeKans[p2]).toBeGreaterThan(0.1);
    const b = await bereikbaarheid(instance, solver);
    expect(b?.onbereikbaar).toEqual([p2, p3].sort());
    for (const reden of b!.redenen) {
      expect(reden?.soort).toBe('combinatie');
      expect(reden?.kenmerken.length).toBeGreaterThan(0);
    }

    const uitkomst = await bereken(pool, instellingen);
    if (!uitkomst.ok) throw new Error(JSON.stringify(uitkomst));
    const r = uitkomst.resultaat;
    expect(r.uitgesloten.flatMap((g) => g.personen).sort()).toEqual([1, 2]);
    for (const g of r.uitgesloten) expect(exclusionText(g)).toMatch(/(boven het maximum|onder het minimum) van/);
    expect(r.kansen[1]).toBe(0);
    expect(r.kansen[2]).toBe(0);
    expect(r.kansen[0]).toBeCloseTo(1, 9);
    expect(r.minimum).toBe(0);
    expect(r.bovengrensMinimum).toBe(0);
    expect(r.exact).toBe(true);
    expect(r.bovengrensBereikbaar).toBeCloseTo(r.minimumBereikbaar!, 9);
    for (const panel of r.verdeling.panels) expect(panel[p2]! + panel[p3]!).toBe(0);

    const verslag = JSON.stringify(
      makeReport(
        r,
        pool,
        { kolommen: [{ naam: 'id', rol: 'id' }], rijen: pool.respondenten.map((x) => [x.id]) },
        { kolommen: [] },
      ),
    );
    expect(verslag).toContain('p2');
    expect(verslag).toContain('kunnen nooit in het panel');
  });

  it('names them on the quota screen before any computation, and never guesses when out of time', async () => {
    const { pool, instellingen } = pariteit();
    const instance = buildInstance(pool, instellingen);
    const meldingen = await bereikbaarheidsMeldingen(pool, instance, solver, 3);
    // Grouped by reason: p2 and p3 clash with different quota.
    expect(meldingen.map((m) => m.tekst)).toEqual([
      expect.stringMatching(
        /^Deze respondent kan nooit in het panel komen \(kans 0%\): p2\. Waarom: ieder quotum apart/,
      ),
      expect.stringMatching(
        /^Deze respondent kan nooit in het panel komen \(kans 0%\): p3\. Waarom: ieder quotum apart/,
      ),
    ]);
    // Out of time: only what is certain (maximum 0) is named, plus a note that the computation decides.
    const haastig = await bereikbaarheidsMeldingen(pool, instance, solver, -1);
    expect(haastig.map((m) => m.tekst)).toEqual([expect.stringMatching(/^Binnen -1 seconden is niet voor iedereen/)]);
    const nul = maxNul();
    const nulMeldingen = await bereikbaarheidsMeldingen(
      nul.pool,
      buildInstance(nul.pool, nul.instellingen),
      solver,
      -1,
    );
    expect(nulMeldingen[0]!.tekst).toMatch(
      /^Deze 2 respondenten kunnen nooit in het panel komen \(kans 0%\): p7, p8\./,
    );
  });

  it('on random small pools: whoever is reported unreachable is in no panel, everyone else has a chance', async () => {
    let metNul = 0;
    await fc.assert(
      fc.asyncProperty(kleinePool, async ({ pool, quota, panel }) => {
        const instance = buildInstance(pool, { panelgrootte: panel, quota, huishoudensUitsluiten: false });
        const r = await leximin(instance, { solver });
        if (!r.ok) return;
        if (r.onbereikbaar.length > 0) metNul++;
        expect(r.redenen).toHaveLength(r.onbereikbaar.length);
        const uit = new Set(r.onbereikbaar);
        for (const p of r.verdeling.panels) for (const t of uit) expect(p[t]).toBe(0);
        r.typeKans.forEach((k, t) => {
          if (uit.has(t)) expect(k).toBe(0);
          else expect(k).toBeGreaterThan(1e-9);
        });
        const minBereikbaar = Math.min(...r.typeKans.filter((_, t) => !uit.has(t)));
        expect(r.bovengrensMinimum).toBeGreaterThanOrEqual(minBereikbaar - 1e-9);
        // Exact (either path): the bound is the minimum itself, never a higher LP value.
        if (r.exact) expect(r.bovengrensMinimum).toBeCloseTo(minBereikbaar, 9);
      }),
      { numRuns: 60, seed: 17 },
    );
    expect(metNul).toBeGreaterThan(3);
  }, 60_000);
});
