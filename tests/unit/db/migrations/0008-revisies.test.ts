import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

describe('migration 0008: revisions for trajecten, spelregels and workshop setups', () => {
  // Stepwise: a database at version 7 with a traject and a workshop session in it, then 0008.
  const db = databaseAt(7);
  db.prepare("INSERT INTO trajecten VALUES ('t1', 'Bestaand traject', '', '', 'x', 'x')").run();
  db.prepare(
    "INSERT INTO workshop_sessies (id, titel, opzet, created_at, updated_at) VALUES ('s1', 'Sessie', '{}', 'x', 'x')",
  ).run();
  migrateTo(db, 8);
  const revisie = db.prepare('INSERT INTO traject_revisies (traject_id, details, spelregels) VALUES (?, ?, ?)');

  it('keeps existing rows: a session starts at revision 1, a traject has no revision row yet', () => {
    expect(db.prepare('SELECT revisie FROM workshop_sessies').all()).toEqual([{ revisie: 1 }]);
    expect(db.prepare('SELECT count(*) AS n FROM traject_revisies').get()).toEqual({ n: 0 });
    expect(isStrict(db, 'traject_revisies')).toBe(true);
    // The trajecten table itself is unchanged: positional inserts of six values still work.
    db.prepare("INSERT INTO trajecten VALUES ('t2', 'Tweede', '', '', 'x', 'x')").run();
  });

  it('only accepts revisions of existing trajecten, details from 1 and spelregels from 0', () => {
    expect(() => revisie.run('bestaat-niet', 1, 0)).toThrow(/FOREIGN KEY/);
    expect(() => revisie.run('t1', 0, 0)).toThrow(/CHECK constraint/);
    expect(() => revisie.run('t1', 1, -1)).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE workshop_sessies SET revisie = 0 WHERE id = 's1'").run()).toThrow(
      /CHECK constraint/,
    );
    revisie.run('t1', 3, 2);
    expect(db.prepare("SELECT details, spelregels FROM traject_revisies WHERE traject_id = 't1'").get()).toEqual({
      details: 3,
      spelregels: 2,
    });
  });

  it('drops the revisions with their traject', () => {
    db.prepare("DELETE FROM trajecten WHERE id = 't1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM traject_revisies').get()).toEqual({ n: 0 });
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(8));
  });
});
