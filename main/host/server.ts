import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiResult } from '../../shared/api/errors';
import { apiMessages, hostMessages } from '../../shared/api/messages';
import type { Dispatch } from '../api/dispatch';
import { allowedHosts, contentSecurityPolicy } from './security';

export const maxBodyBytes = 5 * 1024 * 1024;

export interface HostOptions {
  dispatch: Dispatch;
  /** Folder with the built renderer (index.html); without it only /rpc is served. */
  rendererDir?: string;
  port?: number;
  maxBodyBytes?: number;
  /**
   * A connection that sends nothing and waits for no answer for this long is closed (default 30 s).
   * A request that is being worked on (a PDF render) keeps its connection however long it takes.
   */
  idleTimeoutMs?: number;
}

export const defaultIdleTimeoutMs = 30_000;

export interface RunningHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The type for a file name; the extension comes from the URL, so only the table's own entries count. */
function contentTypeOf(file: string): string {
  const ext = extname(file).toLowerCase();
  return (Object.hasOwn(contentTypes, ext) ? contentTypes[ext] : undefined) ?? 'application/octet-stream';
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser mode and the test host: the built renderer plus `POST /rpc/<method>`, bound to
 * 127.0.0.1 only. It is a thin transport; all checks on the data happen in the dispatcher.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const limit = options.maxBodyBytes ?? maxBodyBytes;
  let hosts = new Set<string>();

  // Sockets with a request in flight; only the others are closed when idle.
  const busy = new WeakSet<object>();
  const server = createServer((req, res) => {
    busy.add(req.socket);
    res.once('close', () => busy.delete(req.socket));
    void handle(req, res).catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: apiMessages.internal } });
      else res.destroy();
    });
  });

  const idleMs = options.idleTimeoutMs ?? defaultIdleTimeoutMs;
  server.setTimeout(idleMs);
  server.on('timeout', (socket: Socket) => {
    if (!busy.has(socket)) socket.destroy();
  });
  // Headers that trickle in (or never come) do not hold a connection open either.
  server.headersTimeout = Math.min(server.headersTimeout, Math.max(idleMs, 1000));
  server.requestTimeout = Math.max(server.headersTimeout + 1000, 120_000);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hosts.has(req.headers.host ?? '')) {
      req.resume();
      sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: apiMessages.forbiddenHost } });
      return;
    }
    // A malformed address (a lone `%`, an escape that is not UTF-8) is the caller's mistake: 400, not 500.
    let url: URL;
    let rpcMethod: string | undefined;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/rpc/')) rpcMethod = decodeURIComponent(url.pathname.slice('/rpc/'.length));
    } catch {
      req.resume();
      sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: apiMessages.badUrl } });
      return;
    }
    if (rpcMethod !== undefined) {
      await handleRpc(req, res, rpcMethod);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function handleRpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    // A page on another site may POST here too; only our own origin (or no browser at all) is served.
    const origin = req.headers.origin;
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      req.resume();
      sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: apiMessages.forbiddenHost } });
      return;
    }
    let text: string;
    try {
      text = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        sendJson(res, 413, {
          ok: false,
          error: { code: 'TOO_LARGE', message: apiMessages.tooLarge(Math.round(limit / 1024 / 1024)) },
        });
        req.destroy();
        return;
      }
      throw error;
    }
    let input: unknown = {};
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text);
      } catch {
        sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: apiMessages.badJson } });
        return;
      }
    }
    const result = await options.dispatch(method, input, 'http');
    // Envelope errors are answers, not transport failures: always 200 so clients read one shape.
    sendJson(res, 200, result);
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    if (!options.rendererDir) {
      res.writeHead(404).end();
      return;
    }
    const root = resolve(options.rendererDir);
    const wanted = pathname === '/' ? '/index.html' : pathname;
    const file = normalize(join(root, wanted));
    if (!file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    const target = (await stat(file).catch(() => undefined))?.isFile() ? file : join(root, 'index.html');
    const body = await readFile(target).catch(() => undefined);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(hostMessages.notBuilt);
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentTypeOf(target),
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      hosts = allowedHosts(port);
      resolvePromise({
        server,
        port,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
