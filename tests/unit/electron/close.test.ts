import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Closing the window: the same kind of recording fake as shell.test.ts (the Electron binary
 * cannot run here). What matters is the order: hold the close, ask the page to save, wait
 * (bounded), then close, or warn when the save did not complete.
 */
const fake = vi.hoisted(() => ({
  /** What the page answers to the flush script: a value, a rejection, or never. */
  page: { answer: 'ok' as 'ok' | 'failed' | 'crashed' | 'hangs' },
  scripts: [] as string[],
  dialogs: [] as Array<Record<string, unknown>>,
  /** The button the user picks in the warning: 0 = back, 1 = close anyway. */
  choice: 0,
  destroyed: 0,
}));

vi.mock('electron', () => ({
  dialog: {
    showMessageBox: (_win: unknown, options: Record<string, unknown>) => {
      fake.dialogs.push(options);
      return Promise.resolve({ response: fake.choice });
    },
    showMessageBoxSync: (_win: unknown, options: Record<string, unknown>) => {
      fake.dialogs.push(options);
      return fake.choice;
    },
  },
}));

function fakeWindow() {
  const listeners: Record<string, (event: { preventDefault(): void }) => void> = {};
  const contentsListeners: Record<string, (event: { preventDefault(): void }) => void> = {};
  const win = {
    on: (event: string, listener: (event: { preventDefault(): void }) => void) => (listeners[event] = listener),
    destroy: () => void fake.destroyed++,
    webContents: {
      on: (event: string, listener: (event: { preventDefault(): void }) => void) =>
        (contentsListeners[event] = listener),
      executeJavaScript: (script: string) => {
        fake.scripts.push(script);
        switch (fake.page.answer) {
          case 'ok':
            return Promise.resolve(true);
          case 'failed':
            return Promise.resolve(false);
          case 'crashed':
            return Promise.reject(new Error('Render frame was disposed'));
          case 'hangs':
            return new Promise(() => undefined);
        }
      },
    },
  };
  /** Fires `close` like Electron does; true when the close went through at once (not prevented). */
  const close = () => {
    let prevented = false;
    listeners['close']!({ preventDefault: () => (prevented = true) });
    return !prevented;
  };
  const preventUnload = () => {
    let ignored = false;
    contentsListeners['will-prevent-unload']!({ preventDefault: () => (ignored = true) });
    return ignored;
  };
  return { win, close, preventUnload };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake.page.answer = 'ok';
  fake.scripts.length = 0;
  fake.dialogs.length = 0;
  fake.choice = 0;
  fake.destroyed = 0;
});

describe('closing the window', () => {
  it('holds the close, lets the page save its pending edits, then closes without asking', async () => {
    const { installCloseGuard } = await import('../../../main/electron/close');
    const { win, close } = fakeWindow();
    installCloseGuard(win as never);
    expect(close()).toBe(false);
    expect(fake.scripts).toHaveLength(1);
    expect(fake.scripts[0]).toContain('__samenspelFlushAll');
    await settle();
    expect(fake.destroyed).toBe(1);
    expect(fake.dialogs).toEqual([]);
  });

  it('asks once, however often close is clicked while the page is saving', async () => {
    const { installCloseGuard } = await import('../../../main/electron/close');
    const { win, close } = fakeWindow();
    installCloseGuard(win as never);
    close();
    close();
    await settle();
    expect(fake.scripts).toHaveLength(1);
    expect(fake.destroyed).toBe(1);
  });

  it('warns in Dutch when a save failed, and stays open when the user goes back', async () => {
    const { installCloseGuard } = await import('../../../main/electron/close');
    const { win, close } = fakeWindow();
    installCloseGuard(win as never);
    fake.page.answer = 'failed';
    close();
    await settle();
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.dialogs[0]).toMatchObject({
      message: 'Niet alles is opgeslagen',
      buttons: ['Terug naar Samenspel', 'Toch sluiten'],
      defaultId: 0,
      cancelId: 0,
    });
    expect(fake.destroyed).toBe(0);

    // A second try: the user chooses to close anyway.
    fake.choice = 1;
    close();
    await settle();
    expect(fake.destroyed).toBe(1);
  });

  it('waits a bounded time for a page that does not answer, then warns', async () => {
    vi.useFakeTimers();
    try {
      const { installCloseGuard } = await import('../../../main/electron/close');
      const { win, close } = fakeWindow();
      installCloseGuard(win as never, 3000);
      fake.page.answer = 'hangs';
      fake.choice = 1;
      close();
      await vi.advanceTimersByTimeAsync(2999);
      expect(fake.dialogs).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.dialogs).toHaveLength(1);
      expect(fake.destroyed).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes a page that crashed: there is nothing left to save', async () => {
    const { installCloseGuard } = await import('../../../main/electron/close');
    const { win, close } = fakeWindow();
    installCloseGuard(win as never);
    fake.page.answer = 'crashed';
    close();
    await settle();
    expect(fake.dialogs).toEqual([]);
    expect(fake.destroyed).toBe(1);
  });

  it("asks before a reload that the page's beforeunload holds back", async () => {
    const { installCloseGuard } = await import('../../../main/electron/close');
    const { win, preventUnload } = fakeWindow();
    installCloseGuard(win as never);
    expect(preventUnload()).toBe(false);
    fake.choice = 1;
    expect(preventUnload()).toBe(true);
    expect(fake.dialogs).toHaveLength(2);
  });
});
