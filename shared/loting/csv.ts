import Papa from 'papaparse';
import { limits, type Quotum } from './model';
import { formatNumber } from '../format';
import { csvMessages } from './messages';

/**
 * Reading the respondents and quota files. The text is already decoded (the caller tries UTF-8
 * first and says so when it had to fall back). The delimiter is detected: Dutch Excel writes
 * semicolons, most other tools commas.
 */
export type ReadResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

export interface Table {
  columns: string[];
  rows: string[][];
}

/**
 * Lines in a text, counting every line ending papaparse accepts (CRLF, LF and a lone CR, as old
 * Mac Excel writes), so no line ending slips past the row limit.
 */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}

export function readCsv(text: string): ReadResult<Table> {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return { ok: false, error: csvMessages.empty };
  // Counting lines first refuses a huge file before papaparse builds all its rows.
  const lines = countLines(clean);
  if (lines > limits.maxRespondents + 10) {
    return {
      ok: false,
      error: csvMessages.tooManyLines(formatNumber(lines - 1), formatNumber(limits.maxRespondents)),
    };
  }
  const result = Papa.parse<string[]>(clean, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: 'greedy' });
  const [header, ...rows] = result.data;
  if (!header || header.length === 0) return { ok: false, error: csvMessages.noHeader };
  const columns = header.map((k) => k.trim());
  if (columns.length === 1 && rows.length > 0) {
    return {
      ok: false,
      error: csvMessages.oneColumn(columns[0]!.slice(0, 60)),
    };
  }
  if (columns.length > limits.maxColumns)
    return { ok: false, error: csvMessages.tooManyColumns(columns.length, limits.maxColumns) };
  const empty = columns.findIndex((k) => k === '');
  if (empty >= 0) return { ok: false, error: csvMessages.unnamedColumn(empty + 1) };
  const duplicate = columns.find((k, i) => columns.indexOf(k) !== i);
  if (duplicate) return { ok: false, error: csvMessages.duplicateColumn(duplicate) };
  const warnings: string[] = [];
  const skewed = rows.findIndex((r) => r.length !== columns.length);
  if (skewed >= 0) {
    return {
      ok: false,
      error: csvMessages.rowLength(skewed + 2, rows[skewed]!.length, columns.length),
    };
  }
  const tooLong = rows.findIndex((r) => r.some((c) => c.length > limits.maxCellLength));
  if (tooLong >= 0) return { ok: false, error: csvMessages.cellTooLong(tooLong + 2, limits.maxCellLength) };
  return { ok: true, value: { columns, rows: rows.map((r) => r.map((c) => c.trim())) }, warnings };
}

const columnNames = {
  category: ['category', 'categorie', 'kenmerk'],
  value: ['feature', 'waarde', 'name'],
  min: ['min', 'minimum'],
  max: ['max', 'maximum'],
};

/** A quota file: one row per value with category, feature/waarde, min and max (the paper's format). */
export function readQuotaCsv(text: string): ReadResult<Quotum[]> {
  const table = readCsv(text);
  if (!table.ok) return table;
  const col = table.value.columns.map((k) => k.toLowerCase());
  const idx = Object.fromEntries(
    Object.entries(columnNames).map(([name, options]) => [name, col.findIndex((k) => options.includes(k))]),
  ) as Record<keyof typeof columnNames, number>;
  const missing = Object.entries(idx)
    .filter(([, i]) => i < 0)
    .map(([name]) => name);
  if (missing.length > 0) {
    return {
      ok: false,
      error: csvMessages.quotaColumnsMissing(missing.join(', ')),
    };
  }
  const quota: Quotum[] = [];
  for (const [i, row] of table.value.rows.entries()) {
    const min = Number(row[idx.min]);
    const max = Number(row[idx.max]);
    const category = row[idx.category] ?? '';
    const value = row[idx.value] ?? '';
    if (!category || !value) return { ok: false, error: csvMessages.quotaRowIncomplete(i + 2) };
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 0) {
      return {
        ok: false,
        error: csvMessages.quotaNotWhole(i + 2, category, value),
      };
    }
    if (min > max)
      return {
        ok: false,
        error: csvMessages.quotaMinAboveMax(i + 2, category, value, min, max),
      };
    quota.push({ category, value, min, max });
  }
  return { ok: true, value: quota, warnings: [] };
}

/** Cells of a sheet to text; shared by the Node and the browser reader. */
export function tableFromCells(data: unknown[][]): ReadResult<Table> {
  const text = (c: unknown) =>
    c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();
  const [header, ...rows] = data.filter((r) => r.some((c) => text(c) !== ''));
  if (!header) return { ok: false, error: csvMessages.emptySheet };
  if (rows.length > limits.maxRespondents) {
    return {
      ok: false,
      error: csvMessages.tooManySheetRows(rows.length, limits.maxRespondents),
    };
  }
  const columns = header.map(text);
  return {
    ok: true,
    value: { columns, rows: rows.map((r) => columns.map((_, i) => text(r[i]))) },
    warnings: [],
  };
}
