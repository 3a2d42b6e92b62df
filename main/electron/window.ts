import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { dialogTexts } from '../../shared/api/messages';

import { installCloseGuard } from './close';
import { guardContents } from './guard';
import { isPresenterUrl, presenterPlacement } from './presenter';
import { appEntryUrl } from './protocol';

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

/**
 * No other origin may load inside a window (guard.ts); new windows are denied except the app's
 * own presenter; https and mailto links open outside after the user confirms.
 */
function guardNavigation(
  win: BrowserWindow,
  openPresenter?: (url: string) => Electron.WindowOpenHandlerResponse,
): void {
  guardContents(win.webContents, (url) =>
    openPresenter && isPresenterUrl(url, appEntryUrl()) ? openPresenter(url) : undefined,
  );
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
        title: dialogTexts.presenterTitle,
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

  // app://samenspel/index.html (protocol.ts); the dev server only in an unpackaged dev run.
  void win.loadURL(appEntryUrl());
  return win;
}
