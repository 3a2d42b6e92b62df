import type { Database } from 'better-sqlite3';
import { DatabaseTooNewError } from './errors';
import type { Migration } from './migrations/types';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction: either the database reaches the latest
 * version or it stays exactly as it was. A database from a newer app is refused untouched.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migrations must be numbered without gaps; ${m.name} has version ${m.version}.`);
  });
  const latest = ordered.length;
  const from = schemaVersion(db);
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  const pending = ordered.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };

  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version is part of the same transaction, so a crash cannot leave it ahead of the schema.
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from, to: latest };
}
