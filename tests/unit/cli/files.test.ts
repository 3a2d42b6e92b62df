import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FileError,
  readInput,
  readTextForCli,
  writeAllAtomic,
  writeAtomic,
  outputIsInput,
  isSameFile,
} from '../../../main/cli/files';
import { parseOptions } from '../../../main/cli/options';

const tempDir = () => mkdtempSync(join(tmpdir(), 'cli-files-'));

/** A named pipe, or undefined where mkfifo is not available (Windows). */
function fifo(dir: string): string | undefined {
  const path = join(dir, 'pijp');
  try {
    execFileSync('mkfifo', [path]);
    return path;
  } catch {
    return undefined;
  }
}

async function rejection(p: Promise<unknown>): Promise<FileError> {
  const e = await p.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(FileError);
  return e as FileError;
}

const isRoot = process.getuid?.() === 0;

describe('readInput: only regular files, size checked before reading', () => {
  it('reads a regular file', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.csv'), 'id\n1\n');
    expect(new TextDecoder().decode(await readInput(join(d, 'a.csv'), { maxBytes: 100 }))).toBe('id\n1\n');
    expect(await readTextForCli(join(d, 'a.csv'))).toBe('id\n1\n');
  });

  it('refuses a FIFO without hanging', async () => {
    const d = tempDir();
    const pipe = fifo(d);
    if (!pipe) return; // no mkfifo on this system
    const e = await rejection(readInput(pipe, { maxBytes: 1000 }));
    expect(e.message).toBe(`Kan ${pipe} niet lezen: dit is een named pipe (FIFO), geen gewoon bestand.`);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses a device such as /dev/zero without reading it', async () => {
    const e = await rejection(readInput('/dev/zero', { maxBytes: 1000 }));
    expect(e.message).toBe('Kan /dev/zero niet lezen: dit is een apparaat, geen gewoon bestand.');
  });

  it('refuses a folder, a missing file and a path under a file in Dutch', async () => {
    const d = tempDir();
    expect((await rejection(readInput(d, { maxBytes: 10 }))).message).toBe(`Kan ${d} niet lezen: dit is een map.`);
    expect((await rejection(readInput(join(d, 'x.csv'), { maxBytes: 10 }))).message).toMatch(
      /het bestand bestaat niet\.$/,
    );
    writeFileSync(join(d, 'f'), 'x');
    expect((await rejection(readInput(join(d, 'f', 'x.csv'), { maxBytes: 10 }))).message).toMatch(
      /een deel van het pad is geen map\.$/,
    );
  });

  it('refuses a file over the cap from its size alone (a 3 GB sparse file is never read)', async () => {
    const d = tempDir();
    const large = join(d, 'groot.csv');
    writeFileSync(large, '');
    truncateSync(large, 3 * 1024 * 1024 * 1024);
    const begin = Date.now();
    const e = await rejection(readInput(large, { maxBytes: 50 * 1024 * 1024, kind: 'een respondentenbestand' }));
    expect(e.message).toBe(
      `Kan ${large} niet lezen: het bestand is 3.072 MB; een respondentenbestand mag hoogstens 50 MB zijn.`,
    );
    expect(Date.now() - begin).toBeLessThan(1000);
    writeFileSync(join(d, 'net.csv'), 'x'.repeat(11));
    await rejection(readInput(join(d, 'net.csv'), { maxBytes: 10 }));
    expect((await readInput(join(d, 'net.csv'), { maxBytes: 11 })).length).toBe(11);
  });
});

describe('writeAtomic: temporary file, then rename', () => {
  it('writes and replaces, leaving no temporary file', async () => {
    const d = tempDir();
    const path = join(d, 'uit.csv');
    await writeAtomic(path, 'een');
    await writeAtomic(path, new TextEncoder().encode('twee'));
    expect(readFileSync(path, 'utf8')).toBe('twee');
    expect(readdirSync(d)).toEqual(['uit.csv']);
  });

  it('a folder that does not exist: Dutch message, nothing written', async () => {
    const d = tempDir();
    const e = await rejection(writeAtomic(join(d, 'nee', 'uit.csv'), 'x'));
    expect(e.message).toBe(
      `Kan ${join(d, 'nee', 'uit.csv')} niet schrijven: de map bestaat niet. Er is niets overschreven.`,
    );
    expect(e.code).toBe('ENOENT');
  });

  it('a path under a file: Dutch message', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'bestand'), 'goed');
    const e = await rejection(writeAtomic(join(d, 'bestand', 'uit.csv'), 'x'));
    expect(e.message).toMatch(/niet schrijven: een deel van het pad is een bestand, geen map\./);
    expect(readFileSync(join(d, 'bestand'), 'utf8')).toBe('goed');
  });

  it('a folder where the file should go: refused before any file of the set is replaced', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.csv'), 'oud');
    mkdirSync(join(d, 'b.csv'));
    const e = await rejection(
      writeAllAtomic([
        [join(d, 'a.csv'), 'nieuw'],
        [join(d, 'b.csv'), 'nieuw'],
      ]),
    );
    expect(e.message).toMatch(/b\.csv niet schrijven: er staat een map met die naam\./);
    expect(readFileSync(join(d, 'a.csv'), 'utf8')).toBe('oud');
    expect(readdirSync(d).sort()).toEqual(['a.csv', 'b.csv']);
  });

  it.skipIf(isRoot || process.platform === 'win32')(
    'a read-only folder: Dutch message, the good file stays',
    async () => {
      const d = tempDir();
      writeFileSync(join(d, 'uit.csv'), 'goed');
      chmodSync(d, 0o555);
      try {
        const e = await rejection(writeAtomic(join(d, 'uit.csv'), 'slecht'));
        expect(e.message).toMatch(/niet schrijven: geen schrijfrechten in die map\./);
        expect(readFileSync(join(d, 'uit.csv'), 'utf8')).toBe('goed');
      } finally {
        chmodSync(d, 0o755);
      }
    },
  );
});

describe('isSameFile / outputIsInput: --out never overwrites an input', () => {
  it('sees through .., symlinks and hard links; a new file is not an input', async () => {
    const d = tempDir();
    mkdirSync(join(d, 'sub'));
    const input = join(d, 'in.csv');
    writeFileSync(input, 'x');
    symlinkSync(input, join(d, 'koppeling.csv'));
    linkSync(input, join(d, 'hard.csv'));
    expect(await isSameFile(join(d, 'sub', '..', 'in.csv'), input)).toBe(true);
    expect(await isSameFile(join(d, 'koppeling.csv'), input)).toBe(true);
    expect(await isSameFile(join(d, 'hard.csv'), input)).toBe(true);
    expect(await isSameFile(join(d, 'nieuw.csv'), input)).toBe(false);
    expect(await outputIsInput([join(d, 'nieuw.csv')], [input])).toBeUndefined();
    expect(await outputIsInput([join(d, 'koppeling.csv')], [input])).toBe(
      `${join(d, 'koppeling.csv')} is ook het invoerbestand ${input}. Kies met --out een andere plek, anders wordt je invoer overschreven.`,
    );
  });
});

describe('parseOptions: node:util parseArgs with Dutch errors', () => {
  const options = { out: { type: 'string' }, komma: { type: 'boolean' } } as const;
  it.each([
    [['--onbekend'], 'Onbekende optie --onbekend.'],
    [['--out'], '--out heeft een waarde nodig.'],
    [['--out', '--komma'], '--out heeft een waarde nodig (begint de waarde met een streepje, schrijf dan --out=-…).'],
    [['--komma=ja'], '--komma heeft geen waarde.'],
    [['los'], 'Onverwacht argument los.'],
  ])('%j', (args, message) => {
    expect(parseOptions(args, options)).toEqual({ error: message });
  });
  it('reads values, = forms and positionals when allowed', () => {
    expect(parseOptions(['--out=a', '--komma', 'b'], options, true)).toEqual({
      values: { out: 'a', komma: true },
      positionals: ['b'],
    });
  });
});
