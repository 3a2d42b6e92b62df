import { BrowserWindow, screen, shell, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { installCloseGuard } from './close';
import { isAppUrl, isExternalLink } from './navigation';
import { isPresenterUrl, presenterPlacement } from './presenter';

const rendererUrl = process.env['ELECTRON_RENDERER_URL'];

/** The page every app window shows: the dev server in development, the bundled file otherwise. */
function appEntryUrl(): string {
  return rendererUrl ?? pathToFileURL(join(import.meta.dirname, '../renderer/index.html')).href;
}

/** Isolated, sandboxed, no Node in the page: the same for the main and the presenter window. */
function securePreferences(): WebPreferences {
  return {
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: true,
  };
}

/** No other origin may load inside a window; http(s) links open in the user's own browser. */
function guardNavigation(
  win: BrowserWindow,
  openPresenter?: (url: string) => Electron.WindowOpenHandlerResponse,
): void {
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (openPresenter && isPresenterUrl(url, appEntryUrl())) return openPresenter(url);
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Samenspel',
    webPreferences: securePreferences(),
  });
  win.once('ready-to-show', () => win.show());
  // Pending edits are saved before the window closes; a failed save warns first.
  installCloseGuard(win);

  // The workshop's presenter: a second window, on the projector when there is one, while this
  // window stays the trainer's control screen. One presenter at a time: opening it again brings
  // the existing one forward on the asked session.
  let presenter: BrowserWindow | undefined;
  guardNavigation(win, (url) => {
    if (presenter && !presenter.isDestroyed()) {
      void presenter.loadURL(url);
      presenter.show();
      presenter.focus();
      return { action: 'deny' };
    }
    const placement = presenterPlacement(screen.getAllDisplays(), screen.getDisplayMatching(win.getBounds()).id);
    return {
      action: 'allow',
      overrideBrowserWindowOptions: {
        ...placement,
        title: 'Samenspel – presentatie',
        autoHideMenuBar: true,
        backgroundColor: '#ffffff',
        webPreferences: securePreferences(),
      },
    };
  });
  win.webContents.on('did-create-window', (child: BrowserWindow) => {
    presenter = child;
    guardNavigation(child);
    child.on('closed', () => {
      if (presenter === child) presenter = undefined;
    });
  });
  // The presenter belongs to this control screen: closing it ends the presentation too.
  win.on('closed', () => {
    if (presenter && !presenter.isDestroyed()) presenter.close();
  });

  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(join(import.meta.dirname, '../renderer/index.html'));
  return win;
}
