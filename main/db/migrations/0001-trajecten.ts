import type { Migration } from './types';

export const migration0001: Migration = {
  version: 1,
  name: 'trajecten',
  up(db) {
    db.exec(`
      CREATE TABLE trajecten (
        id TEXT PRIMARY KEY NOT NULL,
        titel TEXT NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
        gemeente TEXT NOT NULL DEFAULT '',
        vraagstuk TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX trajecten_updated_at ON trajecten (updated_at DESC);
    `);
  },
};
