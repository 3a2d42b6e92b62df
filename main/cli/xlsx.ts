import { inflateRawSync } from 'node:zlib';
import { grootteTekst } from './bestanden';

/**
 * A check of an .xlsx file (a zip archive) before the spreadsheet library unpacks it: the file
 * size is capped by the reader, and here every entry is inflated once with zlib's
 * `maxOutputLength`, so the unpacked size is bounded by what was really inflated, not by what the
 * archive claims. A zip bomb is refused after at most `maxUitgepakt` bytes of work and memory.
 * read-excel-file itself has no such limit, hence this pass.
 */
export const xlsxGrenzen = {
  /** The .xlsx file itself. 20,000 respondents x 40 columns is about 5 MB. */
  maxBytes: 20 * 1024 * 1024,
  /** All entries together, unpacked. 20,000 x 40 cells of sheet XML are about 40 MB. */
  maxUitgepakt: 64 * 1024 * 1024,
  maxEntries: 2_000,
} as const;

export type XlsxControle = { ok: true; uitgepakt: number } | { ok: false; fout: string };

const onleesbaar = 'Dit Excel-bestand kan niet worden gelezen. Sla het opnieuw op als .xlsx of als CSV.';

export function controleerXlsx(bytes: Uint8Array, grenzen: Partial<typeof xlsxGrenzen> = {}): XlsxControle {
  const maxBytes = grenzen.maxBytes ?? xlsxGrenzen.maxBytes;
  const maxUitgepakt = grenzen.maxUitgepakt ?? xlsxGrenzen.maxUitgepakt;
  const maxEntries = grenzen.maxEntries ?? xlsxGrenzen.maxEntries;
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      fout: `Het Excel-bestand is ${grootteTekst(bytes.length)}; hoogstens ${grootteTekst(maxBytes)} kan. Sla het op als CSV of maak eerst een voorselectie.`,
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
  if (eocd < 0) return { ok: false, fout: onleesbaar };
  const aantal = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (aantal === 0xffff || cdOffset === 0xffffffff) {
    return {
      ok: false,
      fout: 'Dit Excel-bestand gebruikt ZIP64, dat Samenspel niet leest. Sla het opnieuw op in Excel of als CSV.',
    };
  }
  if (aantal > maxEntries) return { ok: false, fout: `Dit Excel-bestand bevat ${aantal} onderdelen; dat is te veel.` };
  const teGroot = {
    ok: false as const,
    fout: `Dit Excel-bestand is uitgepakt groter dan ${grootteTekst(maxUitgepakt)}; dat kan Samenspel niet veilig lezen. Sla het op als CSV of maak eerst een voorselectie.`,
  };
  let uitgepakt = 0;
  let p = cdOffset;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return { ok: false, fout: onleesbaar };
    const methode = buf.readUInt16LE(p + 10);
    const gepakt = buf.readUInt32LE(p + 20);
    const opgegeven = buf.readUInt32LE(p + 24);
    const naamLengte = buf.readUInt16LE(p + 28);
    const extraLengte = buf.readUInt16LE(p + 30);
    const commentaarLengte = buf.readUInt16LE(p + 32);
    const lokaal = buf.readUInt32LE(p + 42);
    p += 46 + naamLengte + extraLengte + commentaarLengte;
    if (gepakt === 0xffffffff || opgegeven === 0xffffffff || lokaal === 0xffffffff) {
      return {
        ok: false,
        fout: 'Dit Excel-bestand gebruikt ZIP64, dat Samenspel niet leest. Sla het opnieuw op in Excel of als CSV.',
      };
    }
    // What the archive claims is checked first (cheap), what it really holds next (exact).
    if (uitgepakt + opgegeven > maxUitgepakt) return teGroot;
    if (lokaal + 30 > buf.length || buf.readUInt32LE(lokaal) !== 0x04034b50) return { ok: false, fout: onleesbaar };
    const begin = lokaal + 30 + buf.readUInt16LE(lokaal + 26) + buf.readUInt16LE(lokaal + 28);
    if (begin + gepakt > buf.length) return { ok: false, fout: onleesbaar };
    const data = buf.subarray(begin, begin + gepakt);
    if (methode === 0) {
      uitgepakt += gepakt;
    } else if (methode === 8) {
      const ruimte = maxUitgepakt - uitgepakt;
      try {
        // One byte more than allowed: reaching it proves the entry is too large.
        uitgepakt += inflateRawSync(data, { maxOutputLength: ruimte + 1 }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return teGroot;
        return { ok: false, fout: onleesbaar };
      }
    } else {
      return { ok: false, fout: onleesbaar };
    }
    if (uitgepakt > maxUitgepakt) return teGroot;
  }
  return { ok: true, uitgepakt };
}
