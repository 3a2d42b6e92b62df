import { readSheet } from 'read-excel-file/node';
import { readCsv, tableFromCells, type ReadResult, type Table } from '../../shared/loting/csv';
import { fileMessages } from '../../shared/loting/messages';

/**
 * Reading respondent files from disk (the CLI; the app reads them in the renderer). Text files
 * are tried as UTF-8 first; old Excel exports are often Windows-1252, which is then used with a
 * warning, because a wrongly decoded "é" would silently split one wijk into two values.
 */
export function decodeText(bytes: Uint8Array): { text: string; warning?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning: fileMessages.readAsWindows1252,
    };
  }
}

export function isXlsx(bytes: Uint8Array): boolean {
  // .xlsx is a zip file: it starts with "PK".
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readTable(bytes: Uint8Array): Promise<ReadResult<Table>> {
  if (isXlsx(bytes)) return readXlsx(bytes);
  const { text, warning } = decodeText(bytes);
  const r = readCsv(text);
  return r.ok && warning ? { ...r, warnings: [...r.warnings, warning] } : r;
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult<Table>> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes))) as unknown[][];
  } catch {
    return { ok: false, error: fileMessages.unreadableXlsx };
  }
  return tableFromCells(data);
}
