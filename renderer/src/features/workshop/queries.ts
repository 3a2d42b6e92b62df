import type { ApiClient } from '../../api/client';
import { apiQuery, type ApiQueryOptions } from '../../api/queries';

/**
 * `volgen` polls: the projector window then shows answers typed in the trainer's window within
 * a few seconds, without any push channel (both windows only talk to the local API).
 */
export const sessionQuery = (api: ApiClient, id: string, volgen = false): ApiQueryOptions<'workshop.get'> => ({
  ...apiQuery(api, 'workshop.get', { id }),
  ...(volgen ? { refetchInterval: 2_000 } : {}),
});
