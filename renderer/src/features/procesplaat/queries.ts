import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';

export const procesplaatKeys = {
  detail: (trajectId: string) => ['procesplaat', trajectId] as const,
  antwoorden: (trajectId: string) => ['antwoorden', trajectId] as const,
  codeChecks: (trajectId: string) => ['procesplaat', trajectId, 'codeChecks'] as const,
};

// staleTime Infinity: the editor owns the graph once loaded; a reload is an explicit choice.
export const procesplaatQuery = (api: ApiClient, trajectId: string) =>
  queryOptions({
    queryKey: procesplaatKeys.detail(trajectId),
    queryFn: () => api.call('procesplaat.get', { trajectId }),
    staleTime: Infinity,
    gcTime: 0,
  });

export const antwoordenQuery = (api: ApiClient, trajectId: string) =>
  queryOptions({
    queryKey: procesplaatKeys.antwoorden(trajectId),
    queryFn: () => api.call('answers.get', { trajectId }),
  });

/** The participatiecode's checks on the traject's saved answers and plate (empty without a code). */
export const codeChecksQuery = (api: ApiClient, trajectId: string) =>
  queryOptions({
    queryKey: procesplaatKeys.codeChecks(trajectId),
    queryFn: () => api.call('codes.checkTraject', { trajectId }),
  });
