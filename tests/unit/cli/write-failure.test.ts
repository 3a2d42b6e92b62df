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
const storing: { code?: string; bij?: 'open' | 'schrijven' } = {};

vi.mock('node:fs/promises', async (importOriginal) => {
  const echt = await importOriginal<typeof FsPromises>();
  const open: typeof echt.open = async (pad, ...rest) => {
    const code = storing.code;
    if (code && String(pad).endsWith('.tmp')) {
      const fout = Object.assign(new Error(`${code}: gesimuleerd`), { code });
      if (storing.bij === 'open') throw fout;
      const handle = await echt.open(pad, ...rest);
      return new Proxy(handle, {
        get(doel, naam, ontvanger) {
          if (naam === 'writeFile')
            return async (data: string | Uint8Array) => {
              await doel.writeFile(typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, 10));
              throw fout;
            };
          const waarde = Reflect.get(doel, naam, ontvanger) as unknown;
          return typeof waarde === 'function' ? (waarde as (...a: unknown[]) => unknown).bind(doel) : waarde;
        },
      });
    }
    return echt.open(pad, ...rest);
  };
  return { ...echt, open, default: { ...echt, open } };
});

afterEach(() => {
  delete storing.code;
  delete storing.bij;
});

const voorbeeld = fileURLToPath(new URL('../../fixtures/sortition/example_small_20/', import.meta.url));

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
  join(voorbeeld, 'respondents.csv'),
  '--categories',
  join(voorbeeld, 'categories.csv'),
  '--panel',
  '20',
  '--seed',
  '7',
  '--out',
  out,
];

describe('a failed write never replaces a good file', () => {
  it.each([
    ['ENOSPC', 'schrijven', 'de schijf is vol'],
    ['EDQUOT', 'schrijven', 'je schijfquotum is op'],
    ['EIO', 'schrijven', 'de schijf gaf een leesfout of schrijffout'],
    ['EACCES', 'open', 'geen schrijfrechten in die map'],
    ['EROFS', 'open', 'de schijf is alleen-lezen'],
  ] as const)('%s: Dutch message, old file intact, no temporary file left', async (code, bij, reden) => {
    const d = mkdtempSync(join(tmpdir(), 'cli-schrijffout-'));
    const pad = join(d, 'plan.md');
    await writeAtomic(pad, 'de goede versie');
    Object.assign(storing, { code, bij });
    await expect(writeAtomic(pad, 'een nieuwe, veel langere versie')).rejects.toThrow(
      `Kan ${pad} niet schrijven: ${reden}. Er is niets overschreven.`,
    );
    expect(readFileSync(pad, 'utf8')).toBe('de goede versie');
    expect(readdirSync(d)).toEqual(['plan.md']);
  });

  it('loting on a full disk: exit 1 with a Dutch message, the previous result untouched', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-loting-vol-'));
    expect((await cli(loting(out))).code).toBe(0);
    const voor = Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(join(out, n))]));
    storing.code = 'ENOSPC';
    storing.bij = 'schrijven';
    const r = await cli(loting(out));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `Kan ${join(out, 'panel.csv')} niet schrijven: de schijf is vol. Er is niets overschreven.\n`,
    );
    expect(r.stderr).not.toMatch(/\bat \w|Error:/);
    expect(Object.fromEntries(readdirSync(out).map((n) => [n, readFileSync(join(out, n))]))).toEqual(voor);
  });
});
