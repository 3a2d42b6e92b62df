/**
 * Which URLs belong to the app itself. Kept free of Electron imports so it is tested in plain Node.
 *
 * The bundled renderer is served from one origin of our own, `app://samenspel` (see protocol.ts);
 * that origin and, in an unpackaged development run only, the dev server are the app. A `file:`
 * URL is never the app: any local file or network share (`file://server/share/…`) would count.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'samenspel';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every app window shows in a built app. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True for a URL on exactly the app origin (no other host, port or credentials). */
export function isAppOrigin(url: string): boolean {
  const parsed = parse(url);
  // Node and Chromium give custom schemes the origin "null", so compare the parts.
  return (
    parsed !== undefined &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The dev server from `ELECTRON_RENDERER_URL`, only when the app is not packaged and only an
 * http(s) address on this computer. A packaged build ignores the variable entirely.
 */
export function devServerUrl(
  isPackaged: boolean,
  value: string | undefined = process.env['ELECTRON_RENDERER_URL'],
): string | undefined {
  if (isPackaged || !value) return undefined;
  const parsed = parse(value);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return undefined;
  return value;
}

/** The app's own pages: the app origin, or the dev server's origin when one is given. */
export function isAppUrl(url: string, devServer?: string): boolean {
  if (isAppOrigin(url)) return true;
  if (devServer === undefined) return false;
  const parsed = parse(url);
  const dev = parse(devServer);
  if (!parsed || !dev) return false;
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.origin === dev.origin;
}

/**
 * Links the user may open outside the app (after confirming): https with a host, and mailto.
 * Never file:, a network share, javascript:, http: or another program's scheme.
 */
export function isExternalLink(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
