import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, schemaVersion } from './migrate';
import { DatabaseNotWritableError, DatabaseTooNewError, MigrationFailedError } from './errors';
import {
  createPrivateFile,
  ensureDataFolder,
  pruneBackups,
  tightenDatabaseFiles,
  writeBackup,
  writeProblem,
} from './files';
import { latestSchemaVersion, migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';
import { databaseMessages, storageReasonText } from '../../shared/api/messages';
import { storageReason } from './storage';
import { applyWal } from './wal-replay';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Clock for backup file names; injectable for tests. */
  now?: () => Date;
}

export interface OpenedDatabase {
  db: Db;
  migratedFrom: number;
  schemaVersion: number;
  /** Path of the copy made before migrating, if one was made. */
  backupPath: string | undefined;
  /**
   * True when the file or its folder cannot be written: the database is open for reading only,
   * and every write fails with a "Niet opgeslagen: …" error (code STORAGE).
   */
  readOnly: boolean;
  /** Dutch text for a banner while `readOnly` is true. */
  readOnlyMessage: string | undefined;
}

function applyConnectionSettings(db: Db): void {
  // Freed pages and deleted cells are overwritten with zeros: a deleted respondent pool must not linger in the file.
  db.pragma('secure_delete = ON');
  // Sorts and temporary indexes stay in memory instead of temporary files that could hold personal data.
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * A read-only connection. WAL databases need a -shm file next to them; when the folder is
 * read-only too and none exists, SQLite cannot read the file in place, so a private in-memory
 * copy is read instead: the main file with the committed part of its -wal applied (wal-replay.ts),
 * so nothing saved before the folder became read-only is missing.
 */
function openReadOnly(file: string): Db {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('user_version');
    return db;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_CANTOPEN')) throw error;
    const wal = existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : new Uint8Array(0);
    return new Database(applyWal(readFileSync(file), wal), { readonly: true });
  }
}

/**
 * The schema version (user_version, bytes 60-63 of the header) read straight from the file when
 * there is no WAL with newer pages: not even SQLite's -shm/-wal companions are created.
 */
function fileSchemaVersion(file: string): number {
  let walSize = 0;
  try {
    walSize = statSync(`${file}-wal`).size;
  } catch {
    // No WAL: the main file is complete.
  }
  if (walSize === 0) {
    const fd = openSync(file, 'r');
    try {
      const header = Buffer.alloc(100);
      const read = readSync(fd, header, 0, 100, 0);
      if (read === 0) return 0;
      if (read === 100 && header.subarray(0, 16).toString('latin1') === 'SQLite format 3\0')
        return header.readUInt32BE(60);
    } finally {
      closeSync(fd);
    }
  }
  const probe = openReadOnly(file);
  try {
    return schemaVersion(probe);
  } finally {
    probe.close();
  }
}

/** Checks the schema version without writing anything, so a newer database stays byte-for-byte as it was. */
function checkNotTooNew(file: string, latest: number): number {
  const version = fileSchemaVersion(file);
  if (version > latest) throw new DatabaseTooNewError(version, latest);
  return version;
}

/**
 * Opens (or creates) the Samenspel database. Order matters: the version check happens before
 * anything is written (not even the WAL switch), so a newer database is left byte-for-byte as it was.
 * A file or folder that cannot be written opens read-only (see `readOnly`) instead of failing later.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? allMigrations;
  const latest = options.migrations ? migrations.length : latestSchemaVersion;
  if (file === ':memory:') {
    const db = new Database(file);
    applyConnectionSettings(db);
    const { from, to } = migrate(db, migrations);
    return {
      db,
      migratedFrom: from,
      schemaVersion: to,
      backupPath: undefined,
      readOnly: false,
      readOnlyMessage: undefined,
    };
  }

  const dir = dirname(file);
  try {
    ensureDataFolder(dir);
  } catch (error) {
    const reason = storageReason(error);
    if (!reason) throw error;
    throw new DatabaseNotWritableError(databaseMessages.cannotCreateFolder(dir, storageReasonText[reason]), error);
  }
  const existed = existsSync(file);
  const fileVersion = existed ? checkNotTooNew(file, latest) : 0;

  const problem = writeProblem(file);
  if (problem) {
    if (!existed) {
      throw new DatabaseNotWritableError(
        databaseMessages.cannotCreateFile(dir, storageReasonText[storageReason(problem.error) ?? 'no-access']),
        problem.error,
      );
    }
    if (fileVersion < latest) {
      throw new DatabaseNotWritableError(
        databaseMessages.cannotMigrateReadOnly(
          fileVersion,
          latest,
          problem.place,
          problem.place === 'file' ? file : dir,
        ),
        problem.error,
      );
    }
    const db = openReadOnly(file);
    try {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    } catch (error) {
      db.close();
      throw error;
    }
    return {
      db,
      migratedFrom: fileVersion,
      schemaVersion: fileVersion,
      backupPath: undefined,
      readOnly: true,
      readOnlyMessage: databaseMessages.readOnly(problem.place, problem.place === 'file' ? file : dir),
    };
  }

  // SQLite gives new files 0644; ours is created 0600 first, and the -wal/-shm inherit its mode.
  if (!existed) createPrivateFile(file);
  else tightenDatabaseFiles(file);

  const db = new Database(file);
  let backupPath: string | undefined;
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against a crash of the app (the case that matters on a laptop); FULL only adds power-loss safety at a large cost per write.
    db.pragma('synchronous = NORMAL');
    applyConnectionSettings(db);
    tightenDatabaseFiles(file);

    const current = schemaVersion(db);
    if (existed && current > 0 && current < latest) {
      backupPath = makeBackup(db, file, current, latest, options.now?.() ?? new Date());
    }
    try {
      const { from, to } = migrate(db, migrations);
      return { db, migratedFrom: from, schemaVersion: to, backupPath, readOnly: false, readOnlyMessage: undefined };
    } catch (error) {
      if (error instanceof DatabaseTooNewError) throw error;
      // The migrations run in one transaction: after its roll-back the file is as it was and the copy is not needed.
      const untouched = !db.inTransaction && schemaVersion(db) === current;
      if (untouched && backupPath) rmSync(backupPath, { force: true });
      const reason = storageReason(error);
      throw new MigrationFailedError(
        current,
        latest,
        reason ? storageReasonText[reason] : databaseMessages.stepFailed((error as Error).message ?? String(error)),
        error,
        untouched ? undefined : backupPath,
      );
    }
  } catch (error) {
    db.close();
    throw error;
  }
}

function makeBackup(db: Db, file: string, current: number, latest: number, now: Date): string {
  try {
    const path = writeBackup(db, file, current, now);
    pruneBackups(file, path);
    return path;
  } catch (error) {
    const reason = storageReason(error);
    throw new MigrationFailedError(
      current,
      latest,
      databaseMessages.backupFailed(reason ? storageReasonText[reason] : (error as Error).message),
      error,
    );
  }
}
