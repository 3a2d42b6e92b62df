import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { computeReselection } from '../../../shared/loting/reselection';
import { buildInstance } from '../../../shared/loting/instance';
import { leximin } from '../../../shared/loting/leximin';
import type { Pool, Quotum } from '../../../shared/loting/model';
import { drawPanel } from '../../../shared/loting/draw';
import {
  noReplacementText,
  guaranteedDropouts,
  canTopUp,
  defaultMaxDropouts,
  replacementPlan,
} from '../../../shared/loting/replacement';
import { makeReport } from '../../../shared/loting/report';
import { compute, example } from './helpers';
import { smallPool } from './pools';

/** Every subset of `list` with at most `max` elements (small panels only). */
function subsets<T>(list: T[], max: number): T[][] {
  const out: T[][] = [[]];
  for (const x of list) {
    const n = out.length;
    for (let i = 0; i < n; i++) if (out[i]!.length < max) out.push([...out[i]!, x]);
  }
  return out;
}

const withHouseholds = smallPool.chain((p) =>
  fc.record({
    pool: fc.constant(p.pool),
    quota: fc.constant(p.quota),
    panel: fc.constant(p.panel),
    seed: fc.constant(p.seed),
    households: fc.option(
      fc.array(fc.integer({ min: 0, max: Math.max(1, Math.floor(p.pool.respondents.length / 2)) }), {
        minLength: p.pool.respondents.length,
        maxLength: p.pool.respondents.length,
      }),
    ),
    maxDropouts: fc.integer({ min: 1, max: p.panel }),
  }),
);

describe('replacements that survive several dropouts at once', async () => {
  const solver = await highsSolver();

  it('on random small pools: every set of up to maxDropouts dropouts with reserves is refillable within quota', async () => {
    let tested = 0;
    let without = 0;
    await fc.assert(
      fc.asyncProperty(withHouseholds, async ({ pool, quota, panel, seed, households, maxDropouts }) => {
        const withHouse: Pool = households
          ? { ...pool, respondents: pool.respondents.map((r, i) => ({ ...r, household: `h${households[i]}` })) }
          : pool;
        const settings = { panelSize: panel, quota, excludeHouseholds: households !== null };
        const instance = buildInstance(withHouse, settings);
        const r = await leximin(instance, { solver });
        if (!r.ok) return;
        const householdOf = households ? (p: number) => withHouse.respondents[p]!.household : undefined;
        const t = drawPanel(instance, r.distribution, seed, withHouse.respondents.length, {
          maxDropouts,
          ...(householdOf ? { householdOf } : {}),
        });
        const typeOf = new Array<number>(withHouse.respondents.length).fill(-1);
        instance.types.forEach((type, ti) => type.members.forEach((p) => (typeOf[p] = ti)));
        // Each reserve serves one member and is not on the panel.
        const reserves = t.replacements.flatMap((v) => (v.reserve === null ? [] : [v.reserve]));
        expect(new Set(reserves).size).toBe(reserves.length);
        for (const x of reserves) expect(t.panel).not.toContain(x);
        const met = t.replacements.filter((v) => v.reserve !== null).map((v) => v.member);
        for (const v of t.replacements)
          if (v.reserve === null) {
            without++;
            expect(v.reason?.noSameProfile).toBe(true);
            expect(noReplacementText(v.reason!, maxDropouts)).toMatch(/^Geen vervanger/);
          }
        for (const s of subsets(met, maxDropouts)) {
          tested++;
          expect(canTopUp(instance, t.panel, t.replacements, s, typeOf, householdOf)).toBe(true);
        }
      }),
      { numRuns: 80, seed: 2026 },
    );
    expect(tested).toBeGreaterThan(100);
    expect(without).toBeGreaterThan(0);
  }, 120_000);

  it('never designates two cross-profile reserves that break a maximum together', () => {
    // man: max 2, 1 on the panel. Each woman alone could be replaced by a man, but with two
    // dropouts at once only one of them may get a man as reserve.
    const pool: Pool = {
      categories: ['geslacht'],
      respondents: ['vrouw', 'vrouw', 'vrouw', 'man', 'man', 'man', 'man', 'man'].map((w, i) => ({
        row: i + 1,
        id: `p${i + 1}`,
        values: [w],
      })),
    };
    const quota: Quotum[] = [
      { category: 'geslacht', value: 'vrouw', min: 1, max: 3 },
      { category: 'geslacht', value: 'man', min: 1, max: 2 },
    ];
    const instance = buildInstance(pool, { panelSize: 4, quota, excludeHouseholds: false });
    const typeOf = [0, 0, 0, 1, 1, 1, 1, 1];
    const panel = [0, 1, 2, 3];
    const plan = replacementPlan(instance, panel, [4, 5, 6, 7], typeOf, 2);
    expect(plan.filter((v) => v.reserve !== null)).toHaveLength(2); // the man by a man, one woman by a man
    const without = plan.filter((v) => v.reserve === null);
    expect(without).toHaveLength(2);
    expect(noReplacementText(without[0]!.reason!, 2)).toBe(
      'Geen vervanger: buiten het panel heeft niemand precies dezelfde kenmerken, en met een vervanger met andere kenmerken is het maximum van geslacht = man (2) niet meer zeker als tot 2 panelleden tegelijk afvallen.',
    );
    expect(without[0]!.reason!.quota).toEqual([
      { category: 'geslacht', value: 'man', min: 1, max: 2, bound: 'maximum' },
    ]);
    for (const s of subsets(
      plan.filter((v) => v.reserve !== null).map((v) => v.member),
      2,
    ))
      expect(canTopUp(instance, panel, plan, s, typeOf)).toBe(true);
    // With one dropout at a time, every woman can get a man.
    expect(replacementPlan(instance, panel, [4, 5, 6, 7], typeOf, 1).filter((v) => v.reserve !== null)).toHaveLength(4);
    expect(defaultMaxDropouts(100)).toBe(20);
    expect(defaultMaxDropouts(4)).toBe(1);
    // Draws stored before joint reserves only ever checked one dropout at a time.
    expect(guaranteedDropouts({})).toBe(1);
    expect(guaranteedDropouts({ maxDropouts: 20 })).toBe(20);
  });

  it('on random small pools: a re-selection round keeps every quotum, and its chances sum to the open seats', async () => {
    let rounds = 0;
    await fc.assert(
      fc.asyncProperty(smallPool, fc.nat(), async ({ pool, quota, panel, seed }, choice) => {
        const settings = { panelSize: panel, quota, excludeHouseholds: false };
        const first = await compute(pool, settings, seed, 30);
        if (!first.ok) return;
        const r = first.result;
        const count = 1 + (choice % r.panel.length);
        const dropouts = r.panel.filter((_, i) => (i + choice) % r.panel.length < count);
        const second = await computeReselection(
          pool,
          settings,
          { previous: r, dropouts },
          {
            solver,
            seed: seed + 1,
            hasHouseholdColumn: false,
            legacyDraws: 30,
            legacyBoundDraws: { min: 30, max: 30 },
          },
        );
        if (!second.ok) {
          // Only when the rest of the pool cannot fill the seats, and then with a reason.
          expect('messages' in second && second.messages.length > 0).toBe(true);
          return;
        }
        rounds++;
        const h = second.result;
        expect(h.reselection?.openSeats).toBe(dropouts.length);
        const sum = h.probabilities.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(dropouts.length, 6);
        for (const p of [...r.panel]) expect(h.probabilities[p]).toBe(0);
        for (const p of r.panel.filter((x) => !dropouts.includes(x))) expect(h.panel).toContain(p);
        for (const p of dropouts) expect(h.panel).not.toContain(p);
        expect(h.panel).toHaveLength(panel);
        const instance = buildInstance(pool, settings);
        const typeOf = new Array<number>(pool.respondents.length).fill(-1);
        instance.types.forEach((type, t) => type.members.forEach((p) => (typeOf[p] = t)));
        const perType = instance.types.map((t) => t.members.filter((p) => h.panel.includes(p)).length);
        const c = instance.features.map((_, f) =>
          perType.reduce((s, x, t) => s + (instance.types[t]!.features.includes(f) ? x : 0), 0),
        );
        instance.features.forEach((k, f) => {
          expect(c[f]).toBeGreaterThanOrEqual(k.min);
          expect(c[f]).toBeLessThanOrEqual(k.max);
        });
      }),
      { numRuns: 60, seed: 99 },
    );
    expect(rounds).toBeGreaterThan(4);
  }, 120_000);
});

describe('the report on dropouts and re-selection', async () => {
  const { pool, quota, poolData } = example();
  const settings = { panelSize: 20, quota, excludeHouseholds: false };
  const first = await compute(pool, settings, 7, 100);
  if (!first.ok) throw new Error('berekening');
  const r = first.result;

  it('says exactly what the reserves guarantee, and no more', () => {
    expect(r.maxDropouts).toBe(4);
    const text = JSON.stringify(makeReport(r, pool, poolData, { columns: [] }));
    expect(text).toContain('vallen er tegelijk hoogstens 4 panelleden af die een reserve hebben');
    expect(text).toContain('Doe dan een herselectie');
    expect(text).not.toContain('alle quota blijven dan gehaald');
  });

  it('records and reports a re-selection round like the first draw', async () => {
    const dropouts = r.panel.slice(0, 5);
    const h = await computeReselection(
      pool,
      settings,
      { previous: r, dropouts },
      { solver: await highsSolver(), seed: 11, hasHouseholdColumn: false, legacyDraws: 100 },
    );
    if (!h.ok) throw new Error(JSON.stringify(h));
    expect(h.result.exact).toBe(true);
    expect(h.result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(5, 6);
    expect(h.result.reselection).toMatchObject({ openSeats: 5, previousSeed: 7 });
    const text = JSON.stringify(makeReport(h.result, pool, poolData, { columns: [] }));
    expect(text).toContain('Dit is een herselectie');
    expect(text).toContain('tellen samen op tot 5');
    // Reasons speak of the original quota: a value the members who stayed already fill is "full".
    for (const g of h.result.excluded) {
      expect(g.kind).not.toBe('zero-maximum');
      for (const q of g.quota)
        expect(quota).toContainEqual({ category: q.category, value: q.value, min: q.min, max: q.max });
    }
  });
});
