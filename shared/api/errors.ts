import { z } from 'zod';

/** Every failure that crosses the API boundary has one of these codes; clients branch on the code, people read the message. */
export const ApiErrorCode = z.enum([
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'INVALID_OUTPUT',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_LARGE',
  'FORBIDDEN',
  'DATABASE_TOO_NEW',
  /** The disk refused a write (read-only, full, I/O error, no permission); the message starts with "Niet opgeslagen:". */
  'STORAGE',
  'TRANSPORT',
  'INTERNAL',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssue>;

export const ApiErrorBody = z.object({
  code: ApiErrorCode,
  message: z.string(),
  issues: z.array(ApiIssue).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody };

/** Handlers throw this to return a specific, user-readable error instead of INTERNAL. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;
  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
  toBody(): ApiErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** Zod issues reduced to what a person (and a test) needs: where, and what is wrong. */
export function toApiIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}

/** Resilient parse of an envelope that came over a transport. */
export const ApiResultEnvelope = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorBody }),
]);
