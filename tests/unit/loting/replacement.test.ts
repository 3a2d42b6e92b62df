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
import { bereken, voorbeeld } from './helpers';
import { kleinePool } from './pools';

/** Every subset of `lijst` with at most `max` elements (small panels only). */
function deelverzamelingen<T>(lijst: T[], max: number): T[][] {
  const uit: T[][] = [[]];
  for (const x of lijst) {
    const n = uit.length;
    for (let i = 0; i < n; i++) if (uit[i]!.length < max) uit.push([...uit[i]!, x]);
  }
  return uit;
}

const metHuishoudens = kleinePool.chain((p) =>
  fc.record({
    pool: fc.constant(p.pool),
    quota: fc.constant(p.quota),
    panel: fc.constant(p.panel),
    seed: fc.constant(p.seed),
    huishoudens: fc.option(
      fc.array(fc.integer({ min: 0, max: Math.max(1, Math.floor(p.pool.respondenten.length / 2)) }), {
        minLength: p.pool.respondenten.length,
        maxLength: p.pool.respondenten.length,
      }),
    ),
    maxUitval: fc.integer({ min: 1, max: p.panel }),
  }),
);

describe('replacements that survive several dropouts at once', async () => {
  const solver = await highsSolver();

  it('on random small pools: every set of up to maxUitval dropouts with reserves is refillable within quota', async () => {
    let getest = 0;
    let zonder = 0;
    await fc.assert(
      fc.asyncProperty(metHuishoudens, async ({ pool, quota, panel, seed, huishoudens, maxUitval }) => {
        const metHuis: Pool = huishoudens
          ? { ...pool, respondenten: pool.respondenten.map((r, i) => ({ ...r, huishouden: `h${huishoudens[i]}` })) }
          : pool;
        const instellingen = { panelgrootte: panel, quota, huishoudensUitsluiten: huishoudens !== null };
        const instance = buildInstance(metHuis, instellingen);
        const r = await leximin(instance, { solver });
        if (!r.ok) return;
        const huishoudenVan = huishoudens ? (p: number) => metHuis.respondenten[p]!.huishouden : undefined;
        const t = drawPanel(instance, r.verdeling, seed, metHuis.respondenten.length, {
          maxUitval,
          ...(huishoudenVan ? { huishoudenVan } : {}),
        });
        const typeVan = new Array<number>(metHuis.respondenten.length).fill(-1);
        instance.types.forEach((type, ti) => type.leden.forEach((p) => (typeVan[p] = ti)));
        // Each reserve serves one member and is not on the panel.
        const reserves = t.vervangers.flatMap((v) => (v.reserve === null ? [] : [v.reserve]));
        expect(new Set(reserves).size).toBe(reserves.length);
        for (const x of reserves) expect(t.panel).not.toContain(x);
        const met = t.vervangers.filter((v) => v.reserve !== null).map((v) => v.lid);
        for (const v of t.vervangers)
          if (v.reserve === null) {
            zonder++;
            expect(v.reden?.geenZelfdeProfiel).toBe(true);
            expect(noReplacementText(v.reden!, maxUitval)).toMatch(/^Geen vervanger/);
          }
        for (const s of deelverzamelingen(met, maxUitval)) {
          getest++;
          expect(canTopUp(instance, t.panel, t.vervangers, s, typeVan, huishoudenVan)).toBe(true);
        }
      }),
      { numRuns: 80, seed: 2026 },
    );
    expect(getest).toBeGreaterThan(100);
    expect(zonder).toBeGreaterThan(0);
  }, 120_000);

  it('never designates two cross-profile reserves that break a maximum together', () => {
    // man: max 2, 1 on the panel. Each woman alone could be replaced by a man, but with two
    // dropouts at once only one of them may get a man as reserve.
    const pool: Pool = {
      categorieen: ['geslacht'],
      respondenten: ['vrouw', 'vrouw', 'vrouw', 'man', 'man', 'man', 'man', 'man'].map((w, i) => ({
        rij: i + 1,
        id: `p${i + 1}`,
        waarden: [w],
      })),
    };
    const quota: Quotum[] = [
      { categorie: 'geslacht', waarde: 'vrouw', min: 1, max: 3 },
      { categorie: 'geslacht', waarde: 'man', min: 1, max: 2 },
    ];
    const instance = buildInstance(pool, { panelgrootte: 4, quota, huishoudensUitsluiten: false });
    const typeVan = [0, 0, 0, 1, 1, 1, 1, 1];
    const panel = [0, 1, 2, 3];
    const plan = replacementPlan(instance, panel, [4, 5, 6, 7], typeVan, 2);
    expect(plan.filter((v) => v.reserve !== null)).toHaveLength(2); // the man by a man, one woman by a man
    const zonder = plan.filter((v) => v.reserve === null);
    expect(zonder).toHaveLength(2);
    expect(noReplacementText(zonder[0]!.reden!, 2)).toBe(
      'Geen vervanger: buiten het panel heeft niemand precies dezelfde kenmerken, en met een vervanger met andere kenmerken is het maximum van geslacht = man (2) niet meer zeker als tot 2 panelleden tegelijk afvallen.',
    );
    expect(zonder[0]!.reden!.quota).toEqual([
      { categorie: 'geslacht', waarde: 'man', min: 1, max: 2, grens: 'maximum' },
    ]);
    for (const s of deelverzamelingen(
      plan.filter((v) => v.reserve !== null).map((v) => v.lid),
      2,
    ))
      expect(canTopUp(instance, panel, plan, s, typeVan)).toBe(true);
    // With one dropout at a time, every woman can get a man.
    expect(replacementPlan(instance, panel, [4, 5, 6, 7], typeVan, 1).filter((v) => v.reserve !== null)).toHaveLength(
      4,
    );
    expect(defaultMaxDropouts(100)).toBe(20);
    expect(defaultMaxDropouts(4)).toBe(1);
    // Draws stored before joint reserves only ever checked one dropout at a time.
    expect(guaranteedDropouts({})).toBe(1);
    expect(guaranteedDropouts({ maxUitval: 20 })).toBe(20);
  });

  it('on random small pools: a re-selection round keeps every quotum, and its chances sum to the open seats', async () => {
    let rondes = 0;
    await fc.assert(
      fc.asyncProperty(kleinePool, fc.nat(), async ({ pool, quota, panel, seed }, keuze) => {
        const instellingen = { panelgrootte: panel, quota, huishoudensUitsluiten: false };
        const eerste = await bereken(pool, instellingen, seed, 30);
        if (!eerste.ok) return;
        const r = eerste.resultaat;
        const aantal = 1 + (keuze % r.panel.length);
        const afvallers = r.panel.filter((_, i) => (i + keuze) % r.panel.length < aantal);
        const tweede = await computeReselection(
          pool,
          instellingen,
          { vorige: r, afvallers },
          {
            solver,
            seed: seed + 1,
            heeftHuishoudkolom: false,
            legacyTrekkingen: 30,
            legacyBoundTrekkingen: { min: 30, max: 30 },
          },
        );
        if (!tweede.ok) {
          // Only when the rest of the pool cannot fill the seats, and then with a reason.
          expect('meldingen' in tweede && tweede.meldingen.length > 0).toBe(true);
          return;
        }
        rondes++;
        const h = tweede.resultaat;
        expect(h.herselectie?.openPlaatsen).toBe(afvallers.length);
        const som = h.kansen.reduce((a, b) => a + b, 0);
        expect(som).toBeCloseTo(afvallers.length, 6);
        for (const p of [...r.panel]) expect(h.kansen[p]).toBe(0);
        for (const p of r.panel.filter((x) => !afvallers.includes(x))) expect(h.panel).toContain(p);
        for (const p of afvallers) expect(h.panel).not.toContain(p);
        expect(h.panel).toHaveLength(panel);
        const instance = buildInstance(pool, instellingen);
        const typeVan = new Array<number>(pool.respondenten.length).fill(-1);
        instance.types.forEach((type, t) => type.leden.forEach((p) => (typeVan[p] = t)));
        const perType = instance.types.map((t) => t.leden.filter((p) => h.panel.includes(p)).length);
        const c = instance.kenmerken.map((_, f) =>
          perType.reduce((s, x, t) => s + (instance.types[t]!.kenmerken.includes(f) ? x : 0), 0),
        );
        instance.kenmerken.forEach((k, f) => {
          expect(c[f]).toBeGreaterThanOrEqual(k.min);
          expect(c[f]).toBeLessThanOrEqual(k.max);
        });
      }),
      { numRuns: 60, seed: 99 },
    );
    expect(rondes).toBeGreaterThan(4);
  }, 120_000);
});

describe('the report on dropouts and re-selection', async () => {
  const { pool, quota, gegevens } = voorbeeld();
  const instellingen = { panelgrootte: 20, quota, huishoudensUitsluiten: false };
  const eerste = await bereken(pool, instellingen, 7, 100);
  if (!eerste.ok) throw new Error('berekening');
  const r = eerste.resultaat;

  it('says exactly what the reserves guarantee, and no more', () => {
    expect(r.maxUitval).toBe(4);
    const tekst = JSON.stringify(makeReport(r, pool, gegevens, { kolommen: [] }));
    expect(tekst).toContain('vallen er tegelijk hoogstens 4 panelleden af die een reserve hebben');
    expect(tekst).toContain('Doe dan een herselectie');
    expect(tekst).not.toContain('alle quota blijven dan gehaald');
  });

  it('records and reports a re-selection round like the first draw', async () => {
    const afvallers = r.panel.slice(0, 5);
    const h = await computeReselection(
      pool,
      instellingen,
      { vorige: r, afvallers },
      { solver: await highsSolver(), seed: 11, heeftHuishoudkolom: false, legacyTrekkingen: 100 },
    );
    if (!h.ok) throw new Error(JSON.stringify(h));
    expect(h.resultaat.exact).toBe(true);
    expect(h.resultaat.kansen.reduce((a, b) => a + b, 0)).toBeCloseTo(5, 6);
    expect(h.resultaat.herselectie).toMatchObject({ openPlaatsen: 5, vorigeSeed: 7 });
    const tekst = JSON.stringify(makeReport(h.resultaat, pool, gegevens, { kolommen: [] }));
    expect(tekst).toContain('Dit is een herselectie');
    expect(tekst).toContain('tellen samen op tot 5');
    // Reasons speak of the original quota: a value the members who stayed already fill is "full".
    for (const g of h.resultaat.uitgesloten) {
      expect(g.soort).not.toBe('maximum-nul');
      for (const q of g.quota)
        expect(quota).toContainEqual({ categorie: q.categorie, waarde: q.waarde, min: q.min, max: q.max });
    }
  });
});
