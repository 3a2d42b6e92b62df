import type { Migration } from './types';

/**
 * Participatiecodes: one database holds several (an adviser working for several gemeenten). The
 * choices are one validated JSON document (the shared schema checks it before commit); the
 * standard process is stored only once the user edits it (NULL = generated from the choices).
 * The revision serves the one conflict rule: a save names the revision it started from.
 *
 * A traject follows at most one code: `traject_codes` keyed by the traject (the nullable code_id
 * of a traject, as a table of its own so the trajecten table and every INSERT into it stay as they
 * were). Deleting a code leaves its trajecten in place, unlinked; deleting a traject drops its link.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'participatiecodes',
  up(db) {
    db.exec(`
      CREATE TABLE participatiecodes (
        id TEXT PRIMARY KEY NOT NULL,
        naam TEXT NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
        gemeente TEXT NOT NULL CHECK (length(gemeente) BETWEEN 1 AND 80),
        keuzes TEXT NOT NULL CHECK (json_valid(keuzes)),
        proces TEXT CHECK (proces IS NULL OR json_valid(proces)),
        revisie INTEGER NOT NULL DEFAULT 1 CHECK (revisie >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participatiecodes_updated_at ON participatiecodes (updated_at DESC);
      CREATE TABLE traject_codes (
        traject_id TEXT PRIMARY KEY NOT NULL REFERENCES trajecten (id) ON DELETE CASCADE,
        code_id TEXT NOT NULL REFERENCES participatiecodes (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX traject_codes_code ON traject_codes (code_id);
    `);
  },
};
