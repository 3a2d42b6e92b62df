import fc from 'fast-check';
import { expect } from 'vitest';
import type { memoryBackend } from './services';

/**
 * The harness of the contract property tests (issue 15): a call through the real dispatcher that
 * fails the property on INTERNAL or INVALID_OUTPUT, and text as people type and paste it.
 */

export type Backend = ReturnType<typeof memoryBackend>;
export type Result = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** Any answer but INTERNAL or INVALID_OUTPUT; a refusal always carries a message. */
export async function call(backend: Backend, method: string, input: unknown): Promise<Result> {
  const result = (await backend.dispatch(method, input, 'http')) as Result;
  if (!result.ok) {
    expect(['INTERNAL', 'INVALID_OUTPUT'], `${method}: ${result.error.message}`).not.toContain(result.error.code);
    expect(result.error.message, method).toMatch(/\S/);
  }
  return result;
}

/** A call that must succeed. */
export async function ok<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await call(backend, method, input);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

/** Text as people type and paste it, with the odd control character, emoji and very long string. */
export const arbitraryText = (max = 120): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: max }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(max, 40) }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\t\n', '__proto__', 'constructor', '🌳'.repeat(60)),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: max, maxLength: max * 3 }) },
  );
