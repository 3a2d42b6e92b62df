import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';

export const workshopKeys = {
  all: ['workshop'] as const,
  list: ['workshop', 'list'] as const,
  detail: (id: string) => ['workshop', 'sessie', id] as const,
};

export const sessionsQuery = (api: ApiClient) =>
  queryOptions({ queryKey: workshopKeys.list, queryFn: () => api.call('workshop.list', {}) });

/**
 * `volgen` polls: the projector window then shows answers typed in the trainer's window within
 * a few seconds, without any push channel (both windows only talk to the local API).
 */
export const sessionQuery = (api: ApiClient, id: string, volgen = false) =>
  queryOptions({
    queryKey: workshopKeys.detail(id),
    queryFn: () => api.call('workshop.get', { id }),
    ...(volgen ? { refetchInterval: 2_000 } : {}),
  });
