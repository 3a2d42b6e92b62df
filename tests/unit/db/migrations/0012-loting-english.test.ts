import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LotingSettings, PoolData } from '../../../../shared/loting/model';
import { LotingResult } from '../../../../shared/loting/result';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

function columns(db: ReturnType<typeof databaseAt>, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

/** Results as the CLI of format version 1 wrote them: a plain draw and step 1 of a verifiable draw. */
const fixture = (path: string): string =>
  readFileSync(new URL(`../../../fixtures/sortition/v1/${path}`, import.meta.url), 'utf8');
const drawn = fixture('drawn/resultaat.json');
const published = fixture('published/resultaat.json');

const oldPool = JSON.stringify({
  kolommen: [
    { naam: 'id', rol: 'id' },
    { naam: 'geslacht', rol: 'kenmerk' },
    { naam: 'adres', rol: 'huishouden' },
    { naam: 'naam', rol: 'meenemen' },
  ],
  rijen: [
    ['R1', 'vrouw', 'Dorpsstraat 1', 'An'],
    ['R2', 'man', 'Dorpsstraat 2', 'Bo'],
  ],
});
const oldSettings = JSON.stringify({
  panelgrootte: 1,
  quota: [{ categorie: 'geslacht', waarde: 'vrouw', min: 0, max: 1 }],
  huishoudensUitsluiten: true,
  maxUitval: 1,
});

describe('migration 0012: English names and JSON keys for the loting tables', () => {
  // Stepwise: a database at version 11 with two pools (one without settings) and three draws.
  const db = databaseAt(11);
  const pool = db.prepare(
    'INSERT INTO loting_pools (id, naam, aantal, gegevens, instellingen, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const draw = db.prepare('INSERT INTO loting_trekkingen (id, pool_id, resultaat, created_at) VALUES (?, ?, ?, ?)');
  pool.run('p1', 'Burgerberaad', 2, oldPool, oldSettings, 'c1');
  pool.run('p2', 'Zonder instellingen', 2, oldPool, null, 'c2');
  draw.run('d1', 'p1', drawn, 'c3');
  draw.run('d2', 'p1', published, 'c4');
  draw.run('d3', 'p2', drawn, 'c5');
  migrateTo(db, 12);

  it('keeps every row under the new table and column names', () => {
    expect(columns(db, 'loting_pools')).toEqual(['id', 'name', 'size', 'data', 'settings', 'created_at']);
    expect(columns(db, 'loting_draws')).toEqual(['id', 'pool_id', 'result', 'created_at']);
    expect(db.prepare('SELECT id, name, size, created_at FROM loting_pools ORDER BY id').all()).toEqual([
      { id: 'p1', name: 'Burgerberaad', size: 2, created_at: 'c1' },
      { id: 'p2', name: 'Zonder instellingen', size: 2, created_at: 'c2' },
    ]);
    expect(db.prepare('SELECT id, pool_id, created_at FROM loting_draws ORDER BY id').all()).toEqual([
      { id: 'd1', pool_id: 'p1', created_at: 'c3' },
      { id: 'd2', pool_id: 'p1', created_at: 'c4' },
      { id: 'd3', pool_id: 'p2', created_at: 'c5' },
    ]);
    const oldNames = db
      .prepare("SELECT name FROM sqlite_master WHERE name IN ('loting_trekkingen', 'loting_trekkingen_pool')")
      .all();
    expect(oldNames).toEqual([]);
    for (const table of ['loting_pools', 'loting_draws']) expect(isStrict(db, table), table).toBe(true);
  });

  it('rewrites pool data and settings with English keys and roles, nothing lost', () => {
    const row = db.prepare("SELECT data, settings FROM loting_pools WHERE id = 'p1'").get() as {
      data: string;
      settings: string;
    };
    expect(PoolData.parse(JSON.parse(row.data))).toEqual({
      columns: [
        { name: 'id', role: 'id' },
        { name: 'geslacht', role: 'feature' },
        { name: 'adres', role: 'household' },
        { name: 'naam', role: 'keep' },
      ],
      rows: [
        ['R1', 'vrouw', 'Dorpsstraat 1', 'An'],
        ['R2', 'man', 'Dorpsstraat 2', 'Bo'],
      ],
    });
    expect(LotingSettings.parse(JSON.parse(row.settings))).toEqual({
      panelSize: 1,
      quota: [{ category: 'geslacht', value: 'vrouw', min: 0, max: 1 }],
      excludeHouseholds: true,
      maxDropouts: 1,
    });
    expect(db.prepare("SELECT settings FROM loting_pools WHERE id = 'p2'").get()).toEqual({ settings: null });
  });

  it('rewrites every result to format version 2, values and numbers unchanged', () => {
    const results = (db.prepare('SELECT result FROM loting_draws ORDER BY id').all() as Array<{ result: string }>).map(
      (r) => LotingResult.parse(JSON.parse(r.result)),
    );
    const old = JSON.parse(drawn);
    const [plain, step1] = results;
    expect(plain).toMatchObject({
      formatVersion: 2,
      method: 'leximin',
      proof: 'relaxation-bound',
      seed: old.seed,
      panelSize: old.panelgrootte,
      poolSize: old.poolgrootte,
      probabilities: old.kansen,
      distribution: { panels: old.verdeling.panels, weights: old.verdeling.gewichten },
      panel: old.panel,
      reserves: old.reserves,
      maxDropouts: old.maxUitval,
      poolFingerprint: old.poolVingerafdruk,
      computedAt: old.berekendOp,
    });
    expect(plain!.replacements).toEqual(
      old.vervangers.map((v: { lid: number; reserve: number | null; zelfdeProfiel: boolean }) => ({
        member: v.lid,
        reserve: v.reserve,
        sameProfile: v.zelfdeProfiel,
      })),
    );
    expect(plain!.legacy.draws).toBe(old.legacy.trekkingen);
    const oldStep1 = JSON.parse(published);
    expect(step1!.verification).toEqual({
      phase: 'published',
      commitment: { kind: 'public-source', description: oldStep1.controle.toezegging.beschrijving },
      fingerprint: oldStep1.controle.vingerafdruk,
      publishedAt: oldStep1.controle.gepubliceerdOp,
    });
    expect(results[2]).toEqual(plain);
  });

  it('keeps the constraints under the new names: checks, foreign key and cascade', () => {
    expect(() => db.prepare("UPDATE loting_pools SET data = '{kapot' WHERE id = 'p1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE loting_pools SET size = -1 WHERE id = 'p1'").run()).toThrow(/CHECK constraint/);
    expect(() =>
      db.prepare("INSERT INTO loting_draws (id, pool_id, result, created_at) VALUES ('x', 'nope', '{}', 'c')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM loting_pools WHERE id = 'p1'").run();
    expect(db.prepare('SELECT id FROM loting_draws').all()).toEqual([{ id: 'd3' }]);
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(12));
  });
});
