import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli, exampleCategories, exampleRespondents } from './loting-helpers';
import { checkXlsx, xlsxLimits } from '../../../main/cli/xlsx';
import { makeXlsx } from './make-xlsx';

const respondents = exampleRespondents;
const categories = exampleCategories;

const map = () => mkdtempSync(join(tmpdir(), 'cli-loting-'));
const loting = (resp: string, out: string, ...extra: string[]) => [
  'loting',
  '--respondents',
  resp,
  '--categories',
  categories,
  '--panel',
  '20',
  '--seed',
  '3',
  '--out',
  out,
  ...extra,
];
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

function fifo(dir: string): string | undefined {
  try {
    execFileSync('mkfifo', [join(dir, 'pijp.csv')]);
    return join(dir, 'pijp.csv');
  } catch {
    return undefined;
  }
}

describe('loting CLI: inputs', () => {
  it('refuses a FIFO, a device and a folder as respondents file, in Dutch, exit 1', async () => {
    const d = map();
    const pipe = fifo(d);
    if (pipe) {
      const r = await cli(loting(pipe, join(d, 'uit')));
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`Kan ${pipe} niet lezen: dit is een named pipe (FIFO), geen gewoon bestand.\n`);
    }
    if (existsSync('/dev/zero')) {
      const r = await cli(loting('/dev/zero', join(d, 'uit')));
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('Kan /dev/zero niet lezen: dit is een apparaat, geen gewoon bestand.\n');
    }
    const r = await cli(loting(d, join(d, 'uit')));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`Kan ${d} niet lezen: dit is een map.\n`);
    expect(existsSync(join(d, 'uit'))).toBe(false);
  });

  it('recommend refuses a FIFO too (the real reader checks every command’s input)', async () => {
    const d = map();
    const pipe = fifo(d);
    if (!pipe) return;
    const r = await cli(['recommend', pipe]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('geen gewoon bestand');
  });

  it('counts CR-only line endings against the 20,000-row limit', async () => {
    const d = map();
    const lines = ['id,gender,leaning', ...Array.from({ length: 20_050 }, (_, i) => `R${i},female,liberal`)];
    for (const [name, end] of [
      ['cr.csv', '\r'],
      ['lf.csv', '\n'],
      ['crlf.csv', '\r\n'],
    ] as const) {
      writeFileSync(join(d, name), lines.join(end));
      const r = await cli(loting(join(d, name), join(d, 'uit')));
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain('Samenspel kan hoogstens 20.000 respondenten loten');
    }
  });

  it('an xlsx bomb is refused before the spreadsheet library inflates it', async () => {
    const d = map();
    // 66 MB of zeros packs into about 65 kB; the archive claims 1 kB.
    const bom = makeXlsx(
      [
        ['gender', 'leaning'],
        ['female', 'liberal'],
      ],
      [{ naam: 'xl/media/nul.bin', data: new Uint8Array(66 * 1024 * 1024), opgegeven: 1024 }],
    );
    expect(bom.length).toBeLessThan(200 * 1024);
    writeFileSync(join(d, 'bom.xlsx'), bom);
    const r = await cli(loting(join(d, 'bom.xlsx'), join(d, 'uit')));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${join(d, 'bom.xlsx')}: Dit Excel-bestand is uitgepakt groter dan 64 MB; dat kan Samenspel niet veilig lezen. Sla het op als CSV of maak eerst een voorselectie.\n`,
    );
    // An archive that claims a large size is refused from the central directory alone.
    const fair = makeXlsx([['a']], [{ naam: 'x.bin', data: new Uint8Array(10), opgegeven: 70 * 1024 * 1024 }]);
    expect(checkXlsx(fair)).toMatchObject({ ok: false, error: expect.stringContaining('uitgepakt groter') });
  }, 20_000);

  it('an xlsx over the file-size cap is refused from its size; a normal one is read', async () => {
    const large = new Uint8Array(xlsxLimits.maxBytes + 1);
    large.set([0x50, 0x4b]);
    expect(checkXlsx(large)).toEqual({
      ok: false,
      error: 'Het Excel-bestand is 20 MB; hoogstens 20 MB kan. Sla het op als CSV of maak eerst een voorselectie.',
    });
    expect(checkXlsx(new Uint8Array([0x50, 0x4b, 3, 4]))).toMatchObject({ ok: false });
    const d = map();
    const rows = readFileSync(respondents, 'utf8')
      .trim()
      .split('\n')
      .map((r) => r.split(','));
    writeFileSync(join(d, 'resp.xlsx'), makeXlsx(rows));
    const r = await cli(loting(join(d, 'resp.xlsx'), join(d, 'uit')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 20_000);
});

describe('loting CLI: outputs', () => {
  it('refuses --out that would overwrite an input (same folder, a symlink, the file itself)', async () => {
    const d = map();
    copyFileSync(respondents, join(d, 'panel.csv'));
    const before = readFileSync(join(d, 'panel.csv'));
    const r = await cli(loting(join(d, 'panel.csv'), d));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${join(d, 'panel.csv')} is ook het invoerbestand ${join(d, 'panel.csv')}. Kies met --out een andere plek, anders wordt je invoer overschreven.\n`,
    );
    expect(readFileSync(join(d, 'panel.csv'))).toEqual(before);
    // The same folder reached through a symlink, or through `..`.
    const link = join(map(), 'koppeling');
    symlinkSync(d, link);
    const viaLink = await cli(loting(join(d, 'panel.csv'), link));
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toContain('is ook het invoerbestand');
    mkdirSync(join(d, 'sub'));
    const viaDetour = await cli(loting(join(d, 'panel.csv'), join(d, 'sub', '..')));
    expect(viaDetour.code).toBe(2);
    expect(viaDetour.stderr).toContain('is ook het invoerbestand');
    const self = await cli(loting(join(d, 'panel.csv'), join(d, 'panel.csv')));
    expect(self.code).toBe(2);
    expect(readFileSync(join(d, 'panel.csv'))).toEqual(before);
  });

  it('an unwritable --out (a path under a file) gives a Dutch message and exit 1, no stack', async () => {
    const d = map();
    writeFileSync(join(d, 'bestand'), 'x');
    const r = await cli(loting(respondents, join(d, 'bestand', 'uit')));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Kan de map ${join(d, 'bestand', 'uit')} niet maken: een deel van het pad is een bestand, geen map.\n`,
    );
    noStack(r.stderr);
  });

  it('a folder in the place of an output file: exit 1, the other files not replaced', async () => {
    const d = map();
    expect((await cli(loting(respondents, d))).code).toBe(0);
    const panel = readFileSync(join(d, 'panel.csv'));
    rmSync(join(d, 'verslag.md'));
    mkdirSync(join(d, 'verslag.md'));
    const r = await cli(loting(respondents, d, '--seed', '4'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `Kan ${join(d, 'verslag.md')} niet schrijven: er staat een map met die naam. Er is niets overschreven.\n`,
    );
    expect(readFileSync(join(d, 'panel.csv'))).toEqual(panel);
    expect(readdirSync(d).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('CSV files open right in Dutch Excel by default; --csv-comma writes commas and decimal points', async () => {
    const d = map();
    expect((await cli(loting(respondents, join(d, 'nl')))).code).toBe(0);
    const nl = readFileSync(join(d, 'nl', 'selectiekansen.csv'), 'utf8');
    expect(nl.startsWith('\uFEFFrij;kans_leximin;kans_gretig;in_panel\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(nl.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows).toHaveLength(201);
    expect(rows[1]![1]).toMatch(/^0,\d{6}$/);

    const r = await cli(loting(respondents, join(d, 'int'), '--csv-comma'));
    expect(r.code).toBe(0);
    const int = readFileSync(join(d, 'int', 'selectiekansen.csv'), 'utf8');
    expect(int.startsWith('\uFEFFrij,kans_leximin,kans_gretig,in_panel\r\n')).toBe(true);
    expect(Papa.parse<string[]>(int.slice(1).trim(), { delimiter: ',' }).data[1]![1]).toMatch(/^0\.\d{6}$/);
  });

  it('command-line errors come from parseArgs, in Dutch', async () => {
    expect((await cli(['loting', '--panel'])).stderr).toContain('--panel heeft een waarde nodig.');
    expect((await cli(['loting', '--onzin', 'x'])).stderr).toContain('Onbekende optie --onzin.');
    expect((await cli(['loting', 'los.csv'])).stderr).toContain('Onverwacht argument los.csv.');
    expect((await cli(['loting', '--csv-comma=ja'])).code).toBe(2);
  });
});
