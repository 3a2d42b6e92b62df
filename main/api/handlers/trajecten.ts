import type { DomainHandlers } from '../types';

/** A missing traject throws NotFound from the repository: NOT_FOUND, mapped once in the dispatcher. */
export const trajectenHandlers: DomainHandlers<'trajecten'> = {
  'trajecten.list': (_input, { services }) => services.trajecten.list(),
  'trajecten.get': ({ id }, { services }) => services.trajecten.require(id),
  'trajecten.create': (input, { services }) => services.trajecten.create(input),
  // A stale revision throws RevisionConflict: CONFLICT, mapped once in the dispatcher.
  'trajecten.update': (input, { services }) => services.trajecten.update(input),
  'trajecten.delete': ({ id }, { services }) => {
    services.trajecten.delete(id);
    return { id };
  },
};
