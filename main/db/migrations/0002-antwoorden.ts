import type { Migration } from './types';

/**
 * The taskforce's answers per traject, stored as one validated JSON document: the answers are
 * edited and autosaved as a whole, and the revision lets two windows notice each other.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'antwoorden',
  up(db) {
    db.exec(`
      CREATE TABLE traject_antwoorden (
        traject_id TEXT PRIMARY KEY NOT NULL REFERENCES trajecten (id) ON DELETE CASCADE,
        antwoorden TEXT NOT NULL CHECK (json_valid(antwoorden)),
        revisie INTEGER NOT NULL DEFAULT 1 CHECK (revisie >= 1),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
