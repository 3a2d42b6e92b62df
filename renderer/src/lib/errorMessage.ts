import { jsonErrorInDutch, readableErrorLine } from '@shared/participatie/zod-dutch';
import { ApiClientError } from '../api/client';
import { errorText } from './errorText';

/**
 * The Dutch sentence to show for anything that was thrown. Messages from the API are Dutch
 * already (paths in them are turned into the labels people see); what the browser or the
 * JavaScript engine throws (JSON.parse, file reading, fetch) is English and never shown as is.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiClientError) return readableErrorLine(error.message);
  if (error instanceof SyntaxError && /JSON/i.test(error.message)) {
    return errorText('errors.invalidJson', { detail: jsonErrorInDutch(error.message) });
  }
  if (
    error instanceof DOMException ||
    (error instanceof Error && /^(NotReadable|NotFound|Abort)Error$/.test(error.name))
  ) {
    const name = (error as Error).name;
    if (name === 'NotReadableError' || name === 'NotFoundError') return errorText('errors.fileUnreadable');
    if (name === 'AbortError') return errorText('errors.aborted');
  }
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return errorText('errors.unreachable');
  }
  return errorText('errors.unexpected');
}

/** The issues of an API error (or the message alone), each as a Dutch line with field labels. */
export function errorLines(error: unknown): string[] {
  if (error instanceof ApiClientError && error.issues.length > 0) {
    return error.issues.map((issue) => readableErrorLine(issue.message, issue.path));
  }
  return [errorMessage(error)];
}
