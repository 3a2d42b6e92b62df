import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The shell's defence in depth (issue 15, item 8), against a recording fake of the Electron APIs
 * it touches (the Electron binary cannot run here): the app:// protocol, navigation and IPC
 * trusting exactly the app origin, the dev-server variable ignored when packaged, permissions
 * denied, links outside the app only after a confirmation.
 */
type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => ({
  app: { isPackaged: false, listeners: {} as Record<string, (...a: unknown[]) => void> },
  schemes: [] as unknown[],
  protocolHandlers: {} as Record<string, (request: { url: string; method: string }) => Promise<Response>>,
  session: {
    headers: undefined as undefined | ((details: unknown, callback: (r: unknown) => void) => void),
    request: undefined as undefined | ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void),
    check: undefined as undefined | ((...a: unknown[]) => boolean),
    device: undefined as undefined | ((...a: unknown[]) => boolean),
  },
  ipcHandlers: {} as Record<string, (...a: unknown[]) => unknown>,
  dialogs: [] as Array<Record<string, unknown>>,
  /** The button the user picks in the confirmation: 1 = open, 0 = cancel. */
  choice: 1,
  /** Resolves the pending dialog; set while a dialog is open when `hold` is true. */
  hold: false,
  release: undefined as undefined | (() => void),
  opened: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static fromWebContents() {
      return null;
    }
  }
  return {
    BrowserWindow,
    app: {
      get isPackaged() {
        return fake.app.isPackaged;
      },
      on: (event: string, listener: (...a: unknown[]) => void) => (fake.app.listeners[event] = listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) =>
        (fake.protocolHandlers[scheme] = handler),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (f: typeof fake.session.headers) => (fake.session.headers = f) },
        setPermissionRequestHandler: (f: typeof fake.session.request) => (fake.session.request = f),
        setPermissionCheckHandler: (f: typeof fake.session.check) => (fake.session.check = f),
        setDevicePermissionHandler: (f: typeof fake.session.device) => (fake.session.device = f),
      },
    },
    ipcMain: { handle: (channel: string, handler: Listener) => (fake.ipcHandlers[channel] = handler) },
    dialog: {
      showMessageBox: (options: Record<string, unknown>) => {
        fake.dialogs.push(options);
        if (!fake.hold) return Promise.resolve({ response: fake.choice });
        return new Promise((resolve) => (fake.release = () => resolve({ response: fake.choice })));
      },
    },
    shell: { openExternal: (url: string) => (fake.opened.push(url), Promise.resolve()) },
  };
});

/** A web contents that records its listeners and window-open handler. */
function fakeContents() {
  const listeners: Record<string, Listener[]> = {};
  let openHandler: ((d: { url: string }) => unknown) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => (listeners[event] ??= []).push(listener),
    setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (openHandler = handler),
  };
  /** Fires a navigation event the way Electron 41 does; true when some listener prevented it. */
  const fire = (event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string) => {
    let prevented = false;
    const details = { url, isMainFrame: event !== 'will-frame-navigate', preventDefault: () => (prevented = true) };
    for (const listener of listeners[event] ?? []) {
      if (event === 'will-frame-navigate') listener(details);
      else listener(details, url, false, true);
    }
    return prevented;
  };
  return { contents, listeners, fire, open: (url: string) => openHandler!({ url }) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  fake.app.isPackaged = false;
  fake.dialogs.length = 0;
  fake.opened.length = 0;
  fake.choice = 1;
  fake.hold = false;
  fake.release = undefined;
  vi.unstubAllEnvs();
});

describe('the app:// protocol', () => {
  let dir: string;
  let root: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samenspel-protocol-'));
    root = join(dir, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Samenspel</title>');
    await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("samenspel")');
    await writeFile(join(dir, 'geheim.txt'), 'GEHEIM buiten de renderer-map');
    await symlink(join(dir, 'geheim.txt'), join(root, 'assets', 'link.txt'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function serve(url: string, method = 'GET') {
    const { serveAppProtocol } = await import('../../../main/electron/protocol');
    serveAppProtocol(root);
    const response = await fake.protocolHandlers['app']!({ url, method });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  it('is registered as a standard, secure scheme before ready', async () => {
    const { registerAppScheme } = await import('../../../main/electron/protocol');
    registerAppScheme();
    expect(fake.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('serves a file of the renderer build with its type and the CSP', async () => {
    const page = await serve('app://samenspel/index.html');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Samenspel</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    expect((await serve('app://samenspel/')).body).toContain('<title>Samenspel</title>');
    const script = await serve('app://samenspel/assets/index-abc.js?v=1#x');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses path traversal, other hosts and anything outside the build folder', async () => {
    for (const url of [
      'app://x/../../etc/passwd',
      'app://samenspel/../../etc/passwd',
      'app://samenspel/..%2f..%2f..%2fetc%2fpasswd',
      'app://samenspel/%2e%2e/%2e%2e/etc/passwd',
      'app://samenspel/..%5c..%5cgeheim.txt',
      'app://samenspel/..%2fgeheim.txt',
      'app://samenspel/assets/link.txt',
      'app://samenspel/C:/Windows/win.ini',
      'app://samenspel/index.html%00.js',
      'app://samenspel/%E0%A4%A',
      'app://samenspel/assets',
      'app://samenspel/bestaat-niet.js',
      'app://evil.example/index.html',
      'app://samenspel:8080/index.html',
      'app://user@samenspel/index.html',
      'file:///etc/passwd',
    ]) {
      const answer = await serve(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body, url).not.toMatch(/GEHEIM|root:/);
    }
    expect((await serve('app://samenspel/index.html', 'POST')).status).toBe(405);
  });

  it('maps URLs to files only inside the folder', async () => {
    const { appFilePath } = await import('../../../main/electron/protocol');
    expect(appFilePath('app://samenspel/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(appFilePath('app://samenspel/', root)).toBe(join(root, 'index.html'));
    expect(appFilePath('app://samenspel/..%2f..%2fetc%2fpasswd', root)).toBeUndefined();
    expect(appFilePath('app://x/index.html', root)).toBeUndefined();
  });
});

describe('navigation trusts exactly the app origin', () => {
  const foreign = [
    'https://example.org/phish',
    'http://127.0.0.1:9999/',
    'file:///C:/Users/medewerker/Downloads/evil.html',
    'file:///app/out/renderer/index.html#/traject',
    // A UNC path: as a file: URL with a host, and as a raw Windows path.
    'file://fileserver/share/evil.html',
    '\\\\fileserver\\share\\evil.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://evil.example/index.html',
    'app://samenspel.evil.example/index.html',
    'app://samenspel:1/index.html',
    'about:blank',
    'http://localhost:5173/',
  ];

  it('prevents navigations, frame navigations and redirects away from the app', async () => {
    const { guardContents } = await import('../../../main/electron/guard');
    const { contents, fire } = fakeContents();
    guardContents(contents as never);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect'] as const) {
      for (const url of foreign) expect(fire(event, url), `${event} ${url}`).toBe(true);
      expect(fire(event, 'app://samenspel/index.html#/traject/1'), event).toBe(false);
    }
  });

  it('denies new windows by default and lets only an allow-hook through', async () => {
    const { guardContents } = await import('../../../main/electron/guard');
    const plain = fakeContents();
    guardContents(plain.contents as never);
    expect(plain.open('app://samenspel/index.html#/workshop')).toEqual({ action: 'deny' });
    expect(plain.open('file:///etc/passwd')).toEqual({ action: 'deny' });

    const presenter = { action: 'allow' as const };
    const hooked = fakeContents();
    guardContents(hooked.contents as never, (url) => (url.endsWith('/presenter') ? presenter : undefined));
    expect(hooked.open('app://samenspel/index.html#/workshop/x/presenter')).toBe(presenter);
    // A web link is denied as a window and goes to the browser only after the user confirms it.
    fake.choice = 0;
    expect(hooked.open('https://example.org/')).toEqual({ action: 'deny' });
    await settle();
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.opened).toEqual([]);
  });

  it('trusts the dev server only in an unpackaged run', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { guardContents } = await import('../../../main/electron/guard');
    const { appEntryUrl } = await import('../../../main/electron/protocol');

    const dev = fakeContents();
    guardContents(dev.contents as never);
    expect(appEntryUrl()).toBe('http://localhost:5173');
    expect(dev.fire('will-navigate', 'http://localhost:5173/#/traject')).toBe(false);
    expect(dev.fire('will-navigate', 'http://localhost:5174/')).toBe(true);

    fake.app.isPackaged = true;
    const packaged = fakeContents();
    guardContents(packaged.contents as never);
    expect(appEntryUrl()).toBe('app://samenspel/index.html');
    expect(packaged.fire('will-navigate', 'http://localhost:5173/#/traject')).toBe(true);
  });

  it('never takes a dev server that is not on this computer', async () => {
    const { devServerUrl } = await import('../../../main/electron/navigation');
    expect(devServerUrl(false, 'http://localhost:5173')).toBe('http://localhost:5173');
    expect(devServerUrl(false, 'http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl(true, 'http://localhost:5173')).toBeUndefined();
    expect(devServerUrl(false, 'https://evil.example/')).toBeUndefined();
    expect(devServerUrl(false, 'file:///tmp/index.html')).toBeUndefined();
    expect(devServerUrl(false, 'geen url')).toBeUndefined();
    expect(devServerUrl(false, undefined)).toBeUndefined();
  });
});

describe('the IPC sender check', () => {
  async function rpc() {
    const { registerRpc } = await import('../../../main/electron/ipc');
    const calls: string[] = [];
    registerRpc(async (method) => {
      calls.push(method);
      return { ok: true, data: 'gedaan' };
    });
    const handler = fake.ipcHandlers['rpc']!;
    const from = (url: string) => handler({ senderFrame: { url } }, 'trajecten.list', {});
    return { from, calls };
  }

  it('answers the app origin and refuses a frame of any other origin', async () => {
    const { from, calls } = await rpc();
    expect(await from('app://samenspel/index.html#/')).toEqual({ ok: true, data: 'gedaan' });
    for (const url of [
      'file:///C:/Users/medewerker/evil.html',
      'file://fileserver/share/evil.html',
      'https://evil.example/',
      'app://evil.example/index.html',
      'app://samenspel.evil.example/',
      'about:blank',
      '',
    ]) {
      expect(await from(url), url).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual(['trajecten.list']);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const { from } = await rpc();
    expect(await from('http://localhost:5173/')).toMatchObject({ ok: true });
    fake.app.isPackaged = true;
    expect(await from('http://localhost:5173/')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the session', () => {
  it('denies every permission request, check and device', async () => {
    const { hardenSession } = await import('../../../main/electron/security');
    hardenSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      let granted: boolean | undefined;
      fake.session.request!({}, permission, (ok) => (granted = ok));
      expect(granted, permission).toBe(false);
      expect(fake.session.check!({}, permission, 'app://samenspel', {}), permission).toBe(false);
    }
    expect(fake.session.device!({ deviceType: 'usb', origin: 'app://samenspel' })).toBe(false);
  });

  it('sends the strict CSP, and guards every web contents the app creates', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    fake.app.isPackaged = true;
    const { hardenSession } = await import('../../../main/electron/security');
    const { contentSecurityPolicy } = await import('../../../main/host/security');
    hardenSession();
    let headers: Record<string, string[]> = {};
    fake.session.headers!(
      { responseHeaders: {} },
      (r) => (headers = (r as { responseHeaders: typeof headers }).responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);

    const { contents, listeners, fire, open } = fakeContents();
    fake.app.listeners['web-contents-created']!({}, contents);
    let webview = false;
    for (const l of listeners['will-attach-webview']!) l({ preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
    expect(fire('will-frame-navigate', 'https://example.org/')).toBe(true);
    expect(fire('will-redirect', 'file://fileserver/share/x.html')).toBe(true);
    expect(open('app://samenspel/index.html')).toEqual({ action: 'deny' });
  });

  it('has a CSP that allows no remote content', async () => {
    const { contentSecurityPolicy } = await import('../../../main/host/security');
    const directives = new Map(
      contentSecurityPolicy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    for (const values of directives.values()) {
      for (const value of values) expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });
});

describe('links outside the app', () => {
  it('opens https and mailto links only after the user confirms', async () => {
    const { openExternalConfirmed } = await import('../../../main/electron/external');
    expect(await openExternalConfirmed('https://www.prodemos.nl/')).toBe(true);
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.dialogs[0]).toMatchObject({ detail: 'https://www.prodemos.nl/', defaultId: 0, cancelId: 0 });
    expect(await openExternalConfirmed('mailto:participatie@gemeente.nl')).toBe(true);
    expect(fake.opened).toEqual(['https://www.prodemos.nl/', 'mailto:participatie@gemeente.nl']);

    fake.choice = 0;
    expect(await openExternalConfirmed('https://www.prodemos.nl/')).toBe(false);
    expect(fake.dialogs).toHaveLength(3);
    expect(fake.opened).toHaveLength(2);
  });

  it('refuses every other scheme without asking', async () => {
    const { openExternalConfirmed } = await import('../../../main/electron/external');
    for (const url of [
      'http://example.org/',
      'file:///C:/Windows/System32/calc.exe',
      'file://fileserver/share/setup.exe',
      '\\\\fileserver\\share\\setup.exe',
      'smb://fileserver/share',
      'javascript:alert(1)',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'app://samenspel/index.html',
      'https://gebruiker:wachtwoord@example.org/',
      'geen url',
    ]) {
      expect(await openExternalConfirmed(url), url).toBe(false);
    }
    expect(fake.dialogs).toEqual([]);
    expect(fake.opened).toEqual([]);
  });

  it('asks one question at a time', async () => {
    const { openExternalConfirmed } = await import('../../../main/electron/external');
    fake.hold = true;
    const first = openExternalConfirmed('https://example.org/1');
    expect(await openExternalConfirmed('https://example.org/2')).toBe(false);
    await settle();
    fake.release!();
    expect(await first).toBe(true);
    expect(fake.dialogs).toHaveLength(1);
    expect(fake.opened).toEqual(['https://example.org/1']);
  });
});
