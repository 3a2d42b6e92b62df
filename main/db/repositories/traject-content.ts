import type { Spelregel } from '../../../shared/document/spelregels';
import type { TrajectAnswers } from '../../../shared/participatie/answers';
import type { Procesplaat } from '../../../shared/procesplaat/model';
import { NewTraject, type Traject } from '../../../shared/traject/traject';
import type { Db } from '../open';
import type { AnswersRepository } from './answers';
import { parseBeforeSave } from './write-checks';
import type { ProcesplaatRepository } from './procesplaat';
import type { SpelregelsRepository } from './spelregels';
import type { TrajectenRepository } from './trajecten';

/** A whole new traject: its details and what it starts with (a worked example, a project file, a workshop group). */
export interface TrajectContent {
  details: NewTraject;
  answers: TrajectAnswers;
  procesplaat?: Procesplaat | undefined;
  spelregels?: Spelregel[] | undefined;
}

/** The repositories a traject's content lives in (the services have them all). */
export interface TrajectStores {
  db: Db;
  trajecten: TrajectenRepository;
  answers: AnswersRepository;
  procesplaat: ProcesplaatRepository;
  spelregels: SpelregelsRepository;
}

/**
 * The one way to create a traject with content: everything in one transaction, so a failure
 * anywhere leaves nothing behind (never a traject without its answers). The details are checked
 * against the same limits as a traject typed in by hand (INVALID_INPUT naming the field, not INTERNAL).
 */
export function createWithContent(
  stores: TrajectStores,
  content: TrajectContent,
): { traject: Traject; answersRevision: number } {
  const details = parseBeforeSave(NewTraject, content.details);
  return stores.db.transaction(() => {
    const created = stores.trajecten.create(details);
    const answersRevision = stores.answers.save(created.id, content.answers);
    if (content.procesplaat) stores.procesplaat.save(created.id, content.procesplaat);
    if (content.spelregels) stores.spelregels.save(created.id, content.spelregels);
    // Read again: saving the content moved updatedAt.
    return { traject: stores.trajecten.require(created.id), answersRevision };
  })();
}
