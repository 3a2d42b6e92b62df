import type { DomainHandlers } from '../types';

export const antwoordenHandlers: DomainHandlers<'antwoorden'> = {
  'antwoorden.get': ({ trajectId }, { services }) => {
    services.trajecten.require(trajectId);
    return { trajectId, ...services.antwoorden.get(trajectId) };
  },
  'antwoorden.save': ({ trajectId, answers, expectedRevision }, { services }) => {
    services.trajecten.require(trajectId);
    // A stale revision throws RevisionConflict: CONFLICT, mapped once in the dispatcher.
    const revision = services.antwoorden.save(trajectId, answers, expectedRevision);
    return { trajectId, answers, revision, repaired: false, notes: [] };
  },
};
