import Database from 'better-sqlite3';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { dumpSchema } from './schema';

/**
 * Brings `db` to schema `version` with the app's own migrations, the way the app does at start-up
 * (every pending step in one transaction, user_version set). The one way migration tests build a
 * database at a version: first `migrateTo(db, N - 1)`, rows as an older version wrote them, then
 * `migrateTo(db, N)`.
 */
export function migrateTo(db: Database.Database, version: number): Database.Database {
  if (version < 0 || version > migrations.length) throw new Error(`no schema version ${version}`);
  migrate(db, migrations.slice(0, version));
  return db;
}

/** A new in-memory database with foreign keys on (as the app opens one), at schema `version`. */
export function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return migrateTo(db, version);
}

/** The schema of a database created fresh at `version`: what a database migrated step by step must equal. */
export function freshSchema(version: number): string {
  const db = databaseAt(version);
  try {
    return dumpSchema(db);
  } finally {
    db.close();
  }
}
