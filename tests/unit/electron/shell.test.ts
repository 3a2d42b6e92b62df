import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron binary cannot run here, so the shell is tested against a recording fake of the
 * few Electron APIs it touches: what matters is which options and handlers it installs.
 */
const fake = vi.hoisted(() => {
  const windows: Array<{
    options: Record<string, unknown>;
    listeners: Record<string, (...a: unknown[]) => void>;
    windowListeners: Record<string, () => void>;
    openHandler?: (d: { url: string }) => unknown;
    loaded?: string;
    focused?: boolean;
    closed?: boolean;
  }> = [];
  type Display = { id: number; bounds: Rect; workArea: Rect };
  type Rect = { x: number; y: number; width: number; height: number };
  return {
    windows,
    displays: [] as Display[],
    exposed: [] as Array<[string, Record<string, unknown>]>,
    ipcHandlers: {} as Record<string, (...a: unknown[]) => unknown>,
    invoked: [] as unknown[][],
    opened: [] as string[],
    /** Confirmation dialogs shown before a link leaves the app, and the button the user picks (1 = open). */
    dialogs: [] as Array<Record<string, unknown>>,
    choice: 1,
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: {
      on: (e: string, f: (...a: unknown[]) => void) => void;
      setWindowOpenHandler: (f: (d: { url: string }) => unknown) => void;
    };
    record: (typeof fake.windows)[number];
    constructor(options: Record<string, unknown>) {
      const record: (typeof fake.windows)[number] = { options, listeners: {}, windowListeners: {} };
      this.record = record;
      fake.windows.push(record);
      this.webContents = {
        on: (event, listener) => (record.listeners[event] = listener),
        setWindowOpenHandler: (handler) => (record.openHandler = handler),
      };
    }
    once() {}
    on(event: string, listener: () => void) {
      this.record.windowListeners[event] = listener;
    }
    getBounds() {
      return { x: 10, y: 10, width: 1366, height: 860 };
    }
    isDestroyed() {
      return Boolean(this.record.closed);
    }
    show() {}
    focus() {
      this.record.focused = true;
    }
    close() {
      this.record.closed = true;
      this.record.windowListeners['closed']?.();
    }
    loadFile(file: string) {
      this.record.loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    app: { isPackaged: false },
    dialog: {
      showMessageBox: (options: Record<string, unknown>) => {
        fake.dialogs.push(options);
        return Promise.resolve({ response: fake.choice });
      },
    },
    screen: {
      getAllDisplays: () => fake.displays,
      // The fake control window sits at (10, 10): on the first display.
      getDisplayMatching: () => fake.displays[0] ?? { id: 0 },
    },
    shell: { openExternal: (url: string) => fake.opened.push(url) },
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => fake.exposed.push([key, api]) },
    ipcRenderer: { invoke: (...args: unknown[]) => (fake.invoked.push(args), Promise.resolve('antwoord')) },
    ipcMain: {
      handle: (channel: string, handler: (...a: unknown[]) => unknown) => (fake.ipcHandlers[channel] = handler),
    },
  };
});

beforeEach(() => {
  fake.windows.length = 0;
  fake.opened.length = 0;
  fake.displays.length = 0;
  fake.dialogs.length = 0;
  fake.choice = 1;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Electron window', () => {
  it('is isolated, sandboxed and without Node in the page', async () => {
    const { createMainWindow } = await import('../../../main/electron/window');
    createMainWindow();
    const prefs = fake.windows[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    // The bundled page comes from the app's own origin (protocol.ts), never from a file: URL.
    expect(fake.windows[0]!.loaded).toBe('app://samenspel/index.html');
  });

  it('refuses navigation to other origins and never opens new windows', async () => {
    const { createMainWindow } = await import('../../../main/electron/window');
    createMainWindow();
    const win = fake.windows[0]!;
    const prevented = (url: string) => {
      let stopped = false;
      win.listeners['will-navigate']!({ preventDefault: () => (stopped = true) }, url);
      return stopped;
    };
    expect(prevented('https://example.org/phish')).toBe(true);
    expect(prevented('http://127.0.0.1:9999/')).toBe(true);
    expect(prevented('file:///app/out/renderer/index.html#/traject')).toBe(true);
    expect(prevented('app://samenspel/index.html#/traject')).toBe(false);

    expect(win.openHandler!({ url: 'https://www.prodemos.nl/' })).toEqual({ action: 'deny' });
    await settle();
    expect(win.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await settle();
    // Only the https link goes to the user's own browser, after the user confirmed it.
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.opened).toEqual(['https://www.prodemos.nl/']);
  });
});

describe('the presenter window', () => {
  const presenterHash = '#/workshop/0b6f3c1e-8a4d-4f5e-9c2b-1d2e3f4a5b6c/presenter';
  const laptop = {
    id: 1,
    bounds: { x: 0, y: 0, width: 1366, height: 768 },
    workArea: { x: 0, y: 0, width: 1366, height: 728 },
  };
  const projector = {
    id: 2,
    bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
    workArea: { x: 1366, y: 0, width: 1920, height: 1080 },
  };

  async function openMainWindow() {
    const electron = await import('electron');
    const { createMainWindow } = await import('../../../main/electron/window');
    createMainWindow();
    const win = fake.windows[0]!;
    const entry = win.loaded!;
    return { electron, win, entry };
  }

  it('opens fullscreen on the second display with the same isolated preferences', async () => {
    fake.displays.push(laptop, projector);
    const { win, entry } = await openMainWindow();
    const response = win.openHandler!({ url: entry + presenterHash }) as {
      action: string;
      overrideBrowserWindowOptions: Record<string, unknown>;
    };
    expect(response.action).toBe('allow');
    expect(response.overrideBrowserWindowOptions).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
    });
    expect(response.overrideBrowserWindowOptions['webPreferences']).toEqual(win.options['webPreferences']);
    expect(fake.opened).toEqual([]);
  });

  it('opens as an ordinary window on a single display, so the control window stays reachable', async () => {
    fake.displays.push(laptop);
    const { win, entry } = await openMainWindow();
    const response = win.openHandler!({ url: entry + presenterHash }) as {
      overrideBrowserWindowOptions: Record<string, unknown>;
    };
    expect(response.overrideBrowserWindowOptions).toMatchObject({
      x: 43,
      y: 4,
      width: 1280,
      height: 720,
      fullscreen: false,
    });
  });

  it('keeps one presenter, guarded like the main window, and closes it with the control window', async () => {
    fake.displays.push(laptop, projector);
    const { electron, win, entry } = await openMainWindow();
    const child = new electron.BrowserWindow({}) as unknown as { record: (typeof fake.windows)[number] };
    win.listeners['did-create-window']!(child);
    const presenter = child.record;

    // The presenter may not navigate away or open windows of its own.
    let stopped = false;
    presenter.listeners['will-navigate']!({ preventDefault: () => (stopped = true) }, 'https://example.org/');
    expect(stopped).toBe(true);
    expect(presenter.openHandler!({ url: entry + presenterHash })).toEqual({ action: 'deny' });

    // Opening again reuses it.
    const otherPresenterHash = presenterHash.replace('0b6f3c1e', '1c7f3c1e');
    expect(win.openHandler!({ url: entry + otherPresenterHash })).toEqual({ action: 'deny' });
    expect(presenter.loaded).toBe(entry + otherPresenterHash);
    expect(presenter.focused).toBe(true);

    win.windowListeners['closed']!();
    expect(presenter.closed).toBe(true);
  });

  it('refuses presenter hashes on any other page', async () => {
    fake.displays.push(laptop, projector);
    const { win } = await openMainWindow();
    expect(win.openHandler!({ url: `file:///etc/passwd${presenterHash}` })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: `javascript:alert(1)${presenterHash}` })).toEqual({ action: 'deny' });
  });
});

describe('presenterPlacement and isPresenterUrl', () => {
  it('picks the display the control window is not on', async () => {
    const { presenterPlacement } = await import('../../../main/electron/presenter');
    const a = {
      id: 7,
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    };
    const b = {
      id: 8,
      bounds: { x: -1280, y: 0, width: 1280, height: 720 },
      workArea: { x: -1280, y: 0, width: 1280, height: 720 },
    };
    expect(presenterPlacement([a, b], 7)).toEqual({ ...b.bounds, fullscreen: true });
    expect(presenterPlacement([a, b], 8)).toEqual({ ...a.bounds, fullscreen: true });
    expect(presenterPlacement([b], 8)).toEqual({ x: -1280, y: 0, width: 1280, height: 720, fullscreen: false });
    expect(presenterPlacement([], undefined)).toMatchObject({ width: 1280, height: 720, fullscreen: false });
  });

  it('accepts only the app page with a presenter hash', async () => {
    const { isPresenterUrl } = await import('../../../main/electron/presenter');
    const hash = '#/workshop/0b6f3c1e-8a4d-4f5e-9c2b-1d2e3f4a5b6c/presenter';
    expect(isPresenterUrl(`file:///app/out/renderer/index.html${hash}`, 'file:///app/out/renderer/index.html')).toBe(
      true,
    );
    expect(isPresenterUrl(`http://localhost:5173/${hash}`, 'http://localhost:5173')).toBe(true);
    expect(isPresenterUrl(`http://localhost:5174/${hash}`, 'http://localhost:5173')).toBe(false);
    expect(isPresenterUrl('file:///app/out/renderer/index.html#/workshop', 'file:///app/out/renderer/index.html')).toBe(
      false,
    );
    expect(
      isPresenterUrl(`file:///app/out/renderer/index.html?x=1${hash}`, 'file:///app/out/renderer/index.html'),
    ).toBe(false);
    expect(isPresenterUrl('geen url', 'file:///app/out/renderer/index.html')).toBe(false);
  });
});

describe('the preload', () => {
  it('exposes exactly one function, invoke(method, input), over the rpc channel', async () => {
    await import('../../../main/preload');
    expect(fake.exposed).toHaveLength(1);
    const [key, api] = fake.exposed[0]!;
    expect(key).toBe('samenspel');
    expect(Object.keys(api)).toEqual(['invoke']);
    await (api['invoke'] as (m: string, i: unknown) => Promise<unknown>)('trajecten.list', {});
    expect(fake.invoked).toEqual([['rpc', 'trajecten.list', {}]]);
  });
});

describe('the IPC transport', () => {
  it('serves the app frame through the dispatcher and refuses other frames', async () => {
    const { registerRpc } = await import('../../../main/electron/ipc');
    const calls: unknown[][] = [];
    registerRpc(async (method, input, transport) => {
      calls.push([method, input, transport]);
      return { ok: true, data: 'gedaan' };
    });
    const handler = fake.ipcHandlers['rpc']!;
    const fromApp = await handler({ senderFrame: { url: 'app://samenspel/index.html#/' } }, 'trajecten.list', {});
    expect(fromApp).toEqual({ ok: true, data: 'gedaan' });
    expect(calls).toEqual([['trajecten.list', {}, 'ipc']]);

    const fromElsewhere = await handler({ senderFrame: { url: 'https://evil.example/' } }, 'trajecten.delete', {
      id: 'x',
    });
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const fromFile = await handler({ senderFrame: { url: 'file:///app/index.html' } }, 'trajecten.list', {});
    expect(fromFile).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const noFrame = await handler({ senderFrame: null }, 'trajecten.list', {});
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(1);
  });
});

describe('isAppUrl', () => {
  it('accepts the app origin and the dev server only', async () => {
    const { isAppUrl } = await import('../../../main/electron/navigation');
    expect(isAppUrl('app://samenspel/index.html', undefined)).toBe(true);
    expect(isAppUrl('file:///x/index.html', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('niet een url', undefined)).toBe(false);
  });
});
