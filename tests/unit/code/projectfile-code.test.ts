import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleCodes } from '../../../shared/code/examples/index';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import {
  PROJECT_FORMAT,
  PROJECT_FORMAT_VERSION,
  parseProjectFile,
  projectCodeLink,
  serializeProjectFile,
  type ProjectFile,
} from '../../../shared/projectfile/index';
import type { ExportIo } from '../../../main/cli/commands/export';
import { runCli } from '../../../main/cli/run';
import { memoryBackend } from '../../support/services';
import { noBrowser } from '../export/helpers';
import { apiCaller, code, DATUM } from './helpers';

const ID = '6b0f3c1e-2d4a-4b8e-9c1f-0a1b2c3d4e5f';
const answers = TrajectAnswers.parse({ phases: { agendering: { level: 'meebeslissen' } } });

function project(withCode = true): ProjectFile {
  return {
    format: PROJECT_FORMAT,
    formatVersion: PROJECT_FORMAT_VERSION,
    traject: { title: 'Stationsplein', municipality: 'Lindewaard', vraagstuk: '' },
    answers,
    ...(withCode
      ? {
          code: {
            id: ID,
            revision: 4,
            name: 'Concept raadswerkgroep',
            choices: structuredClone(exampleCodes.lindewaard),
          },
        }
      : {}),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file's JSON, changed on purpose to be wrong
type Json = Record<string, any>;

/** The file text with one change to the parsed JSON. */
function edited(change: (json: Json) => void): string {
  const json = JSON.parse(serializeProjectFile(project()));
  change(json);
  return JSON.stringify(json);
}

describe('a project file carries the participatiecode its traject follows', () => {
  it('round trip: the code (id, revision, name and all choices) comes back unchanged, byte for byte', () => {
    const text = serializeProjectFile(project());
    const parsed = parseProjectFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.code).toEqual(project().code);
    expect(parsed.value.code!.choices).toEqual(exampleCodes.lindewaard);
    expect(serializeProjectFile(parsed.value)).toBe(text);
  });

  it('reads a file whose code is still version 1 (Dutch keys and ids) as the same code in version 2', () => {
    const v1 = JSON.parse(
      readFileSync(new URL('../../fixtures/code/lindewaard-v1.samenspel-code', import.meta.url), 'utf8'),
    );
    delete v1.format;
    const text = edited((j) => (j.code.choices = v1));
    expect(text).toContain('"beslisWeken"');
    const parsed = parseProjectFile(text);
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.code!.choices).toEqual(exampleCodes.lindewaard);
    expect(serializeProjectFile(parsed.value)).toBe(serializeProjectFile(project()));
  });

  it('an older file without a code stays valid and links nothing', () => {
    const text = serializeProjectFile(project(false));
    expect(text).not.toContain('"code"');
    const parsed = parseProjectFile(text);
    expect(parsed.ok && parsed.value.code).toBe(undefined);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    [
      'an id that is no uuid',
      (j: Json) => (j.code.id = 'lindewaard'),
      /^code\.id: heeft niet de goede vorm; verwacht uuid/,
    ],
    ['a revision of 0', (j: Json) => (j.code.revision = 0), /^code\.revision: /],
    ['an empty name', (j: Json) => (j.code.name = ' '), /^code\.name: /],
    [
      'a choice out of range',
      (j: Json) => (j.code.choices.uitdaagrecht.decisionWeeks = 500),
      /^code\.choices\.uitdaagrecht\.decisionWeeks: /,
    ],
    ['an unknown field', (j: Json) => (j.code.kleur = 'rood'), /^code: .*kleur/],
    ['no choices', (j: Json) => delete j.code.choices, /^code\.choices: /],
  ])('refuses %s with a Dutch message naming the field', (_what, change, message) => {
    const parsed = parseProjectFile(edited(change));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatch(message);
  });
});

describe('which code an imported traject follows', () => {
  const file = project().code!;
  const other = { ...code(), municipality: 'Andersstad' };

  it('the code with the same id when its choices are the same', () => {
    expect(
      projectCodeLink(file, [
        { id: 'b', code: structuredClone(exampleCodes.lindewaard) },
        { id: ID, code: structuredClone(exampleCodes.lindewaard) },
      ]),
    ).toEqual({ kind: 'link', codeId: ID });
  });

  it('another code with exactly the same choices (keys in any order) when the id is not there', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(exampleCodes.lindewaard)).reverse());
    expect(
      projectCodeLink(file, [
        { id: 'x', code: other },
        { id: 'y', code: reordered as never },
      ]),
    ).toEqual({
      kind: 'link',
      codeId: 'y',
    });
  });

  it('a new code from the copy when the stored code with that id has changed, or none matches', () => {
    const changed = { ...structuredClone(exampleCodes.lindewaard), year: 2030 };
    const create = { kind: 'create', name: 'Concept raadswerkgroep', code: file.choices };
    expect(projectCodeLink(file, [{ id: ID, code: changed }])).toEqual(create);
    expect(projectCodeLink(file, [{ id: 'x', code: other }])).toEqual(create);
    expect(projectCodeLink(file, [])).toEqual(create);
  });
});

describe('export and import of a traject that follows a code, between databases', () => {
  const backends: Array<ReturnType<typeof memoryBackend>> = [];
  afterEach(() => backends.splice(0).forEach((b) => b.services.close()));
  const backend = () => {
    const b = memoryBackend();
    backends.push(b);
    return b;
  };
  async function exported(call: ReturnType<typeof apiCaller>, trajectId: string): Promise<string> {
    const result = await call('export.project', { trajectId });
    return result.kind === 'download' ? Buffer.from(result.base64, 'base64').toString('utf8') : '';
  }
  const importeer = (call: ReturnType<typeof apiCaller>, text: string) =>
    call('export.importProject', { content: { encoding: 'text', text } });

  it('re-creates the code in another database once, links it, and links back to the original at home', async () => {
    const a = apiCaller(backend());
    const traject = await a('trajecten.create', { title: 'Stationsplein', municipality: 'Lindewaard' });
    await a('answers.save', { trajectId: traject.id, answers, expectedRevision: 0 });
    const stored = await a('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' }, naam: 'Onze code' });
    await a('codes.linkTraject', { trajectId: traject.id, codeId: stored.id });
    const text = await exported(a, traject.id);
    const file = parseProjectFile(text);
    expect(file.ok && file.value.code).toEqual({
      id: stored.id,
      revision: stored.revision,
      name: 'Onze code',
      choices: stored.code,
    });

    // Another database: the code is made from the copy, under its name, and the traject follows it.
    const b = apiCaller(backend());
    const first = await importeer(b, text);
    const codes = await b('codes.list', {});
    expect(codes.map((c) => c.naam)).toEqual(['Onze code']);
    expect(first.traject.codeId).toBe(codes[0]!.id);
    expect((await b('codes.get', { id: codes[0]!.id })).code).toEqual(stored.code);
    // The checks in that database are the checks at home.
    expect((await b('codes.checkTraject', { trajectId: first.traject.id })).checks).toEqual(
      (await a('codes.checkTraject', { trajectId: traject.id })).checks,
    );
    // A second import there links to the same code instead of making another.
    const second = await importeer(b, text);
    expect(second.traject.codeId).toBe(codes[0]!.id);
    expect(await b('codes.list', {})).toHaveLength(1);

    // Back home: the original code.
    expect((await importeer(a, text)).traject.codeId).toBe(stored.id);
    expect(await a('codes.list', {})).toHaveLength(1);
  });

  it('makes a new code when the code at home has changed since the export', async () => {
    const a = apiCaller(backend());
    const traject = await a('trajecten.create', { title: 'Stationsplein', municipality: 'Lindewaard' });
    const stored = await a('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    await a('codes.linkTraject', { trajectId: traject.id, codeId: stored.id });
    const text = await exported(a, traject.id);
    await a('codes.update', {
      id: stored.id,
      expectedRevision: stored.revision,
      code: { ...stored.code, year: 2031 },
    });
    const imported = await importeer(a, text);
    expect(imported.traject.codeId).not.toBe(stored.id);
    expect((await a('codes.get', { id: imported.traject.codeId! })).code).toEqual(stored.code);
  });

  it('a traject without a code exports no code and imports unlinked', async () => {
    const a = apiCaller(backend());
    const traject = await a('trajecten.create', { title: 'Stationsplein', municipality: 'Lindewaard' });
    const text = await exported(a, traject.id);
    expect(text).not.toContain('"code"');
    const b = apiCaller(backend());
    expect((await importeer(b, text)).traject.codeId).toBeUndefined();
    expect(await b('codes.list', {})).toEqual([]);
  });

  it('a bad code in the file writes nothing and names the field in Dutch', async () => {
    const b = backend();
    const result = await b.dispatch(
      'export.importProject',
      { content: { encoding: 'text', text: edited((j) => (j.code.choices.levels = [])) } },
      'http',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Dit projectbestand kan niet worden geïmporteerd: code\.choices\.levels: /);
    expect(b.services.trajecten.list()).toEqual([]);
    expect(b.services.codes.list()).toEqual([]);
  });
});

describe('the CLI reads the code in a project file', () => {
  async function cli(argv: string[], files: Record<string, string>) {
    const written = new Map<string, Uint8Array>();
    let stderr = '';
    const io: ExportIo = {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      readFile: async (path) => files[path]!,
      fileSize: async (path) => files[path]!.length,
      writeFile: async (path, data) => void written.set(path, data),
      exportHost: noBrowser,
      today: DATUM,
    };
    const exit = await runCli(argv, io);
    return { exit, stderr, out: (path: string) => new TextDecoder().decode(written.get(path)) };
  }
  const files = { 'p.samenspel': serializeProjectFile(project()) };

  it('the plan made from the file cites the code and lists its checks', async () => {
    const { exit, out } = await cli(['export', 'p.samenspel', '--format', 'md', '--out', 'plan.md'], files);
    expect(exit).toBe(0);
    expect(out('plan.md')).toMatch(/opgesteld op grond van artikel \d+ van de Participatieverordening Lindewaard 2026/);
    expect(out('plan.md')).toContain('het niveau meebeslissen gekozen');
  });

  it('a project file written by the CLI keeps the code', async () => {
    const { exit, out } = await cli(['export', 'p.samenspel', '--format', 'samenspel', '--out', 'x.samenspel'], files);
    expect(exit).toBe(0);
    const parsed = parseProjectFile(out('x.samenspel'));
    expect(parsed.ok && parsed.value.code).toEqual(project().code);
  });
});
