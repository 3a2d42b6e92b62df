import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { exampleCasus } from '../../../shared/participatie/casussen/index';
import { defaultQuestions, type WorkshopSession } from '../../../shared/workshop/index';
import { memoryBackend } from '../../support/services';

/**
 * One test per finding of the audit (issue 15, "validation after commit"): each failed on the code
 * before this change (INTERNAL, a commit that could not be read back, or an accepted bad value).
 */

type Backend = ReturnType<typeof memoryBackend>;
type Fout = { code: string; message: string; issues?: Array<{ path: Array<string | number>; message: string }> };

async function ok<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input, 'http');
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}
async function fout(backend: Backend, method: string, input: unknown): Promise<Fout> {
  const result = await backend.dispatch(method, input, 'http');
  if (result.ok) throw new Error(`${method} was accepted: ${JSON.stringify(result.data).slice(0, 300)}`);
  return result.error as Fout;
}

async function sessieMetAntwoorden(backend: Backend): Promise<WorkshopSession> {
  const sessie = await ok<WorkshopSession>(backend, 'workshop.create', {
    titel: 'Taskforce Dijkerveen',
    casus: { soort: 'voorbeeld', id: 'aardgasvrij-de-horst' },
    groepen: [{ naam: 'Noord' }, { naam: 'Zuid' }, { naam: 'West' }],
    vragen: defaultQuestions(),
  });
  for (const g of sessie.groepen)
    await ok(backend, 'workshop.saveAnswer', {
      sessieId: sessie.id,
      groepId: g.id,
      vraagId: 'doel',
      tekst: g.naam,
      expectedRevision: 0,
    });
  return backend.services.workshop.get(sessie.id)!;
}

describe('validation before commit', () => {
  it('workshop.update with two groups sharing an id is INVALID_INPUT and writes nothing', async () => {
    const backend = memoryBackend();
    const voor = await sessieMetAntwoorden(backend);
    const error = await fout(backend, 'workshop.update', {
      id: voor.id,
      expectedRevision: voor.revision,
      groepen: [
        { id: 'groep-1', naam: 'Noord' },
        { id: 'groep-1', naam: 'Zuid' },
      ],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((i) => i.message).join(' ')).toMatch(/dezelfde id/);
    const na = await ok<WorkshopSession>(backend, 'workshop.get', { id: voor.id });
    expect(na.groepen).toEqual(voor.groepen);
    expect(na.antwoorden).toEqual(voor.antwoorden);
  });

  it('a write that would leave the session unreadable is rolled back, even past the schema', async () => {
    const backend = memoryBackend();
    const voor = await sessieMetAntwoorden(backend);
    // Straight into the repository: two entries with one id merge into one row, fewer than two groups.
    expect(() =>
      backend.services.workshop.updateSetup({
        id: voor.id,
        expectedRevision: voor.revision,
        groepen: [
          { id: 'groep-1', naam: 'Noord' },
          { id: 'groep-1', naam: 'Zuid' },
        ],
      }),
    ).toThrow(ApiError);
    const na = backend.services.workshop.get(voor.id)!;
    expect(na.groepen).toEqual(voor.groepen);
    expect(na.antwoorden).toEqual(voor.antwoorden);
    expect(na.updatedAt).toBe(voor.updatedAt);
  });

  it('duplicate question ids and rode-draad ids are INVALID_INPUT', async () => {
    const backend = memoryBackend();
    const sessie = await sessieMetAntwoorden(backend);
    const [a, b] = defaultQuestions();
    const vragen = await fout(backend, 'workshop.update', {
      id: sessie.id,
      expectedRevision: sessie.revision,
      vragen: [a, { ...b, id: a!.id }],
    });
    expect(vragen.code).toBe('INVALID_INPUT');
    const draden = await fout(backend, 'workshop.saveRodeDraden', {
      sessieId: sessie.id,
      rodeDraden: [
        { id: 'r1', tekst: 'Begin bij de raad' },
        { id: 'r1', tekst: 'Jongeren apart' },
      ],
      expectedRevision: 0,
    });
    expect(draden.code).toBe('INVALID_INPUT');
    expect((await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id })).rodeDraden).toEqual([]);
  });

  it('an instrument id of 201 characters is refused by answers.save and by project import; exports keep working', async () => {
    const backend = memoryBackend();
    const traject = await ok<{ id: string }>(backend, 'trajecten.create', { titel: 'Lang id' });
    const lang = 'a'.repeat(201);
    const answers = { phases: { beleidsvoorbereiding: { instruments: [lang] } } };
    const error = await fout(backend, 'answers.save', { trajectId: traject.id, answers, expectedRevision: 0 });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.message).toMatch(/hoogstens 80/);
    // An id of 80 is still an id (the catalogue grows): accepted.
    await ok(backend, 'answers.save', {
      trajectId: traject.id,
      answers: { phases: { beleidsvoorbereiding: { instruments: ['b'.repeat(80)] } } },
      expectedRevision: 0,
    });
    await ok(backend, 'export.document', { trajectId: traject.id, format: 'md' });

    const bestand = Buffer.from(
      (await ok<{ base64: string }>(backend, 'export.project', { trajectId: traject.id })).base64,
      'base64',
    ).toString('utf8');
    const vervalst = bestand.replace('b'.repeat(80), lang);
    expect(vervalst).toContain(lang);
    const aantal = backend.services.trajecten.list().length;
    const imp = await fout(backend, 'export.importProject', { content: { encoding: 'text', text: vervalst } });
    expect(imp.code).toBe('INVALID_INPUT');
    expect(backend.services.trajecten.list()).toHaveLength(aantal);
  });

  it('__proto__ and constructor are no example casus', async () => {
    expect(exampleCasus('__proto__')).toBeUndefined();
    expect(exampleCasus('constructor')).toBeUndefined();
    expect(exampleCasus('aardgasvrij-de-horst')?.titel).toBe('Aardgasvrij in De Horst');
    const backend = memoryBackend();
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const error = await fout(backend, 'workshop.create', {
        titel: 'S',
        casus: { soort: 'voorbeeld', id },
        groepen: [{ naam: 'A' }, { naam: 'B' }],
        vragen: defaultQuestions(),
      });
      expect(['INVALID_INPUT', 'NOT_FOUND'], id).toContain(error.code);
      expect((await fout(backend, 'examples.open', { id })).code).toBe('INVALID_INPUT');
    }
    expect(backend.services.workshop.list()).toEqual([]);
  });

  it('NUL and other control characters in free text are INVALID_INPUT with a Dutch message, never INTERNAL', async () => {
    const backend = memoryBackend();
    const sessie = await sessieMetAntwoorden(backend);
    const traject = await ok<{ id: string; revision: number }>(backend, 'trajecten.create', { titel: 'Schoon' });
    const gevallen: Array<[string, unknown]> = [
      ['workshop.update', { id: sessie.id, expectedRevision: 1, groepen: [{ naam: '\u0000Noord' }, { naam: 'Zuid' }] }],
      ['workshop.update', { id: sessie.id, expectedRevision: 1, titel: 'Sessie\u0007' }],
      [
        'workshop.saveAnswer',
        { sessieId: sessie.id, groepId: 'groep-1', vraagId: 'doel', tekst: 'a\u0000b', expectedRevision: 1 },
      ],
      [
        'workshop.saveRodeDraden',
        { sessieId: sessie.id, rodeDraden: [{ id: 'r1', tekst: 'x\u001bx' }], expectedRevision: 0 },
      ],
      ['trajecten.create', { titel: '\u0000' }],
      ['trajecten.update', { id: traject.id, expectedRevision: 1, vraagstuk: 'regel\u000bregel' }],
      [
        'answers.save',
        { trajectId: traject.id, answers: { phases: { besluitvorming: { notes: 'x\u0000' } } }, expectedRevision: 0 },
      ],
    ];
    for (const [method, input] of gevallen) {
      const error = await fout(backend, method, input);
      expect(error.code, method).toBe('INVALID_INPUT');
      expect(JSON.stringify(error), method).toMatch(/stuurteken/);
    }
    // Tab, newline and carriage return are ordinary text.
    await ok(backend, 'trajecten.update', { id: traject.id, expectedRevision: 1, vraagstuk: 'een\tregel\r\ntwee' });
    expect((await ok<WorkshopSession>(backend, 'workshop.get', { id: sessie.id })).groepen).toEqual(sessie.groepen);
  });

  it('a project file with a NUL in its title is refused and leaves nothing behind', async () => {
    const backend = memoryBackend();
    const traject = await ok<{ id: string }>(backend, 'trajecten.create', { titel: 'Bron' });
    const bestand = Buffer.from(
      (await ok<{ base64: string }>(backend, 'export.project', { trajectId: traject.id })).base64,
      'base64',
    ).toString('utf8');
    const vervalst = bestand.replace('"Bron"', '"Br\\u0000on"');
    expect(vervalst).not.toBe(bestand);
    const error = await fout(backend, 'export.importProject', { content: { encoding: 'text', text: vervalst } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/stuurteken/);
    expect(backend.services.trajecten.list()).toHaveLength(1);
  });

  it('a group turned into a traject gets a title of at most 200 characters, cut between characters', async () => {
    const backend = memoryBackend();
    const lang = await ok<{ id: string }>(backend, 'trajecten.create', { titel: `${'🌳'.repeat(99)}x` });
    const sessie = await ok<WorkshopSession>(backend, 'workshop.create', {
      titel: 'S',
      casus: { soort: 'traject', trajectId: lang.id },
      groepen: [{ naam: 'N'.repeat(80) }, { naam: 'Zuid' }],
      vragen: defaultQuestions(),
    });
    const traject = await ok<{ titel: string }>(backend, 'workshop.createTraject', {
      sessieId: sessie.id,
      groepId: sessie.groepen[0]!.id,
    });
    expect(Array.from(traject.titel).length).toBeLessThanOrEqual(200);
    expect(traject.titel).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
