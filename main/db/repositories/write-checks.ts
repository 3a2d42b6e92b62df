import { z } from 'zod';
import { ApiError, toApiIssues } from '../../../shared/api/errors';
import { writeCheckMessages } from '../../../shared/api/messages';
import { controlCharacterIssues } from '../../../shared/api/text';

/**
 * Checks the repositories run inside their write transaction. Input is validated at the API
 * boundary already; these are the last line, for paths that do not pass it (project import,
 * a worked example, a workshop group turned into a traject) and for combinations a single schema
 * cannot see. Throwing inside `db.transaction` rolls everything back, so a write that would leave
 * unreadable data is never committed.
 */

/** Refuses text with control characters (NUL and the like) before it reaches SQL. */
export function refuseControlCharacters(value: unknown): void {
  const issues = controlCharacterIssues(value);
  if (issues.length > 0) {
    throw new ApiError('INVALID_INPUT', writeCheckMessages.controlCharacter, issues);
  }
}

/**
 * Reads back what was just written and parses it. On failure the caller's transaction rolls back
 * and the user reads why, instead of INTERNAL and data that can no longer be opened.
 */
export function readBackBeforeCommit<T>(read: () => T | undefined): T {
  try {
    const row = read();
    if (row === undefined) throw new Error('written row not found');
    return row;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'INVALID_INPUT',
      writeCheckMessages.unreadable,
      error instanceof z.ZodError ? toApiIssues(error) : undefined,
    );
  }
}

/** Parses with a schema, as `readBackBeforeCommit` does for a whole read. */
export function parseBeforeSave<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return readBackBeforeCommit(() => schema.parse(value));
}
