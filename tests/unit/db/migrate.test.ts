import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../../../main/db/errors';
import { migrate, schemaVersion } from '../../../main/db/migrate';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations';
import { openDatabase } from '../../../main/db/open';
import { dumpSchema } from '../../support/schema';

const tmp = () => mkdtempSync(join(tmpdir(), 'samenspel-db-'));
const snapshotFile = join(import.meta.dirname, '../../fixtures/schema.sql');

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('bring a new database to the latest version with WAL and foreign keys on', () => {
    const dir = tmp();
    const { db, schemaVersion: version, migratedFrom, backupPath } = openDatabase(join(dir, 'a.sqlite'));
    expect(version).toBe(latestSchemaVersion);
    expect(migratedFrom).toBe(0);
    expect(backupPath).toBeUndefined();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('give the same schema whether a database is migrated in steps or at once, and match the committed snapshot', () => {
    const fresh = openDatabase(':memory:').db;
    const freshSchema = dumpSchema(fresh);
    fresh.close();

    for (let start = 1; start < latestSchemaVersion; start++) {
      const file = join(tmp(), 'steps.sqlite');
      openDatabase(file, { migrations: migrations.slice(0, start) }).db.close();
      const upgraded = openDatabase(file).db;
      expect(dumpSchema(upgraded), `vanaf versie ${start}`).toBe(freshSchema);
      upgraded.close();
    }
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(snapshotFile, freshSchema);
    // A deliberate schema change updates this file (UPDATE_SCHEMA_SNAPSHOT=1); an accidental one fails here.
    expect(freshSchema).toBe(readFileSync(snapshotFile, 'utf8'));
  });

  it('roll back completely when a migration fails halfway', () => {
    const db = new Database(':memory:');
    const failing = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'kapot',
        up(d: Database.Database) {
          d.exec('CREATE TABLE half (id INTEGER PRIMARY KEY) STRICT');
          throw new Error('stroomstoring');
        },
      },
    ];
    expect(() => migrate(db, failing)).toThrow('stroomstoring');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('refuse a database from a newer app version and leave the file byte-for-byte unchanged', () => {
    const file = join(tmp(), 'nieuw.sqlite');
    const newer = new Database(file);
    newer.exec("CREATE TABLE toekomst (x TEXT) STRICT; INSERT INTO toekomst VALUES ('bewaren')");
    newer.pragma(`user_version = ${latestSchemaVersion + 5}`);
    newer.close();
    const before = readFileSync(file);
    const filesBefore = readdirSync(join(file, '..')).sort();

    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/nieuwere versie van Samenspel/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(file, '..')).sort()).toEqual(filesBefore);
  });

  it('back up an existing database before migrating it, with its data', () => {
    expect(latestSchemaVersion).toBeGreaterThanOrEqual(2);
    const dir = tmp();
    const file = join(dir, 'oud.sqlite');
    const old = openDatabase(file, { migrations: migrations.slice(0, 1) }).db;
    old
      .prepare(
        "INSERT INTO trajecten VALUES ('t1', 'Oud traject', '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    old.close();

    const { db, backupPath, migratedFrom } = openDatabase(file, { now: () => new Date('2026-11-22T10:00:00Z') });
    expect(migratedFrom).toBe(1);
    expect(backupPath).toBe(`${file}.v1-2026-11-22T10-00-00-000Z.backup`);
    const backup = new Database(backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT titel FROM trajecten').all()).toEqual([{ titel: 'Oud traject' }]);
    backup.close();
    expect(db.prepare('SELECT title FROM trajecten').all()).toEqual([{ title: 'Oud traject' }]);
    db.close();
  });

  it('make no backup when the database is already current', () => {
    const file = join(tmp(), 'actueel.sqlite');
    openDatabase(file).db.close();
    const again = openDatabase(file);
    expect(again.backupPath).toBeUndefined();
    again.db.close();
    expect(readdirSync(join(file, '..')).filter((f) => f.endsWith('.backup'))).toEqual([]);
  });
});
