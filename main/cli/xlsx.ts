import { inflateRawSync } from 'node:zlib';
import { xlsxMessages } from '../../shared/api/messages';
import { formatSize } from './files';

/**
 * A check of an .xlsx file (a zip archive) before the spreadsheet library unpacks it: the file
 * size is capped by the reader, and here every entry is inflated once with zlib's
 * `maxOutputLength`, so the unpacked size is bounded by what was really inflated, not by what the
 * archive claims. A zip bomb is refused after at most `maxUnpacked` bytes of work and memory.
 * read-excel-file itself has no such limit, hence this pass.
 */
export const xlsxLimits = {
  /** The .xlsx file itself. 20,000 respondents x 40 columns is about 5 MB. */
  maxBytes: 20 * 1024 * 1024,
  /** All entries together, unpacked. 20,000 x 40 cells of sheet XML are about 40 MB. */
  maxUnpacked: 64 * 1024 * 1024,
  maxEntries: 2_000,
} as const;

export type XlsxCheck = { ok: true; unpacked: number } | { ok: false; error: string };

const UNREADABLE = xlsxMessages.unreadable;

export function checkXlsx(bytes: Uint8Array, limits: Partial<typeof xlsxLimits> = {}): XlsxCheck {
  const maxBytes = limits.maxBytes ?? xlsxLimits.maxBytes;
  const maxUnpacked = limits.maxUnpacked ?? xlsxLimits.maxUnpacked;
  const maxEntries = limits.maxEntries ?? xlsxLimits.maxEntries;
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      error: xlsxMessages.tooLarge(formatSize(bytes.length), formatSize(maxBytes)),
    };
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  // End of central directory: 22 bytes plus a comment of at most 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, error: UNREADABLE };
  const entryCount = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || cdOffset === 0xffffffff) {
    return {
      ok: false,
      error: xlsxMessages.zip64,
    };
  }
  if (entryCount > maxEntries) return { ok: false, error: xlsxMessages.tooManyEntries(entryCount) };
  const tooLarge = {
    ok: false as const,
    error: xlsxMessages.unpackedTooLarge(formatSize(maxUnpacked)),
  };
  let unpacked = 0;
  let p = cdOffset;
  for (let n = 0; n < entryCount; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return { ok: false, error: UNREADABLE };
    const method = buf.readUInt16LE(p + 10);
    const packedSize = buf.readUInt32LE(p + 20);
    const declaredSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localHeader = buf.readUInt32LE(p + 42);
    p += 46 + nameLength + extraLength + commentLength;
    if (packedSize === 0xffffffff || declaredSize === 0xffffffff || localHeader === 0xffffffff) {
      return {
        ok: false,
        error: xlsxMessages.zip64,
      };
    }
    // What the archive claims is checked first (cheap), what it really holds next (exact).
    if (unpacked + declaredSize > maxUnpacked) return tooLarge;
    if (localHeader + 30 > buf.length || buf.readUInt32LE(localHeader) !== 0x04034b50)
      return { ok: false, error: UNREADABLE };
    const start = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
    if (start + packedSize > buf.length) return { ok: false, error: UNREADABLE };
    const data = buf.subarray(start, start + packedSize);
    if (method === 0) {
      unpacked += packedSize;
    } else if (method === 8) {
      const remaining = maxUnpacked - unpacked;
      try {
        // One byte more than allowed: reaching it proves the entry is too large.
        unpacked += inflateRawSync(data, { maxOutputLength: remaining + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge;
        return { ok: false, error: UNREADABLE };
      }
    } else {
      return { ok: false, error: UNREADABLE };
    }
    if (unpacked > maxUnpacked) return tooLarge;
  }
  return { ok: true, unpacked };
}
