import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open';
import { RevisionConflict } from '../../../main/db/repositories/revision';
import { TimerActionNotAllowed, WorkshopRepository } from '../../../main/db/repositories/workshop';
import { NewWorkshop, defaultQuestions, timerState, type WorkshopCasus } from '../../../shared/workshop/index';

const MIN = 60_000;
const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);
const casus: WorkshopCasus = {
  source: { kind: 'example', id: 'aardgasvrij-de-horst' },
  title: 'Aardgasvrij in De Horst',
  municipality: 'Dijkerveen',
  vraagstuk: 'Hoe betrek je de wijk?',
};

function open(file = ':memory:') {
  const { db } = openDatabase(file);
  let now = T0;
  let n = 0;
  const repo = new WorkshopRepository(
    db,
    () => new Date(now),
    () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  );
  return { db, repo, setNow: (t: number) => (now = t) };
}

const created = NewWorkshop.parse({
  title: 'Dijkerveen',
  casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
  groups: [{ name: 'Noord' }, { name: 'Zuid' }, { name: 'West' }],
  questions: defaultQuestions(),
});

describe('workshop repository', () => {
  it('stores the setup, the step and the choices with the English keys and values of migration 0011', () => {
    const { db, repo } = open();
    const s = repo.create(created, casus);
    repo.setPosition(s.id, { step: 'discussion', questionIndex: 0 });
    repo.saveChoice(s.id, 'groep-1', { phase: 'agendering', goals: [], groups: [] }, 0);
    const row = db.prepare('SELECT setup, step FROM workshop_sessions WHERE id = ?').get(s.id) as {
      setup: string;
      step: string;
    };
    const setup = JSON.parse(row.setup);
    expect(Object.keys(setup)).toEqual(['casus', 'questions', 'durations', 'showAdvice', 'sound']);
    expect(setup.questions[0]).toEqual({
      id: 'doel',
      title: 'Welk doel wil je bereiken?',
      explanation: 'Zijn er fases met verschillende doelen?',
      kind: 'goal',
    });
    expect(setup.durations).toEqual({ discussionSec: 1200, roundSec: 600 });
    expect(row.step).toBe('discussion');
    expect(db.prepare("SELECT choice FROM workshop_groups WHERE id = 'groep-1'").pluck().get()).toBe(
      '{"phase":"agendering","goals":[],"groups":[]}',
    );
    expect(repo.get(s.id)).toMatchObject({
      position: { step: 'discussion' },
      questions: defaultQuestions(),
      repaired: false,
    });
  });

  it('round-trips a session with answers, choices, step, timer and rode draden', () => {
    const { repo } = open();
    const s = repo.create(created, casus);
    expect(s.groups.map((g) => [g.id, g.name])).toEqual([
      ['groep-1', 'Noord'],
      ['groep-2', 'Zuid'],
      ['groep-3', 'West'],
    ]);
    expect(s.durations).toEqual({ discussionSec: 1200, roundSec: 600 });

    expect(s.answerRevisions).toEqual({});
    expect(s.choiceRevisions).toEqual({});
    expect(s.rodeDradenRevision).toBe(0);
    expect(repo.saveAnswer(s.id, 'groep-2', 'doel', 'Draagvlak', 0)).toBe(1);
    expect(repo.saveAnswer(s.id, 'groep-2', 'doel', 'Draagvlak en vertrouwen', 1)).toBe(2);
    expect(
      repo.saveChoice(s.id, 'groep-1', { phase: 'agendering', goals: ['kennis-ophalen'], groups: ['jongeren'] }, 0),
    ).toBe(1);
    repo.setPosition(s.id, { step: 'round', questionIndex: 2 });
    repo.pressTimer(s.id, 'discussion', 'start');
    expect(
      repo.saveRodeDraden(
        s.id,
        [{ id: 'r1', text: 'De raad stelt vooraf kaders', groupIds: ['groep-1', 'groep-3'], source: 'word:kaders' }],
        0,
      )?.revision,
    ).toBe(1);

    const reloaded = repo.get(s.id)!;
    expect(reloaded.answers).toEqual({ 'groep-2': { doel: 'Draagvlak en vertrouwen' } });
    expect(reloaded.answerRevisions).toEqual({ 'groep-2': { doel: 2 } });
    expect(reloaded.choiceRevisions).toEqual({ 'groep-1': 1 });
    expect(reloaded.rodeDradenRevision).toBe(1);
    // None of these is part of the setup: a setup form stays current.
    expect(reloaded.revision).toBe(s.revision);
    expect(reloaded.groups[0]!.choice).toEqual({
      phase: 'agendering',
      goals: ['kennis-ophalen'],
      groups: ['jongeren'],
    });
    expect(reloaded.position).toEqual({ step: 'round', questionIndex: 2 });
    expect(reloaded.timerEvents).toEqual([{ timer: 'discussion', action: 'start', at: T0, ms: 0 }]);
    expect(reloaded.rodeDraden).toEqual([
      { id: 'r1', text: 'De raad stelt vooraf kaders', groupIds: ['groep-1', 'groep-3'], source: 'word:kaders' },
    ]);
    expect(reloaded.repaired).toBe(false);
    expect(repo.list()).toEqual([
      expect.objectContaining({ id: s.id, groupCount: 3, position: { step: 'round', questionIndex: 2 } }),
    ]);
  });

  it('keeps answers of renamed groups and drops those of removed groups and questions', () => {
    const { repo } = open();
    const s = repo.create(created, casus);
    repo.saveAnswer(s.id, 'groep-1', 'doel', 'A', 0);
    repo.saveAnswer(s.id, 'groep-3', 'doel', 'C', 0);
    repo.saveAnswer(s.id, 'groep-1', 'organisatie', 'O', 0);
    const after = repo.updateSetup({
      id: s.id,
      expectedRevision: s.revision,
      groups: [{ id: 'groep-1', name: 'Noordwest' }, { id: 'groep-2', name: 'Zuid' }, { name: 'Oost' }],
      questions: defaultQuestions().slice(0, 2),
    })!;
    expect(after.groups.map((g) => [g.id, g.name])).toEqual([
      ['groep-1', 'Noordwest'],
      ['groep-2', 'Zuid'],
      ['groep-4', 'Oost'],
    ]);
    // groep-3 was removed and a new group got a free id; the old answers must not come back.
    expect(after.answers).toEqual({ 'groep-1': { doel: 'A' } });
    expect(after.answerRevisions).toEqual({ 'groep-1': { doel: 1 } });
    expect(repo.saveAnswer(s.id, 'groep-9', 'doel', 'x', 0)).toBeUndefined();
    expect(repo.saveChoice(s.id, 'groep-9', null, 0)).toBeUndefined();
  });

  it('refuses a timer press that does not fit, and records one start when two windows press at once', () => {
    const { repo } = open();
    const s = repo.create(created, casus);
    expect(() => repo.pressTimer(s.id, 'discussion', 'pause')).toThrow(TimerActionNotAllowed);
    repo.pressTimer(s.id, 'discussion', 'start');
    expect(() => repo.pressTimer(s.id, 'discussion', 'start')).toThrow(TimerActionNotAllowed);
    expect(repo.timerEvents(s.id)).toHaveLength(1);
    expect(repo.pressTimer('00000000-0000-4000-8000-999999999999', 'discussion', 'start')).toBeUndefined();
  });

  it('resumes the timer from stored timestamps after the app was closed mid-session', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samenspel-workshop-')), 'w.sqlite');
    const first = open(file);
    const s = first.repo.create(created, casus);
    first.repo.pressTimer(s.id, 'discussion', 'start');
    first.setNow(T0 + 3 * MIN);
    first.repo.pressTimer(s.id, 'discussion', 'pause');
    first.setNow(T0 + 4 * MIN);
    first.repo.pressTimer(s.id, 'discussion', 'resume');
    first.db.close(); // lid closed

    const later = open(file);
    const events = later.repo.get(s.id)!.timerEvents;
    expect(timerState(events, 'discussion', 20 * MIN, T0 + 10 * MIN)).toMatchObject({
      status: 'running',
      remainingMs: 11 * MIN,
    });
    later.setNow(T0 + 30 * MIN);
    later.repo.pressTimer(s.id, 'discussion', 'extend', 5 * MIN);
    expect(timerState(later.repo.timerEvents(s.id), 'discussion', 20 * MIN, T0 + 31 * MIN)).toMatchObject({
      status: 'running',
      remainingMs: 4 * MIN,
    });
    later.db.close();
  });

  it('repairs a damaged setup and choice instead of failing the whole session', () => {
    const { db, repo } = open();
    const s = repo.create(created, casus);
    repo.saveAnswer(s.id, 'groep-1', 'doel', 'blijft', 0);
    db.prepare(
      `UPDATE workshop_sessions SET setup = json_set(setup, '$.durations', 'twenty minutes') WHERE id = ?`,
    ).run(s.id);
    db.prepare(`UPDATE workshop_groups SET choice = '{"phase":"never"}' WHERE id = 'groep-2'`).run();
    const repaired = repo.get(s.id)!;
    expect(repaired.repaired).toBe(true);
    expect(repaired.durations).toEqual({ discussionSec: 1200, roundSec: 600 });
    expect(repaired.casus.title).toBe('Aardgasvrij in De Horst');
    expect(repaired.groups[1]!.choice).toBeNull();
    expect(repaired.answers['groep-1']).toEqual({ doel: 'blijft' });
  });

  it('deletes a session with everything that belongs to it', () => {
    const { db, repo } = open();
    const s = repo.create(created, casus);
    repo.saveAnswer(s.id, 'groep-1', 'doel', 'x', 0);
    expect(repo.delete(s.id)).toBe(true);
    expect(repo.get(s.id)).toBeUndefined();
    expect(db.prepare('SELECT count(*) AS n FROM workshop_answers').get()).toEqual({ n: 0 });
  });

  it('refuses a stale answer, choice or rode draden list without writing anything', () => {
    const { repo } = open();
    const s = repo.create(created, casus);
    repo.saveAnswer(s.id, 'groep-1', 'doel', 'Eerste venster', 0);
    repo.saveChoice(s.id, 'groep-1', { phase: 'agendering', goals: [], groups: [] }, 0);
    repo.saveRodeDraden(s.id, [{ id: 'r1', text: 'Eerste venster', groupIds: [] }], 0);
    const before = repo.get(s.id)!;

    // A second window that still saw the empty cell, the unsaved choices and the empty list.
    expect(() => repo.saveAnswer(s.id, 'groep-1', 'doel', 'Tweede venster', 0)).toThrow(RevisionConflict);
    expect(() => repo.saveChoice(s.id, 'groep-1', null, 0)).toThrow(RevisionConflict);
    expect(() => repo.saveRodeDraden(s.id, [], 0)).toThrow(RevisionConflict);
    // A revision from the future is as stale as one from the past.
    expect(() => repo.saveAnswer(s.id, 'groep-1', 'doel', 'Tweede venster', 2)).toThrow(RevisionConflict);
    expect(repo.get(s.id)).toEqual(before);

    // Another cell, another group's choices: not stale, they have revisions of their own.
    expect(repo.saveAnswer(s.id, 'groep-1', 'aanpak', 'Tweede venster', 0)).toBe(1);
    expect(repo.saveChoice(s.id, 'groep-2', null, 0)).toBe(1);
  });
});
