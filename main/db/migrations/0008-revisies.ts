import type { Migration } from './types';

/**
 * Revisions for the one concurrency rule (main/db/repositories/revision.ts): every write of
 * something a user edits names the revision it started from, and a stale write changes nothing.
 * Answers, procesplaten and participatiecodes had one already; this adds the rest.
 *
 * - `traject_revisies`: per traject, the revision of its details (titel, gemeente, vraagstuk) and
 *   of its edited spelregels. A table of its own so the trajecten table and every INSERT into it
 *   stay as they were; no row means details revision 1 and spelregels revision 0 (never edited).
 *   The spelregels revision lives here and not in traject_spelregels, because going back to the
 *   generated spelregels deletes that row: a revision stored with it would start over at 0, and a
 *   stale window that had seen 0 could then overwrite the reset unnoticed.
 * - `workshop_sessies.revisie`: the revision of a session's setup (title, questions, groups,
 *   times), so a stale setup form can no longer delete the groups another window added.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'revisies',
  up(db) {
    db.exec(`
      CREATE TABLE traject_revisies (
        traject_id TEXT PRIMARY KEY NOT NULL REFERENCES trajecten (id) ON DELETE CASCADE,
        details INTEGER NOT NULL DEFAULT 1 CHECK (details >= 1),
        spelregels INTEGER NOT NULL DEFAULT 0 CHECK (spelregels >= 0)
      ) STRICT;
      ALTER TABLE workshop_sessies ADD COLUMN revisie INTEGER NOT NULL DEFAULT 1 CHECK (revisie >= 1);
    `);
  },
};
