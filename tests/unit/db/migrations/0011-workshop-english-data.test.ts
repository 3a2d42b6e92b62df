import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

const oldSetup = {
  casus: {
    bron: { soort: 'voorbeeld', id: 'aardgasvrij-de-horst' },
    titel: 'Aardgasvrij in De Horst',
    gemeente: 'Gemeente Dijkerveen',
    vraagstuk: 'Hoe wordt De Horst aardgasvrij?',
  },
  vragen: [
    { id: 'doel', titel: 'Welk doel?', toelichting: 'Per fase.', soort: 'doel' },
    { id: 'aanpak', titel: 'Hoe?', toelichting: '', soort: 'aanpak' },
    { id: 'organisatie', titel: 'Wat vraagt het?', toelichting: '', soort: 'organisatie' },
    { id: 'vraag-1', titel: 'Nog iets?', toelichting: '', soort: 'vrij' },
  ],
  tijden: { gesprekSec: 1200, rondgangSec: 600 },
  toonAdvies: true,
  geluid: false,
};

describe('migration 0011: English keys and values in the stored workshop data', () => {
  // Stepwise: a database at version 10 with two sessions as version 10 stored them.
  const db = databaseAt(10);
  db.prepare(
    `INSERT INTO workshop_sessions (id, title, setup, step, question_index, created_at, updated_at, revision, rode_draden_revision)
     VALUES (?, ?, ?, ?, ?, 'c', 'u', ?, ?)`,
  ).run('s1', 'Sessie', JSON.stringify(oldSetup), 'rondgang', 2, 3, 1);
  db.prepare(
    `INSERT INTO workshop_sessions (id, title, setup, step, question_index, created_at, updated_at)
     VALUES ('s2', 'Traject', ?, 'gesprek', 0, 'c', 'u')`,
  ).run(JSON.stringify({ casus: { bron: { soort: 'traject', trajectId: 't1' }, titel: 'T' }, vragen: 'kapot' }));
  db.exec(`
    INSERT INTO workshop_sessions (id, title, setup, created_at, updated_at) VALUES ('s3', 'Leeg', '[]', 'c', 'u');
    INSERT INTO workshop_groups (session_id, id, position, name, choice, choice_revision)
      VALUES ('s1', 'groep-1', 0, 'Noord', '{"fase":"agendering","goals":["draagvlak"],"groups":[]}', 2),
             ('s1', 'groep-2', 1, 'Zuid', NULL, 0);
    INSERT INTO workshop_answers (session_id, group_id, question_id, text, updated_at, revision)
      VALUES ('s1', 'groep-1', 'doel', 'Draagvlak', 'u', 4);
    INSERT INTO workshop_timer_events (seq, session_id, timer, action, at, ms) VALUES
      (1, 's1', 'gesprek', 'start', 5, 0), (2, 's1', 'gesprek', 'pauze', 6, 0), (3, 's1', 'gesprek', 'hervat', 7, 0),
      (4, 's1', 'gesprek', 'verleng', 8, 60000), (5, 's1', 'rondgang', 'start', 9, 0), (6, 's1', 'rondgang', 'herstart', 10, 0);
    INSERT INTO workshop_rode_draden (session_id, id, position, text, group_ids, source) VALUES
      ('s1', 'r1', 0, 'Begin bij de raad', '["groep-1"]', 'woord:raad'),
      ('s1', 'r2', 1, 'Draagvlak', '["groep-1","groep-2"]', 'doel:draagvlak'),
      ('s1', 'r3', 2, 'Let op', '[]', 'waarschuwing:niveau-boven-ruimte'),
      ('s1', 'r4', 3, 'Burgerberaad', '[]', 'instrument:burgerberaad'),
      ('s1', 'r5', 4, 'Eigen', '[]', NULL);
  `);
  migrateTo(db, 11);

  it('renames the keys and values of the setup JSON and keeps every value', () => {
    const setup = (id: string) =>
      JSON.parse((db.prepare('SELECT setup FROM workshop_sessions WHERE id = ?').get(id) as { setup: string }).setup);
    expect(setup('s1')).toEqual({
      casus: {
        source: { kind: 'example', id: 'aardgasvrij-de-horst' },
        title: 'Aardgasvrij in De Horst',
        municipality: 'Gemeente Dijkerveen',
        vraagstuk: 'Hoe wordt De Horst aardgasvrij?',
      },
      questions: [
        { id: 'doel', title: 'Welk doel?', explanation: 'Per fase.', kind: 'goal' },
        { id: 'aanpak', title: 'Hoe?', explanation: '', kind: 'approach' },
        { id: 'organisatie', title: 'Wat vraagt het?', explanation: '', kind: 'organisation' },
        { id: 'vraag-1', title: 'Nog iets?', explanation: '', kind: 'open' },
      ],
      durations: { discussionSec: 1200, roundSec: 600 },
      showAdvice: true,
      sound: false,
    });
    // A damaged setup keeps its damage (the repository repairs it on read) under the new names.
    expect(setup('s2')).toEqual({
      casus: { source: { kind: 'traject', trajectId: 't1' }, title: 'T' },
      questions: 'kapot',
    });
    expect(setup('s3')).toEqual([]);
  });

  it('renames the step, the choice key, the timer names and actions and the rode draden sources', () => {
    expect(
      db
        .prepare('SELECT id, step, question_index, revision, rode_draden_revision FROM workshop_sessions ORDER BY id')
        .all(),
    ).toEqual([
      { id: 's1', step: 'round', question_index: 2, revision: 3, rode_draden_revision: 1 },
      { id: 's2', step: 'discussion', question_index: 0, revision: 1, rode_draden_revision: 0 },
      { id: 's3', step: 'casus', question_index: 0, revision: 1, rode_draden_revision: 0 },
    ]);
    expect(db.prepare('SELECT id, name, choice, choice_revision FROM workshop_groups ORDER BY position').all()).toEqual(
      [
        {
          id: 'groep-1',
          name: 'Noord',
          choice: '{"phase":"agendering","goals":["draagvlak"],"groups":[]}',
          choice_revision: 2,
        },
        { id: 'groep-2', name: 'Zuid', choice: null, choice_revision: 0 },
      ],
    );
    expect(db.prepare('SELECT * FROM workshop_answers').all()).toEqual([
      { session_id: 's1', group_id: 'groep-1', question_id: 'doel', text: 'Draagvlak', updated_at: 'u', revision: 4 },
    ]);
    expect(db.prepare('SELECT * FROM workshop_timer_events ORDER BY seq').all()).toEqual([
      { seq: 1, session_id: 's1', timer: 'discussion', action: 'start', at: 5, ms: 0 },
      { seq: 2, session_id: 's1', timer: 'discussion', action: 'pause', at: 6, ms: 0 },
      { seq: 3, session_id: 's1', timer: 'discussion', action: 'resume', at: 7, ms: 0 },
      { seq: 4, session_id: 's1', timer: 'discussion', action: 'extend', at: 8, ms: 60000 },
      { seq: 5, session_id: 's1', timer: 'round', action: 'start', at: 9, ms: 0 },
      { seq: 6, session_id: 's1', timer: 'round', action: 'restart', at: 10, ms: 0 },
    ]);
    expect(db.prepare('SELECT id, text, group_ids, source FROM workshop_rode_draden ORDER BY position').all()).toEqual([
      { id: 'r1', text: 'Begin bij de raad', group_ids: '["groep-1"]', source: 'word:raad' },
      { id: 'r2', text: 'Draagvlak', group_ids: '["groep-1","groep-2"]', source: 'goal:draagvlak' },
      { id: 'r3', text: 'Let op', group_ids: '[]', source: 'warning:niveau-boven-ruimte' },
      { id: 'r4', text: 'Burgerberaad', group_ids: '[]', source: 'instrument:burgerberaad' },
      { id: 'r5', text: 'Eigen', group_ids: '[]', source: null },
    ]);
    for (const table of ['workshop_sessions', 'workshop_timer_events']) expect(isStrict(db, table), table).toBe(true);
  });

  it('checks the English step and timer values and keeps the cascades', () => {
    expect(() => db.prepare("UPDATE workshop_sessions SET step = 'gesprek' WHERE id = 's1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO workshop_timer_events (session_id, timer, action, at) VALUES ('s1', 'rondgang', 'start', 1)",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare("INSERT INTO workshop_timer_events (session_id, timer, action, at) VALUES ('s1', 'round', 'pauze', 1)")
        .run(),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare("INSERT INTO workshop_timer_events (session_id, timer, action, at) VALUES ('s9', 'round', 'start', 1)")
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM workshop_sessions WHERE id = 's1'").run();
    for (const table of ['workshop_groups', 'workshop_answers', 'workshop_timer_events', 'workshop_rode_draden']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(11));
  });
});
