import type { StorageReason } from '../../shared/api/messages';

/**
 * Failures of the disk under the database (or under a file Samenspel writes): a read-only file or
 * folder, a full disk, an I/O error, no permission. They are told apart from bugs so the user reads
 * what really happened ("Niet opgeslagen: de schijf is vol") instead of a reassurance that is false.
 */

/** SQLite's (extended) result codes as better-sqlite3 reports them, by prefix. */
const sqlitePrefixes: ReadonlyArray<readonly [string, StorageReason]> = [
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_FULL', 'disk-full'],
  ['SQLITE_IOERR', 'disk-error'],
  ['SQLITE_PERM', 'no-access'],
  ['SQLITE_CANTOPEN', 'no-access'],
];

/** Node's file-system error codes. */
const nodeCodes: Readonly<Record<string, StorageReason>> = {
  EACCES: 'no-access',
  EPERM: 'no-access',
  EROFS: 'read-only',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EIO: 'disk-error',
};

/** The storage reason behind an error (looking through `cause` a few levels), or undefined for anything else. */
export function storageReason(error: unknown): StorageReason | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (Object.hasOwn(nodeCodes, code)) return nodeCodes[code];
      const hit = sqlitePrefixes.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
      if (hit) return hit[1];
    }
    current = current.cause;
  }
  return undefined;
}
