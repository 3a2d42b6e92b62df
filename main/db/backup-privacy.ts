import Database from 'better-sqlite3';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createPrivateFile, listBackups } from './files';
import type { Db } from './open';

/**
 * A deleted loting pool must also leave the pre-migration backups (`samenspel.sqlite.v<N>-….backup`,
 * see files.ts): respondents are personal data, and a backup made before the delete still holds
 * them. Deleting whole backups would also throw away the copy of every traject that a failed
 * migration may need, so only the pool is taken out: each backup that holds it is rewritten
 * without it.
 *
 * The rewrite happens in memory (the backup is read, the pool and its draws deleted there) and is
 * written with VACUUM INTO to a new private file, which then replaces the backup in one rename:
 * no journal or freed page with the pool is ever written, and a crash leaves either the old or the
 * new backup, never a broken one. Backups of a version without loting tables are left alone.
 *
 * Returns the backups that were rewritten. Call it before deleting the pool from the database, so
 * a failure here (a read-only folder) leaves everything as it was and the user can try again.
 */
export function removePoolFromBackups(db: Db, poolId: string): string[] {
  if (db.memory) return [];
  const rewritten: string[] = [];
  for (const backup of listBackups(db.name)) {
    if (!holdsPool(backup.path, poolId)) continue;
    rewriteWithoutPool(backup.path, poolId);
    rewritten.push(backup.path);
  }
  return rewritten;
}

function hasPoolTable(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'loting_pools'").get() !== undefined;
}

function holdsPool(path: string, poolId: string): boolean {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return hasPoolTable(db) && db.prepare('SELECT 1 FROM loting_pools WHERE id = ?').get(poolId) !== undefined;
  } finally {
    db.close();
  }
}

function rewriteWithoutPool(path: string, poolId: string): void {
  const bytes = readFileSync(path);
  // Header bytes 18-19 say "WAL" when the copy came from a WAL database; in memory only rollback mode works.
  if (bytes.length >= 20 && bytes[18] === 2) bytes[18] = bytes[19] = 1;
  const memory = new Database(bytes);
  const next = `${path}.${process.pid}.tmp`;
  try {
    memory.pragma('foreign_keys = ON');
    // The draws go with their pool (ON DELETE CASCADE since migration 0006).
    memory.prepare('DELETE FROM loting_pools WHERE id = ?').run(poolId);
    rmSync(next, { force: true });
    createPrivateFile(next);
    // VACUUM INTO writes only live rows: nothing of the deleted pool reaches the new file.
    memory.prepare('VACUUM INTO ?').run(next);
    const fd = openSync(next, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(next, path);
  } catch (error) {
    rmSync(next, { force: true });
    throw error;
  } finally {
    memory.close();
  }
}
