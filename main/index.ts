import { app, BrowserWindow, dialog } from 'electron';
import { createDispatcher } from './api/dispatch';
import { handlers } from './api/handlers';
import { databaseMessages } from '../shared/api/messages';
import { appVersion } from './app-version';
import { openServices, type Services } from './services';
import { electronExportHost } from './electron/export';
import { registerRpc } from './electron/ipc';
import { installDutchMenu } from './electron/menu';
import { registerAppScheme, serveAppProtocol } from './electron/protocol';
import { hardenSession } from './electron/security';
import { createMainWindow } from './electron/window';

// The renderer is served from app://samenspel (protocol.ts); the scheme must be known before ready.
registerAppScheme();
app.setName('Samenspel');
// The UI is Dutch whatever the system language: date fields show dd-mm-jjjj, numbers use a comma.
app.commandLine.appendSwitch('lang', 'nl-NL');

// A second copy would open the same database twice; focus the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let services: Services | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    try {
      services = openServices(app.getPath('userData'), appVersion);
    } catch (error) {
      dialog.showErrorBox(databaseMessages.cannotOpen, (error as Error).message);
      app.exit(1);
      return;
    }
    hardenSession();
    serveAppProtocol();
    installDutchMenu();
    // PDF via Electron's printToPDF and the native save dialog; PNGs of the procesplaat come from the renderer.
    services.exportHost = electronExportHost(() => mainWindow);
    registerRpc(createDispatcher(handlers, services));
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => services?.close());
}
