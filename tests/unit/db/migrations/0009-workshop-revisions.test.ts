import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

describe('migration 0009: workshop revisions per answer, choice and rode draden list; English names', () => {
  // Stepwise: a database at version 8 with a session, two groups, an answer, a timer press and a rode draad.
  const db = databaseAt(8);
  db.exec(`
    INSERT INTO workshop_sessies (id, titel, opzet, stap, vraag_index, created_at, updated_at, revisie)
      VALUES ('s1', 'Sessie', '{"x":1}', 'rondgang', 2, 'c', 'u', 3);
    INSERT INTO workshop_groepen (sessie_id, id, volgorde, naam, keuze)
      VALUES ('s1', 'groep-1', 0, 'Noord', '{"fase":"agendering"}'), ('s1', 'groep-2', 1, 'Zuid', NULL);
    INSERT INTO workshop_antwoorden (sessie_id, groep_id, vraag_id, tekst, updated_at)
      VALUES ('s1', 'groep-1', 'doel', 'Draagvlak', 'u');
    INSERT INTO workshop_timer_events (sessie_id, timer, actie, op, ms) VALUES ('s1', 'gesprek', 'start', 5, 0);
    INSERT INTO workshop_rode_draden (sessie_id, id, volgorde, tekst, groep_ids, bron)
      VALUES ('s1', 'r1', 0, 'Begin bij de raad', '["groep-1"]', 'woord:raad');
  `);
  migrateTo(db, 9);

  it('keeps every row under the English names; existing answers start at revision 1, the rest at 0', () => {
    expect(db.prepare('SELECT * FROM workshop_sessions').all()).toEqual([
      {
        id: 's1',
        title: 'Sessie',
        setup: '{"x":1}',
        step: 'rondgang',
        question_index: 2,
        created_at: 'c',
        updated_at: 'u',
        revision: 3,
        rode_draden_revision: 0,
      },
    ]);
    expect(db.prepare('SELECT * FROM workshop_groups ORDER BY position').all()).toEqual([
      {
        session_id: 's1',
        id: 'groep-1',
        position: 0,
        name: 'Noord',
        choice: '{"fase":"agendering"}',
        choice_revision: 0,
      },
      { session_id: 's1', id: 'groep-2', position: 1, name: 'Zuid', choice: null, choice_revision: 0 },
    ]);
    expect(db.prepare('SELECT * FROM workshop_answers').all()).toEqual([
      { session_id: 's1', group_id: 'groep-1', question_id: 'doel', text: 'Draagvlak', updated_at: 'u', revision: 1 },
    ]);
    expect(db.prepare('SELECT session_id, timer, action, at, ms FROM workshop_timer_events').all()).toEqual([
      { session_id: 's1', timer: 'gesprek', action: 'start', at: 5, ms: 0 },
    ]);
    expect(db.prepare('SELECT * FROM workshop_rode_draden').all()).toEqual([
      {
        session_id: 's1',
        id: 'r1',
        position: 0,
        text: 'Begin bij de raad',
        group_ids: '["groep-1"]',
        source: 'woord:raad',
      },
    ]);
    for (const table of ['workshop_sessions', 'workshop_groups', 'workshop_answers', 'workshop_timer_events']) {
      expect(isStrict(db, table), table).toBe(true);
    }
  });

  it('keeps the checks and cascades under the new names', () => {
    expect(() => db.prepare("UPDATE workshop_answers SET revision = 0 WHERE group_id = 'groep-1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE workshop_groups SET choice_revision = -1 WHERE id = 'groep-1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE workshop_sessions SET rode_draden_revision = -1 WHERE id = 's1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => db.prepare("UPDATE workshop_sessions SET step = 'pauze' WHERE id = 's1'").run()).toThrow(
      /CHECK constraint/,
    );
    // An answer needs its group.
    expect(() =>
      db
        .prepare(
          "INSERT INTO workshop_answers (session_id, group_id, question_id, text, updated_at) VALUES ('s1', 'groep-9', 'doel', 'x', 'u')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM workshop_groups WHERE id = 'groep-1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM workshop_answers').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM workshop_sessions WHERE id = 's1'").run();
    for (const table of ['workshop_groups', 'workshop_timer_events', 'workshop_rode_draden']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(9));
  });
});
