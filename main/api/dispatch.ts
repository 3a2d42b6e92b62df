import { z } from 'zod';
import { ApiError, toApiIssues, type ApiResult } from '../../shared/api/errors';
import { contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { apiMessages, conflictMessages, notFoundMessages, storageMessages } from '../../shared/api/messages';
import { controlCharacterIssues } from '../../shared/api/text';
import { DatabaseTooNewError, NotFound } from '../db/errors';
import { RevisionConflict } from '../db/repositories/revision';
import { storageReason } from '../db/storage';
import type { HandlerContext, Handlers } from './types';

export interface DispatcherOptions {
  /** Check every output against the contract too (on in tests, so a handler cannot drift from it). */
  validateOutput?: boolean;
  /** Where unexpected errors go; they never reach the client with their stack. */
  logError?: (method: string, error: unknown) => void;
}

/** Zod's own messages (for fields without a custom one) in Dutch: the issues reach the user. */
const dutchMessages = { error: z.locales.nl().localeError };

export type Dispatch = (
  method: string,
  input: unknown,
  transport: HandlerContext['transport'],
) => Promise<ApiResult<unknown>>;

/**
 * The single door into the app's services. Whatever happens inside, the caller gets an envelope:
 * `{ ok: true, data }` or `{ ok: false, error: { code, message, issues? } }`.
 */
export function createDispatcher(
  handlers: Handlers,
  services: HandlerContext['services'],
  options: DispatcherOptions = {},
): Dispatch {
  const logError = options.logError ?? ((method, error) => console.error(`[api] ${method}`, error));

  return async (method, rawInput, transport) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: apiMessages.unknownMethod(method) } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {}, dutchMessages);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: apiMessages.invalidInput, issues: toApiIssues(parsed.error) },
      };
    }
    // No free-text field of any method may hold NUL or another C0 control character (see shared/api/text.ts).
    const controlIssues = controlCharacterIssues(parsed.data, (path) => skipsTextCheck(method, path));
    if (controlIssues.length > 0) {
      return {
        ok: false,
        error: { code: 'INVALID_INPUT', message: apiMessages.controlCharacter, issues: controlIssues },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const data = await handler(parsed.data, { services, transport });
      if (options.validateOutput) {
        const checked = spec.output.safeParse(data, dutchMessages);
        if (!checked.success) {
          logError(method, checked.error);
          return {
            ok: false,
            error: { code: 'INVALID_OUTPUT', message: apiMessages.invalidOutput, issues: toApiIssues(checked.error) },
          };
        }
        return { ok: true, data: checked.data };
      }
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      // The one concurrency rule: a stale write changed nothing; every domain says so in its own words.
      if (error instanceof RevisionConflict) {
        return { ok: false, error: { code: 'CONFLICT', message: conflictMessages[error.domain] } };
      }
      // The one "not found": every repository's require(id) throws it; the message follows the kind.
      if (error instanceof NotFound) {
        return { ok: false, error: { code: 'NOT_FOUND', message: notFoundMessages[error.kind] } };
      }
      if (error instanceof DatabaseTooNewError) {
        return { ok: false, error: { code: 'DATABASE_TOO_NEW', message: error.message } };
      }
      logError(method, error);
      // A refused write is not a bug and nothing was saved: say so, instead of the generic "bewaard" text.
      const reason = storageReason(error);
      if (reason) return { ok: false, error: { code: 'STORAGE', message: storageMessages[reason] } };
      return { ok: false, error: { code: 'INTERNAL', message: apiMessages.internal } };
    }
  };
}

/**
 * Values that are data rather than text typed in Samenspel: the cells of a respondent file come
 * from citizens' sign-up forms as they are and are checked by the loting itself.
 */
function skipsTextCheck(method: MethodName, path: ReadonlyArray<string | number>): boolean {
  return method === 'loting.pools.create' && path.length === 1 && path[0] === 'rows';
}
