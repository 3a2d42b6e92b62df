import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../../support/migrations';
import { isStrict } from '../../../support/schema';

describe('migration 0006: loting', () => {
  const db = databaseAt(6);
  const pool = db.prepare(
    'INSERT INTO loting_pools (id, naam, aantal, gegevens, instellingen, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const trekking = db.prepare('INSERT INTO loting_trekkingen (id, pool_id, resultaat, created_at) VALUES (?, ?, ?, ?)');

  it('adds STRICT tables for pools and draws', () => {
    expect(isStrict(db, 'loting_pools')).toBe(true);
    expect(isStrict(db, 'loting_trekkingen')).toBe(true);
  });

  it('only accepts valid JSON and draws of an existing pool', () => {
    expect(() => pool.run('p1', 'Pool', 2, '{kapot', null, 'x')).toThrow(/CHECK constraint/);
    expect(() => pool.run('p1', 'Pool', -1, '{}', null, 'x')).toThrow(/CHECK constraint/);
    pool.run('p1', 'Pool', 2, '{"kolommen":[],"rijen":[]}', null, 'x');
    expect(() => trekking.run('t0', 'bestaat-niet', '{}', 'x')).toThrow(/FOREIGN KEY/);
    expect(() => trekking.run('t0', 'p1', 'geen json', 'x')).toThrow(/CHECK constraint/);
    trekking.run('t1', 'p1', '{}', 'x');
  });

  it('deletes the draws with their pool', () => {
    db.prepare("DELETE FROM loting_pools WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM loting_trekkingen').get()).toEqual({ n: 0 });
  });
});
