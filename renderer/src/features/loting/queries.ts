import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';

export const lotingKeys = {
  pools: ['loting', 'pools'] as const,
  pool: (id: string) => ['loting', 'pools', id] as const,
};

export const poolsQuery = (api: ApiClient) =>
  queryOptions({ queryKey: lotingKeys.pools, queryFn: () => api.call('loting.pools.list', {}) });

export const poolQuery = (api: ApiClient, id: string) =>
  queryOptions({ queryKey: lotingKeys.pool(id), queryFn: () => api.call('loting.pools.get', { id }) });
