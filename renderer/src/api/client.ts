import { ApiResultEnvelope, type ApiErrorBody, type ApiIssue } from '@shared/api/errors';
import { apiMessages } from '@shared/api/messages';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { pageIsLeaving } from '../lib/pendingSaves';

/** What the preload exposes in Electron; absent in the browser mode. */
interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    samenspel?: PreloadBridge;
  }
}

/** An API failure as the UI sees it: a code to branch on and a Dutch message to show. */
export class ApiClientError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly issues: ApiIssue[];
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiClientError';
    this.code = body.code;
    this.issues = body.issues ?? [];
  }
}

export type Transport = (method: string, input: unknown) => Promise<unknown>;

export function httpTransport(baseUrl = ''): Transport {
  return async (method, input) => {
    const body = JSON.stringify(input ?? {});
    const send = (keepalive: boolean) =>
      fetch(`${baseUrl}/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        keepalive,
      });
    // A save started while the page unloads (a reload, closing the tab) must still arrive: that
    // needs keepalive, which browsers allow only for small bodies (64 kB for all of them together).
    const keepalive = pageIsLeaving() && body.length < 60_000;
    const response = await send(keepalive).catch((error: unknown) => {
      if (keepalive) return send(false);
      throw error;
    });
    return response.json();
  };
}

/** IPC when the preload is there (desktop app), HTTP to our own origin otherwise (browser mode). */
export function defaultTransport(): Transport {
  const bridge = typeof window !== 'undefined' ? window.samenspel : undefined;
  if (bridge) return (method, input) => bridge.invoke(method, input);
  return httpTransport();
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      let raw: unknown;
      try {
        raw = await transport(method, input);
      } catch {
        throw new ApiClientError({ code: 'TRANSPORT', message: apiMessages.transport });
      }
      const envelope = ApiResultEnvelope.safeParse(raw);
      if (!envelope.success) throw new ApiClientError({ code: 'TRANSPORT', message: apiMessages.transport });
      if (!envelope.data.ok) throw new ApiClientError(envelope.data.error);
      return envelope.data.data as MethodOutput<typeof method>;
    },
  };
}
