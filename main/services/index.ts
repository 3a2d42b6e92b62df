import { join } from 'node:path';
import { openDatabase, type Db, type OpenedDatabase } from '../db/open';
import { AnswersRepository } from '../db/repositories/answers';
import { CodesRepository } from '../db/repositories/codes';
import { ProcesplaatRepository } from '../db/repositories/procesplaat';
import { SpelregelsRepository } from '../db/repositories/spelregels';
import { TrajectenRepository } from '../db/repositories/trajecten';
import { WorkshopRepository } from '../db/repositories/workshop';
import { chromiumExportHost, type ExportHost } from '../export/render';
import { LotingRepository } from '../db/repositories/loting';
import { ComputeJobs } from '../loting/jobs';

/** Everything handlers need, built from one open database. Plain Node: no Electron here. */
export interface Services {
  db: Db;
  appVersion: string;
  schemaVersion: number;
  /** The database could only be opened for reading (read-only file or folder); writes answer STORAGE. */
  readOnly: boolean;
  /** Dutch banner text while `readOnly` is true. */
  readOnlyMessage: string | undefined;
  trajecten: TrajectenRepository;
  answers: AnswersRepository;
  procesplaat: ProcesplaatRepository;
  workshop: WorkshopRepository;
  spelregels: SpelregelsRepository;
  /** Participatiecodes and which code a traject follows. */
  codes: CodesRepository;
  /** Respondent pools and draws of a gewogen loting (personal data: deletable in one call). */
  loting: LotingRepository;
  /** Running loting computations (in memory; a restart forgets them, the stored draws stay). */
  lotingJobs: ComputeJobs;
  /** PDF printing and (desktop only) the save dialog; Chromium by default, Electron's own in the app. */
  exportHost: ExportHost;
  close(): void;
}

export const databaseFileName = 'samenspel.sqlite';

export function createServices(opened: OpenedDatabase, appVersion: string): Services {
  const { db } = opened;
  return {
    db,
    appVersion,
    schemaVersion: opened.schemaVersion,
    readOnly: opened.readOnly,
    readOnlyMessage: opened.readOnlyMessage,
    trajecten: new TrajectenRepository(db),
    answers: new AnswersRepository(db),
    procesplaat: new ProcesplaatRepository(db),
    workshop: new WorkshopRepository(db),
    spelregels: new SpelregelsRepository(db),
    codes: new CodesRepository(db),
    loting: new LotingRepository(db),
    lotingJobs: new ComputeJobs(),
    exportHost: chromiumExportHost,
    close: () => db.close(),
  };
}

/** Opens the database in a data folder (the user-data folder in Electron, `--data` in the host). */
export function openServices(dataDir: string, appVersion: string): Services {
  return createServices(openDatabase(join(dataDir, databaseFileName)), appVersion);
}
