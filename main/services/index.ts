import { join } from 'node:path';
import { openDatabase, type Db, type OpenedDatabase } from '../db/open';
import { AntwoordenRepository } from '../db/repositories/antwoorden';
import { TrajectenRepository } from '../db/repositories/trajecten';

/** Everything handlers need, built from one open database. Plain Node: no Electron here. */
export interface Services {
  db: Db;
  appVersion: string;
  schemaVersion: number;
  trajecten: TrajectenRepository;
  antwoorden: AntwoordenRepository;
  close(): void;
}

export const databaseFileName = 'samenspel.sqlite';

export function createServices(opened: OpenedDatabase, appVersion: string): Services {
  const { db } = opened;
  return {
    db,
    appVersion,
    schemaVersion: opened.schemaVersion,
    trajecten: new TrajectenRepository(db),
    antwoorden: new AntwoordenRepository(db),
    close: () => db.close(),
  };
}

/** Opens the database in a data folder (the user-data folder in Electron, `--data` in the host). */
export function openServices(dataDir: string, appVersion: string): Services {
  return createServices(openDatabase(join(dataDir, databaseFileName)), appVersion);
}
