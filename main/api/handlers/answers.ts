import type { DomainHandlers } from '../types';

export const answersHandlers: DomainHandlers<'answers'> = {
  'answers.get': ({ trajectId }, { services }) => {
    services.trajecten.require(trajectId);
    return { trajectId, ...services.answers.get(trajectId) };
  },
  'answers.save': ({ trajectId, answers, expectedRevision }, { services }) => {
    services.trajecten.require(trajectId);
    // A stale revision throws RevisionConflict: CONFLICT, mapped once in the dispatcher.
    const revision = services.answers.save(trajectId, answers, expectedRevision);
    return { trajectId, answers, revision, repaired: false, notes: [] };
  },
};
