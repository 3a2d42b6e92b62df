import { app, session, type Session } from 'electron';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from '../host/security';
import { guardContents } from './guard';
import { rendererDevUrl } from './protocol';

/**
 * Refuses every permission (camera, microphone, location, notifications, clipboard reads, HID,
 * USB, serial, …): the app needs none. Both the request (a prompt) and the check (a silent query)
 * say no, and device pickers find nothing.
 */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/**
 * Applies the CSP to every response, refuses all permissions, and guards every web contents the
 * app ever creates (windows, the PDF renderer, anything else): no navigation away from the app,
 * no new windows unless a window allows its own (window.ts, the presenter), no <webview>.
 */
export function hardenSession(): void {
  const ses = session.defaultSession;
  // The dev policy only in an unpackaged run against the dev server (ELECTRON_RENDERER_URL is ignored when packaged).
  const policy = rendererDevUrl() ? developmentContentSecurityPolicy : contentSecurityPolicy;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
  denyAllPermissions(ses);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    guardContents(contents);
  });
}
