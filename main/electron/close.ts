import { dialog, type BrowserWindow } from 'electron';
import { dialogTexts } from '../../shared/api/messages';

/** How long closing waits for the renderer to save; a hung page must not keep the window open. */
export const FLUSH_TIMEOUT_MS = 3000;

/** What the renderer exposes (renderer/src/lib/pendingSaves.ts): saves all pending edits, true when stored. */
const FLUSH_SCRIPT =
  'typeof window.__samenspelFlushAll === "function" ? window.__samenspelFlushAll() : Promise.resolve(true)';

const warning = {
  type: 'warning' as const,
  title: dialogTexts.unsavedTitle,
  message: dialogTexts.unsavedTitle,
  detail: dialogTexts.unsavedDetail,
  buttons: [dialogTexts.backToApp, dialogTexts.closeAnyway],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
};

/**
 * Asks the page to save everything that is pending and waits at most `timeoutMs`. True when the
 * page confirms all is stored; false when a save failed or the page did not answer in time.
 */
export async function flushRenderer(win: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const saved = win.webContents.executeJavaScript(FLUSH_SCRIPT, true).then(
      (result: unknown) => result !== false,
      // A page that crashed or is gone has nothing left to save.
      () => true,
    );
    return await Promise.race([saved, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Nothing lost on close: the window's `close` is held until the page has saved its pending edits
 * (bounded); if a save cannot complete, the user is warned and may go back. The `close` event
 * comes before the page's beforeunload, so after a successful save the window is destroyed
 * without asking. A reload that the page's beforeunload holds (a failed save) asks the same.
 */
export function installCloseGuard(win: BrowserWindow, timeoutMs = FLUSH_TIMEOUT_MS): void {
  let closing = false;
  let allowed = false;

  win.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void (async () => {
      try {
        const saved = await flushRenderer(win, timeoutMs);
        if (!saved) {
          const { response } = await dialog.showMessageBox(win, warning);
          if (response !== 1) return;
        }
        allowed = true;
        win.destroy();
      } finally {
        closing = false;
      }
    })();
  });

  // The page's beforeunload said no (a save failed): Electron would cancel silently, so ask.
  win.webContents.on('will-prevent-unload', (event) => {
    const response = dialog.showMessageBoxSync(win, warning);
    if (response === 1) event.preventDefault();
  });
}
