import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

function columns(db: ReturnType<typeof databaseAt>, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

describe('migration 0010: English column and table names for trajecten, answers, revisions and codes', () => {
  // Stepwise: a database at version 9 with a traject, its answers, revisions, spelregels and a linked code.
  const db = databaseAt(9);
  db.exec(`
    INSERT INTO trajecten VALUES ('t1', 'Bestaand traject', 'Utrecht', 'Een vraagstuk', 'c', 'u');
    INSERT INTO traject_antwoorden (traject_id, antwoorden, revisie, updated_at) VALUES ('t1', '{"phases":{}}', 4, 'u');
    INSERT INTO traject_revisies (traject_id, details, spelregels) VALUES ('t1', 3, 2);
    INSERT INTO traject_spelregels (traject_id, spelregels, updated_at) VALUES ('t1', '[]', 'u');
    INSERT INTO participatiecodes (id, naam, gemeente, keuzes, proces, revisie, created_at, updated_at)
      VALUES ('c1', 'Code', 'Lindewaard', '{"jaar":2027}', NULL, 5, 'c', 'u');
    INSERT INTO traject_codes (traject_id, code_id) VALUES ('t1', 'c1');
  `);
  migrateTo(db, 10);

  it('keeps every row under the new names', () => {
    expect(db.prepare('SELECT * FROM trajecten').all()).toEqual([
      {
        id: 't1',
        title: 'Bestaand traject',
        municipality: 'Utrecht',
        vraagstuk: 'Een vraagstuk',
        created_at: 'c',
        updated_at: 'u',
      },
    ]);
    expect(db.prepare('SELECT * FROM traject_answers').all()).toEqual([
      { traject_id: 't1', answers: '{"phases":{}}', revision: 4, updated_at: 'u' },
    ]);
    expect(db.prepare('SELECT * FROM traject_revisions').all()).toEqual([
      { traject_id: 't1', details: 3, spelregels: 2 },
    ]);
    expect(db.prepare('SELECT * FROM participatiecodes').all()).toEqual([
      {
        id: 'c1',
        name: 'Code',
        municipality: 'Lindewaard',
        choices: '{"jaar":2027}',
        process: null,
        revision: 5,
        created_at: 'c',
        updated_at: 'u',
      },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM traject_spelregels').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM traject_codes').get()).toEqual({ n: 1 });
  });

  it('leaves no Dutch technical column in these tables; they stay STRICT', () => {
    expect(columns(db, 'trajecten')).toEqual(['id', 'title', 'municipality', 'vraagstuk', 'created_at', 'updated_at']);
    expect(columns(db, 'traject_answers')).toEqual(['traject_id', 'answers', 'revision', 'updated_at']);
    expect(columns(db, 'participatiecodes')).toEqual([
      'id',
      'name',
      'municipality',
      'choices',
      'process',
      'revision',
      'created_at',
      'updated_at',
    ]);
    for (const table of ['trajecten', 'traject_answers', 'traject_revisions', 'participatiecodes'])
      expect(isStrict(db, table), table).toBe(true);
    const oldNames = db
      .prepare("SELECT name FROM sqlite_master WHERE name IN ('traject_antwoorden', 'traject_revisies')")
      .all();
    expect(oldNames).toEqual([]);
  });

  it('keeps the constraints under the new names: checks, foreign keys and cascades', () => {
    expect(() => db.prepare("UPDATE trajecten SET title = '' WHERE id = 't1'").run()).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE traject_answers SET revision = 0 WHERE traject_id = 't1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE traject_answers SET answers = '{kapot' WHERE traject_id = 't1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE participatiecodes SET name = '' WHERE id = 'c1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE participatiecodes SET choices = '{kapot' WHERE id = 'c1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("INSERT INTO traject_answers VALUES ('bestaat-niet', '{}', 1, 'u')").run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.prepare("INSERT INTO traject_revisions VALUES ('bestaat-niet', 1, 0)").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare("DELETE FROM trajecten WHERE id = 't1'").run();
    for (const table of ['traject_answers', 'traject_revisions', 'traject_spelregels', 'traject_codes'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(10));
  });
});
