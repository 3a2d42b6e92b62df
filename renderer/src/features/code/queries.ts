import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';

export const codeKeys = {
  all: ['codes'] as const,
  list: ['codes', 'list'] as const,
  detail: (id: string) => ['codes', 'detail', id] as const,
  proces: (id: string) => ['codes', 'proces', id] as const,
  compare: (a: string, b: string) => ['codes', 'compare', a, b] as const,
  checks: (trajectId: string, codeId: string) => ['codes', 'checks', trajectId, codeId] as const,
};

export const codesQuery = (api: ApiClient) =>
  queryOptions({ queryKey: codeKeys.list, queryFn: () => api.call('codes.list', {}) });
