import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../../shared/api/contract';
import { conflictMessages } from '../../../shared/api/messages';
import { catalogue, exampleCasussen } from '../../../shared/participatie/index';
import { generateProcesplaat, layoutProcesplaat, type Procesplaat } from '../../../shared/procesplaat/index';
import { diffPlate } from '../../../shared/procesplaat/patch';
import { defaultQuestions } from '../../../shared/workshop/index';
import { memoryBackend } from '../../support/services';

/**
 * The one concurrency rule (issue 15): two windows open the same thing, both edit, and the
 * second write names a revision that is no longer stored. It answers CONFLICT with the message of
 * its domain, and nothing in the database changes. One test per update method.
 */

type Backend = ReturnType<typeof memoryBackend>;
const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

/** Two windows on one backend: the desktop window over IPC and a browser tab over HTTP. */
function twoWindows() {
  const backend = memoryBackend();
  backends.push(backend);
  const openWindow = (transport: 'ipc' | 'http') => ({
    async call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
      const result = await backend.dispatch(method, input, transport);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.data as MethodOutput<M>;
    },
    async fail(method: MethodName, input: unknown) {
      const result = await backend.dispatch(method, input, transport);
      if (result.ok) throw new Error(`${method} was accepted`);
      return result.error;
    },
  });
  return { backend, a: openWindow('ipc'), b: openWindow('http') };
}

/** Every row of every table, so "nothing changed" means nothing at all (no updated_at, no revision). */
function contents(backend: Backend): string {
  const db = backend.services.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

async function expectConflict(
  backend: Backend,
  write: () => Promise<{ code: string; message: string }>,
  domain: keyof typeof conflictMessages,
) {
  const before = contents(backend);
  const error = await write();
  expect(error).toEqual({ code: 'CONFLICT', message: conflictMessages[domain] });
  expect(contents(backend)).toBe(before);
}

const examplePlate = async (): Promise<Procesplaat> =>
  layoutProcesplaat(generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }));

describe('one concurrency rule: a stale write answers CONFLICT and changes nothing', () => {
  it('trajecten.update: a stale Vraagstuk form no longer reverts the other window’s title', async () => {
    const { backend, a, b } = twoWindows();
    const traject = await a.call('trajecten.create', { title: 'Wijkbudget', municipality: 'Zwolle' });
    const seenByB = await b.call('trajecten.get', { id: traject.id });
    const updated = await a.call('trajecten.update', { id: traject.id, expectedRevision: 1, title: 'Wijkbudget 2027' });
    expect(updated.revision).toBe(2);
    await expectConflict(
      backend,
      () =>
        b.fail('trajecten.update', {
          id: traject.id,
          expectedRevision: seenByB.revision,
          titel: seenByB.title,
          vraagstuk: 'Hoe verdelen we het geld?',
        }),
      'traject',
    );
    expect(await b.call('trajecten.get', { id: traject.id })).toEqual(updated);
    // Without a revision nothing is written at all.
    expect((await b.fail('trajecten.update', { id: traject.id, title: 'X' })).code).toBe('INVALID_INPUT');
  });

  it('answers.save', async () => {
    const { backend, a, b } = twoWindows();
    const traject = await a.call('trajecten.create', { title: 'Antwoorden' });
    const seen = await b.call('answers.get', { trajectId: traject.id });
    await a.call('answers.save', {
      trajectId: traject.id,
      answers: { phases: { agendering: { room: 'groot' } } },
      expectedRevision: 0,
    });
    await expectConflict(
      backend,
      () =>
        b.fail('answers.save', {
          trajectId: traject.id,
          answers: { phases: { agendering: { room: 'beperkt' } } },
          expectedRevision: seen.revision,
        }),
      'answers',
    );
    expect((await b.call('answers.get', { trajectId: traject.id })).answers.phases.agendering?.room).toBe('groot');
    expect((await b.fail('answers.save', { trajectId: traject.id, answers: { phases: {} } })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('export.saveSpelregels, also after the other window went back to the generated spelregels', async () => {
    const { backend, a, b } = twoWindows();
    const traject = await a.call('trajecten.create', { title: 'Spelregels' });
    const seen = await b.call('export.preview', { trajectId: traject.id });
    expect(seen.revision).toBe(0);
    const own = [{ id: 'eigen-1', tekst: 'De raad hoort iedereen.' }];
    const saved = await a.call('export.saveSpelregels', {
      trajectId: traject.id,
      spelregels: own,
      expectedRevision: 0,
    });
    expect(saved).toMatchObject({ edited: true, revision: 1 });
    await expectConflict(
      backend,
      () =>
        b.fail('export.saveSpelregels', {
          trajectId: traject.id,
          spelregels: [{ id: 'eigen-1', tekst: 'Iets anders.' }],
          expectedRevision: seen.revision,
        }),
      'spelregels',
    );
    expect((await b.call('export.preview', { trajectId: traject.id })).spelregels).toEqual(own);

    // Back to generated: the stored row goes, the revision does not start over, so a window that
    // saw revision 0 long ago still cannot overwrite it.
    const reverted = await a.call('export.saveSpelregels', {
      trajectId: traject.id,
      spelregels: null,
      expectedRevision: 1,
    });
    expect(reverted).toMatchObject({ edited: false, revision: 2 });
    await expectConflict(
      backend,
      () => b.fail('export.saveSpelregels', { trajectId: traject.id, spelregels: own, expectedRevision: 0 }),
      'spelregels',
    );
    expect((await b.call('export.preview', { trajectId: traject.id })).revision).toBe(2);
  });

  it('workshop.update: a stale setup form never deletes the groups (and answers) another window added', async () => {
    const { backend, a, b } = twoWindows();
    const session = await a.call('workshop.create', {
      title: 'Taskforce',
      casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
      groups: [{ name: 'Noord' }, { name: 'Zuid' }],
      questions: defaultQuestions(),
    });
    const formOfB = await b.call('workshop.get', { id: session.id });
    // Window A adds a group, and that group answers.
    const withEast = await a.call('workshop.update', {
      id: session.id,
      expectedRevision: session.revision,
      groups: [...session.groups.map(({ id, name }) => ({ id, name })), { name: 'Oost' }],
    });
    expect(withEast.revision).toBe(session.revision + 1);
    const east = withEast.groups.find((g) => g.name === 'Oost')!;
    await a.call('workshop.saveAnswer', {
      sessionId: session.id,
      groupId: east.id,
      questionId: 'doel',
      text: 'Draagvlak',
      expectedRevision: 0,
    });

    // Window B still shows two groups and saves its setup form (a new title, its own group list).
    await expectConflict(
      backend,
      () =>
        b.fail('workshop.update', {
          id: session.id,
          expectedRevision: formOfB.revision,
          title: 'Taskforce Dijkerveen',
          groups: formOfB.groups.map(({ id, name }) => ({ id, name })),
        }),
      'workshop',
    );
    const after = await b.call('workshop.get', { id: session.id });
    expect(after.groups.map((g) => g.name)).toEqual(['Noord', 'Zuid', 'Oost']);
    expect(after.answers[east.id]).toEqual({ doel: 'Draagvlak' });
    expect(after.title).toBe('Taskforce');

    // Answers, timer presses and the presenter's place do not make a setup form stale.
    await a.call('workshop.setPosition', { sessionId: session.id, position: { step: 'discussion', questionIndex: 1 } });
    const renamed = await b.call('workshop.update', {
      id: session.id,
      expectedRevision: after.revision,
      title: 'Nieuw',
    });
    expect(renamed.groups).toHaveLength(3);
  });

  /** A session with two groups, opened in both windows. */
  async function workshopInTwoWindows() {
    const windows = twoWindows();
    const session = await windows.a.call('workshop.create', {
      title: 'Taskforce',
      casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
      groups: [{ name: 'Noord' }, { name: 'Zuid' }],
      questions: defaultQuestions(),
    });
    return { ...windows, session: session, seenByB: await windows.b.call('workshop.get', { id: session.id }) };
  }

  it('workshop.saveAnswer: a stale answer never overwrites what another window saved in that cell', async () => {
    const { backend, a, b, session: session, seenByB: seenByB } = await workshopInTwoWindows();
    const cell = { sessionId: session.id, groupId: 'groep-1', questionId: 'doel' };
    expect(await a.call('workshop.saveAnswer', { ...cell, text: 'Draagvlak', expectedRevision: 0 })).toEqual({
      revision: 1,
    });
    // B had the cell open while it was still empty.
    await expectConflict(
      backend,
      () => b.fail('workshop.saveAnswer', { ...cell, text: 'Iets anders', expectedRevision: 0 }),
      'workshopAnswer',
    );
    const after = await b.call('workshop.get', { id: session.id });
    expect(after.answers).toEqual({ 'groep-1': { doel: 'Draagvlak' } });
    expect(after.answerRevisions).toEqual({ 'groep-1': { doel: 1 } });
    // Another cell has its own revision; the setup's is unchanged.
    await b.call('workshop.saveAnswer', { ...cell, questionId: 'aanpak', text: 'Wijkavond', expectedRevision: 0 });
    await b.call('workshop.update', { id: session.id, expectedRevision: seenByB.revision, title: 'Nieuw' });
    // From the newest revision, B saves.
    await b.call('workshop.saveAnswer', { ...cell, text: 'Draagvlak en tempo', expectedRevision: 1 });
    expect((await a.call('workshop.get', { id: session.id })).answers['groep-1']).toEqual({
      doel: 'Draagvlak en tempo',
      aanpak: 'Wijkavond',
    });
  });

  it('workshop.saveChoice: a stale choice never overwrites the group\u2019s choices from another window', async () => {
    const { backend, a, b, session: session } = await workshopInTwoWindows();
    const choice = { phase: 'agendering', goals: ['kennis-ophalen'], groups: [] };
    expect(
      await a.call('workshop.saveChoice', { sessionId: session.id, groupId: 'groep-1', choice, expectedRevision: 0 }),
    ).toEqual({ revision: 1 });
    await expectConflict(
      backend,
      () =>
        b.fail('workshop.saveChoice', { sessionId: session.id, groupId: 'groep-1', choice: null, expectedRevision: 0 }),
      'workshopChoice',
    );
    const after = await b.call('workshop.get', { id: session.id });
    expect(after.groups[0]!.choice).toMatchObject(choice);
    expect(after.choiceRevisions).toEqual({ 'groep-1': 1 });
    // The other group's choices are not stale.
    await b.call('workshop.saveChoice', { sessionId: session.id, groupId: 'groep-2', choice, expectedRevision: 0 });
  });

  it('workshop.saveRodeDraden: a stale list never replaces the rode draden another window saved', async () => {
    const { backend, a, b, session: session, seenByB: seenByB } = await workshopInTwoWindows();
    const first = [{ id: 'r1', text: 'Begin bij de raad', groupIds: ['groep-1'] }];
    expect(
      await a.call('workshop.saveRodeDraden', { sessionId: session.id, rodeDraden: first, expectedRevision: 0 }),
    ).toEqual({ rodeDraden: first, revision: 1 });
    await expectConflict(
      backend,
      () =>
        b.fail('workshop.saveRodeDraden', {
          sessionId: session.id,
          rodeDraden: [{ id: 'r1', text: 'Iets anders', groupIds: [] }],
          expectedRevision: seenByB.rodeDradenRevision,
        }),
      'rodeDraden',
    );
    expect((await b.call('workshop.get', { id: session.id })).rodeDraden).toEqual(first);
    const more = [...first, { id: 'r2', text: 'Jongeren apart', groupIds: ['groep-2'] }];
    expect(
      await b.call('workshop.saveRodeDraden', { sessionId: session.id, rodeDraden: more, expectedRevision: 1 }),
    ).toEqual({ rodeDraden: more, revision: 2 });
  });

  it('procesplaat.save and procesplaat.patch', async () => {
    const { backend, a, b } = twoWindows();
    const traject = await a.call('trajecten.create', { title: 'Procesplaat' });
    const plate = await examplePlate();
    const seen = await b.call('procesplaat.get', { trajectId: traject.id });
    await a.call('procesplaat.save', { trajectId: traject.id, plate, expectedRevision: 0 });
    await expectConflict(
      backend,
      () =>
        b.fail('procesplaat.save', {
          trajectId: traject.id,
          plate: { ...plate, nodes: [], edges: [] },
          expectedRevision: seen.revision,
        }),
      'procesplaat',
    );

    const atRevision1 = await b.call('procesplaat.get', { trajectId: traject.id });
    const moved = {
      ...plate,
      nodes: plate.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x + 40, y: n.position.y } } : n)),
    };
    await a.call('procesplaat.patch', {
      trajectId: traject.id,
      patch: diffPlate(plate, moved)!,
      expectedRevision: atRevision1.revision,
    });
    const movedElsewhere = {
      ...plate,
      nodes: plate.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x, y: n.position.y + 99 } } : n)),
    };
    await expectConflict(
      backend,
      () =>
        b.fail('procesplaat.patch', {
          trajectId: traject.id,
          patch: diffPlate(plate, movedElsewhere)!,
          expectedRevision: atRevision1.revision,
        }),
      'procesplaat',
    );
    expect((await b.call('procesplaat.get', { trajectId: traject.id })).plate?.nodes[0]?.position).toEqual(
      moved.nodes[0]!.position,
    );
    expect((await b.fail('procesplaat.save', { trajectId: traject.id, plate })).code).toBe('INVALID_INPUT');
  });

  it('codes.update and codes.saveProcess', async () => {
    const { backend, a, b } = twoWindows();
    const code = await a.call('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    const seen = await b.call('codes.get', { id: code.id });
    await a.call('codes.update', { id: code.id, expectedRevision: code.revision, naam: 'Code van A' });
    await expectConflict(
      backend,
      () => b.fail('codes.update', { id: code.id, expectedRevision: seen.revision, naam: 'Code van B' }),
      'code',
    );
    await expectConflict(
      backend,
      () => b.fail('codes.saveProcess', { id: code.id, plate: null, expectedRevision: seen.revision }),
      'code',
    );
    expect((await b.call('codes.get', { id: code.id })).naam).toBe('Code van A');
  });
});
