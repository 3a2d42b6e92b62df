import type { Migration } from './types';

/**
 * Respondent pools for a gewogen loting and the draws made from them. Respondents are personal
 * data: a pool is one validated JSON document (only the columns the user kept), so deleting it is
 * one row, and its draws go with it (ON DELETE CASCADE).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'loting',
  up(db) {
    db.exec(`
      CREATE TABLE loting_pools (
        id TEXT PRIMARY KEY NOT NULL,
        naam TEXT NOT NULL,
        aantal INTEGER NOT NULL CHECK (aantal >= 0),
        gegevens TEXT NOT NULL CHECK (json_valid(gegevens)),
        instellingen TEXT CHECK (instellingen IS NULL OR json_valid(instellingen)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE loting_trekkingen (
        id TEXT PRIMARY KEY NOT NULL,
        pool_id TEXT NOT NULL REFERENCES loting_pools (id) ON DELETE CASCADE,
        resultaat TEXT NOT NULL CHECK (json_valid(resultaat)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX loting_trekkingen_pool ON loting_trekkingen (pool_id, created_at);
    `);
  },
};
