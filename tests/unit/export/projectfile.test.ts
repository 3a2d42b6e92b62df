import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { procesplaatForDocument } from '../../../shared/document/index';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { parseProjectFile, serializeProjectFile } from '../../../shared/projectfile/index';
import { memoryBackend } from '../../support/services';
import { noBrowser } from './helpers';

const casusText = readFileSync(
  join(import.meta.dirname, '../../../shared/participatie/casussen/aardgasvrij-de-horst.json'),
  'utf8',
);
type Backend = ReturnType<typeof memoryBackend>;

async function call<T = unknown>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input, 'http');
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.data as T;
}
async function fail(backend: Backend, method: string, input: unknown) {
  const result = await backend.dispatch(method, input, 'http');
  expect(result.ok).toBe(false);
  return (result as { ok: false; error: { code: string; message: string; issues?: { message: string }[] } }).error;
}
const importText = (backend: Backend, text: string) =>
  call<{ traject: { id: string; title: string }; migratedFrom?: number }>(backend, 'export.importProject', {
    content: { encoding: 'text', text },
  });
const exportText = async (backend: Backend, trajectId: string) =>
  Buffer.from((await call<{ base64: string }>(backend, 'export.project', { trajectId })).base64, 'base64').toString(
    'utf8',
  );
const count = (backend: Backend) => backend.services.trajecten.list().length;

describe('project file (.samenspel)', () => {
  let backend: Backend;
  beforeEach(() => {
    backend = memoryBackend();
    backend.services.exportHost = noBrowser;
  });
  afterEach(() => backend.services.close());

  it('reads a casus file (format 1) as an older project file into a new traject', async () => {
    const { traject, migratedFrom } = await importText(backend, casusText);
    expect(migratedFrom).toBe(1);
    expect(traject.title).toBe('Aardgasvrij in De Horst');
    expect(backend.services.answers.get(traject.id).answers).toEqual(exampleCasussen['aardgasvrij-de-horst'].answers);
  });

  it('reads a format 2 file (Dutch keys for the traject and its code) into format 3', async () => {
    const { traject } = await importText(backend, casusText);
    const current = JSON.parse(await exportText(backend, traject.id)) as Record<string, unknown>;
    const { title, municipality, vraagstuk } = current.traject as Record<string, string>;
    const old = { ...current, formatVersion: 2, traject: { titel: title, gemeente: municipality, vraagstuk } };
    const parsed = parseProjectFile(JSON.stringify(old));
    expect(parsed.ok && parsed.migratedFrom).toBe(2);
    expect(parsed.ok && parsed.value.traject).toEqual({ title, municipality, vraagstuk });
    expect(parsed.ok && parsed.value.formatVersion).toBe(3);
    // An unknown key in the traject is still refused after the step, not dropped silently.
    const wrong = { ...old, traject: { ...old.traject, naam: 'x' } };
    expect(parseProjectFile(JSON.stringify(wrong)).ok).toBe(false);
  });

  it('round trip: export, import, export again gives the identical file, procesplaat and spelregels included', async () => {
    const { traject } = await importText(backend, casusText);
    const answers = backend.services.answers.get(traject.id).answers;
    backend.services.procesplaat.save(traject.id, await procesplaatForDocument(answers, null, catalogue));
    await call(backend, 'export.saveSpelregels', {
      trajectId: traject.id,
      spelregels: [{ id: 'eigen-1', tekst: 'De raad <b>hoort</b> iedereen.' }],
      expectedRevision: 0,
    });

    const first = await exportText(backend, traject.id);
    const parsed = parseProjectFile(first);
    expect(parsed.ok && parsed.value.procesplaat?.nodes.length).toBeGreaterThan(10);
    expect(parsed.ok && parsed.value.spelregels).toEqual([{ id: 'eigen-1', tekst: 'De raad <b>hoort</b> iedereen.' }]);

    const again = await importText(backend, first);
    expect(again.traject.id).not.toBe(traject.id);
    expect(await exportText(backend, again.traject.id)).toBe(first);
    // The documents made from both trajecten are the same too.
    const md = async (id: string) =>
      (await call<{ base64: string }>(backend, 'export.document', { trajectId: id, format: 'md' })).base64;
    expect(await md(again.traject.id)).toBe(await md(traject.id));
  });

  it('exports the one-page participatieparagraaf when the app asks for it (the plan stays the default)', async () => {
    const { traject } = await importText(backend, casusText);
    const doc = async (variant?: 'plan' | 'paragraaf') =>
      call<{ fileName: string; base64: string }>(backend, 'export.document', {
        trajectId: traject.id,
        format: 'md',
        ...(variant ? { variant } : {}),
      });
    const plan = await doc();
    const paragraaf = await doc('paragraaf');
    expect(plan.fileName).toMatch(/^participatieplan-/);
    expect(paragraaf.fileName).toMatch(/^participatieparagraaf-/);
    const text = Buffer.from(paragraaf.base64, 'base64').toString('utf8');
    expect(text).toContain('Participatieparagraaf');
    expect(text.length).toBeLessThan(Buffer.from(plan.base64, 'base64').toString('utf8').length / 2);
    expect(
      (await fail(backend, 'export.document', { trajectId: traject.id, format: 'md', variant: 'motivering' })).code,
    ).toBe('INVALID_INPUT');
  });

  it('accepts the app’s gzip packing, so a file up to 10 MB fits the 5 MB request cap', async () => {
    const { traject } = await call<{ traject: { title: string } }>(backend, 'export.importProject', {
      content: { encoding: 'gzip-base64', data: gzipSync(casusText).toString('base64') },
    });
    expect(traject.title).toBe('Aardgasvrij in De Horst');
  });

  const bad: [string, string, RegExp][] = [
    ['truncated JSON', casusText.slice(0, 200), /geen geldige JSON/],
    ['an empty file', '   ', /leeg/],
    ['not an object', '[1, 2]', /geen JSON-object/],
    ['no version', JSON.stringify({ titel: 'x' }), /formatVersion ontbreekt/],
    [
      'an unknown (newer) version',
      JSON.stringify({ format: 'samenspel-project', formatVersion: 4 }),
      /formaatversie 4.*werk Samenspel bij/i,
    ],
    ['wrong types', casusText.replace('"room": "substantieel"', '"room": 42'), /room/],
    [
      'a bad procesplaat',
      serializeProjectFile({
        format: 'samenspel-project',
        formatVersion: 3,
        traject: { title: 'T', municipality: '', vraagstuk: '' },
        answers: { phases: {} },
      }).replace(
        '"answers"',
        '"procesplaat": { "nodes": [], "edges": [{ "id": "e", "source": "a", "target": "b", "type": "volgorde" }] },\n  "answers"',
      ),
      /onbekend onderdeel/,
    ],
  ];
  it.each(bad)(
    'refuses %s with a Dutch message naming the problem, and writes nothing',
    async (_name, text, message) => {
      const before = count(backend);
      const error = await fail(backend, 'export.importProject', { content: { encoding: 'text', text } });
      expect(error.code).toBe('INVALID_INPUT');
      expect([error.message, ...(error.issues ?? []).map((i) => i.message)].join('\n')).toMatch(message);
      expect(count(backend)).toBe(before);
    },
  );

  it('refuses a 50 MB file, plain or packed (a zip bomb stops at the limit)', async () => {
    const huge = `{"formatVersion":2,"x":"${'a'.repeat(50 * 1024 * 1024)}"}`;
    expect(parseProjectFile(huge)).toMatchObject({ ok: false, tooLarge: true });
    const packed = await fail(backend, 'export.importProject', {
      content: { encoding: 'gzip-base64', data: gzipSync(huge).toString('base64') },
    });
    expect(packed.code).toBe('TOO_LARGE');
    expect(packed.message).toMatch(/hoogstens 10 MB/);
    // Over the API as text it is refused by the input schema before anything is parsed.
    expect((await fail(backend, 'export.importProject', { content: { encoding: 'text', text: huge } })).code).toBe(
      'INVALID_INPUT',
    );
    expect(count(backend)).toBe(0);
  });

  it('answers NOT_FOUND for a traject that does not exist, for every export method', async () => {
    const trajectId = '00000000-0000-4000-8000-000000000000';
    for (const [method, input] of [
      ['export.preview', { trajectId }],
      ['export.document', { trajectId, format: 'md' }],
      ['export.project', { trajectId }],
      ['export.saveSpelregels', { trajectId, spelregels: null, expectedRevision: 0 }],
    ] as const) {
      expect((await fail(backend, method, input)).code, method).toBe('NOT_FOUND');
    }
  });
});
