import type { WebContents, WindowOpenHandlerResponse } from 'electron';

import { openExternalConfirmed } from './external';
import { isAppUrl } from './navigation';
import { rendererDevUrl } from './protocol';

/**
 * Lets one kind of window through the deny-by-default open handler (the workshop's presenter):
 * answers a response for the URLs it recognises and undefined for everything else.
 */
export type WindowOpenAllow = (url: string) => WindowOpenHandlerResponse | undefined;

/** Whether a URL may load inside an app window: exactly the app origin (or the dev server in a dev run). */
export function isTrustedPage(url: string): boolean {
  return isAppUrl(url, rendererDevUrl());
}

type NavigationEvent = { preventDefault(): void; url?: string };

/**
 * No page of another origin loads inside an app window or frame: navigations, frame navigations
 * and server redirects away from the app are stopped (https, file:, a UNC share, javascript:, …).
 * New windows are denied unless `allow` recognises the URL; an https: or mailto: link goes to the
 * user's own program after a confirmation (external.ts).
 */
export function guardContents(contents: WebContents, allow?: WindowOpenAllow): void {
  const stopForeign = (event: NavigationEvent, url?: unknown) => {
    const target = typeof event.url === 'string' ? event.url : typeof url === 'string' ? url : '';
    if (!isTrustedPage(target)) event.preventDefault();
  };
  contents.on('will-navigate', stopForeign);
  contents.on('will-frame-navigate', stopForeign);
  contents.on('will-redirect', stopForeign);
  contents.setWindowOpenHandler(({ url }) => {
    const allowed = allow?.(url);
    if (allowed) return allowed;
    void openExternalConfirmed(url, contents);
    return { action: 'deny' };
  });
}
