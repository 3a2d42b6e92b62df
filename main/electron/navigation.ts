/**
 * Which URLs belong to the app itself: the bundled files, or the dev server in development.
 * Kept free of Electron imports so it is tested in plain Node.
 */
export function isAppUrl(
  url: string,
  devServerUrl: string | undefined = process.env['ELECTRON_RENDERER_URL'],
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return true;
  return devServerUrl !== undefined && parsed.origin === new URL(devServerUrl).origin;
}

/** Links the user may open in their own browser: https only, never file:, javascript: or custom schemes. */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
