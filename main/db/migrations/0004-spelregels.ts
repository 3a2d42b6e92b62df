import type { Migration } from './types';

/**
 * Spelregels a user edited before export, per traject. Only edited lists are stored: without a
 * row the spelregels are generated fresh from the answers and the procesplaat, so they follow
 * later changes until someone deliberately rewrites them.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'spelregels',
  up(db) {
    db.exec(`
      CREATE TABLE traject_spelregels (
        traject_id TEXT PRIMARY KEY NOT NULL REFERENCES trajecten (id) ON DELETE CASCADE,
        spelregels TEXT NOT NULL CHECK (json_valid(spelregels) AND json_type(spelregels) = 'array'),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
