import { ApiError } from '../../../shared/api/errors';
import { GraphPatchInvalid } from '../../db/repositories/procesplaat';
import type { Services } from '../../services';
import type { Handler } from '../types';

function requireTraject(services: Services, trajectId: string): void {
  if (!services.trajecten.get(trajectId)) {
    throw new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');
  }
}

export const getProcesplaat: Handler<'procesplaat.get'> = ({ trajectId }, { services }) => {
  requireTraject(services, trajectId);
  return { trajectId, ...services.procesplaat.get(trajectId) };
};

/** Repository errors as the user reads them (a stale revision is mapped once, in the dispatcher). */
function asApiError(error: unknown): unknown {
  if (error instanceof GraphPatchInvalid) {
    return new ApiError('INVALID_INPUT', 'Deze wijziging past niet bij de opgeslagen procesplaat.', error.issues);
  }
  return error;
}

export const saveProcesplaat: Handler<'procesplaat.save'> = ({ trajectId, plate, expectedRevision }, { services }) => {
  requireTraject(services, trajectId);
  try {
    return { trajectId, revision: services.procesplaat.save(trajectId, plate, expectedRevision) };
  } catch (error) {
    throw asApiError(error);
  }
};

export const patchProcesplaat: Handler<'procesplaat.patch'> = (
  { trajectId, patch, expectedRevision, viewport },
  { services },
) => {
  requireTraject(services, trajectId);
  try {
    return { trajectId, revision: services.procesplaat.patch(trajectId, patch, expectedRevision, viewport) };
  } catch (error) {
    throw asApiError(error);
  }
};

export const saveProcesplaatViewport: Handler<'procesplaat.saveViewport'> = ({ trajectId, viewport }, { services }) => {
  requireTraject(services, trajectId);
  return { trajectId, saved: services.procesplaat.saveViewport(trajectId, viewport) };
};
