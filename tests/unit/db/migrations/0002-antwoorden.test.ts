import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

describe('migration 0002: antwoorden', () => {
  const db = databaseAt(1);
  db.prepare("INSERT INTO trajecten VALUES ('t1', 'Bestaand traject', '', '', 'x', 'x')").run();
  migrateTo(db, 2);
  const insert = db.prepare(
    'INSERT INTO traject_antwoorden (traject_id, antwoorden, revisie, updated_at) VALUES (?, ?, ?, ?)',
  );

  it('adds a STRICT table and keeps existing trajecten', () => {
    expect(isStrict(db, 'traject_antwoorden')).toBe(true);
    expect(db.prepare('SELECT titel FROM trajecten').all()).toEqual([{ titel: 'Bestaand traject' }]);
  });

  it('only accepts valid JSON for an existing traject', () => {
    expect(() => insert.run('t1', '{niet: json', 1, 'x')).toThrow(/CHECK constraint/);
    expect(() => insert.run('bestaat-niet', '{}', 1, 'x')).toThrow(/FOREIGN KEY/);
    insert.run('t1', '{"phases":{}}', 1, 'x');
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(2));
  });

  it('deletes the answers with their traject', () => {
    db.prepare("DELETE FROM trajecten WHERE id = 't1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM traject_antwoorden').get()).toEqual({ n: 0 });
  });
});
