import { fileMessages } from './api/messages';
import { jsonErrorInDutch } from './participatie/zod-dutch';

/**
 * Reads the JSON of a file a user chose (casus, project, participatiecode): an optional BOM is
 * skipped, an empty file and a syntax error get one Dutch message each. The one way to do this,
 * so every file type reports the same problem in the same words.
 */
export function readJsonText(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: false, error: fileMessages.empty };
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const detail = jsonErrorInDutch(error instanceof Error ? error.message : String(error));
    return { ok: false, error: fileMessages.invalidJson(detail) };
  }
}

/** A JSON object (not null, not an array): the one check before reading keys of parsed JSON. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
