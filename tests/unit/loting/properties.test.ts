import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance } from '../../../shared/loting/instance';
import { schatLegacy } from '../../../shared/loting/greedy';
import { leximin } from '../../../shared/loting/leximin';
import type { Pool, Quotum } from '../../../shared/loting/model';
import { meetsQuota } from '../../../shared/loting/panelmodel';
import { drawPanel } from '../../../shared/loting/draw';
import { validateLoting } from '../../../shared/loting/validation';
import { kleinePool } from './pools';

describe('LEXIMIN on random small pools (fast-check)', async () => {
  const solver = await highsSolver();

  it('meets every quotum, sums to the panel size, beats the greedy method, and reproduces draws', async () => {
    let haalbaar = 0;
    await fc.assert(
      fc.asyncProperty(kleinePool, async ({ pool, quota, panel, seed }) => {
        const instellingen = { panelgrootte: panel, quota, huishoudensUitsluiten: false };
        const fouten = validateLoting(pool, instellingen, false).filter((m) => m.ernst === 'fout');
        const instance = buildInstance(pool, instellingen);
        const r = await leximin(instance, { solver });
        if (!r.ok) {
          // Infeasible quota are reported (with a diagnosis), never a crash.
          expect(r.reden).toBe('geen-panel');
          return;
        }
        expect(fouten).toEqual([]);
        haalbaar++;
        for (const p of r.verdeling.panels) expect(meetsQuota(instance, p)).toBe(true);
        expect(r.verdeling.gewichten.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        const som = r.typeKans.reduce((s, k, t) => s + k * instance.types[t]!.leden.length, 0);
        expect(som).toBeCloseTo(panel, 6);
        // The greedy draws form a distribution over feasible panels too, so LEXIMIN's minimum
        // can never be lower than the minimum of their empirical probabilities.
        const legacy = await schatLegacy(instance, {
          trekkingen: 200,
          seed,
          minBoundTrekkingen: 100,
          maxBoundTrekkingen: 200,
        });
        if (legacy.trekkingen > 0) {
          const bereikbaar = r.typeKans.map((_, t) => t).filter((t) => !r.onbereikbaar.includes(t));
          const minLex = Math.min(...bereikbaar.map((t) => r.typeKans[t]!));
          const minLegacy = Math.min(...bereikbaar.map((t) => legacy.typeKans[t]!));
          expect(minLex).toBeGreaterThanOrEqual(minLegacy - 1e-6);
        }
        const a = drawPanel(instance, r.verdeling, seed, pool.respondenten.length);
        const b = drawPanel(instance, r.verdeling, seed, pool.respondenten.length);
        expect(b).toEqual(a);
        expect(a.panel).toHaveLength(panel);
      }),
      { numRuns: 40, seed: 20260611 },
    );
    expect(haalbaar).toBeGreaterThan(5);
  }, 60_000);

  it('names the quota that cannot be met together', async () => {
    // Each quotum alone is fine, together impossible: the two women are both young, but at most
    // one young person may be on the panel while at least two women must be.
    const pool: Pool = {
      categorieen: ['geslacht', 'leeftijd'],
      respondenten: [
        ['vrouw', 'jong'],
        ['vrouw', 'jong'],
        ['man', 'oud'],
        ['man', 'oud'],
      ].map((waarden, i) => ({ rij: i + 1, id: `p${i}`, waarden })),
    };
    const quota: Quotum[] = [
      { categorie: 'geslacht', waarde: 'vrouw', min: 2, max: 2 },
      { categorie: 'geslacht', waarde: 'man', min: 0, max: 2 },
      { categorie: 'leeftijd', waarde: 'jong', min: 0, max: 1 },
      { categorie: 'leeftijd', waarde: 'oud', min: 0, max: 2 },
    ];
    const instellingen = { panelgrootte: 2, quota, huishoudensUitsluiten: false };
    expect(validateLoting(pool, instellingen, false)).toEqual([]);
    const r = await leximin(buildInstance(pool, instellingen), { solver });
    expect(r.ok).toBe(false);
    if (r.ok || r.reden !== 'geen-panel') throw new Error('verwacht geen-panel');
    expect(r.relaxatie.length).toBeGreaterThan(0);
  });
});
