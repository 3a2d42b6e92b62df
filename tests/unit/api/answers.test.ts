import { afterEach, describe, expect, it } from 'vitest';
import { TrajectAnswers } from '../../../shared/participatie/answers';
import { memoryBackend } from '../../support/services';

const backends: Array<ReturnType<typeof memoryBackend>> = [];
function setup() {
  const backend = memoryBackend();
  backends.push(backend);
  const traject = backend.services.trajecten.create({ title: 'Aardgasvrij', municipality: 'Groningen', vraagstuk: '' });
  return { ...backend, trajectId: traject.id };
}
afterEach(() => backends.splice(0).forEach((b) => b.services.close()));

const answers = {
  phases: {
    agendering: {
      goals: ['kennis-ophalen'],
      room: 'groot',
      level: 'raadplegen',
      reach: 'alle-inwoners',
      groups: ['ouderen'],
    },
  },
  organisatie: { raad: 'De raad stelt vooraf de kaders vast.' },
};

describe('answers over the API', () => {
  it('returns empty answers with revision 0 for a new traject', async () => {
    const { dispatch, trajectId } = setup();
    const result = await dispatch('answers.get', { trajectId }, 'http');
    expect(result).toEqual({
      ok: true,
      data: { trajectId, answers: { phases: {} }, revision: 0, repaired: false, notes: [] },
    });
  });

  it('saves and reads back the answers, with defaults filled in, and bumps the revision', async () => {
    const { dispatch, trajectId } = setup();
    const saved = await dispatch('answers.save', { trajectId, answers, expectedRevision: 0 }, 'http');
    expect(saved).toMatchObject({ ok: true, data: { revision: 1 } });
    const read = await dispatch('answers.get', { trajectId }, 'http');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const data = read.data as { answers: { phases: { agendering: Record<string, unknown> } }; revision: number };
    expect(data.revision).toBe(1);
    expect(data.answers.phases.agendering).toMatchObject({
      goals: ['kennis-ophalen'],
      room: 'groot',
      kaders: [],
      instruments: [],
    });
  });

  it('refuses a save against an old revision with CONFLICT and keeps the newer answers', async () => {
    const { dispatch, trajectId, services } = setup();
    await dispatch('answers.save', { trajectId, answers, expectedRevision: 0 }, 'http');
    const stale = await dispatch('answers.save', { trajectId, answers: { phases: {} }, expectedRevision: 0 }, 'http');
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    expect(stale.ok ? '' : stale.error.message).toMatch(/ander venster|ergens anders/);
    expect(services.answers.get(trajectId).answers.phases.agendering?.room).toBe('groot');
  });

  it('rejects unknown vocabulary with the field path and changes nothing', async () => {
    const { dispatch, trajectId, services } = setup();
    const result = await dispatch(
      'answers.save',
      { trajectId, answers: { phases: { agendering: { level: 'alles-beslissen' } } }, expectedRevision: 0 },
      'http',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues?.[0]?.path).toEqual(['answers', 'phases', 'agendering', 'level']);
    // Zod's built-in messages reach the user too, so they come in Dutch.
    expect(result.error.issues?.[0]?.message).toMatch(/^Ongeldige optie: verwacht één van "informeren"/);
    expect(services.answers.get(trajectId).revision).toBe(0);
  });

  it('answers NOT_FOUND for a traject that does not exist', async () => {
    const { dispatch } = setup();
    const result = await dispatch(
      'answers.save',
      { trajectId: crypto.randomUUID(), answers, expectedRevision: 0 },
      'http',
    );
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });

  it('repairs a stored document that no longer validates, keeping the valid phases', () => {
    const { services, trajectId } = setup();
    services.answers.save(trajectId, { phases: {} });
    services.db.prepare('UPDATE traject_answers SET answers = ? WHERE traject_id = ?').run(
      JSON.stringify({
        phases: { agendering: { room: 'groot' }, uitvoering: { level: 'onbekend-niveau' } },
        organisatie: { raad: 'blijft' },
      }),
      trajectId,
    );
    const stored = services.answers.get(trajectId);
    expect(stored.repaired).toBe(true);
    expect(stored.answers.phases.agendering?.room).toBe('groot');
    expect(stored.answers.phases.uitvoering).toBeUndefined();
    expect(stored.answers.organisatie?.raad).toBe('blijft');
  });

  it('opens answers saved with catalogue 1.0 in 1.1: renamed instrument ids mapped, with a note per rename', async () => {
    const { dispatch, trajectId, services } = setup();
    // Saved before catalogue 1.1, as it sits in an existing database.
    services.answers.save(
      trajectId,
      TrajectAnswers.parse({
        phases: {
          uitvoering: { instruments: ['keukentafelgesprek', 'inloopavond'] },
          beleidsvoorbereiding: { instruments: ['participatieve-waardeoordeling'] },
        },
      }),
    );
    const read = await dispatch('answers.get', { trajectId }, 'http');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const data = read.data as { answers: TrajectAnswers; notes: string[] };
    expect(data.answers.phases.uitvoering?.instruments).toEqual(['gesprek-aan-huis', 'inloopavond']);
    expect(data.answers.phases.beleidsvoorbereiding?.instruments).toEqual(['participatieve-waarde-evaluatie']);
    expect(data.notes).toHaveLength(2);
    expect(data.notes[0]).toContain('"keukentafelgesprek" heet sinds catalogus 1.1.0 "gesprek-aan-huis"');
    // Advice on the migrated answers knows every instrument: no onbekend-instrument warning.
    const advice = await dispatch('advice.forTraject', { trajectId }, 'http');
    expect(advice.ok && (advice.data as { warnings: { id: string }[] }).warnings.map((w) => w.id)).not.toContain(
      'onbekend-instrument',
    );
  });
});
