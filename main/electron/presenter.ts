/**
 * Where the workshop's presenter window goes, and which URLs may open it. Kept free of Electron
 * imports so it is tested in plain Node; window.ts feeds it `screen.getAllDisplays()`.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface PresenterPlacement extends Rect {
  fullscreen: boolean;
}

/** The presenter's hash route: `#/workshop/<uuid>/presenter`, nothing else. */
const PRESENTER_HASH = /^#\/workshop\/[0-9a-f-]{36}\/presenter$/i;

/**
 * True when `url` is the app's own page (same file or dev-server page as `appEntry`) showing a
 * presenter. Any other file:, http(s): or custom URL stays refused, as before.
 */
export function isPresenterUrl(url: string, appEntry: string): boolean {
  let target: URL;
  let entry: URL;
  try {
    target = new URL(url);
    entry = new URL(appEntry);
  } catch {
    return false;
  }
  if (!PRESENTER_HASH.test(target.hash)) return false;
  return (
    target.protocol === entry.protocol &&
    target.host === entry.host &&
    target.pathname === entry.pathname &&
    target.search === ''
  );
}

/**
 * The projector is the display the control window is not on: fullscreen there. With one
 * display the presenter opens as an ordinary window on it, so the trainer can still reach the
 * control window (and make the presenter fullscreen with its own button).
 */
export function presenterPlacement(
  displays: DisplayInfo[],
  controlDisplayId: number | undefined,
  size: { width: number; height: number } = { width: 1280, height: 720 },
): PresenterPlacement {
  const control = displays.find((d) => d.id === controlDisplayId) ?? displays[0];
  const other = displays.find((d) => d !== control);
  if (other) return { ...other.bounds, fullscreen: true };
  const area = control?.workArea ?? { x: 0, y: 0, width: size.width, height: size.height };
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
    fullscreen: false,
  };
}
