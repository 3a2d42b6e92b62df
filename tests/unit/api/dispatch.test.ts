import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { notFoundMessages } from '../../../shared/api/messages';
import { contract, methodNames } from '../../../shared/api/contract';
import { createDispatcher } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import type { Handlers } from '../../../main/api/types';
import { DatabaseTooNewError } from '../../../main/db/errors';
import { memoryBackend } from '../../support/services';

const backends: Array<ReturnType<typeof memoryBackend>> = [];
function backend() {
  const b = memoryBackend();
  backends.push(b);
  return b;
}
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

describe('dispatcher', () => {
  it('has a handler for every method in the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('refuses an unknown method with a Dutch message', async () => {
    const { dispatch } = backend();
    const result = await dispatch('trajecten.drop', {}, 'http');
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining("'trajecten.drop' bestaat niet") },
    });
  });

  it('does not treat inherited object keys as methods', async () => {
    const { dispatch } = backend();
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const result = await dispatch(name, {}, 'http');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('returns INVALID_INPUT with the zod issues and does not call the handler', async () => {
    const { dispatch, services } = backend();
    const result = await dispatch('trajecten.create', { title: '', municipality: 42 }, 'http');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    const paths = result.error.issues?.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'municipality']));
    expect(result.error.issues?.find((i) => i.path[0] === 'title')?.message).toBe('Geef het traject een titel.');
    expect(services.trajecten.list()).toHaveLength(0);
  });

  it('rejects input that is not an object', async () => {
    const { dispatch } = backend();
    for (const input of ['tekst', 5, [1, 2]]) {
      const result = await dispatch('trajecten.list', input, 'ipc');
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
    }
  });

  it('turns an ApiError into its code and message', async () => {
    const { dispatch } = backend();
    const result = await dispatch('trajecten.get', { id: crypto.randomUUID() }, 'http');
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('bestaat niet') },
    });
  });

  it('wraps an unexpected exception in an INTERNAL envelope without the stack', async () => {
    const { services } = backend();
    const logged: unknown[] = [];
    const broken: Handlers = {
      ...handlers,
      'trajecten.list': () => {
        throw new TypeError('kapot: SELECT * FROM geheim');
      },
    };
    const dispatch = createDispatcher(broken, services, { logError: (_m, e) => logged.push(e) });
    const result = await dispatch('trajecten.list', {}, 'http');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toContain('geheim');
    expect(logged).toHaveLength(1);
  });

  it('maps a rejected promise and a too-new database to envelopes too', async () => {
    const { services } = backend();
    const dispatch = createDispatcher(
      {
        ...handlers,
        'trajecten.list': async () => Promise.reject(new DatabaseTooNewError(9, 1)),
        'trajecten.get': async () => Promise.reject(new ApiError('CONFLICT', 'Iemand anders was je voor.')),
      },
      services,
      { logError: () => {} },
    );
    const tooNew = await dispatch('trajecten.list', {}, 'ipc');
    expect(tooNew.ok ? '' : tooNew.error.code).toBe('DATABASE_TOO_NEW');
    const conflict = await dispatch('trajecten.get', { id: crypto.randomUUID() }, 'ipc');
    expect(conflict).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'Iemand anders was je voor.' } });
  });

  it('catches a handler whose output drifts from the contract when output validation is on', async () => {
    const { services } = backend();
    const dispatch = createDispatcher({ ...handlers, 'app.info': () => ({ appVersion: 1 }) as never }, services, {
      validateOutput: true,
      logError: () => {},
    });
    const result = await dispatch('app.info', {}, 'http');
    expect(result.ok ? '' : result.error.code).toBe('INVALID_OUTPUT');
  });

  it('applies input defaults before the handler sees the input', async () => {
    const { dispatch } = backend();
    const result = await dispatch('trajecten.create', { title: '  Wijkbudget Noord  ' }, 'http');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(contract['trajecten.create'].output.parse(result.data)).toMatchObject({
      title: 'Wijkbudget Noord',
      municipality: '',
      vraagstuk: '',
    });
  });

  it('reports which transport a call came in on', async () => {
    const { dispatch } = backend();
    const viaIpc = await dispatch('app.info', {}, 'ipc');
    expect(viaIpc).toEqual({
      ok: true,
      data: { appVersion: '0.0.0-test', schemaVersion: expect.any(Number), transport: 'ipc' },
    });
  });

  it('maps the one NotFound of the repositories once: NOT_FOUND with the message of its kind, never logged', async () => {
    const { services } = backend();
    const log = vi.fn();
    const dispatch = createDispatcher(handlers, services, { logError: log });
    const missing = crypto.randomUUID();
    const traject = { code: 'NOT_FOUND', message: notFoundMessages.traject };
    for (const [method, input] of [
      ['trajecten.get', { id: missing }],
      ['trajecten.update', { id: missing, expectedRevision: 1, title: 'x' }],
      ['trajecten.delete', { id: missing }],
      ['answers.get', { trajectId: missing }],
      ['procesplaat.get', { trajectId: missing }],
      ['advice.forTraject', { trajectId: missing }],
      ['export.preview', { trajectId: missing }],
      ['codes.checkTraject', { trajectId: missing }],
    ] as const) {
      expect(await dispatch(method, input, 'http'), method).toEqual({ ok: false, error: traject });
    }
    const code = { ok: false, error: { code: 'NOT_FOUND', message: notFoundMessages.code } };
    expect(await dispatch('codes.get', { id: missing }, 'http')).toEqual(code);
    expect(await dispatch('codes.delete', { id: missing }, 'http')).toEqual(code);
    expect(log).not.toHaveBeenCalled();
  });

  it('logs nothing for expected failures', async () => {
    const { services } = backend();
    const log = vi.fn();
    const dispatch = createDispatcher(handlers, services, { logError: log });
    await dispatch('trajecten.get', { id: 'geen-uuid' }, 'http');
    await dispatch('trajecten.delete', { id: crypto.randomUUID() }, 'http');
    expect(log).not.toHaveBeenCalled();
  });
});

describe('trajecten over the dispatcher', () => {
  it('creates, lists, renames and deletes', async () => {
    const { dispatch } = backend();
    const created = await dispatch('trajecten.create', { title: 'Burgerbegroting', municipality: 'Zwolle' }, 'http');
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.data as { id: string }).id;

    const renamed = await dispatch('trajecten.update', { id, expectedRevision: 1, title: 'Wijkbudget' }, 'http');
    expect(renamed).toMatchObject({ ok: true, data: { id, title: 'Wijkbudget', municipality: 'Zwolle', revision: 2 } });

    const empty = await dispatch('trajecten.update', { id, expectedRevision: 2 }, 'http');
    expect(empty.ok ? '' : empty.error.issues?.[0]?.message).toBe('Er is niets om te wijzigen.');

    expect(await dispatch('trajecten.delete', { id }, 'http')).toEqual({ ok: true, data: { id } });
    expect(await dispatch('trajecten.list', {}, 'http')).toEqual({ ok: true, data: [] });
  });
});
