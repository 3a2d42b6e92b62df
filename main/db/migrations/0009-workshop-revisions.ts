import type { Migration } from './types';

/**
 * The one concurrency rule for everything a workshop window writes, and English names for the
 * workshop tables (README naming rule: a table is renamed in the next migration that touches it).
 *
 * Revisions, each as fine as the thing one window edits, so two windows that edit different
 * things never stop each other:
 * - `workshop_answers.revision`: per answer cell (group × question). Existing answers start at 1;
 *   a cell without a row is at revision 0. A removed group's cells go with it, and a group that
 *   later gets the same id starts without a row: a window that had seen the old cell (revision 1
 *   or more) is then refused, one that saw an empty cell (0) overwrites nothing.
 * - `workshop_groups.choice_revision`: the compact choices of one group, 0 while never saved.
 * - `workshop_sessions.rode_draden_revision`: the list of rode draden (saved as a whole), 0 while
 *   never saved. It lives on the session and not on the rode draden rows, because saving the list
 *   replaces those rows.
 * - `workshop_sessions.revision` (was `revisie`, 0008): the setup, unchanged.
 *
 * Step and timer action values ('gesprek', 'pauze', …) are data the contract carries and stay.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'workshop-revisions',
  up(db) {
    db.exec(`
      ALTER TABLE workshop_sessies RENAME TO workshop_sessions;
      ALTER TABLE workshop_sessions RENAME COLUMN titel TO title;
      ALTER TABLE workshop_sessions RENAME COLUMN opzet TO setup;
      ALTER TABLE workshop_sessions RENAME COLUMN stap TO step;
      ALTER TABLE workshop_sessions RENAME COLUMN vraag_index TO question_index;
      ALTER TABLE workshop_sessions RENAME COLUMN revisie TO revision;
      ALTER TABLE workshop_sessions ADD COLUMN rode_draden_revision INTEGER NOT NULL DEFAULT 0
        CHECK (rode_draden_revision >= 0);
      DROP INDEX workshop_sessies_updated_at;
      CREATE INDEX workshop_sessions_updated_at ON workshop_sessions (updated_at DESC);

      ALTER TABLE workshop_groepen RENAME TO workshop_groups;
      ALTER TABLE workshop_groups RENAME COLUMN sessie_id TO session_id;
      ALTER TABLE workshop_groups RENAME COLUMN volgorde TO position;
      ALTER TABLE workshop_groups RENAME COLUMN naam TO name;
      ALTER TABLE workshop_groups RENAME COLUMN keuze TO choice;
      ALTER TABLE workshop_groups ADD COLUMN choice_revision INTEGER NOT NULL DEFAULT 0 CHECK (choice_revision >= 0);

      ALTER TABLE workshop_antwoorden RENAME TO workshop_answers;
      ALTER TABLE workshop_answers RENAME COLUMN sessie_id TO session_id;
      ALTER TABLE workshop_answers RENAME COLUMN groep_id TO group_id;
      ALTER TABLE workshop_answers RENAME COLUMN vraag_id TO question_id;
      ALTER TABLE workshop_answers RENAME COLUMN tekst TO text;
      ALTER TABLE workshop_answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);

      ALTER TABLE workshop_timer_events RENAME COLUMN volgnummer TO seq;
      ALTER TABLE workshop_timer_events RENAME COLUMN sessie_id TO session_id;
      ALTER TABLE workshop_timer_events RENAME COLUMN actie TO action;
      ALTER TABLE workshop_timer_events RENAME COLUMN op TO at;
      DROP INDEX workshop_timer_events_sessie;
      CREATE INDEX workshop_timer_events_session ON workshop_timer_events (session_id, seq);

      ALTER TABLE workshop_rode_draden RENAME COLUMN sessie_id TO session_id;
      ALTER TABLE workshop_rode_draden RENAME COLUMN volgorde TO position;
      ALTER TABLE workshop_rode_draden RENAME COLUMN tekst TO text;
      ALTER TABLE workshop_rode_draden RENAME COLUMN groep_ids TO group_ids;
      ALTER TABLE workshop_rode_draden RENAME COLUMN bron TO source;
    `);
  },
};
