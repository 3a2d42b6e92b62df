/**
 * Reads a WAL-mode database whose write-ahead log cannot be read by SQLite itself: a read-only
 * data folder holding `samenspel.sqlite` and `samenspel.sqlite-wal` but no `-shm` (the app was
 * stopped before it could checkpoint, then the folder was made read-only). SQLite needs a -shm
 * file to read the log and cannot create one there, so the committed part of the log is applied
 * to a copy of the database in memory instead, the way SQLite recovers a log
 * (https://www.sqlite.org/fileformat2.html#walformat): frames count only while their salts match
 * the header and their running checksum holds, and only up to the last commit frame.
 * Nothing is written to disk.
 */

const WAL_HEADER = 32;
const FRAME_HEADER = 24;
const MAGIC_LITTLE_ENDIAN = 0x377f0682;
const MAGIC_BIG_ENDIAN = 0x377f0683;

/** SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from `s0`, `s1`. */
function checksum(data: Uint8Array, bigEndian: boolean, s0: number, s1: number): [number, number] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < data.byteLength; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

/**
 * The database as it reads with the log applied, in rollback-journal mode (header bytes 18-19
 * set to 1) so it can be opened in memory. Without a valid log the main file is returned as it is
 * (with the same header change).
 */
export function applyWal(main: Uint8Array, wal: Uint8Array): Buffer {
  let result = Buffer.from(main);
  const committed = committedPages(wal);
  if (committed) {
    const { pageSize, pages, pageCount } = committed;
    const size = pageCount * pageSize;
    if (result.length !== size) {
      const resized = Buffer.alloc(size);
      result.copy(resized, 0, 0, Math.min(size, result.length));
      result = resized;
    }
    for (const [pageNumber, data] of pages) {
      if (pageNumber <= pageCount) result.set(data, (pageNumber - 1) * pageSize);
    }
  }
  // Header bytes 18-19 say "WAL"; an in-memory database only works in rollback mode.
  if (result.length >= 20 && result[18] === 2) result[18] = result[19] = 1;
  return result;
}

/** The newest committed version of every page in the log, or undefined when the log holds no commit. */
function committedPages(
  wal: Uint8Array,
): { pageSize: number; pageCount: number; pages: Map<number, Uint8Array> } | undefined {
  if (wal.byteLength < WAL_HEADER) return undefined;
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if (magic !== MAGIC_LITTLE_ENDIAN && magic !== MAGIC_BIG_ENDIAN) return undefined;
  const bigEndian = magic === MAGIC_BIG_ENDIAN;
  const pageSize = view.getUint32(8) === 1 ? 65536 : view.getUint32(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return undefined;
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);
  let [s0, s1] = checksum(wal.subarray(0, 24), bigEndian, 0, 0);
  if (s0 !== view.getUint32(24) || s1 !== view.getUint32(28)) return undefined;

  const pending = new Map<number, Uint8Array>();
  const pages = new Map<number, Uint8Array>();
  let pageCount = 0;
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.byteLength; at += FRAME_HEADER + pageSize) {
    const pageNumber = view.getUint32(at);
    const commitSize = view.getUint32(at + 4);
    if (pageNumber === 0 || view.getUint32(at + 8) !== salt1 || view.getUint32(at + 12) !== salt2) break;
    const data = wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + pageSize);
    [s0, s1] = checksum(wal.subarray(at, at + 8), bigEndian, s0, s1);
    [s0, s1] = checksum(data, bigEndian, s0, s1);
    if (s0 !== view.getUint32(at + 16) || s1 !== view.getUint32(at + 20)) break;
    pending.set(pageNumber, data);
    if (commitSize > 0) {
      // A commit frame: everything up to here is a complete transaction.
      for (const [n, d] of pending) pages.set(n, d);
      pending.clear();
      pageCount = commitSize;
    }
  }
  return pageCount > 0 ? { pageSize, pageCount, pages } : undefined;
}
