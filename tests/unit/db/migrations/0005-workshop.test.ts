import { describe, expect, it } from 'vitest';
import { databaseAt } from '../../../support/migrations';
import { isStrict } from '../../../support/schema';

describe('migration 0005: workshop', () => {
  const db = databaseAt(5);
  const sessie = db.prepare(
    "INSERT INTO workshop_sessies (id, titel, opzet, created_at, updated_at) VALUES (?, 'Sessie', ?, 'x', 'x')",
  );
  const groep = db.prepare("INSERT INTO workshop_groepen (sessie_id, id, volgorde, naam) VALUES (?, ?, 0, 'Groep')");
  const antwoord = db.prepare(
    "INSERT INTO workshop_antwoorden (sessie_id, groep_id, vraag_id, tekst, updated_at) VALUES (?, ?, 'doel', 'tekst', 'x')",
  );
  const timer = db.prepare(
    'INSERT INTO workshop_timer_events (sessie_id, timer, actie, op, ms) VALUES (?, ?, ?, ?, 0)',
  );

  it('creates STRICT tables', () => {
    for (const table of [
      'workshop_sessies',
      'workshop_groepen',
      'workshop_antwoorden',
      'workshop_timer_events',
      'workshop_rode_draden',
    ]) {
      expect(isStrict(db, table), table).toBe(true);
    }
  });

  it('refuses invalid JSON, unknown steps and timer presses', () => {
    expect(() => sessie.run('s0', '{kapot')).toThrow(/CHECK constraint/);
    sessie.run('s1', '{}');
    expect(() => db.prepare("UPDATE workshop_sessies SET stap = 'pauze' WHERE id = 's1'").run()).toThrow(
      /CHECK constraint/,
    );
    expect(() => timer.run('s1', 'koffie', 'start', 1)).toThrow(/CHECK constraint/);
    expect(() => timer.run('s1', 'gesprek', 'stop', 1)).toThrow(/CHECK constraint/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO workshop_rode_draden (sessie_id, id, volgorde, tekst, groep_ids) VALUES ('s1', 'r', 0, 't', '{}')",
        )
        .run(),
    ).toThrow(/CHECK constraint/);
  });

  it('only stores answers for a group that exists in that session', () => {
    groep.run('s1', 'groep-1');
    antwoord.run('s1', 'groep-1');
    expect(() => antwoord.run('s1', 'groep-9')).toThrow(/FOREIGN KEY/);
  });

  it('takes groups, answers, timer presses and rode draden along when a group or session is deleted', () => {
    groep.run('s1', 'groep-2');
    antwoord.run('s1', 'groep-2');
    timer.run('s1', 'gesprek', 'start', 1);
    db.prepare(
      "INSERT INTO workshop_rode_draden (sessie_id, id, volgorde, tekst) VALUES ('s1', 'r1', 0, 'Raad vooraf')",
    ).run();
    db.prepare("DELETE FROM workshop_groepen WHERE id = 'groep-2'").run();
    expect(db.prepare('SELECT groep_id FROM workshop_antwoorden').all()).toEqual([{ groep_id: 'groep-1' }]);
    db.prepare("DELETE FROM workshop_sessies WHERE id = 's1'").run();
    for (const table of ['workshop_groepen', 'workshop_antwoorden', 'workshop_timer_events', 'workshop_rode_draden']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});
