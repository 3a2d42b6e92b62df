import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance } from '../../../shared/loting/instance';
import { estimateLegacy } from '../../../shared/loting/greedy';
import { leximin } from '../../../shared/loting/leximin';
import type { Pool, Quotum } from '../../../shared/loting/model';
import { meetsQuota } from '../../../shared/loting/panelmodel';
import { drawPanel } from '../../../shared/loting/draw';
import { validateLoting } from '../../../shared/loting/validation';
import { smallPool } from './pools';

describe('LEXIMIN on random small pools (fast-check)', async () => {
  const solver = await highsSolver();

  it('meets every quotum, sums to the panel size, beats the greedy method, and reproduces draws', async () => {
    let feasible = 0;
    await fc.assert(
      fc.asyncProperty(smallPool, async ({ pool, quota, panel, seed }) => {
        const settings = { panelSize: panel, quota, excludeHouseholds: false };
        const errors = validateLoting(pool, settings, false).filter((m) => m.severity === 'error');
        const instance = buildInstance(pool, settings);
        const r = await leximin(instance, { solver });
        if (!r.ok) {
          // Infeasible quota are reported (with a diagnosis), never a crash.
          expect(r.reason).toBe('geen-panel');
          return;
        }
        expect(errors).toEqual([]);
        feasible++;
        for (const p of r.distribution.panels) expect(meetsQuota(instance, p)).toBe(true);
        expect(r.distribution.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        const sum = r.typeProbability.reduce((s, k, t) => s + k * instance.types[t]!.members.length, 0);
        expect(sum).toBeCloseTo(panel, 6);
        // The greedy draws form a distribution over feasible panels too, so LEXIMIN's minimum
        // can never be lower than the minimum of their empirical probabilities.
        const legacy = await estimateLegacy(instance, {
          draws: 200,
          seed,
          minBoundDraws: 100,
          maxBoundDraws: 200,
        });
        if (legacy.draws > 0) {
          const reachable = r.typeProbability.map((_, t) => t).filter((t) => !r.unreachable.includes(t));
          const minLex = Math.min(...reachable.map((t) => r.typeProbability[t]!));
          const minLegacy = Math.min(...reachable.map((t) => legacy.typeProbability[t]!));
          expect(minLex).toBeGreaterThanOrEqual(minLegacy - 1e-6);
        }
        const a = drawPanel(instance, r.distribution, seed, pool.respondents.length);
        const b = drawPanel(instance, r.distribution, seed, pool.respondents.length);
        expect(b).toEqual(a);
        expect(a.panel).toHaveLength(panel);
      }),
      { numRuns: 40, seed: 20260611 },
    );
    expect(feasible).toBeGreaterThan(5);
  }, 60_000);

  it('names the quota that cannot be met together', async () => {
    // Each quotum alone is fine, together impossible: the two women are both young, but at most
    // one young person may be on the panel while at least two women must be.
    const pool: Pool = {
      categories: ['geslacht', 'leeftijd'],
      respondents: [
        ['vrouw', 'jong'],
        ['vrouw', 'jong'],
        ['man', 'oud'],
        ['man', 'oud'],
      ].map((values, i) => ({ row: i + 1, id: `p${i}`, values })),
    };
    const quota: Quotum[] = [
      { category: 'geslacht', value: 'vrouw', min: 2, max: 2 },
      { category: 'geslacht', value: 'man', min: 0, max: 2 },
      { category: 'leeftijd', value: 'jong', min: 0, max: 1 },
      { category: 'leeftijd', value: 'oud', min: 0, max: 2 },
    ];
    const settings = { panelSize: 2, quota, excludeHouseholds: false };
    expect(validateLoting(pool, settings, false)).toEqual([]);
    const r = await leximin(buildInstance(pool, settings), { solver });
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'geen-panel') throw new Error('verwacht geen-panel');
    expect(r.relaxationOutcome.length).toBeGreaterThan(0);
  });
});
