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
type Failure = { code: string; message: string; issues?: Array<{ path: Array<string | number>; message: string }> };

async function ok<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(method, input, 'http');
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.data as T;
}
async function failure(backend: Backend, method: string, input: unknown): Promise<Failure> {
  const result = await backend.dispatch(method, input, 'http');
  if (result.ok) throw new Error(`${method} was accepted: ${JSON.stringify(result.data).slice(0, 300)}`);
  return result.error as Failure;
}

async function sessionWithAnswers(backend: Backend): Promise<WorkshopSession> {
  const session = await ok<WorkshopSession>(backend, 'workshop.create', {
    title: 'Taskforce Dijkerveen',
    casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
    groups: [{ name: 'Noord' }, { name: 'Zuid' }, { name: 'West' }],
    questions: defaultQuestions(),
  });
  for (const g of session.groups)
    await ok(backend, 'workshop.saveAnswer', {
      sessionId: session.id,
      groupId: g.id,
      questionId: 'doel',
      text: g.name,
      expectedRevision: 0,
    });
  return backend.services.workshop.get(session.id)!;
}

describe('validation before commit', () => {
  it('workshop.update with two groups sharing an id is INVALID_INPUT and writes nothing', async () => {
    const backend = memoryBackend();
    const before = await sessionWithAnswers(backend);
    const error = await failure(backend, 'workshop.update', {
      id: before.id,
      expectedRevision: before.revision,
      groups: [
        { id: 'groep-1', name: 'Noord' },
        { id: 'groep-1', name: 'Zuid' },
      ],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((i) => i.message).join(' ')).toMatch(/dezelfde id/);
    const after = await ok<WorkshopSession>(backend, 'workshop.get', { id: before.id });
    expect(after.groups).toEqual(before.groups);
    expect(after.answers).toEqual(before.answers);
  });

  it('a write that would leave the session unreadable is rolled back, even past the schema', async () => {
    const backend = memoryBackend();
    const before = await sessionWithAnswers(backend);
    // Straight into the repository: two entries with one id merge into one row, fewer than two groups.
    expect(() =>
      backend.services.workshop.updateSetup({
        id: before.id,
        expectedRevision: before.revision,
        groups: [
          { id: 'groep-1', name: 'Noord' },
          { id: 'groep-1', name: 'Zuid' },
        ],
      }),
    ).toThrow(ApiError);
    const after = backend.services.workshop.get(before.id)!;
    expect(after.groups).toEqual(before.groups);
    expect(after.answers).toEqual(before.answers);
    expect(after.updatedAt).toBe(before.updatedAt);
  });

  it('duplicate question ids and rode-draad ids are INVALID_INPUT', async () => {
    const backend = memoryBackend();
    const session = await sessionWithAnswers(backend);
    const [a, b] = defaultQuestions();
    const questions = await failure(backend, 'workshop.update', {
      id: session.id,
      expectedRevision: session.revision,
      questions: [a, { ...b, id: a!.id }],
    });
    expect(questions.code).toBe('INVALID_INPUT');
    const threads = await failure(backend, 'workshop.saveRodeDraden', {
      sessionId: session.id,
      rodeDraden: [
        { id: 'r1', text: 'Begin bij de raad' },
        { id: 'r1', text: 'Jongeren apart' },
      ],
      expectedRevision: 0,
    });
    expect(threads.code).toBe('INVALID_INPUT');
    expect((await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id })).rodeDraden).toEqual([]);
  });

  it('an instrument id of 201 characters is refused by answers.save and by project import; exports keep working', async () => {
    const backend = memoryBackend();
    const traject = await ok<{ id: string }>(backend, 'trajecten.create', { title: 'Lang id' });
    const long = 'a'.repeat(201);
    const answers = { phases: { beleidsvoorbereiding: { instruments: [long] } } };
    const error = await failure(backend, 'answers.save', { trajectId: traject.id, answers, expectedRevision: 0 });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0]?.message).toMatch(/hoogstens 80/);
    // An id of 80 is still an id (the catalogue grows): accepted.
    await ok(backend, 'answers.save', {
      trajectId: traject.id,
      answers: { phases: { beleidsvoorbereiding: { instruments: ['b'.repeat(80)] } } },
      expectedRevision: 0,
    });
    await ok(backend, 'export.document', { trajectId: traject.id, format: 'md' });

    const file = Buffer.from(
      (await ok<{ base64: string }>(backend, 'export.project', { trajectId: traject.id })).base64,
      'base64',
    ).toString('utf8');
    const forged = file.replace('b'.repeat(80), long);
    expect(forged).toContain(long);
    const count = backend.services.trajecten.list().length;
    const imported = await failure(backend, 'export.importProject', { content: { encoding: 'text', text: forged } });
    expect(imported.code).toBe('INVALID_INPUT');
    expect(backend.services.trajecten.list()).toHaveLength(count);
  });

  it('__proto__ and constructor are no example casus', async () => {
    expect(exampleCasus('__proto__')).toBeUndefined();
    expect(exampleCasus('constructor')).toBeUndefined();
    expect(exampleCasus('aardgasvrij-de-horst')?.titel).toBe('Aardgasvrij in De Horst');
    const backend = memoryBackend();
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const error = await failure(backend, 'workshop.create', {
        title: 'S',
        casus: { kind: 'example', id },
        groups: [{ name: 'A' }, { name: 'B' }],
        questions: defaultQuestions(),
      });
      expect(['INVALID_INPUT', 'NOT_FOUND'], id).toContain(error.code);
      expect((await failure(backend, 'examples.open', { id })).code).toBe('INVALID_INPUT');
    }
    expect(backend.services.workshop.list()).toEqual([]);
  });

  it('NUL and other control characters in free text are INVALID_INPUT with a Dutch message, never INTERNAL', async () => {
    const backend = memoryBackend();
    const session = await sessionWithAnswers(backend);
    const traject = await ok<{ id: string; revision: number }>(backend, 'trajecten.create', { title: 'Schoon' });
    const cases: Array<[string, unknown]> = [
      ['workshop.update', { id: session.id, expectedRevision: 1, groups: [{ name: '\u0000Noord' }, { name: 'Zuid' }] }],
      ['workshop.update', { id: session.id, expectedRevision: 1, title: 'Sessie\u0007' }],
      [
        'workshop.saveAnswer',
        { sessionId: session.id, groupId: 'groep-1', questionId: 'doel', text: 'a\u0000b', expectedRevision: 1 },
      ],
      [
        'workshop.saveRodeDraden',
        { sessionId: session.id, rodeDraden: [{ id: 'r1', text: 'x\u001bx' }], expectedRevision: 0 },
      ],
      ['trajecten.create', { title: '\u0000' }],
      ['trajecten.update', { id: traject.id, expectedRevision: 1, vraagstuk: 'regel\u000bregel' }],
      [
        'answers.save',
        { trajectId: traject.id, answers: { phases: { besluitvorming: { notes: 'x\u0000' } } }, expectedRevision: 0 },
      ],
    ];
    for (const [method, input] of cases) {
      const error = await failure(backend, method, input);
      expect(error.code, method).toBe('INVALID_INPUT');
      expect(JSON.stringify(error), method).toMatch(/stuurteken/);
    }
    // Tab, newline and carriage return are ordinary text.
    await ok(backend, 'trajecten.update', { id: traject.id, expectedRevision: 1, vraagstuk: 'een\tregel\r\ntwee' });
    expect((await ok<WorkshopSession>(backend, 'workshop.get', { id: session.id })).groups).toEqual(session.groups);
  });

  it('a project file with a NUL in its title is refused and leaves nothing behind', async () => {
    const backend = memoryBackend();
    const traject = await ok<{ id: string }>(backend, 'trajecten.create', { title: 'Bron' });
    const file = Buffer.from(
      (await ok<{ base64: string }>(backend, 'export.project', { trajectId: traject.id })).base64,
      'base64',
    ).toString('utf8');
    const forged = file.replace('"Bron"', '"Br\\u0000on"');
    expect(forged).not.toBe(file);
    const error = await failure(backend, 'export.importProject', { content: { encoding: 'text', text: forged } });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/stuurteken/);
    expect(backend.services.trajecten.list()).toHaveLength(1);
  });

  it('a group turned into a traject gets a title of at most 200 characters, cut between characters', async () => {
    const backend = memoryBackend();
    const long = await ok<{ id: string }>(backend, 'trajecten.create', { title: `${'🌳'.repeat(99)}x` });
    const session = await ok<WorkshopSession>(backend, 'workshop.create', {
      title: 'S',
      casus: { kind: 'traject', trajectId: long.id },
      groups: [{ name: 'N'.repeat(80) }, { name: 'Zuid' }],
      questions: defaultQuestions(),
    });
    const traject = await ok<{ title: string }>(backend, 'workshop.createTraject', {
      sessionId: session.id,
      groupId: session.groups[0]!.id,
    });
    expect(Array.from(traject.title).length).toBeLessThanOrEqual(200);
    expect(traject.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
