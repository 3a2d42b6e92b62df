import { readSheet } from 'read-excel-file/browser';
import { formatNumber } from '@shared/format';
import { readCsv, tableFromCells, type ReadResult, type Table } from '@shared/loting/csv';
import * as download from '../../lib/download';
import { fileMessages } from '@shared/loting/messages';

/** The HTTP body cap is 5 MB; stay clearly below it so the request never gets cut off. */
export const maxSendBytes = 4_500_000;
/** A bigger file is refused before it is read into memory. */
export const maxFileBytes = 25_000_000;

/**
 * Reads a respondents or quota file in the browser, so only the chosen columns are ever sent.
 * Text is tried as UTF-8 first and falls back to Windows-1252 (old Excel CSV) with a warning.
 */
export async function readUpload(file: File): Promise<ReadResult<Table>> {
  if (file.size > maxFileBytes) {
    return {
      ok: false,
      error: fileMessages.tooLarge(formatNumber(file.size / 1e6, 0)),
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      return tableFromCells((await readSheet(file)) as unknown[][]);
    } catch {
      return {
        ok: false,
        error: fileMessages.unreadableXlsx,
      };
    }
  }
  return readText(bytes);
}

export function readText(bytes: Uint8Array): ReadResult<Table> {
  let text: string;
  let warning: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    warning = fileMessages.readAsWindows1252Screen;
  }
  const r = readCsv(text);
  return r.ok && warning ? { ...r, warnings: [...r.warnings, warning] } : r;
}

/** The one download helper (lib/download.ts), with the argument order of the loting screens. */
export function downloadBase64(base64: string, mime: string, name: string): void {
  download.downloadBase64(base64, name, mime);
}

export function downloadTextFile(text: string, mime: string, name: string): void {
  download.downloadText(text, name, mime);
}

/** "burgerberaad-zuid" from a pool name, for file names made in the browser. */
export function fileNamePart(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'pool'
  );
}
