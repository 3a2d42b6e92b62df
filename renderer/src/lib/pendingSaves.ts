/**
 * Everything that saves by itself (the autosave hook, the answers session) signs up here, so the
 * app can save all pending edits at once when the page is hidden, reloaded or closed.
 *
 * - `visibilitychange` (hidden) and `pagehide`: save what is pending right away. The HTTP
 *   transport sends small requests with `keepalive`, so a save started here survives a reload.
 * - `beforeunload` (browser mode): warn only when a save could not complete (an error or a
 *   conflict); a save that is merely on its way needs no warning.
 * - Electron: the main process calls `window.__samenspelFlushAll()` from the window's `close`
 *   event and waits (bounded) for its answer before it closes the window (main/electron/close.ts).
 */
export interface PendingSave {
  /** Saves now if something is unsaved; resolves to false when that did not work. */
  flush(): Promise<boolean>;
  /** Something is not yet saved (waiting for the debounce, on its way, or failed). */
  unsaved(): boolean;
  /** The last save failed; closing now loses the edit. */
  failed(): boolean;
}

const pending = new Set<PendingSave>();

/** Signs up; returns the function that signs off again (on unmount). */
export function registerPendingSave(save: PendingSave): () => void {
  pending.add(save);
  installListeners();
  return () => {
    pending.delete(save);
  };
}

export function hasUnsaved(): boolean {
  for (const save of pending) if (save.unsaved()) return true;
  return false;
}

export function hasFailedSave(): boolean {
  for (const save of pending) if (save.failed()) return true;
  return false;
}

/** Saves everything that is pending; true when all of it is stored. Never rejects. */
export async function flushAll(): Promise<boolean> {
  const results = await Promise.all(
    [...pending].map((save) =>
      save.flush().then(
        (ok) => ok,
        () => false,
      ),
    ),
  );
  return results.every(Boolean);
}

declare global {
  interface Window {
    /** Called by the Electron main process before it closes the window. */
    __samenspelFlushAll?: () => Promise<boolean>;
  }
}

let installed = false;
let leaving = false;

/** The page is being hidden, reloaded or closed: requests now need `keepalive` to arrive. */
export function pageIsLeaving(): boolean {
  return leaving || (typeof document !== 'undefined' && document.visibilityState === 'hidden');
}

function installListeners(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.__samenspelFlushAll = flushAll;
  const now = () => {
    leaving = true;
    void flushAll().finally(() => {
      leaving = false;
    });
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') now();
  });
  window.addEventListener('pagehide', now);
  // Back from the bfcache: the page lives on, so requests no longer need keepalive.
  window.addEventListener('pageshow', () => {
    leaving = false;
  });
  window.addEventListener('beforeunload', (event) => {
    // Whether a save failed is known now; the retry started below cannot be waited for.
    const failed = hasFailedSave();
    // Start saving at once: a reload fires beforeunload before pagehide.
    if (hasUnsaved()) now();
    if (failed) {
      event.preventDefault();
      // Older browsers (and Electron's own dialog) need a returnValue to show the warning.
      event.returnValue = '';
    }
  });
}
