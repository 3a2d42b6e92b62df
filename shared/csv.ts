/**
 * The one CSV writer of Samenspel: every CSV the app or the CLI writes goes through `schrijfCsv`.
 *
 * - Default variant `semicolon`: semicolons between cells, a decimal comma and a UTF-8 BOM, which
 *   is what Dutch Excel opens right with a double click. Variant `comma`: commas and a decimal
 *   point (international tools); it keeps the BOM so Excel still reads the file as UTF-8.
 * - Formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, a TAB
 *   or a CR gets a leading single quote, so a spreadsheet shows it as text and never runs it.
 *   Respondent data comes from citizens' sign-up forms, so every text cell is treated this way;
 *   numbers that we write as numbers (type `number` or `csvGetal`) are ours and stay as they are.
 * - A cell holding the separator, a double quote, CR or LF is put between double quotes, with
 *   inner quotes doubled (RFC 4180). Lines end in CRLF, the file too.
 */
export type CsvVariant = 'semicolon' | 'comma';

/** A number with a fixed number of decimals (e.g. a probability as 0,125000). */
export interface CsvNumber {
  value: number;
  decimals: number;
}

export type CsvCell = string | number | CsvNumber | null | undefined;

export interface CsvOptions {
  /** Default `semicolon`. */
  variant?: CsvVariant;
  /** Default true: a UTF-8 byte order mark, so Excel does not read the file as Windows-1252. */
  bom?: boolean;
}

export const csvNumber = (value: number, decimals: number): CsvNumber => ({ value, decimals });

export const csvBom = '\uFEFF';

export function csvSeparator(variant: CsvVariant = 'semicolon'): ';' | ',' {
  return variant === 'comma' ? ',' : ';';
}

const formulaStart = /^[=+\-@\t\r]/;

/** OWASP: prefix a text that a spreadsheet would read as a formula with a single quote. */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function numberText(n: number, decimals: number | undefined, variant: CsvVariant): string {
  if (!Number.isFinite(n)) return '';
  let text = decimals === undefined ? String(n) : n.toFixed(decimals);
  // String(1e-7) is "1e-7"; spreadsheets read plain decimals more reliably.
  if (/e/i.test(text)) text = n.toFixed(20).replace(/\.?0+$/, '');
  if (text === '-0') text = '0';
  return variant === 'comma' ? text : text.replace('.', ',');
}

/** One cell as it appears in the file, quoted when needed. */
export function csvCell(cell: CsvCell, variant: CsvVariant = 'semicolon'): string {
  const text =
    cell === null || cell === undefined
      ? ''
      : typeof cell === 'number'
        ? numberText(cell, undefined, variant)
        : typeof cell === 'object'
          ? numberText(cell.value, cell.decimals, variant)
          : neutralizeFormula(cell);
  const separator = csvSeparator(variant);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file as text: header and rows, CRLF after every line, a BOM unless `bom: false`. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const variant = options.variant ?? 'semicolon';
  const separator = csvSeparator(variant);
  const text = rows.map((row) => `${row.map((c) => csvCell(c, variant)).join(separator)}\r\n`).join('');
  return (options.bom ?? true) ? `${csvBom}${text}` : text;
}
