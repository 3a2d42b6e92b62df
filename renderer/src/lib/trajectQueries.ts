import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';

export const trajectKeys = {
  all: ['trajecten'] as const,
  detail: (id: string) => ['trajecten', id] as const,
};

export const trajectenQuery = (api: ApiClient) =>
  queryOptions({ queryKey: trajectKeys.all, queryFn: () => api.call('trajecten.list', {}) });

export const trajectQuery = (api: ApiClient, id: string) =>
  queryOptions({ queryKey: trajectKeys.detail(id), queryFn: () => api.call('trajecten.get', { id }) });
