import { ApiError } from '../../../shared/api/errors';
import { validationMessages } from '../../../shared/procesplaat/texts';
import { GraphPatchInvalid } from '../../db/repositories/procesplaat';
import type { DomainHandlers } from '../types';

/** Repository errors as the user reads them (a stale revision is mapped once, in the dispatcher). */
function asApiError(error: unknown): unknown {
  if (error instanceof GraphPatchInvalid) {
    return new ApiError('INVALID_INPUT', validationMessages.patchDoesNotFit, error.issues);
  }
  return error;
}

export const procesplaatHandlers: DomainHandlers<'procesplaat'> = {
  'procesplaat.get': ({ trajectId }, { services }) => {
    services.trajecten.require(trajectId);
    return { trajectId, ...services.procesplaat.get(trajectId) };
  },
  'procesplaat.save': ({ trajectId, plate, expectedRevision }, { services }) => {
    services.trajecten.require(trajectId);
    try {
      return { trajectId, revision: services.procesplaat.save(trajectId, plate, expectedRevision) };
    } catch (error) {
      throw asApiError(error);
    }
  },
  'procesplaat.patch': ({ trajectId, patch, expectedRevision, viewport }, { services }) => {
    services.trajecten.require(trajectId);
    try {
      return { trajectId, revision: services.procesplaat.patch(trajectId, patch, expectedRevision, viewport) };
    } catch (error) {
      throw asApiError(error);
    }
  },
  'procesplaat.saveViewport': ({ trajectId, viewport }, { services }) => {
    services.trajecten.require(trajectId);
    return { trajectId, saved: services.procesplaat.saveViewport(trajectId, viewport) };
  },
};
