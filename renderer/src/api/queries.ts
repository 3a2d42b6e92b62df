import {
  queryOptions,
  type DataTag,
  type QueryClient,
  type QueryKeyWithDataTag,
  type UnusedSkipTokenOptions,
} from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { ApiClient } from './client';

/**
 * The one query layer: a read from the API is cached under `[method, input]`, the contract
 * method's name and the input it was called with. So there are no key factories per feature: two
 * screens that read the same thing share one cache entry, and a write invalidates by method name.
 */
export type ApiKey<M extends MethodName> = readonly [M, MethodInput<M>];

/** Tagged with the method's output, so `setQueryData` and `getQueryData` check the data's type. */
export const apiKey = <M extends MethodName>(method: M, input: MethodInput<M>) =>
  [method, input] as ApiKey<M> as DataTag<ApiKey<M>, MethodOutput<M>, Error>;

/** The query options of one API read, typed from the contract (data is the method's output). */
export type ApiQueryOptions<M extends MethodName> = UnusedSkipTokenOptions<
  MethodOutput<M>,
  Error,
  MethodOutput<M>,
  ApiKey<M>
> &
  QueryKeyWithDataTag<ApiKey<M>, MethodOutput<M>, Error>;

export function apiQuery<M extends MethodName>(api: ApiClient, method: M, input: MethodInput<M>): ApiQueryOptions<M> {
  return queryOptions({ queryKey: [method, input] as ApiKey<M>, queryFn: () => api.call(method, input) });
}

/** Marks every cached read of these methods stale, whatever their input; shown ones refetch. */
export const invalidateMethods = (queryClient: QueryClient, ...methods: MethodName[]) =>
  Promise.all(methods.map((method) => queryClient.invalidateQueries({ queryKey: [method] })));

/** The part of a method's name before the first dot: `codes` for `codes.list`. */
export type ApiDomain = MethodName extends `${infer D}.${string}` ? D : never;

/** Marks every cached read of a domain's methods stale (`codes`: codes.list, codes.get …). */
export const invalidateDomain = (queryClient: QueryClient, domain: ApiDomain) =>
  queryClient.invalidateQueries({
    predicate: (query) => typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith(`${domain}.`),
  });
