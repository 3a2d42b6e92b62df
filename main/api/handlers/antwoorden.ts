import { ApiError } from '../../../shared/api/errors';
import type { Services } from '../../services';
import type { Handler } from '../types';

function requireTraject(services: Services, trajectId: string): void {
  if (!services.trajecten.get(trajectId)) {
    throw new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');
  }
}

export const getAntwoorden: Handler<'antwoorden.get'> = ({ trajectId }, { services }) => {
  requireTraject(services, trajectId);
  return { trajectId, ...services.antwoorden.get(trajectId) };
};

export const saveAntwoorden: Handler<'antwoorden.save'> = ({ trajectId, answers, expectedRevision }, { services }) => {
  requireTraject(services, trajectId);
  // A stale revision throws RevisionConflict: CONFLICT, mapped once in the dispatcher.
  const revision = services.antwoorden.save(trajectId, answers, expectedRevision);
  return { trajectId, answers, revision, repaired: false, notes: [] };
};
