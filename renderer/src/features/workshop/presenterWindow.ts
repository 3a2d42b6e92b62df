import { workshopHash } from './route';

/** The name of the presenter's window: opening it again reuses the window that is already open. */
export const PRESENTER_WINDOW = 'samenspel-presentation';

/**
 * Opens the presenter of session `id` in a second window and leaves this window as the control
 * screen. In the desktop app the main process puts it fullscreen on the second display (see
 * main/electron/window.ts); in a browser it is a separate window the trainer drags to the
 * projector. False when the browser blocked the window.
 */
export function openPresenterWindow(id: string): boolean {
  const url = new URL(workshopHash({ name: 'workshop', id, view: 'presenter' }), window.location.href).href;
  const popup = window.open(url, PRESENTER_WINDOW, 'popup,width=1280,height=720');
  if (popup) {
    popup.focus();
    return true;
  }
  // The desktop app answers a second open by bringing the open presenter forward, without a handle.
  return Boolean(window.samenspel);
}
