import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { CodeIo } from '../../../main/cli/commands/code';
import { readTextForCli } from '../../../main/cli/files';
import { runCli } from '../../../main/cli/run';
import { serializeCodeFile } from '../../../shared/code/file';
import { exampleCodes } from '../../../shared/code/examples/index';
import { code, DATUM } from './helpers';

const noBrowser = { printPdf: () => Promise.reject(new Error('geen browser in deze test')) };

/** The CLI with the real safe reader, in-memory output and no browser. */
async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const io: CodeIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: readTextForCli,
    writeFile: async (path, data) => void written.set(path, data),
    exportHost: noBrowser,
    today: DATUM,
  };
  const exit = await runCli(argv, io);
  return { exit, stdout, stderr, written };
}

async function bestand(naam: string, inhoud: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'code-cli-'));
  const pad = join(dir, naam);
  await writeFile(pad, inhoud);
  return pad;
}

describe('CLI code', () => {
  it('is listed in the usage text', async () => {
    const { stdout } = await cli(['help']);
    expect(stdout).toMatch(
      /code <code\.samenspel-code\|lindewaard\|bremerveld> --format docx\|md\|pdf --variant verordening\|toelichting\|beleid\|kaart/,
    );
  });

  it('writes the verordening of a code file as Markdown, the same as the golden', async () => {
    const pad = await bestand('bremerveld.samenspel-code', serializeCodeFile(exampleCodes.bremerveld));
    const { exit, written, stdout } = await cli([
      'code',
      pad,
      '--format',
      'md',
      '--variant',
      'verordening',
      '--out',
      'v.md',
    ]);
    expect(exit).toBe(0);
    expect(stdout).toMatch(/Geschreven: v\.md/);
    const golden = await readFile(join(import.meta.dirname, '../../fixtures/code/bremerveld-verordening.md'), 'utf8');
    expect(new TextDecoder().decode(written.get('v.md'))).toBe(golden);
  });

  it('writes the spelregelkaart of a bundled code as Word', async () => {
    const { exit, written } = await cli(['code', 'lindewaard', '--format=docx', '--variant=kaart', '--out=kaart.docx']);
    expect(exit).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(written.get('kaart.docx')!) });
    expect(value).toContain('Zo doe je mee in onze gemeente');
    expect(value).toContain('Spelregelkaart Lindewaard');
  });

  it('writes atomically to disk without an injected writer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'code-out-'));
    const out = join(dir, 'toelichting.md');
    const io = { stdout: () => {}, stderr: () => {}, readFile: readTextForCli, today: DATUM };
    expect(await runCli(['code', 'bremerveld', '--format', 'md', '--variant', 'toelichting', '--out', out], io)).toBe(
      0,
    );
    expect(await readFile(out, 'utf8')).toMatch(/^# Toelichting: Participatieverordening Bremerveld 2026/);
    expect(await readdir(dir)).toEqual(['toelichting.md']);
  });

  it('a code with a wrong value: Dutch error naming the field, exit 2, nothing written', async () => {
    const c = code();
    const kapot = JSON.parse(serializeCodeFile(c)) as { uitdaagrecht: { decisionWeeks: number } };
    kapot.uitdaagrecht.decisionWeeks = 99;
    const pad = await bestand('kapot.samenspel-code', JSON.stringify(kapot));
    const { exit, stderr, written } = await cli([
      'code',
      pad,
      '--format',
      'docx',
      '--variant',
      'verordening',
      '--out',
      'x.docx',
    ]);
    expect(exit).toBe(2);
    expect(stderr).toContain('is geen geldige participatiecode');
    expect(stderr).toContain('uitdaagrecht.decisionWeeks: moet hooguit 26 zijn');
    expect(written.size).toBe(0);
  });

  it.each<[string, string[], number, RegExp]>([
    [
      'an unknown variant',
      ['code', 'lindewaard', '--format', 'md', '--variant', 'folder', '--out', 'x'],
      2,
      /Onbekende variant "folder": kies verordening, toelichting, beleid, kaart/,
    ],
    [
      'an unknown format',
      ['code', 'lindewaard', '--format', 'odt', '--variant', 'kaart', '--out', 'x'],
      2,
      /Onbekend formaat "odt"/,
    ],
    ['no --out', ['code', 'lindewaard', '--format', 'md', '--variant', 'kaart'], 2, /--out/],
    ['no code', ['code', '--format', 'md', '--variant', 'kaart', '--out', 'x'], 2, /Geef een participatiecode op/],
    [
      'two codes',
      ['code', 'lindewaard', 'bremerveld', '--format', 'md', '--variant', 'kaart', '--out', 'x'],
      2,
      /Eén participatiecode tegelijk/,
    ],
    ['an unknown option', ['code', 'lindewaard', '--formaat', 'md'], 2, /Onbekende optie --formaat/],
    [
      'a missing file',
      ['code', '/bestaat/niet.samenspel-code', '--format', 'md', '--variant', 'kaart', '--out', 'x'],
      1,
      /bestaat niet/,
    ],
    [
      'pdf without a browser',
      ['code', 'lindewaard', '--format', 'pdf', '--variant', 'kaart', '--out', 'x.pdf'],
      1,
      /pdf-bestand kon niet worden gemaakt/,
    ],
  ])('%s: clear message, right exit code, nothing written', async (_, argv, exit, message) => {
    const r = await cli(argv);
    expect(r.exit).toBe(exit);
    expect(r.stderr).toMatch(message);
    expect(r.written.size).toBe(0);
  });

  it.each<[string, string, RegExp]>([
    ['broken JSON', '{"format": "samenspel-code", "formatVe', /geen geldige JSON/],
    ['a project file', JSON.stringify({ format: 'samenspel-project', formatVersion: 2 }), /maar een projectbestand/],
  ])('%s: exit 2, nothing written', async (_, inhoud, message) => {
    const pad = await bestand('x.samenspel-code', inhoud);
    const r = await cli(['code', pad, '--format', 'md', '--variant', 'kaart', '--out', 'y.md']);
    expect(r.exit).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.written.size).toBe(0);
  });

  it('a file over the size cap is refused before reading: exit 2', async () => {
    const pad = await bestand('groot.samenspel-code', 'x'.repeat(1024 * 1024 + 10));
    const r = await cli(['code', pad, '--format', 'md', '--variant', 'kaart', '--out', 'y.md']);
    expect(r.exit).toBe(2);
    expect(r.stderr).toMatch(/hoogstens/);
    expect(r.written.size).toBe(0);
  });

  it('--out equal to the input is refused', async () => {
    const pad = await bestand('c.samenspel-code', serializeCodeFile(code()));
    const r = await cli(['code', pad, '--format', 'md', '--variant', 'kaart', '--out', pad]);
    expect(r.exit).toBe(2);
    expect(r.stderr).toMatch(/ook het invoerbestand/);
    expect(await readFile(pad, 'utf8')).toBe(serializeCodeFile(code()));
  });
});
