import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MigrationFailedError } from '../../../main/db/errors';
import { listBackups } from '../../../main/db/files';
import { schemaVersion } from '../../../main/db/migrate';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations';
import type { Migration } from '../../../main/db/migrations/types';
import { openDatabase } from '../../../main/db/open';

const posix = process.platform !== 'win32';
const tmp = () => mkdtempSync(join(tmpdir(), 'samenspel-files-'));
const mode = (path: string) => statSync(path).mode & 0o777;

/** A database at schema `version` with one traject in it. */
function oldDatabase(file: string, version: number, titel = 'Oud traject'): void {
  const db = openDatabase(file, { migrations: migrations.slice(0, version) }).db;
  db.prepare(
    "INSERT INTO trajecten VALUES ('t1', ?, '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
  ).run(titel);
  db.close();
}

const failing: Migration = {
  version: latestSchemaVersion + 1,
  name: 'kapot',
  up(d) {
    d.exec('CREATE TABLE half_af (id INTEGER PRIMARY KEY) STRICT');
    d.exec("UPDATE trajecten SET title = 'overschreven'");
    throw new Error('stroomstoring');
  },
};

describe('the data folder and its files are private', () => {
  it.skipIf(!posix)('creates the folder 0700 and the database, WAL and shm 0600, whatever the umask', () => {
    const previous = process.umask(0o022);
    try {
      const dir = join(tmp(), 'nieuw', 'Samenspel');
      const file = join(dir, 'samenspel.sqlite');
      const { db } = openDatabase(file);
      db.prepare(
        "INSERT INTO trajecten VALUES ('t', 'x', '', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
      ).run();
      expect(mode(dir)).toBe(0o700);
      expect(mode(join(dir, '..'))).toBe(0o700);
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      db.close();
    } finally {
      process.umask(previous);
    }
  });

  it.skipIf(!posix)('tightens a world-readable folder and database from an earlier version', () => {
    const dir = tmp();
    const file = join(dir, 'samenspel.sqlite');
    openDatabase(file).db.close();
    chmodSync(dir, 0o755);
    chmodSync(file, 0o644);
    const { db } = openDatabase(file);
    expect(mode(dir)).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    db.close();
  });

  it('turns secure_delete on for the connection', () => {
    const { db } = openDatabase(join(tmp(), 'a.sqlite'));
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });
});

describe('backups before a migration', () => {
  it('are written 0600 in the 0700 data folder', () => {
    const dir = tmp();
    const file = join(dir, 'samenspel.sqlite');
    oldDatabase(file, 1);
    const { db, backupPath } = openDatabase(file);
    db.close();
    expect(backupPath).toBeDefined();
    expect(readFileSync(backupPath!).subarray(0, 15).toString()).toBe('SQLite format 3');
    if (posix) {
      expect(mode(backupPath!)).toBe(0o600);
      expect(mode(dir)).toBe(0o700);
    }
  });

  it('keep one copy per schema version and only the last three versions', () => {
    const dir = tmp();
    const file = join(dir, 'samenspel.sqlite');
    // Leftovers from earlier versions of Samenspel: several copies per version, five versions.
    const leftovers = [1, 1, 1, 2, 2, 3, 4].map((v, i) => {
      const path = `${file}.v${v}-2026-01-0${i + 1}T00-00-00-000Z.backup`;
      writeFileSync(path, 'oud');
      return path;
    });
    writeFileSync(join(dir, 'ander.sqlite.v1-2026-01-01T00-00-00-000Z.backup'), 'niet van ons');
    oldDatabase(file, latestSchemaVersion - 1);
    const { db, backupPath } = openDatabase(file, { now: () => new Date('2026-11-22T10:00:00Z') });
    db.close();

    const left = listBackups(file);
    expect(latestSchemaVersion - 1).toBeGreaterThan(4);
    expect(left.map((b) => b.path)).toEqual([backupPath, leftovers[6], leftovers[5]]);
    expect(leftovers.slice(0, 5).filter((p) => existsSync(p))).toEqual([]);
    // Another database's copies in the same folder are not ours to delete.
    expect(existsSync(join(dir, 'ander.sqlite.v1-2026-01-01T00-00-00-000Z.backup'))).toBe(true);
  });

  it('replace the copy of the same version instead of adding one per start', () => {
    const dir = tmp();
    const file = join(dir, 'samenspel.sqlite');
    oldDatabase(file, 1);
    const earlier = `${file}.v1-2026-01-01T00-00-00-000Z.backup`;
    writeFileSync(earlier, 'eerdere poging');
    const { db, backupPath } = openDatabase(file, { now: () => new Date('2026-11-22T10:00:00Z') });
    db.close();
    expect(existsSync(earlier)).toBe(false);
    expect(listBackups(file).map((b) => b.path)).toEqual([backupPath]);
  });
});

describe('a migration that throws', () => {
  it('gives a Dutch message, leaves the file byte-for-byte untouched and removes its backup', () => {
    const dir = tmp();
    const file = join(dir, 'samenspel.sqlite');
    oldDatabase(file, latestSchemaVersion);
    const before = readFileSync(file);
    const filesBefore = readdirSync(dir).sort();

    for (let attempt = 0; attempt < 3; attempt++) {
      let thrown: unknown;
      try {
        openDatabase(file, { migrations: [...migrations, failing] });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(MigrationFailedError);
      const message = (thrown as Error).message;
      expect(message).toMatch(/^Samenspel kon je gegevens niet bijwerken/);
      expect(message).toContain('Er is niets aan je gegevens veranderd');
      expect(message).toContain('stroomstoring');
      expect(message).not.toContain('bewaard');
      expect((thrown as MigrationFailedError).backupPath).toBeUndefined();
    }

    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
    const check = new Database(file, { readonly: true });
    expect(schemaVersion(check)).toBe(latestSchemaVersion);
    expect(check.prepare('SELECT title FROM trajecten').all()).toEqual([{ title: 'Oud traject' }]);
    check.close();
  });
});
