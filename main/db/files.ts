import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { UnwritablePlace } from '../../shared/api/messages';

/** Only the owner may enter the data folder and read the files in it: they hold personal data. */
export const folderMode = 0o700;
export const fileMode = 0o600;
/** Pre-migration copies kept: the newest per schema version, for at most this many versions. */
export const backupsKept = 3;

const isWindows = process.platform === 'win32';

/** Takes group and world bits off a path we own (never adds any: a folder made read-only stays read-only). */
function tighten(path: string): void {
  if (isWindows) return;
  try {
    const st = statSync(path);
    const own = typeof process.getuid === 'function' && st.uid === process.getuid();
    if (own && (st.mode & 0o077) !== 0) chmodSync(path, st.mode & 0o700);
  } catch {
    // Not ours or not there: leave it; opening reports real problems.
  }
}

/** Creates the data folder 0700 (with any missing parents) and tightens an existing one. */
export function ensureDataFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: folderMode });
  tighten(dir);
}

/** The database and its -wal/-shm companions readable by the owner only (SQLite gives the companions the database's mode). */
export function tightenDatabaseFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) tighten(path);
}

/** Creates an empty file with mode 0600, so nothing is ever written to it with wider permissions. */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', fileMode));
}

const noWriteCodes = new Set(['EACCES', 'EPERM', 'EROFS']);

/**
 * Whether Samenspel may write the database file (and its -wal/-shm) and create files next to it.
 * Checked by opening for writing, not with access(2), which asks for the real rather than the
 * effective user and so says yes on a read-only mount or in a setuid process. Writes nothing.
 */
export function writeProblem(file: string): { place: UnwritablePlace; error: NodeJS.ErrnoException } | undefined {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (!existsSync(path)) continue;
    try {
      closeSync(openSync(path, 'r+'));
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code && noWriteCodes.has(e.code)) return { place: 'file', error: e };
      throw error;
    }
  }
  const probe = join(dirname(file), `.samenspel-write-test-${process.pid}`);
  try {
    closeSync(openSync(probe, 'w', fileMode));
    unlinkSync(probe);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code && noWriteCodes.has(e.code)) return { place: 'folder', error: e };
    // A full disk may refuse even an empty file; that is not read-only, the write itself will say so.
    if (e.code !== 'ENOSPC' && e.code !== 'EDQUOT') throw error;
  }
  return undefined;
}

export interface BackupFile {
  path: string;
  version: number;
  stamp: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pre-migration copies of this database in its folder, newest first (by version, then time). */
export function listBackups(file: string): BackupFile[] {
  const dir = dirname(file);
  const pattern = new RegExp(`^${escapeRegExp(basename(file))}\\.v(\\d+)-(.+)\\.backup$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = pattern.exec(name);
      return m ? [{ path: join(dir, name), version: Number(m[1]), stamp: m[2]! }] : [];
    })
    .sort((a, b) => b.version - a.version || (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
}

/**
 * Writes a consistent copy of the database (VACUUM INTO also takes what is still in the WAL) to
 * `<file>.v<version>-<time>.backup`, mode 0600 from the first byte; a half-written copy is removed.
 */
export function writeBackup(db: Database, file: string, version: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const path = `${file}.v${version}-${stamp}.backup`;
  rmSync(path, { force: true });
  createPrivateFile(path);
  try {
    db.prepare('VACUUM INTO ?').run(path);
    if (!isWindows) chmodSync(path, fileMode);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  return path;
}

/**
 * Keeps the newest copy per schema version and only the newest `keep` versions; `keep` is the
 * path just written, which always stays. Older copies (and the pools in them) are deleted.
 */
export function pruneBackups(file: string, keepPath: string | undefined, keep = backupsKept): string[] {
  const seen = new Set<number>();
  const removed: string[] = [];
  const all = listBackups(file);
  const kept = keepPath ? all.find((b) => b.path === keepPath) : undefined;
  if (kept) seen.add(kept.version);
  for (const b of all) {
    if (b.path === keepPath) continue;
    if (!seen.has(b.version) && seen.size < keep) {
      seen.add(b.version);
      continue;
    }
    rmSync(b.path, { force: true });
    removed.push(b.path);
  }
  return removed;
}
