import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import type { MethodName, MethodOutput } from '../../../shared/api/contract';
import { serializeCodeFile, parseCodeFile } from '../../../shared/code/file';
import { exampleCodes } from '../../../shared/code/examples/index';
import { memoryBackend } from '../../support/services';
import { code as testCode, nr } from './helpers';

const backends: Array<ReturnType<typeof memoryBackend>> = [];
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

const pdfHost = { printPdf: async () => new TextEncoder().encode('%PDF-1.7 test') };

function setup() {
  const backend = memoryBackend();
  backends.push(backend);
  backend.services.exportHost = pdfHost;
  const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const result = (await backend.dispatch(method, input, 'http')) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
  const fail = async (method: MethodName, input: unknown) => {
    const result = await backend.dispatch(method, input, 'http');
    if (result.ok) throw new Error(`${method} succeeded`);
    expect(result.error.code).not.toBe('INTERNAL');
    expect(result.error.code).not.toBe('INVALID_OUTPUT');
    return result.error;
  };
  return { ...backend, call, fail };
}

const ONBEKEND = '00000000-0000-4000-8000-000000000000';
const standaard = { bron: { soort: 'standaard', gemeente: 'Lindeveld', jaar: 2026 } };

describe('codes over the API', () => {
  it('creates from the standard code and from an example, lists and gets them', async () => {
    const { call } = setup();
    const a = await call('codes.create', standaard);
    expect(a).toMatchObject({
      naam: 'Participatieverordening Lindeveld 2026',
      gemeente: 'Lindeveld',
      jaar: 2026,
      citeertitel: 'Participatieverordening Lindeveld 2026',
      revision: 1,
      trajecten: 0,
      trajectIds: [],
      procesBewerkt: false,
    });
    const b = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'bremerveld' }, naam: 'Voorbeeld' });
    expect(b.code).toEqual(exampleCodes.bremerveld);
    expect(b.naam).toBe('Voorbeeld');
    const list = await call('codes.list', {});
    expect(list.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    expect(await call('codes.get', { id: a.id })).toEqual(a);
  });

  it('updates with the expected revision and refuses a stale one with CONFLICT, writing nothing', async () => {
    const { call, fail } = setup();
    const a = await call('codes.create', standaard);
    const changed = structuredClone(a.code);
    changed.terugkoppeling.terugkoppelingWeeks = 4;
    const saved = await call('codes.update', { id: a.id, expectedRevision: 1, code: changed, naam: 'Concept' });
    expect(saved).toMatchObject({ revision: 2, naam: 'Concept' });
    expect(saved.code.terugkoppeling.terugkoppelingWeeks).toBe(4);
    const stale = await fail('codes.update', { id: a.id, expectedRevision: 1, naam: 'Overschreven' });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/intussen ergens anders gewijzigd/);
    expect((await call('codes.get', { id: a.id })).naam).toBe('Concept');
  });

  it('refuses an invalid code with Dutch messages naming the field, and keeps the stored one', async () => {
    const { call, fail } = setup();
    const a = await call('codes.create', standaard);
    const bad = structuredClone(a.code) as unknown as Record<string, Record<string, unknown>>;
    bad['uitdaagrecht']!['decisionWeeks'] = 99;
    bad['inspraak']!['termWeeks'] = 3;
    const error = await fail('codes.update', { id: a.id, expectedRevision: 1, code: bad });
    expect(error.code).toBe('INVALID_INPUT');
    const paths = error.issues!.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['code.uitdaagrecht.decisionWeeks', 'code.inspraak.termWeeks']));
    expect(error.issues!.find((i) => i.path.join('.') === 'code.inspraak.termWeeks')!.message).toMatch(
      /minstens 6 weken/,
    );
    expect((await call('codes.get', { id: a.id })).revision).toBe(1);
  });

  it('answers bad inputs of every method with a Dutch error, never INTERNAL', async () => {
    const { fail } = setup();
    const cases: Array<[MethodName, unknown, string]> = [
      ['codes.get', { id: 'x' }, 'INVALID_INPUT'],
      ['codes.get', { id: ONBEKEND }, 'NOT_FOUND'],
      ['codes.create', {}, 'INVALID_INPUT'],
      ['codes.create', { bron: { soort: 'voorbeeld', id: 'atlantis' } }, 'INVALID_INPUT'],
      ['codes.create', { bron: { soort: 'standaard', gemeente: '', jaar: 1990 } }, 'INVALID_INPUT'],
      ['codes.create', { ...standaard, naam: 'met\u0000nul' }, 'INVALID_INPUT'],
      ['codes.update', { id: ONBEKEND, expectedRevision: 1, naam: 'x' }, 'NOT_FOUND'],
      ['codes.update', { id: ONBEKEND, expectedRevision: 1 }, 'INVALID_INPUT'],
      ['codes.update', { id: ONBEKEND, naam: 'x' }, 'INVALID_INPUT'],
      ['codes.delete', { id: ONBEKEND }, 'NOT_FOUND'],
      ['codes.import', { text: '' }, 'INVALID_INPUT'],
      ['codes.import', { text: '{kapot' }, 'INVALID_INPUT'],
      ['codes.import', { text: 'x'.repeat(1024 * 1024 + 1) }, 'TOO_LARGE'],
      ['codes.import', { text: 5 }, 'INVALID_INPUT'],
      ['codes.export', { id: ONBEKEND, soort: { wat: 'bestand' } }, 'NOT_FOUND'],
      ['codes.export', { id: ONBEKEND, soort: { wat: 'document', variant: 'roman', format: 'md' } }, 'INVALID_INPUT'],
      ['codes.export', { id: ONBEKEND, soort: { wat: 'document', variant: 'kaart', format: 'odt' } }, 'INVALID_INPUT'],
      ['codes.compare', { a: ONBEKEND, b: ONBEKEND }, 'NOT_FOUND'],
      ['codes.compare', { a: ONBEKEND }, 'INVALID_INPUT'],
      ['codes.linkTraject', { trajectId: ONBEKEND, codeId: null }, 'NOT_FOUND'],
      ['codes.linkTraject', { trajectId: ONBEKEND }, 'INVALID_INPUT'],
      ['codes.checkTraject', { trajectId: ONBEKEND }, 'NOT_FOUND'],
      ['codes.process', { id: ONBEKEND }, 'NOT_FOUND'],
      ['codes.saveProcess', { id: ONBEKEND, plate: null, expectedRevision: 1 }, 'NOT_FOUND'],
      ['codes.saveProcess', { id: ONBEKEND, plate: { nodes: 'x' }, expectedRevision: 1 }, 'INVALID_INPUT'],
    ];
    for (const [method, input, code] of cases) {
      const error = await fail(method, input);
      expect(error.code, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe(code);
      expect(error.message).toMatch(/[a-z]/);
    }
  });

  it('imports a .samenspel-code file and names the field in errors', async () => {
    const { call, fail, services } = setup();
    const imported = await call('codes.import', { text: serializeCodeFile(exampleCodes.lindewaard) });
    expect(imported.code).toEqual(exampleCodes.lindewaard);
    const bad = serializeCodeFile(exampleCodes.lindewaard).replace(
      /"terugkoppelingWeeks": \d+/,
      '"terugkoppelingWeeks": 99',
    );
    const error = await fail('codes.import', { text: bad });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(
      /^Deze participatiecode kan niet worden geïmporteerd: terugkoppeling\.terugkoppelingWeeks/,
    );
    const project = await fail('codes.import', { text: '{"format":"samenspel-project","formatVersion":2}' });
    expect(project.message).toMatch(/projectbestand/);
    expect(services.codes.list()).toHaveLength(1);
  });

  it('exports the file (round trip) and the four texts in md, docx and pdf', async () => {
    const { call } = setup();
    const a = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'bremerveld' } });
    const file = await call('codes.export', { id: a.id, soort: { wat: 'bestand' } });
    expect(file).toMatchObject({ kind: 'download', fileName: 'participatiecode-bremerveld-2026.samenspel-code' });
    if (file.kind !== 'download') return;
    const parsed = parseCodeFile(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(parsed).toEqual({ ok: true, value: a.code });
    const md = await call('codes.export', {
      id: a.id,
      soort: { wat: 'document', variant: 'verordening', format: 'md' },
    });
    expect(md).toMatchObject({ kind: 'download', fileName: 'participatieverordening-bremerveld-2026.md' });
    if (md.kind === 'download')
      expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain('Participatieverordening Bremerveld');
    for (const variant of ['toelichting', 'beleid', 'kaart'] as const) {
      const docx = await call('codes.export', { id: a.id, soort: { wat: 'document', variant, format: 'docx' } });
      expect(docx.kind).toBe('download');
      if (docx.kind === 'download') expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    }
    const pdf = await call('codes.export', { id: a.id, soort: { wat: 'document', variant: 'kaart', format: 'pdf' } });
    expect(pdf).toMatchObject({ kind: 'download', fileName: 'spelregelkaart-bremerveld-2026.pdf' });
  });

  it('compares two codes choice by choice', async () => {
    const { call } = setup();
    const a = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    const b = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'bremerveld' } });
    const result = await call('codes.compare', { a: a.id, b: b.id });
    expect(result.a.id).toBe(a.id);
    expect(result.keuzes.find((k) => k.id === 'uitdaagrecht.enabled')).toMatchObject({ differs: true });
    expect(result.verschillen).toBe(result.keuzes.filter((k) => k.differs).length);
    const zelf = await call('codes.compare', { a: a.id, b: a.id });
    expect(zelf.verschillen).toBe(0);
  });

  it('links a traject to one code, checks it against the code, unlinks it; deleting a code unlinks', async () => {
    const { call, services } = setup();
    const traject = services.trajecten.create({ title: 'Wijkvernieuwing', municipality: 'Lindeveld', vraagstuk: '' });
    expect(traject.codeId).toBeUndefined();
    expect(await call('codes.checkTraject', { trajectId: traject.id })).toEqual({
      codeId: null,
      citeertitel: null,
      checks: [],
    });
    const a = await call('codes.create', standaard);
    const b = await call('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    const linked = await call('codes.linkTraject', { trajectId: traject.id, codeId: a.id });
    expect(linked.codeId).toBe(a.id);
    expect((await call('trajecten.get', { id: traject.id })).codeId).toBe(a.id);
    expect((await call('codes.get', { id: a.id })).trajectIds).toEqual([traject.id]);
    // At most one code: linking to another replaces the link.
    await call('codes.linkTraject', { trajectId: traject.id, codeId: b.id });
    expect((await call('codes.get', { id: a.id })).trajecten).toBe(0);

    await call('answers.save', {
      trajectId: traject.id,
      answers: { phases: { uitvoering: { geenParticipatie: { reden: '' } }, agendering: { level: 'meebeslissen' } } },
      expectedRevision: 0,
    });
    const checked = await call('codes.checkTraject', { trajectId: traject.id });
    expect(checked.codeId).toBe(b.id);
    expect(checked.citeertitel).toBe('Participatieverordening Lindewaard 2026');
    expect(checked.checks.map((c) => c.id)).toEqual([
      'niveau-niet-in-code:agendering',
      'uitzondering-zonder-motivering:uitvoering',
    ]);
    // What-if against another code, without linking.
    const whatIf = await call('codes.checkTraject', { trajectId: traject.id, codeId: a.id });
    expect(whatIf.checks.map((c) => c.id)).toEqual(['uitzondering-zonder-motivering:uitvoering']);
    expect(whatIf.checks[0]!.article?.number).toBe(nr(testCode(), 'uitzonderingen'));

    expect(await call('codes.delete', { id: b.id })).toEqual({ id: b.id, ontkoppeld: 1 });
    expect((await call('trajecten.get', { id: traject.id })).codeId).toBeUndefined();
    await call('codes.linkTraject', { trajectId: traject.id, codeId: a.id });
    const unlinked = await call('codes.linkTraject', { trajectId: traject.id, codeId: null });
    expect(unlinked.codeId).toBeUndefined();
  });

  it('serves the standard process and stores an edited one with the conflict rule', async () => {
    const { call, fail } = setup();
    const a = await call('codes.create', standaard);
    const proces = await call('codes.process', { id: a.id });
    expect(proces).toMatchObject({ bewerkt: false, revision: 1, checks: [] });
    const plate = structuredClone(proces.plate);
    plate.nodes = plate.nodes.map((n) =>
      n.id === 'code:participatie' ? { ...n, data: { ...n.data, title: 'Wijkgesprekken' } } : n,
    ) as typeof plate.nodes;
    expect(await call('codes.saveProcess', { id: a.id, plate, expectedRevision: 1 })).toEqual({
      id: a.id,
      revision: 2,
      bewerkt: true,
    });
    const stored = await call('codes.process', { id: a.id });
    expect(stored.bewerkt).toBe(true);
    expect(stored.plate.nodes.find((n) => n.id === 'code:participatie')!.data.title).toBe('Wijkgesprekken');
    expect((await fail('codes.saveProcess', { id: a.id, plate: null, expectedRevision: 1 })).code).toBe('CONFLICT');
    expect(await call('codes.saveProcess', { id: a.id, plate: null, expectedRevision: 2 })).toMatchObject({
      bewerkt: false,
    });
    expect((await call('codes.get', { id: a.id })).procesBewerkt).toBe(false);
  });
});
