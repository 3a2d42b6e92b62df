import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../main/host/server';
import { memoryBackend } from '../../support/services';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send Host and Origin headers a browser would not let us forge. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('HTTP host', () => {
  const { dispatch, services } = memoryBackend();
  let host: RunningHost;

  beforeAll(async () => {
    host = await startHost({ dispatch, port: 0, maxBodyBytes: 64 * 1024 });
  });
  afterAll(async () => {
    await host.close();
    services.close();
  });

  const json = (body: unknown) => ({
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(JSON.stringify(body))),
  });

  it('binds to 127.0.0.1 only', () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
  });

  it('answers an RPC call with the dispatcher envelope', async () => {
    const body = { title: 'Participatie jeugd' };
    const res = await send(host.port, {
      path: '/rpc/trajecten.create',
      headers: json(body),
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { title: 'Participatie jeugd' } });
  });

  it('refuses a foreign Host header (DNS rebinding) before touching the data', async () => {
    const body = { title: 'Aanval' };
    const res = await send(host.port, {
      path: '/rpc/trajecten.create',
      headers: { ...json(body), Host: `evil.example:${host.port}` },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('geweigerd') },
    });
    expect(services.trajecten.list().map((t) => t.title)).not.toContain('Aanval');
  });

  it('refuses a call from a page on another origin', async () => {
    const body = { title: 'Van buiten' };
    const res = await send(host.port, {
      path: '/rpc/trajecten.create',
      headers: { ...json(body), Origin: 'http://example.org' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(403);
    expect(services.trajecten.list().map((t) => t.title)).not.toContain('Van buiten');
  });

  it('accepts a call from its own origin', async () => {
    const body = {};
    const res = await send(host.port, {
      path: '/rpc/app.info',
      headers: { ...json(body), Origin: `http://127.0.0.1:${host.port}` },
      body: '{}',
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { transport: 'http' } });
  });

  it('refuses a body over the cap with a clear Dutch message', async () => {
    const huge = JSON.stringify({ title: 'x', vraagstuk: 'a'.repeat(100 * 1024) });
    const res = await send(host.port, { path: '/rpc/trajecten.create', headers: json(JSON.parse(huge)), body: huge });
    expect(res.status).toBe(413);
    const parsed = JSON.parse(res.body);
    expect(parsed.error.code).toBe('TOO_LARGE');
    expect(parsed.error.message).toMatch(/te groot/);
  });

  it('also refuses an oversized chunked body that declares no length', async () => {
    const res = await send(host.port, {
      path: '/rpc/trajecten.create',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: Buffer.alloc(200 * 1024, 0x61),
    });
    expect(res.status).toBe(413);
  });

  it('answers invalid JSON with INVALID_INPUT', async () => {
    const res = await send(host.port, {
      path: '/rpc/trajecten.create',
      headers: { 'Content-Type': 'application/json' },
      body: '{titel:',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe('INVALID_INPUT');
  });

  it('only takes POST for RPC', async () => {
    const res = await send(host.port, { method: 'GET', path: '/rpc/trajecten.list' });
    expect(res.status).toBe(405);
  });
});

describe('HTTP host serving the renderer', () => {
  it('sends the Content-Security-Policy and never serves files outside the renderer folder', async () => {
    const { dispatch, services } = memoryBackend();
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Samenspel</title>');
    const host = await startHost({ dispatch, port: 0, rendererDir: dir });
    try {
      const page = await send(host.port, { method: 'GET', path: '/' });
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['content-security-policy']).not.toMatch(/https?:/);
      const escape = await send(host.port, { method: 'GET', path: '/../../../../etc/passwd' });
      expect(escape.body).not.toContain('root:');
    } finally {
      await host.close();
      services.close();
    }
  });
});
