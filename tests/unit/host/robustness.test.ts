import { connect } from 'node:net';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { apiMessages } from '../../../shared/api/messages';
import type { Dispatch } from '../../../main/api/dispatch';
import { startHost, type RunningHost } from '../../../main/host/server';

function send(port: number, path: string, body = '{}'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const echo: Dispatch = async (method) => ({ ok: true, data: { method } });

describe('HTTP host robustness', () => {
  let host: RunningHost | undefined;
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });

  it('answers a malformed % in the address with 400 and a Dutch message, not 500', async () => {
    host = await startHost({ dispatch: echo, port: 0 });
    for (const path of ['/rpc/%', '/rpc/trajecten.list%E0%A4%A', '/rpc/%ZZ', '/rpc/%C0%80']) {
      const res = await send(host.port, path);
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body), path).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', message: apiMessages.badUrl },
      });
    }
    // Well-formed escapes still reach the dispatcher.
    const valid = await send(host.port, '/rpc/trajecten%2Elist');
    expect(JSON.parse(valid.body)).toEqual({ ok: true, data: { method: 'trajecten.list' } });
  });

  it('closes a connection that stays idle', async () => {
    host = await startHost({ dispatch: echo, port: 0, idleTimeoutMs: 300 });
    const socket = connect(host.port, '127.0.0.1');
    const start = Date.now();
    await new Promise<void>((resolve, reject) => {
      socket.once('close', () => resolve());
      socket.once('error', reject);
      setTimeout(() => reject(new Error('idle socket still open after 5 s')), 5000);
    });
    expect(Date.now() - start).toBeGreaterThanOrEqual(250);
  });

  it('closes a connection that stopped halfway through its headers', async () => {
    host = await startHost({ dispatch: echo, port: 0, idleTimeoutMs: 300 });
    const socket = connect(host.port, '127.0.0.1', () =>
      socket.write('POST /rpc/app.info HTTP/1.1\r\nHost: 127.0.0.1'),
    );
    await new Promise<void>((resolve, reject) => {
      socket.once('close', () => resolve());
      socket.on('data', () => {});
      socket.once('error', () => resolve());
      setTimeout(() => reject(new Error('half-open request still open after 5 s')), 5000);
    });
  });

  it('keeps the connection of a slow call (a PDF render) open until it is answered', async () => {
    const slow: Dispatch = async (method) => {
      await new Promise((r) => setTimeout(r, 900));
      return { ok: true, data: { method } };
    };
    host = await startHost({ dispatch: slow, port: 0, idleTimeoutMs: 200 });
    const res = await send(host.port, '/rpc/export.document');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: { method: 'export.document' } });
  });
});
