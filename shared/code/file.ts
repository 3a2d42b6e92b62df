import { utf8Bytes } from '../projectfile/parse';
import { readJsonText } from '../json-file';
import { formatZodIssues } from '../participatie/zod-dutch';
import { codeMessages as m } from './messages';
import { CODE_FORMAT_VERSION, ParticipatieCode } from './schema';

/**
 * The `.samenspel-code` file: a participatiecode as JSON, to take to another gemeente or to
 * compare. `{ "format": "samenspel-code", "formatVersion": 2, …the code's fields }`. Readers
 * refuse other formats, newer versions and files over the size cap; errors are Dutch and name the
 * field (`uitdaagrecht.decisionWeeks: moet hooguit 26 zijn`). Version 1 files (Dutch keys)
 * are read through upgrade.ts.
 */
export const CODE_FORMAT = 'samenspel-code';
export const CODE_FILE_EXTENSION = '.samenspel-code';
/** A real code is a few kB; one megabyte leaves room for long own texts and refuses mistakes. */
export const MAX_CODE_FILE_BYTES = 1024 * 1024;

export type CodeParseResult =
  { ok: true; value: ParticipatieCode } | { ok: false; tooLarge?: boolean; errors: string[] };

export const codeTooLargeMessage = (bytes: number) =>
  m.tooLarge((bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 0 }), MAX_CODE_FILE_BYTES / 1024);

const NOT_A_CODE = m.notACode;

/** Validates already-parsed JSON. */
export function parseCodeData(data: unknown): CodeParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, errors: [`${NOT_A_CODE}: ${m.notAnObject}`] };
  const { format, app, ...rest } = data as Record<string, unknown>;
  if (format !== CODE_FORMAT)
    return {
      ok: false,
      errors: [
        format === 'samenspel-project'
          ? `${NOT_A_CODE}${m.projectFileInstead}`
          : `${NOT_A_CODE}: ${m.wrongFormat(CODE_FORMAT, format)}`,
      ],
    };
  const version = rest['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, errors: [`${NOT_A_CODE}: ${m.noVersion}`] };
  if (version > CODE_FORMAT_VERSION)
    return {
      ok: false,
      errors: [m.newerVersion(version, CODE_FORMAT_VERSION)],
    };
  const errors: string[] = [];
  if (app !== undefined) {
    const a = app as { name?: unknown; version?: unknown } | null;
    if (
      typeof a !== 'object' ||
      a === null ||
      a.name !== 'Samenspel' ||
      typeof a.version !== 'string' ||
      a.version.length > 50
    )
      errors.push(m.wrongApp);
  }
  const result = ParticipatieCode.safeParse(rest, { reportInput: true });
  if (!result.success) errors.push(...formatZodIssues(result.error.issues));
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, value: result.data };
}

/** Parses the text of a `.samenspel-code` file: size, JSON syntax, format and version, then the schema. */
export function parseCodeFile(text: string): CodeParseResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_CODE_FILE_BYTES) return { ok: false, tooLarge: true, errors: [codeTooLargeMessage(bytes)] };
  const json = readJsonText(text);
  return json.ok ? parseCodeData(json.data) : { ok: false, errors: [json.error] };
}

/** The file text: validated, stable key order and indentation, so the same code gives the same bytes. */
export function serializeCodeFile(code: ParticipatieCode, app?: { version: string }): string {
  const valid = ParticipatieCode.parse(code);
  const { formatVersion, ...rest } = valid;
  return (
    JSON.stringify(
      {
        format: CODE_FORMAT,
        formatVersion,
        ...(app ? { app: { name: 'Samenspel', version: app.version } } : {}),
        ...rest,
      },
      null,
      2,
    ) + '\n'
  );
}
