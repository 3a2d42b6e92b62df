import type { ApiClient } from '../../api/client';
import { apiQuery, type ApiQueryOptions } from '../../api/queries';

// staleTime Infinity: the editor owns the graph once loaded; a reload is an explicit choice.
export const procesplaatQuery = (api: ApiClient, trajectId: string): ApiQueryOptions<'procesplaat.get'> => ({
  ...apiQuery(api, 'procesplaat.get', { trajectId }),
  staleTime: Infinity,
  gcTime: 0,
});
