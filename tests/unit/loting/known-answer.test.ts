import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildInstance } from '../../../shared/loting/instance';
import { createRandom, seedFromEntropy } from '../../../shared/loting/prng';
import { drawPanel } from '../../../shared/loting/draw';
import { compute, example, exampleFolder } from './helpers';

/**
 * Known answers for the draw, so a change to the generator or to the order in which it is used
 * shows up here and not in an auditor's replay. The PRNG values were computed once from
 * shared/loting/prng.ts and checked against an independent transcription of its description
 * (splitmix32 fills the sfc32 state: a = mix() ^ high, b, c, d = mix() | 1; 15 outputs
 * discarded; sfc32 step t = a + b + d, d += 1, a = b ^ (b >>> 9), b = c + (c << 3),
 * c = rotl(c, 21) + t) written in Python with unbounded integers masked to 32 bits.
 */
describe('PRNG known answers (sfc32 seeded by splitmix32)', () => {
  const uint32 = (seed: number, n: number) => {
    const r = createRandom(seed);
    return Array.from({ length: n }, () => r.next() * 2 ** 32);
  };
  const ints = (seed: number, n: number, bound: number) => {
    const r = createRandom(seed);
    return Array.from({ length: n }, () => r.int(bound));
  };

  it('gives the published first outputs for fixed seeds', () => {
    expect(uint32(0, 6)).toEqual([3047368389, 387095348, 2506032770, 735102004, 4023218824, 3083645593]);
    expect(uint32(2024, 6)).toEqual([4094494328, 4245132810, 13346605, 1540020144, 2303010530, 3980396390]);
    // The high half of a seed above 2^32 feeds the state too.
    expect(uint32(2 ** 32 + 5, 6)).toEqual([65306109, 824432161, 2970797538, 1117225604, 1037406523, 3795263102]);
    expect(uint32(2 ** 48 - 1, 6)).toEqual([702846146, 2253684822, 575900069, 411902651, 623526830, 406856744]);
  });

  it('gives the known integers below 10 (rejection sampling, no modulo bias)', () => {
    expect(ints(0, 10, 10)).toEqual([9, 8, 0, 4, 4, 3, 0, 5, 2, 6]);
    expect(ints(2024, 10, 10)).toEqual([8, 0, 5, 4, 0, 0, 8, 4, 5, 5]);
  });

  it('builds a 48-bit seed from two 32-bit values: the low 16 bits of the first on top', () => {
    const values = [0x1234_abcd, 0xdead_beef];
    expect(seedFromEntropy(() => values.shift()!)).toBe(0xabcd * 2 ** 32 + 0xdead_beef);
  });
});

interface Golden {
  seed: number;
  distribution: { panels: number[][]; weights: number[] };
  panelIndex: number;
  panel: number[];
  reserves: number[];
}

/**
 * A pinned seed → panel for the published example pool (200 respondents, panel of 20). The
 * LEXIMIN distribution is stored with it, so the draw from that distribution is checked on its
 * own: if a HiGHS update finds another optimal distribution, only the first test changes.
 * A deliberate change regenerates the file with UPDATE_GOLDEN=1.
 */
describe('pinned seed → panel golden (example_small_20, seed 2024)', () => {
  const file = new URL('golden-seed-2024.json', exampleFolder);
  const { pool, quota } = example();
  const settings = { panelSize: 20, quota, excludeHouseholds: false };

  it('computes the stored distribution and draws the stored panel and reserves', async () => {
    const u = await compute(pool, settings, 2024, 200);
    if (!u.ok) throw new Error('berekening mislukt');
    const r = u.result;
    const now: Golden = {
      seed: 2024,
      distribution: r.distribution,
      panelIndex: r.panelIndex,
      panel: r.panel,
      reserves: r.reserves,
    };
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(now, null, 1)}\n`);
    expect(existsSync(file), `${file.pathname} ontbreekt: draai met UPDATE_GOLDEN=1`).toBe(true);
    expect(now).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  }, 60_000);

  it('draws the stored panel from the stored distribution without any solver', () => {
    const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
    const drawn = drawPanel(buildInstance(pool, settings), golden.distribution, golden.seed, pool.respondents.length);
    expect(drawn.panelIndex).toBe(golden.panelIndex);
    expect(drawn.panel).toEqual(golden.panel);
    expect(drawn.reserves).toEqual(golden.reserves);
  });
});
