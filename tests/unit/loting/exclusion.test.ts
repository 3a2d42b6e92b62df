import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance } from '../../../shared/loting/instance';
import { leximin } from '../../../shared/loting/leximin';
import type { Pool, Quotum } from '../../../shared/loting/model';
import { makeReport } from '../../../shared/loting/report';
import { leximinRelaxation } from '../../../shared/loting/relaxation';
import { reachability, reachabilityNotices, exclusionText } from '../../../shared/loting/exclusion';
import { compute } from './helpers';
import { smallPool } from './pools';

const makePoolOf = (categories: string[], rows: string[][]): Pool => ({
  categories,
  respondents: rows.map((values, i) => ({ row: i + 1, id: `p${i + 1}`, values })),
});

/** A value with maximum 0: the two people with geslacht = anders can never be on the panel. */
const maxZero = () => {
  const pool = makePoolOf(
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
    { category: 'geslacht', value: 'vrouw', min: 1, max: 2 },
    { category: 'geslacht', value: 'man', min: 1, max: 2 },
    { category: 'geslacht', value: 'anders', min: 0, max: 0 },
    { category: 'leeftijd', value: 'jong', min: 1, max: 2 },
    { category: 'leeftijd', value: 'oud', min: 1, max: 2 },
  ];
  return { pool, settings: { panelSize: 3, quota, excludeHouseholds: false } };
};

/**
 * Parity: with a panel of 2, p2 (man, jong, zuid) clashes with everyone — with p1 two young, with
 * p3 two in zuid, with p4 two men — and so does p3; the only panel is p1 + p4. Half of everyone
 * would fit as a fractional panel, so the LP relaxation alone would promise p2 50 %.
 */
const parity = () => {
  const pool = makePoolOf(
    ['geslacht', 'leeftijd', 'wijk'],
    [
      ['vrouw', 'jong', 'noord'],
      ['man', 'jong', 'zuid'],
      ['vrouw', 'oud', 'zuid'],
      ['man', 'oud', 'noord'],
    ],
  );
  const quota: Quotum[] = [
    { category: 'geslacht', value: 'vrouw', min: 0, max: 1 },
    { category: 'geslacht', value: 'man', min: 1, max: 1 },
    { category: 'leeftijd', value: 'jong', min: 1, max: 1 },
    { category: 'leeftijd', value: 'oud', min: 0, max: 1 },
    { category: 'wijk', value: 'noord', min: 1, max: 2 },
    { category: 'wijk', value: 'zuid', min: 0, max: 1 },
  ];
  return { pool, settings: { panelSize: 2, quota, excludeHouseholds: false } };
};

describe('every zero explained', async () => {
  const solver = await highsSolver();

  it('names the people excluded by a maximum of 0, before LEXIMIN, and gives them 0', async () => {
    const { pool, settings } = maxZero();
    const instance = buildInstance(pool, settings);
    const b = await reachability(instance, solver);
    if (!b) throw new Error('verwacht panels');
    const people = b.unreachable.flatMap((t) => instance.types[t]!.members).sort();
    expect(people).toEqual([6, 7]);
    expect(b.reasons.every((r) => r?.kind === 'zero-maximum')).toBe(true);

    const outcome = await compute(pool, settings);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const r = outcome.result;
    expect(r.unreachable).toBe(2);
    expect(r.excluded.flatMap((g) => g.people).sort()).toEqual([6, 7]);
    for (const g of r.excluded) {
      expect(g.kind).toBe('zero-maximum');
      expect(g.quota).toEqual([{ category: 'geslacht', value: 'anders', min: 0, max: 0, direction: 'zero' }]);
      expect(exclusionText(g)).toContain('geslacht = anders heeft maximum 0');
    }
    expect(r.probabilities[6]).toBe(0);
    expect(r.probabilities[7]).toBe(0);
    // One consistent story: the minimum is 0 and proven so; the bound cannot sit above it.
    expect(r.minimum).toBe(0);
    expect(r.minimumUpperBound).toBe(0);
    expect(r.minimumReachable).toBeGreaterThan(0);
    expect(r.reachableUpperBound).toBeGreaterThanOrEqual(r.minimumReachable! - 1e-12);
    // The greedy comparison gives them 0 too: it closes anders before the first pick.
    expect(r.legacy.probabilities[6]).toBe(0);
    expect(r.legacy.probabilities[7]).toBe(0);
  });

  it('names a parity-unreachable person with the quota that clash, and keeps the bound at the proven 0', async () => {
    const { pool, settings } = parity();
    const instance = buildInstance(pool, settings);
    const relax = await leximinRelaxation(instance, solver);
    const p2 = instance.types.findIndex((t) => t.members.includes(1));
    const p3 = instance.types.findIndex((t) => t.members.includes(2));
    // The LP alone would promise p2 a positive chance: only whole panels show that p2 never fits.
    expect(relax!.typeProbability[p2]).toBeGreaterThan(0.1);
    const b = await reachability(instance, solver);
    expect(b?.unreachable).toEqual([p2, p3].sort());
    for (const reason of b!.reasons) {
      expect(reason?.kind).toBe('combination');
      expect(reason?.features.length).toBeGreaterThan(0);
    }

    const outcome = await compute(pool, settings);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    const r = outcome.result;
    expect(r.excluded.flatMap((g) => g.people).sort()).toEqual([1, 2]);
    for (const g of r.excluded) expect(exclusionText(g)).toMatch(/(boven het maximum|onder het minimum) van/);
    expect(r.probabilities[1]).toBe(0);
    expect(r.probabilities[2]).toBe(0);
    expect(r.probabilities[0]).toBeCloseTo(1, 9);
    expect(r.minimum).toBe(0);
    expect(r.minimumUpperBound).toBe(0);
    expect(r.exact).toBe(true);
    expect(r.reachableUpperBound).toBeCloseTo(r.minimumReachable!, 9);
    for (const panel of r.distribution.panels) expect(panel[p2]! + panel[p3]!).toBe(0);

    const report = JSON.stringify(
      makeReport(
        r,
        pool,
        { columns: [{ name: 'id', role: 'id' }], rows: pool.respondents.map((x) => [x.id]) },
        { columns: [] },
      ),
    );
    expect(report).toContain('p2');
    expect(report).toContain('kunnen nooit in het panel');
  });

  it('names them on the quota screen before any computation, and never guesses when out of time', async () => {
    const { pool, settings } = parity();
    const instance = buildInstance(pool, settings);
    const messages = await reachabilityNotices(pool, instance, solver, 3);
    // Grouped by reason: p2 and p3 clash with different quota.
    expect(messages.map((m) => m.text)).toEqual([
      expect.stringMatching(
        /^Deze respondent kan nooit in het panel komen \(kans 0%\): p2\. Waarom: ieder quotum apart/,
      ),
      expect.stringMatching(
        /^Deze respondent kan nooit in het panel komen \(kans 0%\): p3\. Waarom: ieder quotum apart/,
      ),
    ]);
    // Out of time: only what is certain (maximum 0) is named, plus a note that the computation decides.
    const hasty = await reachabilityNotices(pool, instance, solver, -1);
    expect(hasty.map((m) => m.text)).toEqual([expect.stringMatching(/^Binnen -1 seconden is niet voor iedereen/)]);
    const zero = maxZero();
    const zeroNotices = await reachabilityNotices(zero.pool, buildInstance(zero.pool, zero.settings), solver, -1);
    expect(zeroNotices[0]!.text).toMatch(/^Deze 2 respondenten kunnen nooit in het panel komen \(kans 0%\): p7, p8\./);
  });

  it('on random small pools: whoever is reported unreachable is in no panel, everyone else has a chance', async () => {
    let withZero = 0;
    await fc.assert(
      fc.asyncProperty(smallPool, async ({ pool, quota, panel }) => {
        const instance = buildInstance(pool, { panelSize: panel, quota, excludeHouseholds: false });
        const r = await leximin(instance, { solver });
        if (!r.ok) return;
        if (r.unreachable.length > 0) withZero++;
        expect(r.reasons).toHaveLength(r.unreachable.length);
        const out = new Set(r.unreachable);
        for (const p of r.distribution.panels) for (const t of out) expect(p[t]).toBe(0);
        r.typeProbability.forEach((k, t) => {
          if (out.has(t)) expect(k).toBe(0);
          else expect(k).toBeGreaterThan(1e-9);
        });
        const minReachable = Math.min(...r.typeProbability.filter((_, t) => !out.has(t)));
        expect(r.minimumUpperBound).toBeGreaterThanOrEqual(minReachable - 1e-9);
        // Exact (either path): the bound is the minimum itself, never a higher LP value.
        if (r.exact) expect(r.minimumUpperBound).toBeCloseTo(minReachable, 9);
      }),
      { numRuns: 60, seed: 17 },
    );
    expect(withZero).toBeGreaterThan(3);
  }, 60_000);
});
