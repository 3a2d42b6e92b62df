/**
 * Content-Security-Policy for every page Samenspel shows, in Electron and in the browser mode:
 * only the app's own files; no remote scripts, styles, fonts, images or connections.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Only for `npm run dev`: Vite's hot reload needs an inline preamble script and a WebSocket to the
 * dev server on this computer. Never used for built files.
 */
export const developmentContentSecurityPolicy = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

/** Host headers we answer to: the loopback names for our own port, nothing else (DNS rebinding). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}
