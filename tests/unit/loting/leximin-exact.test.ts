import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highsSolver } from '../../../main/loting/highs';
import { buildInstance, probabilityPerPerson } from '../../../shared/loting/instance';
import { leximin } from '../../../shared/loting/leximin';
import type { LotingSettings, Pool, PoolData } from '../../../shared/loting/model';
import { meetsQuota } from '../../../shared/loting/panelmodel';
import type { Solver } from '../../../shared/loting/solver';
import { createPool, validateLoting } from '../../../shared/loting/validation';
import { poolMetHuishoudens, poolMetKenmerken } from './large-pools';

/**
 * Exactness of LEXIMIN against an independent brute force: every panel of people (not types)
 * that meets the quota and the household rule is enumerated, and LEXIMIN over them is computed
 * the textbook way (maximise the lowest probability; fix exactly the people who cannot get more;
 * repeat). The sorted probability vectors must agree. Plus fixed instances with ten kenmerken
 * and households over two address columns, which must be proven exact and valid.
 */

/** All panels (sets of people) that meet every quotum and have at most one person per household. */
function allePanels(pool: Pool, instellingen: LotingSettings): number[][] {
  const N = pool.respondenten.length;
  const k = instellingen.panelgrootte;
  const uit: number[][] = [];
  const gekozen: number[] = [];
  const geldig = () => {
    for (const q of instellingen.quota) {
      const c = pool.categorieen.indexOf(q.categorie);
      const aantal = gekozen.filter((p) => pool.respondenten[p]!.waarden[c] === q.waarde).length;
      if (aantal < q.min || aantal > q.max) return false;
    }
    if (instellingen.huishoudensUitsluiten) {
      const h = gekozen.flatMap((p) => pool.respondenten[p]!.huishouden ?? []);
      if (new Set(h).size !== h.length) return false;
    }
    return true;
  };
  const rec = (van: number) => {
    if (gekozen.length === k) {
      if (geldig()) uit.push([...gekozen]);
      return;
    }
    for (let p = van; p <= N - (k - gekozen.length); p++) {
      gekozen.push(p);
      rec(p + 1);
      gekozen.pop();
    }
  };
  rec(0);
  return uit;
}

/** LEXIMIN per person over the given panels, by the definition (one LP per candidate per round). */
function bruteLeximin(solver: Solver, N: number, panels: number[][]): number[] {
  const P = panels.length;
  const inf = solver.infinity;
  const bevat = Array.from({ length: N }, (_, i) => panels.flatMap((panel, p) => (panel.includes(i) ? [p] : [])));
  const vast = new Map<number, number>();
  for (let i = 0; i < N; i++) if (bevat[i]!.length === 0) vast.set(i, 0);
  // Columns: p_0..p_{P-1}, z. Rows: Σ p = 1; per person Σ_{P∋i} p (− z when open) ≥ value.
  const los = (doelPersoon?: number, niveau?: number): { z: number; waarde: number } | null => {
    const rows = [{ lower: 1, upper: 1, indices: panels.map((_, p) => p), values: panels.map(() => 1) }];
    for (let i = 0; i < N; i++) {
      const idx = bevat[i]!;
      if (vast.has(i)) rows.push({ lower: vast.get(i)! - 1e-9, upper: inf, indices: idx, values: idx.map(() => 1) });
      else if (niveau !== undefined)
        rows.push({ lower: niveau - 1e-9, upper: inf, indices: idx, values: idx.map(() => 1) });
      else rows.push({ lower: 0, upper: inf, indices: [...idx, P], values: [...idx.map(() => 1), -1] });
    }
    const cost = new Array<number>(P + 1).fill(0);
    if (doelPersoon === undefined) cost[P] = 1;
    else for (const p of bevat[doelPersoon]!) cost[p] = 1;
    const model = solver.createModel({
      sense: 'max',
      colCost: cost,
      colLower: new Array<number>(P + 1).fill(0),
      colUpper: [...new Array<number>(P).fill(1), niveau === undefined ? 1 : 0],
      rows,
    });
    try {
      const r = model.solve();
      return r.status === 'optimal' ? { z: r.colValue[P]!, waarde: r.objective } : null;
    } finally {
      model.dispose();
    }
  };
  while (vast.size < N) {
    const z = los()!.waarde;
    const open = Array.from({ length: N }, (_, i) => i).filter((i) => !vast.has(i));
    // Whoever cannot get more than z while everyone open keeps z is fixed at z.
    const gebonden = open.filter((i) => los(i, z)!.waarde <= z + 1e-7);
    for (const i of gebonden.length > 0 ? gebonden : open) vast.set(i, z);
  }
  return Array.from({ length: N }, (_, i) => vast.get(i)!);
}

/** Small pools with two address columns: a few people share a street and house number. */
const kleinePoolMetAdressen = fc
  .record({
    aantal: fc.integer({ min: 6, max: 11 }),
    panel: fc.integer({ min: 2, max: 4 }),
    waarden: fc.array(fc.tuple(fc.nat({ max: 1 }), fc.nat({ max: 2 })), { minLength: 11, maxLength: 11 }),
    adres: fc.array(fc.nat({ max: 7 }), { minLength: 11, maxLength: 11 }),
    grenzen: fc.array(fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 3 })), { minLength: 5, maxLength: 5 }),
    huishoudens: fc.boolean(),
  })
  .map(({ aantal, panel, waarden, adres, grenzen, huishoudens }) => {
    const gegevens: PoolData = {
      kolommen: [
        { naam: 'geslacht', rol: 'kenmerk' },
        { naam: 'leeftijd', rol: 'kenmerk' },
        { naam: 'straat', rol: 'huishouden' },
        { naam: 'huisnummer', rol: 'huishouden' },
      ],
      rijen: Array.from({ length: aantal }, (_, i) => [
        `g${waarden[i]![0]}`,
        `l${waarden[i]![1]}`,
        // Addresses 0..7: the same street for 0–3 and 4–7, the house number tells them apart.
        adres[i]! < 4 ? 'Kerkstraat' : 'kerkstraat ',
        String(adres[i]! % 4 < 2 ? 1 : adres[i]! % 4),
      ]),
    };
    const { pool } = createPool(gegevens);
    const quota = pool.categorieen.flatMap((categorie, c) =>
      [...new Set(pool.respondenten.map((r) => r.waarden[c]!))].sort().map((waarde, j) => {
        const [min, extra] = grenzen[(c * 3 + j) % grenzen.length]!;
        return { categorie, waarde, min: Math.min(min, panel), max: Math.min(panel, min + extra) };
      }),
    );
    return { pool, instellingen: { panelgrootte: panel, quota, huishoudensUitsluiten: huishoudens } };
  });

describe('LEXIMIN is exact', async () => {
  const solver = await highsSolver();

  it('equals the brute-force LEXIMIN over all panels of people, households over two columns included', async () => {
    let vergeleken = 0;
    await fc.assert(
      fc.asyncProperty(kleinePoolMetAdressen, async ({ pool, instellingen }) => {
        if (validateLoting(pool, instellingen, true).some((m) => m.ernst === 'fout')) return;
        const panels = allePanels(pool, instellingen);
        const instance = buildInstance(pool, instellingen);
        const r = await leximin(instance, { solver });
        if (panels.length === 0) {
          expect(r.ok).toBe(false);
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.exact).toBe(true);
        vergeleken++;
        const N = pool.respondenten.length;
        const kans = probabilityPerPerson(instance, r.typeKans, N);
        const brute = bruteLeximin(solver, N, panels);
        const a = [...kans].sort((x, y) => x - y);
        const b = [...brute].sort((x, y) => x - y);
        for (let i = 0; i < N; i++) expect(a[i]).toBeCloseTo(b[i]!, 6);
        // People in no panel at all are exactly the ones reported unreachable.
        const nergens = new Set(brute.flatMap((k, p) => (k === 0 && !panels.some((x) => x.includes(p)) ? [p] : [])));
        const gemeld = new Set(r.onbereikbaar.flatMap((t) => instance.types[t]!.leden));
        expect(gemeld).toEqual(nergens);
      }),
      { numRuns: 80, seed: 20261129 },
    );
    expect(vergeleken).toBeGreaterThan(12);
  }, 120_000);

  it('treats two address columns as one household key, ignoring case, spaces and dots', () => {
    const gegevens: PoolData = {
      kolommen: [
        { naam: 'id', rol: 'id' },
        { naam: 'wijk', rol: 'kenmerk' },
        { naam: 'straat en huisnummer', rol: 'huishouden' },
        { naam: 'postcode', rol: 'huishouden' },
      ],
      rijen: [
        ['a', 'noord', 'Dorpsstraat 1', '1234 AB'],
        ['b', 'noord', 'dorpsstraat 1.', '1234ab'],
        ['c', 'zuid', 'Dorpsstraat 1', '1234 AC'],
        ['d', 'zuid', 'Dorpsstraat 12', '1234 AB'],
        ['e', 'zuid', '', ''],
        ['f', 'zuid', '', ''],
      ],
    };
    const { pool } = createPool(gegevens);
    const h = pool.respondenten.map((r) => r.huishouden);
    expect(h[0]).toBe(h[1]);
    expect(new Set([h[0], h[2], h[3]]).size).toBe(3);
    // No address at all: not one household together.
    expect(h[4]).toBeUndefined();
    expect(h[5]).toBeUndefined();
  });

  it('is exact and valid on a fixed pool with ten kenmerken (almost every respondent a profile of their own)', async () => {
    const { pool, quota } = poolMetKenmerken(120, 12, 17, 10);
    const instellingen = { panelgrootte: 12, quota, huishoudensUitsluiten: false };
    expect(validateLoting(pool, instellingen, false).filter((m) => m.ernst === 'fout')).toEqual([]);
    const instance = buildInstance(pool, instellingen);
    expect(instance.types.length).toBeGreaterThan(110);
    const r = await leximin(instance, { solver });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exact).toBe(true);
    for (const p of r.verdeling.panels) expect(meetsQuota(instance, p)).toBe(true);
    expect(r.verdeling.gewichten.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const som = r.typeKans.reduce((s, k, t) => s + k * instance.types[t]!.leden.length, 0);
    expect(som).toBeCloseTo(12, 6);
    const bereikbaar = r.typeKans.filter((_, t) => !r.onbereikbaar.includes(t));
    expect(r.bovengrensMinimum).toBeCloseTo(Math.min(...bereikbaar), 9);
  }, 120_000);

  it('is exact and keeps one person per household on a fixed pool with households over two address columns', async () => {
    const { pool, quota, adres } = poolMetHuishoudens(300, 30, 23, 40);
    // Stored as the app stores it: street + house number in one column, the postcode in another.
    const gegevens: PoolData = {
      kolommen: [
        { naam: 'id', rol: 'id' },
        ...pool.categorieen.map((naam) => ({ naam, rol: 'kenmerk' as const })),
        { naam: 'adres', rol: 'huishouden' },
        { naam: 'postcode', rol: 'huishouden' },
      ],
      rijen: pool.respondenten.map((r, i) => [
        r.id,
        ...r.waarden,
        `${adres[i]!.straat} ${adres[i]!.huisnummer}`,
        adres[i]!.postcode,
      ]),
    };
    const opgeslagen = createPool(gegevens).pool;
    const instellingen = { panelgrootte: 30, quota, huishoudensUitsluiten: true };
    expect(validateLoting(opgeslagen, instellingen, true).filter((m) => m.ernst === 'fout')).toEqual([]);
    const instance = buildInstance(opgeslagen, instellingen);
    expect(instance.huishoudGroepen.length).toBe(40);
    const r = await leximin(instance, { solver });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.exact).toBe(true);
    for (const p of r.verdeling.panels) expect(meetsQuota(instance, p)).toBe(true);
    // Per person: no panel in the distribution has two people at one address.
    for (const panel of r.verdeling.panels) {
      const adressen = panel.flatMap((x, t) =>
        x > 0 ? instance.types[t]!.leden.slice(0, 1).map((p) => opgeslagen.respondenten[p]!.huishouden) : [],
      );
      const gedeeld = adressen.filter((h) => h !== undefined && adressen.indexOf(h) !== adressen.lastIndexOf(h));
      expect(gedeeld).toEqual([]);
    }
  }, 120_000);
});
