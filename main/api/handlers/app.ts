import { databaseMessages } from '../../../shared/api/messages';
import type { DomainHandlers } from '../types';

export const appHandlers: DomainHandlers<'app'> = {
  'app.info': (_input, { services, transport }) => ({
    appVersion: services.appVersion,
    schemaVersion: services.schemaVersion,
    transport,
    // Only when read-only, so a writable app answers exactly as before.
    ...(services.readOnly
      ? {
          readOnly: true as const,
          readOnlyMessage: services.readOnlyMessage ?? databaseMessages.readOnlyShort,
        }
      : {}),
  }),
};
