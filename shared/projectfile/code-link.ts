import type { ParticipatieCode } from '../code/schema';
import type { ProjectCode } from './schema';

/** A code as the database holds it, for matching: its id and its choices. */
export interface StoredCodeRef {
  id: string;
  code: ParticipatieCode;
}

/** What importing a project file does with the participatiecode it carries. */
export type ProjectCodeLink =
  { kind: 'link'; codeId: string } | { kind: 'create'; name: string; code: ParticipatieCode };

/** Equal choices: the same JSON with keys in any order. */
function sameChoices(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameChoices((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Which code an imported traject follows: the stored code with the file's id when its choices
 * are still the same (back into the database it came from); else any stored code with the same
 * choices (a colleague who already imported that code); else a new code from the file's copy,
 * so the traject is checked against exactly the rules it was made under. Pure, for the import
 * in main/ and for tests.
 */
export function projectCodeLink(file: ProjectCode, stored: readonly StoredCodeRef[]): ProjectCodeLink {
  const sameId = stored.find((s) => s.id === file.id);
  if (sameId && sameChoices(sameId.code, file.choices)) return { kind: 'link', codeId: sameId.id };
  const same = stored.find((s) => sameChoices(s.code, file.choices));
  if (same) return { kind: 'link', codeId: same.id };
  return { kind: 'create', name: file.name, code: file.choices };
}
