import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

const traject = "INSERT INTO trajecten VALUES (?, 'Bestaand traject', '', '', 'x', 'x')";

describe('migration 0007: participatiecodes', () => {
  // Stepwise: a database at version 6 with a traject in it, then 0007.
  const db = databaseAt(6);
  db.prepare(traject).run('t1');
  migrateTo(db, 7);
  const code = db.prepare(
    'INSERT INTO participatiecodes (id, naam, gemeente, keuzes, proces, revisie, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const link = db.prepare('INSERT INTO traject_codes (traject_id, code_id) VALUES (?, ?)');

  it('adds STRICT tables and keeps existing trajecten and their columns', () => {
    expect(isStrict(db, 'participatiecodes')).toBe(true);
    expect(isStrict(db, 'traject_codes')).toBe(true);
    expect(db.prepare('SELECT titel FROM trajecten').all()).toEqual([{ titel: 'Bestaand traject' }]);
    // The trajecten table itself is unchanged: positional inserts of six values still work.
    db.prepare(traject).run('t2');
  });

  it('only accepts valid JSON, a name, a gemeente and a positive revision', () => {
    expect(() => code.run('c0', 'Code', 'Lindewaard', '{kapot', null, 1, 'x', 'x')).toThrow(/CHECK constraint/);
    expect(() => code.run('c0', 'Code', 'Lindewaard', '{}', 'geen json', 1, 'x', 'x')).toThrow(/CHECK constraint/);
    expect(() => code.run('c0', '', 'Lindewaard', '{}', null, 1, 'x', 'x')).toThrow(/CHECK constraint/);
    expect(() => code.run('c0', 'Code', '', '{}', null, 1, 'x', 'x')).toThrow(/CHECK constraint/);
    expect(() => code.run('c0', 'Code', 'Lindewaard', '{}', null, 0, 'x', 'x')).toThrow(/CHECK constraint/);
    code.run('c1', 'Code', 'Lindewaard', '{}', null, 1, 'x', 'x');
    code.run('c2', 'Andere code', 'Bremerveld', '{}', '{"nodes":[],"edges":[]}', 3, 'x', 'x');
  });

  it('links a traject to at most one existing code', () => {
    expect(() => link.run('t1', 'bestaat-niet')).toThrow(/FOREIGN KEY/);
    expect(() => link.run('bestaat-niet', 'c1')).toThrow(/FOREIGN KEY/);
    link.run('t1', 'c1');
    expect(() => link.run('t1', 'c2')).toThrow(/UNIQUE|PRIMARY KEY/);
    link.run('t2', 'c1');
  });

  it('unlinks the trajecten of a deleted code and keeps the trajecten', () => {
    db.prepare("DELETE FROM participatiecodes WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM traject_codes').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM trajecten').get()).toEqual({ n: 2 });
  });

  it('drops the link with its traject', () => {
    link.run('t1', 'c2');
    db.prepare("DELETE FROM trajecten WHERE id = 't1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM traject_codes').get()).toEqual({ n: 0 });
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(7));
  });
});
