import type { Migration } from './types';

/**
 * English keys and values in what the workshop tables store (README naming rule: a Dutch word
 * stays only as a glossary noun, such as casus, vraagstuk or rode draden):
 * - `workshop_sessions.setup` (JSON): `vragen` → `questions` (each `titel` → `title`,
 *   `toelichting` → `explanation`, `soort` → `kind` with 'doel', 'aanpak', 'organisatie', 'vrij' →
 *   'goal', 'approach', 'organisation', 'open'), `tijden` → `durations` (`gesprekSec` →
 *   `discussionSec`, `rondgangSec` → `roundSec`), `toonAdvies` → `showAdvice`, `geluid` → `sound`,
 *   and in `casus`: `bron` → `source` (`soort` → `kind`, 'voorbeeld' → 'example'), `titel` →
 *   `title`, `gemeente` → `municipality`.
 * - `workshop_sessions.step`: 'gesprek' → 'discussion', 'rondgang' → 'round' ('casus' and
 *   'rode-draden' stay). The CHECK constraint changes with it: the column is added anew, filled,
 *   the old one dropped and the new one renamed (the table cannot be rebuilt: dropping it would
 *   cascade to its groups, answers and rode draden).
 * - `workshop_groups.choice` (JSON): `fase` → `phase`.
 * - `workshop_timer_events`: timer 'gesprek' → 'discussion', 'rondgang' → 'round'; action
 *   'pauze' → 'pause', 'hervat' → 'resume', 'verleng' → 'extend', 'herstart' → 'restart'
 *   ('start' stays). Nothing references this table, so it is rebuilt with the new CHECKs.
 * - `workshop_rode_draden.source` (the overlap suggestion a rode draad came from, `kind:id`):
 *   'doel:' → 'goal:', 'waarschuwing:' → 'warning:', 'woord:' → 'word:' ('instrument:' stays).
 * Question ids ('doel', 'aanpak', …) are ids, not kinds: answers keep pointing at them unchanged.
 * A stored value that does not match the old shape is left as it is (the repository repairs it on read).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'workshop-english-data',
  up(db) {
    const sessions = db.prepare('SELECT id, setup FROM workshop_sessions').all() as Array<{
      id: string;
      setup: string;
    }>;
    const writeSetup = db.prepare('UPDATE workshop_sessions SET setup = ? WHERE id = ?');
    for (const s of sessions) writeSetup.run(JSON.stringify(setupToEnglish(JSON.parse(s.setup))), s.id);

    const groups = db
      .prepare('SELECT session_id, id, choice FROM workshop_groups WHERE choice IS NOT NULL')
      .all() as Array<{ session_id: string; id: string; choice: string }>;
    const writeChoice = db.prepare('UPDATE workshop_groups SET choice = ? WHERE session_id = ? AND id = ?');
    for (const g of groups) {
      writeChoice.run(JSON.stringify(renameKeys(JSON.parse(g.choice), { fase: 'phase' })), g.session_id, g.id);
    }

    db.exec(`
      ALTER TABLE workshop_sessions ADD COLUMN step_english TEXT NOT NULL DEFAULT 'casus'
        CHECK (step_english IN ('casus', 'discussion', 'round', 'rode-draden'));
      UPDATE workshop_sessions SET step_english = CASE step
        WHEN 'gesprek' THEN 'discussion' WHEN 'rondgang' THEN 'round' ELSE step END;
      ALTER TABLE workshop_sessions DROP COLUMN step;
      ALTER TABLE workshop_sessions RENAME COLUMN step_english TO step;

      CREATE TABLE workshop_timer_events_english (
        seq INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES workshop_sessions (id) ON DELETE CASCADE,
        timer TEXT NOT NULL CHECK (timer IN ('discussion', 'round')),
        action TEXT NOT NULL CHECK (action IN ('start', 'pause', 'resume', 'extend', 'restart')),
        at INTEGER NOT NULL CHECK (at >= 0),
        ms INTEGER NOT NULL DEFAULT 0 CHECK (ms >= 0)
      ) STRICT;
      INSERT INTO workshop_timer_events_english (seq, session_id, timer, action, at, ms)
        SELECT seq, session_id,
          CASE timer WHEN 'gesprek' THEN 'discussion' WHEN 'rondgang' THEN 'round' END,
          CASE action WHEN 'pauze' THEN 'pause' WHEN 'hervat' THEN 'resume' WHEN 'verleng' THEN 'extend'
            WHEN 'herstart' THEN 'restart' ELSE action END,
          at, ms
        FROM workshop_timer_events;
      DROP INDEX workshop_timer_events_session;
      DROP TABLE workshop_timer_events;
      ALTER TABLE workshop_timer_events_english RENAME TO workshop_timer_events;
      CREATE INDEX workshop_timer_events_session ON workshop_timer_events (session_id, seq);

      UPDATE workshop_rode_draden SET source = CASE
        WHEN source LIKE 'doel:%' THEN 'goal:' || substr(source, 6)
        WHEN source LIKE 'waarschuwing:%' THEN 'warning:' || substr(source, 14)
        WHEN source LIKE 'woord:%' THEN 'word:' || substr(source, 7)
        ELSE source END
      WHERE source IS NOT NULL;
    `);
  },
};

const QUESTION_KINDS: Record<string, string> = {
  doel: 'goal',
  aanpak: 'approach',
  organisatie: 'organisation',
  vrij: 'open',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The same object with some keys renamed, in the same order; anything else is returned as it is. */
function renameKeys(value: unknown, names: Record<string, string>): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [Object.hasOwn(names, key) ? names[key]! : key, v]),
  );
}

function mapValue(value: unknown, values: Record<string, string>): unknown {
  return typeof value === 'string' && Object.hasOwn(values, value) ? values[value] : value;
}

function setupToEnglish(setup: unknown): unknown {
  const renamed = renameKeys(setup, {
    vragen: 'questions',
    tijden: 'durations',
    toonAdvies: 'showAdvice',
    geluid: 'sound',
  });
  if (!isRecord(renamed)) return renamed;
  const casus = renameKeys(renamed.casus, { bron: 'source', titel: 'title', gemeente: 'municipality' });
  if (isRecord(casus)) {
    const source = renameKeys(casus.source, { soort: 'kind' });
    if (isRecord(source)) source.kind = mapValue(source.kind, { voorbeeld: 'example' });
    casus.source = source;
  }
  return {
    ...renamed,
    casus,
    questions: Array.isArray(renamed.questions)
      ? renamed.questions.map((q) => {
          const question = renameKeys(q, { titel: 'title', toelichting: 'explanation', soort: 'kind' });
          if (isRecord(question) && 'kind' in question) question.kind = mapValue(question.kind, QUESTION_KINDS);
          return question;
        })
      : renamed.questions,
    durations: renameKeys(renamed.durations, { gesprekSec: 'discussionSec', rondgangSec: 'roundSec' }),
  };
}
