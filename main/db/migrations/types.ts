import type { Database } from 'better-sqlite3';

/** A schema step. `version` is the PRAGMA user_version the database has after `up`. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
