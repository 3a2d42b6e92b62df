/**
 * The one CSV writer of Samenspel: every CSV the app or the CLI writes goes through `schrijfCsv`.
 *
 * - Default variant `puntkomma`: semicolons between cells, a decimal comma and a UTF-8 BOM, which
 *   is what Dutch Excel opens right with a double click. Variant `komma`: commas and a decimal
 *   point (international tools); it keeps the BOM so Excel still reads the file as UTF-8.
 * - Formula injection (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, a TAB
 *   or a CR gets a leading single quote, so a spreadsheet shows it as text and never runs it.
 *   Respondent data comes from citizens' sign-up forms, so every text cell is treated this way;
 *   numbers that we write as numbers (type `number` or `csvGetal`) are ours and stay as they are.
 * - A cell holding the separator, a double quote, CR or LF is put between double quotes, with
 *   inner quotes doubled (RFC 4180). Lines end in CRLF, the file too.
 */
export type CsvVariant = 'puntkomma' | 'komma';

/** A number with a fixed number of decimals (e.g. a probability as 0,125000). */
export interface CsvGetal {
  getal: number;
  decimalen: number;
}

export type CsvCel = string | number | CsvGetal | null | undefined;

export interface CsvOpties {
  /** Default `puntkomma`. */
  variant?: CsvVariant;
  /** Default true: a UTF-8 byte order mark, so Excel does not read the file as Windows-1252. */
  bom?: boolean;
}

export const csvGetal = (getal: number, decimalen: number): CsvGetal => ({ getal, decimalen });

export const csvBom = '\uFEFF';

export function csvScheidingsteken(variant: CsvVariant = 'puntkomma'): ';' | ',' {
  return variant === 'komma' ? ',' : ';';
}

const gevaarlijkBegin = /^[=+\-@\t\r]/;

/** OWASP: prefix a text that a spreadsheet would read as a formula with a single quote. */
export function ontschadelijk(tekst: string): string {
  return gevaarlijkBegin.test(tekst) ? `'${tekst}` : tekst;
}

function getalTekst(n: number, decimalen: number | undefined, variant: CsvVariant): string {
  if (!Number.isFinite(n)) return '';
  let tekst = decimalen === undefined ? String(n) : n.toFixed(decimalen);
  // String(1e-7) is "1e-7"; spreadsheets read plain decimals more reliably.
  if (/e/i.test(tekst)) tekst = n.toFixed(20).replace(/\.?0+$/, '');
  if (tekst === '-0') tekst = '0';
  return variant === 'komma' ? tekst : tekst.replace('.', ',');
}

/** One cell as it appears in the file, quoted when needed. */
export function csvCel(cel: CsvCel, variant: CsvVariant = 'puntkomma'): string {
  const tekst =
    cel === null || cel === undefined
      ? ''
      : typeof cel === 'number'
        ? getalTekst(cel, undefined, variant)
        : typeof cel === 'object'
          ? getalTekst(cel.getal, cel.decimalen, variant)
          : ontschadelijk(cel);
  const scheiding = csvScheidingsteken(variant);
  return tekst.includes(scheiding) || /["\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/** The whole file as text: header and rows, CRLF after every line, a BOM unless `bom: false`. */
export function schrijfCsv(rijen: readonly (readonly CsvCel[])[], opties: CsvOpties = {}): string {
  const variant = opties.variant ?? 'puntkomma';
  const scheiding = csvScheidingsteken(variant);
  const tekst = rijen.map((rij) => `${rij.map((c) => csvCel(c, variant)).join(scheiding)}\r\n`).join('');
  return (opties.bom ?? true) ? `${csvBom}${tekst}` : tekst;
}
