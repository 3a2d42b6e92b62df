import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAtomic } from '../../../main/cli/files';
import { runCli } from '../../../main/cli/run';

/**
 * Write errors a test cannot cause for real (a full disk; no access while running as root) are
 * simulated at the file system: the temporary file is half written, then the disk "fails".
 */
const failure: { code?: string; at?: 'open' | 'write' } = {};

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const open: typeof real.open = async (path, ...rest) => {
    const code = failure.code;
    if (code && String(path).endsWith('.tmp')) {
      const error = Object.assign(new Error(`${code}: gesimuleerd`), { code });
      if (failure.at === 'open') throw error;
      const handle = await real.open(path, ...rest);
      return new Proxy(handle, {
        get(target, property, receiver) {
          if (property === 'writeFile')
            return async (data: string | Uint8Array) => {
              await target.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, 10));
              throw error;
            };
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }
    return real.open(path, ...rest);
  };
  return { ...real, open, default: { ...real, open } };
});

afterEach(() => {
  delete failure.code;
  delete failure.at;
});

const example = fileURLToPath(new URL('../../fixtures/sortition/example_small_20/', import.meta.url));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: () => Promise.reject(new Error('niet gebruikt')),
  });
  return { code, stdout, stderr };
}

const loting = (out: string) => [
  'loting',
  '--respondents',
  join(example, 'respondents.csv'),
  '--categories',
  join(example, 'categories.csv'),
  '--panel',
  '20',
  '--seed',
  '7',
  '--out',
  out,
];

describe('a failed write never replaces a good file', () => {
  it.each([
    ['ENOSPC', 'write', 'de schijf is vol'],
    ['EDQUOT', 'write', 'je schijfquotum is op'],
    ['EIO', 'write', 'de schijf gaf een leesfout of schrijffout'],
    ['EACCES', 'open', 'geen schrijfrechten in die map'],
    ['EROFS', 'open', 'de schijf is alleen-lezen'],
  ] as const)('%s: Dutch message, old file intact, no temporary file left', async (code, at, reason) => {
    const d = mkdtempSync(join(tmpdir(), 'cli-write-failure-'));
    const path = join(d, 'plan.md');
    await writeAtomic(path, 'de goede versie');
    Object.assign(failure, { code, at: at });
    await expect(writeAtomic(path, 'een nieuwe, veel langere versie')).rejects.toThrow(
      `Kan ${path} niet schrijven: ${reason}. Er is niets overschreven.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('de goede versie');
    expect(readdirSync(d)).toEqual(['plan.md']);
  });

  it('loting on a full disk: exit 1 with a Dutch message, the previous result untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-loting-full-'));
    expect((await cli(loting(out))).code).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(join(out, n))]));
    failure.code = 'ENOSPC';
    failure.at = 'write';
    const r = await cli(loting(out));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Kan ${join(out, 'panel.csv')} niet schrijven: de schijf is vol. Er is niets overschreven.\n`,
    );
    expect(r.stderr).not.toMatch(/\bat \w|Error:/);
    expect(Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(join(out, n))]))).toEqual(before);
  });
});
