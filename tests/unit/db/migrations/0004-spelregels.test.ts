import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

describe('migration 0004: spelregels', () => {
  // Stepwise: a database at version 3 with a traject and its answers, then 0004.
  const db = databaseAt(3);
  db.prepare("INSERT INTO trajecten VALUES ('t1', 'Bestaand traject', '', '', 'x', 'x')").run();
  db.prepare(
    "INSERT INTO traject_antwoorden (traject_id, antwoorden, revisie, updated_at) VALUES ('t1', '{\"phases\":{}}', 2, 'x')",
  ).run();
  migrateTo(db, 4);
  const insert = db.prepare('INSERT INTO traject_spelregels (traject_id, spelregels, updated_at) VALUES (?, ?, ?)');

  it('adds a STRICT table and keeps existing trajecten and answers', () => {
    expect(isStrict(db, 'traject_spelregels')).toBe(true);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare('SELECT titel FROM trajecten').all()).toEqual([{ titel: 'Bestaand traject' }]);
    expect(db.prepare('SELECT revisie FROM traject_antwoorden').all()).toEqual([{ revisie: 2 }]);
    // No row: the spelregels of an existing traject are generated until someone edits them.
    expect(db.prepare('SELECT count(*) AS n FROM traject_spelregels').get()).toEqual({ n: 0 });
  });

  it('only accepts a JSON array for an existing traject, one row per traject', () => {
    expect(() => insert.run('t1', '{"niet":"een lijst"}', 'x')).toThrow(/CHECK constraint/);
    expect(() => insert.run('t1', '[kapot', 'x')).toThrow(/CHECK constraint|malformed JSON/);
    expect(() => insert.run('bestaat-niet', '[]', 'x')).toThrow(/FOREIGN KEY/);
    insert.run('t1', '[{"id":"r1","tekst":"De raad besluit."}]', 'x');
    expect(() => insert.run('t1', '[]', 'x')).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(4));
  });

  it('deletes the spelregels with their traject', () => {
    db.prepare("DELETE FROM trajecten WHERE id = 't1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM traject_spelregels').get()).toEqual({ n: 0 });
  });
});
