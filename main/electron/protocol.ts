import { app, protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

import { contentSecurityPolicy } from '../host/security';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, devServerUrl } from './navigation';

/** The renderer build: the only folder `app://samenspel/` serves from. */
export const rendererRoot = join(import.meta.dirname, '../renderer');

/** The dev server, honoured only when the app is not packaged. */
export function rendererDevUrl(): string | undefined {
  return devServerUrl(app.isPackaged);
}

/** The page app windows load: the dev server in an unpackaged dev run, the app origin otherwise. */
export function appEntryUrl(): string {
  return rendererDevUrl() ?? APP_ENTRY_URL;
}

/**
 * Must run before `app` is ready: `app:` becomes a standard, secure scheme, so the page gets a
 * real origin (`app://samenspel`), 'self' in the CSP means exactly that origin, and file: is
 * no longer needed for anything. Deliberately not `corsEnabled`: no other origin may read it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer build on `app://samenspel/`; call once the app is ready. */
export function serveAppProtocol(root: string = rendererRoot): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, root, request.method));
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function refuse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The file under `root` that an `app://samenspel/…` URL names, or undefined when the URL is not
 * ours or tries to leave the folder: another host, `..` (also percent-encoded), a backslash, a
 * NUL, or an absolute or drive path. `/` is index.html. Pure: no file is touched.
 */
export function appFilePath(url: string, root: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\') || path.includes(':')) return undefined;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  if (segments.length === 0) segments.push('index.html');
  const base = resolve(root);
  const file = resolve(base, ...segments);
  return inside(base, file) ? file : undefined;
}

/**
 * Answers one `app:` request: the file from the renderer build with its content type and the
 * app's CSP, 404 for anything else. Symbolic links that lead out of the folder are refused too.
 */
export async function appResponse(url: string, root: string = rendererRoot, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'Method Not Allowed');
  const file = appFilePath(url, root);
  if (!file) return refuse(404, 'Not Found');
  let real: string;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!inside(realRoot, realFile) || !(await stat(realFile)).isFile()) return refuse(404, 'Not Found');
    real = realFile;
  } catch {
    return refuse(404, 'Not Found');
  }
  const body = method === 'HEAD' ? null : await readFile(real);
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': contentTypes[extname(real).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}
