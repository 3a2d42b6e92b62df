import { app, session } from 'electron';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '../host/security';

/** Applies the CSP to every response and refuses permissions (camera, location, …) the app never needs. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  const policy =
    !app.isPackaged && process.env['ELECTRON_RENDERER_URL'] ? developmentContentSecurityPolicy : contentSecurityPolicy;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
