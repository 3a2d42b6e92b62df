import { CasusFile } from '../participatie/casus';
import { isRecord, readJsonText } from '../json-file';
import { formatZodIssues } from '../participatie/zod-dutch';
import { projectFileMessages as messages } from './messages';
import { MAX_PROJECT_FILE_BYTES, PROJECT_FORMAT, PROJECT_FORMAT_VERSION, ProjectFile } from './schema';

export type ProjectParseResult =
  { ok: true; value: ProjectFile; migratedFrom?: number } | { ok: false; tooLarge?: boolean; errors: string[] };

/** UTF-8 size of a string without TextEncoder (shared/ runs everywhere, also where it is absent). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const tooLargeMessage = (bytes: number) =>
  messages.tooLarge(
    (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 }),
    MAX_PROJECT_FILE_BYTES / 1024 / 1024,
  );

/** One step per old version, each producing the next version's shape (validated at the end). */
const migrations: Record<number, (data: unknown) => { ok: true; value: unknown } | { ok: false; errors: string[] }> = {
  // v1 is the casus file: facts and answers. The reference mix is workshop material, not the traject's own choice.
  1: (data) => {
    const casus = CasusFile.safeParse(data, { reportInput: true });
    if (!casus.success) return { ok: false, errors: formatZodIssues(casus.error.issues) };
    const { titel, gemeente, vraagstuk, answers } = casus.data;
    return {
      ok: true,
      value: { format: PROJECT_FORMAT, formatVersion: 2, traject: { titel, gemeente, vraagstuk }, answers },
    };
  },
  // v2 had Dutch keys for the traject's facts and the code's name and choices; v3 has English ones.
  2: (data) => {
    if (!isRecord(data)) return { ok: true, value: data };
    const { traject, code, ...rest } = data;
    return {
      ok: true,
      value: {
        ...rest,
        formatVersion: 3,
        traject: isRecord(traject) ? renameKeys(traject, { titel: 'title', gemeente: 'municipality' }) : traject,
        ...(code === undefined
          ? {}
          : { code: isRecord(code) ? renameKeys(code, { naam: 'name', keuzes: 'choices' }) : code }),
      },
    };
  },
};

/** A copy with some keys renamed; other keys (also unknown ones, which the schema then refuses) stay. */
function renameKeys(object: Record<string, unknown>, names: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [Object.hasOwn(names, key) ? names[key]! : key, value]),
  );
}

/** Validates already-parsed JSON, migrating older versions. Errors are Dutch and name the field. */
export function parseProjectData(data: unknown): ProjectParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: [messages.notAnObject] };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [messages.versionMissing] };
  }
  if (version > PROJECT_FORMAT_VERSION) {
    return { ok: false, errors: [messages.versionTooNew(version, PROJECT_FORMAT_VERSION)] };
  }
  let current: unknown = data;
  for (let v = version; v < PROJECT_FORMAT_VERSION; v++) {
    const step = migrations[v]!(current);
    if (!step.ok) return { ok: false, errors: step.errors.map((e) => messages.inVersion(version, e)) };
    current = step.value;
  }
  const result = ProjectFile.safeParse(current, { reportInput: true });
  if (!result.success) return { ok: false, errors: formatZodIssues(result.error.issues) };
  return version < PROJECT_FORMAT_VERSION
    ? { ok: true, value: result.data, migratedFrom: version }
    : { ok: true, value: result.data };
}

/** Parses the text of a project file: size, JSON syntax, version, then the schema. */
export function parseProjectFile(text: string): ProjectParseResult {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PROJECT_FILE_BYTES) return { ok: false, tooLarge: true, errors: [tooLargeMessage(bytes)] };
  const json = readJsonText(text);
  return json.ok ? parseProjectData(json.data) : { ok: false, errors: [json.error] };
}

/** The file text for a project: stable key order and indentation, so two exports of the same traject are byte-identical. */
export function serializeProjectFile(project: ProjectFile): string {
  return JSON.stringify(ProjectFile.parse(project), null, 2) + '\n';
}
