import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildInstance } from '../../../shared/loting/instance';
import { boundDraws, legacyDraw, estimateLegacy } from '../../../shared/loting/greedy';
import { meetsQuota } from '../../../shared/loting/panelmodel';
import { createRandom } from '../../../shared/loting/prng';
import { binomialCdf, binomialUpperBound } from '../../../shared/loting/statistics';
import { smallPool } from './pools';

describe('the greedy comparison', () => {
  it('only ever returns panels that meet every quotum, and never picks a value with maximum 0', async () => {
    let panels = 0;
    let withZero = 0;
    await fc.assert(
      fc.asyncProperty(smallPool, async ({ pool, quota, panel, seed }) => {
        const instance = buildInstance(pool, { panelSize: panel, quota, excludeHouseholds: false });
        const random = createRandom(seed);
        for (let i = 0; i < 30; i++) {
          const p = legacyDraw(instance, random);
          if (!p) continue;
          panels++;
          expect(meetsQuota(instance, p)).toBe(true);
        }
        const zero = instance.types.flatMap((type, t) =>
          type.features.some((f) => instance.features[f]!.max === 0) ? [t] : [],
        );
        if (zero.length > 0) withZero++;
        const s = await estimateLegacy(instance, { draws: 50, seed, minBoundDraws: 50, maxBoundDraws: 50 });
        for (const t of zero) expect(s.typeProbability[t]).toBe(0);
      }),
      { numRuns: 150, seed: 3 },
    );
    expect(panels).toBeGreaterThan(100);
    expect(withZero).toBeGreaterThan(5);
  });

  it('bounds the lowest probability with a one-sided 99 % Clopper–Pearson bound', () => {
    // Zero hits: 1 − 0.01^(1/n), about 4.6 / n (the rule of three at 99 %).
    expect(binomialUpperBound(0, 10_000, 0.01)).toBeCloseTo(4.605e-4, 6);
    for (const [k, n] of [
      [1, 50],
      [5, 100],
      [82, 28_000],
      [900, 20_000],
    ] as const) {
      const p = binomialUpperBound(k, n, 0.01);
      expect(p).toBeGreaterThan(k / n);
      expect(binomialCdf(k, n, p)).toBeCloseTo(0.01, 6);
    }
    // Draws for the bound: about 90 expected hits, within the limits.
    expect(boundDraws(0.003, 10_000, 200_000)).toBe(30_000);
    expect(boundDraws(0, 10_000, 200_000)).toBe(200_000);
  });
});
