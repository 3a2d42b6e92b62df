import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HostProcess {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

export function tempDataDir(prefix = 'samenspel-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Starts the real browser-mode host (`main/host/cli.ts`) as a child process on a free port. */
export function startHostProcess(dataDir = tempDataDir()): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/host/cli.ts', '--port', '0', '--data', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host startte niet:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /draait op (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise({
          url: match[1],
          dataDir,
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host stopte met code ${code}:\n${output}`));
    });
  });
}

/** One API call to a running host over HTTP, as the browser mode makes it; throws on `{ok:false}`. */
export async function hostRpc<T>(host: HostProcess, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.url}rpc/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.data;
}
