import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The Electron binary cannot run here, so the shell is tested against a recording fake of the
 * few Electron APIs it touches: what matters is which options and handlers it installs.
 */
const fake = vi.hoisted(() => {
  const windows: Array<{
    options: Record<string, unknown>;
    listeners: Record<string, (...a: unknown[]) => void>;
    openHandler?: (d: { url: string }) => unknown;
    loaded?: string;
  }> = [];
  return {
    windows,
    exposed: [] as Array<[string, Record<string, unknown>]>,
    ipcHandlers: {} as Record<string, (...a: unknown[]) => unknown>,
    invoked: [] as unknown[][],
    opened: [] as string[],
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: {
      on: (e: string, f: (...a: unknown[]) => void) => void;
      setWindowOpenHandler: (f: (d: { url: string }) => unknown) => void;
    };
    constructor(options: Record<string, unknown>) {
      const record: (typeof fake.windows)[number] = { options, listeners: {} };
      fake.windows.push(record);
      this.webContents = {
        on: (event, listener) => (record.listeners[event] = listener),
        setWindowOpenHandler: (handler) => (record.openHandler = handler),
      };
    }
    once() {}
    loadFile(file: string) {
      fake.windows.at(-1)!.loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      fake.windows.at(-1)!.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
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
});

describe('the Electron window', () => {
  it('is isolated, sandboxed and without Node in the page', async () => {
    const { createMainWindow } = await import('../../../main/electron/window');
    createMainWindow();
    const prefs = fake.windows[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(fake.windows[0]!.loaded).toMatch(/renderer[\\/]index\.html$/);
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
    expect(prevented('file:///app/out/renderer/index.html#/traject')).toBe(false);

    expect(win.openHandler!({ url: 'https://www.prodemos.nl/' })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    // Only the https link goes to the user's own browser.
    expect(fake.opened).toEqual(['https://www.prodemos.nl/']);
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
    const fromApp = await handler({ senderFrame: { url: 'file:///app/index.html' } }, 'trajecten.list', {});
    expect(fromApp).toEqual({ ok: true, data: 'gedaan' });
    expect(calls).toEqual([['trajecten.list', {}, 'ipc']]);

    const fromElsewhere = await handler({ senderFrame: { url: 'https://evil.example/' } }, 'trajecten.delete', {
      id: 'x',
    });
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const noFrame = await handler({ senderFrame: null }, 'trajecten.list', {});
    expect(noFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(1);
  });
});

describe('isAppUrl', () => {
  it('accepts the app files and the dev server only', async () => {
    const { isAppUrl } = await import('../../../main/electron/navigation');
    expect(isAppUrl('file:///x/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('niet een url', undefined)).toBe(false);
  });
});
