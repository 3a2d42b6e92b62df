import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../../support/migrations';
import { isStrict } from '../../../support/schema';

describe('migration 0001: trajecten', () => {
  const db = databaseAt(1);
  const insert = db.prepare(
    'INSERT INTO trajecten (id, titel, gemeente, vraagstuk, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );

  it('creates a STRICT trajecten table', () => {
    expect(isStrict(db, 'trajecten')).toBe(true);
    const columns = (db.prepare('PRAGMA table_info(trajecten)').all() as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toEqual(['id', 'titel', 'gemeente', 'vraagstuk', 'created_at', 'updated_at']);
  });

  it('refuses an empty title, a duplicate id and a value of the wrong type', () => {
    const now = '2026-11-22T00:00:00.000Z';
    insert.run('a', 'Titel', '', '', now, now);
    expect(() => insert.run('b', '', '', '', now, now)).toThrow(/CHECK constraint/);
    expect(() => insert.run('a', 'Nog een', '', '', now, now)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('c', 'Titel', Buffer.from([1, 2]), '', now, now)).toThrow(/cannot store BLOB/);
  });

  it('defaults gemeente and vraagstuk to empty text', () => {
    db.prepare(
      "INSERT INTO trajecten (id, titel, created_at, updated_at) VALUES ('d', 'Alleen titel', 'x', 'x')",
    ).run();
    expect(db.prepare("SELECT gemeente, vraagstuk FROM trajecten WHERE id = 'd'").get()).toEqual({
      gemeente: '',
      vraagstuk: '',
    });
  });
});
