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
function tweeVensters() {
  const backend = memoryBackend();
  backends.push(backend);
  const venster = (transport: 'ipc' | 'http') => ({
    async call<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
      const result = await backend.dispatch(method, input, transport);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
      return result.data as MethodOutput<M>;
    },
    async fout(method: MethodName, input: unknown) {
      const result = await backend.dispatch(method, input, transport);
      if (result.ok) throw new Error(`${method} was accepted`);
      return result.error;
    },
  });
  return { backend, a: venster('ipc'), b: venster('http') };
}

/** Every row of every table, so "nothing changed" means nothing at all (no updated_at, no revision). */
function inhoud(backend: Backend): string {
  const db = backend.services.db;
  const tabellen = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return JSON.stringify(tabellen.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}

async function verwachtConflict(
  backend: Backend,
  schrijf: () => Promise<{ code: string; message: string }>,
  domein: keyof typeof conflictMessages,
) {
  const voor = inhoud(backend);
  const error = await schrijf();
  expect(error).toEqual({ code: 'CONFLICT', message: conflictMessages[domein] });
  expect(inhoud(backend)).toBe(voor);
}

const plaat = async (): Promise<Procesplaat> =>
  layoutProcesplaat(generateProcesplaat(exampleCasussen['aardgasvrij-de-horst'].answers, { catalogue }));

describe('one concurrency rule: a stale write answers CONFLICT and changes nothing', () => {
  it('trajecten.update: a stale Vraagstuk form no longer reverts the other window’s title', async () => {
    const { backend, a, b } = tweeVensters();
    const traject = await a.call('trajecten.create', { titel: 'Wijkbudget', gemeente: 'Zwolle' });
    const gezienDoorB = await b.call('trajecten.get', { id: traject.id });
    const nieuw = await a.call('trajecten.update', { id: traject.id, expectedRevision: 1, titel: 'Wijkbudget 2027' });
    expect(nieuw.revision).toBe(2);
    await verwachtConflict(
      backend,
      () =>
        b.fout('trajecten.update', {
          id: traject.id,
          expectedRevision: gezienDoorB.revision,
          titel: gezienDoorB.titel,
          vraagstuk: 'Hoe verdelen we het geld?',
        }),
      'traject',
    );
    expect(await b.call('trajecten.get', { id: traject.id })).toEqual(nieuw);
    // Without a revision nothing is written at all.
    expect((await b.fout('trajecten.update', { id: traject.id, titel: 'X' })).code).toBe('INVALID_INPUT');
  });

  it('answers.save', async () => {
    const { backend, a, b } = tweeVensters();
    const traject = await a.call('trajecten.create', { titel: 'Antwoorden' });
    const gezien = await b.call('answers.get', { trajectId: traject.id });
    await a.call('answers.save', {
      trajectId: traject.id,
      answers: { phases: { agendering: { room: 'groot' } } },
      expectedRevision: 0,
    });
    await verwachtConflict(
      backend,
      () =>
        b.fout('answers.save', {
          trajectId: traject.id,
          answers: { phases: { agendering: { room: 'beperkt' } } },
          expectedRevision: gezien.revision,
        }),
      'answers',
    );
    expect((await b.call('answers.get', { trajectId: traject.id })).answers.phases.agendering?.room).toBe('groot');
    expect((await b.fout('answers.save', { trajectId: traject.id, answers: { phases: {} } })).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('export.saveSpelregels, also after the other window went back to the generated spelregels', async () => {
    const { backend, a, b } = tweeVensters();
    const traject = await a.call('trajecten.create', { titel: 'Spelregels' });
    const gezien = await b.call('export.preview', { trajectId: traject.id });
    expect(gezien.revision).toBe(0);
    const eigen = [{ id: 'eigen-1', tekst: 'De raad hoort iedereen.' }];
    const opgeslagen = await a.call('export.saveSpelregels', {
      trajectId: traject.id,
      spelregels: eigen,
      expectedRevision: 0,
    });
    expect(opgeslagen).toMatchObject({ edited: true, revision: 1 });
    await verwachtConflict(
      backend,
      () =>
        b.fout('export.saveSpelregels', {
          trajectId: traject.id,
          spelregels: [{ id: 'eigen-1', tekst: 'Iets anders.' }],
          expectedRevision: gezien.revision,
        }),
      'spelregels',
    );
    expect((await b.call('export.preview', { trajectId: traject.id })).spelregels).toEqual(eigen);

    // Back to generated: the stored row goes, the revision does not start over, so a window that
    // saw revision 0 long ago still cannot overwrite it.
    const terug = await a.call('export.saveSpelregels', {
      trajectId: traject.id,
      spelregels: null,
      expectedRevision: 1,
    });
    expect(terug).toMatchObject({ edited: false, revision: 2 });
    await verwachtConflict(
      backend,
      () => b.fout('export.saveSpelregels', { trajectId: traject.id, spelregels: eigen, expectedRevision: 0 }),
      'spelregels',
    );
    expect((await b.call('export.preview', { trajectId: traject.id })).revision).toBe(2);
  });

  it('workshop.update: a stale setup form never deletes the groups (and answers) another window added', async () => {
    const { backend, a, b } = tweeVensters();
    const sessie = await a.call('workshop.create', {
      titel: 'Taskforce',
      casus: { soort: 'voorbeeld', id: 'aardgasvrij-de-horst' },
      groepen: [{ naam: 'Noord' }, { naam: 'Zuid' }],
      vragen: defaultQuestions(),
    });
    const formulierB = await b.call('workshop.get', { id: sessie.id });
    // Window A adds a group, and that group answers.
    const metOost = await a.call('workshop.update', {
      id: sessie.id,
      expectedRevision: sessie.revision,
      groepen: [...sessie.groepen.map(({ id, naam }) => ({ id, naam })), { naam: 'Oost' }],
    });
    expect(metOost.revision).toBe(sessie.revision + 1);
    const oost = metOost.groepen.find((g) => g.naam === 'Oost')!;
    await a.call('workshop.saveAnswer', {
      sessieId: sessie.id,
      groepId: oost.id,
      vraagId: 'doel',
      tekst: 'Draagvlak',
      expectedRevision: 0,
    });

    // Window B still shows two groups and saves its setup form (a new title, its own group list).
    await verwachtConflict(
      backend,
      () =>
        b.fout('workshop.update', {
          id: sessie.id,
          expectedRevision: formulierB.revision,
          titel: 'Taskforce Dijkerveen',
          groepen: formulierB.groepen.map(({ id, naam }) => ({ id, naam })),
        }),
      'workshop',
    );
    const na = await b.call('workshop.get', { id: sessie.id });
    expect(na.groepen.map((g) => g.naam)).toEqual(['Noord', 'Zuid', 'Oost']);
    expect(na.antwoorden[oost.id]).toEqual({ doel: 'Draagvlak' });
    expect(na.titel).toBe('Taskforce');

    // Answers, timer presses and the presenter's place do not make a setup form stale.
    await a.call('workshop.setPosition', { sessieId: sessie.id, stand: { stap: 'gesprek', vraagIndex: 1 } });
    const hernoemd = await b.call('workshop.update', { id: sessie.id, expectedRevision: na.revision, titel: 'Nieuw' });
    expect(hernoemd.groepen).toHaveLength(3);
  });

  /** A session with two groups, opened in both windows. */
  async function workshopInTweeVensters() {
    const vensters = tweeVensters();
    const sessie = await vensters.a.call('workshop.create', {
      titel: 'Taskforce',
      casus: { soort: 'voorbeeld', id: 'aardgasvrij-de-horst' },
      groepen: [{ naam: 'Noord' }, { naam: 'Zuid' }],
      vragen: defaultQuestions(),
    });
    return { ...vensters, sessie, gezienDoorB: await vensters.b.call('workshop.get', { id: sessie.id }) };
  }

  it('workshop.saveAnswer: a stale answer never overwrites what another window saved in that cell', async () => {
    const { backend, a, b, sessie, gezienDoorB } = await workshopInTweeVensters();
    const cel = { sessieId: sessie.id, groepId: 'groep-1', vraagId: 'doel' };
    expect(await a.call('workshop.saveAnswer', { ...cel, tekst: 'Draagvlak', expectedRevision: 0 })).toEqual({
      revision: 1,
    });
    // B had the cell open while it was still empty.
    await verwachtConflict(
      backend,
      () => b.fout('workshop.saveAnswer', { ...cel, tekst: 'Iets anders', expectedRevision: 0 }),
      'workshopAnswer',
    );
    const na = await b.call('workshop.get', { id: sessie.id });
    expect(na.antwoorden).toEqual({ 'groep-1': { doel: 'Draagvlak' } });
    expect(na.answerRevisions).toEqual({ 'groep-1': { doel: 1 } });
    // Another cell has its own revision; the setup's is unchanged.
    await b.call('workshop.saveAnswer', { ...cel, vraagId: 'aanpak', tekst: 'Wijkavond', expectedRevision: 0 });
    await b.call('workshop.update', { id: sessie.id, expectedRevision: gezienDoorB.revision, titel: 'Nieuw' });
    // From the newest revision, B saves.
    await b.call('workshop.saveAnswer', { ...cel, tekst: 'Draagvlak en tempo', expectedRevision: 1 });
    expect((await a.call('workshop.get', { id: sessie.id })).antwoorden['groep-1']).toEqual({
      doel: 'Draagvlak en tempo',
      aanpak: 'Wijkavond',
    });
  });

  it('workshop.saveChoice: a stale choice never overwrites the group\u2019s choices from another window', async () => {
    const { backend, a, b, sessie } = await workshopInTweeVensters();
    const keuze = { fase: 'agendering', goals: ['kennis-ophalen'], groups: [] };
    expect(
      await a.call('workshop.saveChoice', { sessieId: sessie.id, groepId: 'groep-1', keuze, expectedRevision: 0 }),
    ).toEqual({ revision: 1 });
    await verwachtConflict(
      backend,
      () =>
        b.fout('workshop.saveChoice', { sessieId: sessie.id, groepId: 'groep-1', keuze: null, expectedRevision: 0 }),
      'workshopChoice',
    );
    const na = await b.call('workshop.get', { id: sessie.id });
    expect(na.groepen[0]!.keuze).toMatchObject(keuze);
    expect(na.choiceRevisions).toEqual({ 'groep-1': 1 });
    // The other group's choices are not stale.
    await b.call('workshop.saveChoice', { sessieId: sessie.id, groepId: 'groep-2', keuze, expectedRevision: 0 });
  });

  it('workshop.saveRodeDraden: a stale list never replaces the rode draden another window saved', async () => {
    const { backend, a, b, sessie, gezienDoorB } = await workshopInTweeVensters();
    const eerste = [{ id: 'r1', tekst: 'Begin bij de raad', groepIds: ['groep-1'] }];
    expect(
      await a.call('workshop.saveRodeDraden', { sessieId: sessie.id, rodeDraden: eerste, expectedRevision: 0 }),
    ).toEqual({ rodeDraden: eerste, revision: 1 });
    await verwachtConflict(
      backend,
      () =>
        b.fout('workshop.saveRodeDraden', {
          sessieId: sessie.id,
          rodeDraden: [{ id: 'r1', tekst: 'Iets anders', groepIds: [] }],
          expectedRevision: gezienDoorB.rodeDradenRevision,
        }),
      'rodeDraden',
    );
    expect((await b.call('workshop.get', { id: sessie.id })).rodeDraden).toEqual(eerste);
    const verder = [...eerste, { id: 'r2', tekst: 'Jongeren apart', groepIds: ['groep-2'] }];
    expect(
      await b.call('workshop.saveRodeDraden', { sessieId: sessie.id, rodeDraden: verder, expectedRevision: 1 }),
    ).toEqual({ rodeDraden: verder, revision: 2 });
  });

  it('procesplaat.save and procesplaat.patch', async () => {
    const { backend, a, b } = tweeVensters();
    const traject = await a.call('trajecten.create', { titel: 'Procesplaat' });
    const plate = await plaat();
    const gezien = await b.call('procesplaat.get', { trajectId: traject.id });
    await a.call('procesplaat.save', { trajectId: traject.id, plate, expectedRevision: 0 });
    await verwachtConflict(
      backend,
      () =>
        b.fout('procesplaat.save', {
          trajectId: traject.id,
          plate: { ...plate, nodes: [], edges: [] },
          expectedRevision: gezien.revision,
        }),
      'procesplaat',
    );

    const opRevisie1 = await b.call('procesplaat.get', { trajectId: traject.id });
    const verplaatst = {
      ...plate,
      nodes: plate.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x + 40, y: n.position.y } } : n)),
    };
    await a.call('procesplaat.patch', {
      trajectId: traject.id,
      patch: diffPlate(plate, verplaatst)!,
      expectedRevision: opRevisie1.revision,
    });
    const andersVerplaatst = {
      ...plate,
      nodes: plate.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position.x, y: n.position.y + 99 } } : n)),
    };
    await verwachtConflict(
      backend,
      () =>
        b.fout('procesplaat.patch', {
          trajectId: traject.id,
          patch: diffPlate(plate, andersVerplaatst)!,
          expectedRevision: opRevisie1.revision,
        }),
      'procesplaat',
    );
    expect((await b.call('procesplaat.get', { trajectId: traject.id })).plate?.nodes[0]?.position).toEqual(
      verplaatst.nodes[0]!.position,
    );
    expect((await b.fout('procesplaat.save', { trajectId: traject.id, plate })).code).toBe('INVALID_INPUT');
  });

  it('codes.update and codes.saveProcess', async () => {
    const { backend, a, b } = tweeVensters();
    const code = await a.call('codes.create', { bron: { soort: 'voorbeeld', id: 'lindewaard' } });
    const gezien = await b.call('codes.get', { id: code.id });
    await a.call('codes.update', { id: code.id, expectedRevision: code.revision, naam: 'Code van A' });
    await verwachtConflict(
      backend,
      () => b.fout('codes.update', { id: code.id, expectedRevision: gezien.revision, naam: 'Code van B' }),
      'code',
    );
    await verwachtConflict(
      backend,
      () => b.fout('codes.saveProcess', { id: code.id, plate: null, expectedRevision: gezien.revision }),
      'code',
    );
    expect((await b.call('codes.get', { id: code.id })).naam).toBe('Code van A');
  });
});
