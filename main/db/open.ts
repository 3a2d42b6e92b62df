import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, schemaVersion } from './migrate';
import { DatabaseTooNewError } from './errors';
import { latestSchemaVersion, migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

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
}

/**
 * Opens (or creates) the Samenspel database. Order matters: the version check happens before
 * anything is written (not even the WAL switch), so a newer database is left byte-for-byte as it was.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? allMigrations;
  const latest = options.migrations ? migrations.length : latestSchemaVersion;
  const isFile = file !== ':memory:';
  if (isFile) mkdirSync(dirname(file), { recursive: true });
  const existed = isFile && existsSync(file);

  if (existed) {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const version = schemaVersion(probe);
      if (version > latest) throw new DatabaseTooNewError(version, latest);
    } finally {
      probe.close();
    }
  }

  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against a crash of the app (the case that matters on a laptop); FULL only adds power-loss safety at a large cost per write.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    const current = schemaVersion(db);
    let backupPath: string | undefined;
    if (existed && current > 0 && current < latest) {
      const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
      backupPath = `${file}.v${current}-${stamp}.backup`;
      // VACUUM INTO writes a consistent snapshot even with a WAL that has not been checkpointed.
      db.prepare('VACUUM INTO ?').run(backupPath);
    }
    const { from, to } = migrate(db, migrations);
    return { db, migratedFrom: from, schemaVersion: to, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}
