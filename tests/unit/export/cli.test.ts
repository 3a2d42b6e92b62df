import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import type { ExportIo } from '../../../main/cli/commands/export';
import { DATUM, noBrowser } from './helpers';

const casus = fileURLToPath(
  new URL('../../../shared/participatie/casussen/omgevingsvisie-westerzande.json', import.meta.url),
);

/** The CLI with in-memory output files and no browser; `files` overrides input paths. */
async function cli(argv: string[], files: Record<string, string> = {}, sizes: Record<string, number> = {}) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const io: ExportIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (path) => files[path] ?? readFile(path, 'utf8'),
    fileSize: async (path) =>
      sizes[path] ?? (files[path] !== undefined ? files[path].length : (await readFile(path)).length),
    writeFile: async (path, data) => void written.set(path, data),
    exportHost: noBrowser,
    today: DATUM,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, written };
}

describe('CLI export', () => {
  it('writes a Word document of a casus file, generating the procesplaat', async () => {
    const { code, written, stdout } = await cli(['export', casus, '--format', 'docx', '--out', 'plan.docx']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Geschreven: plan\.docx/);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(written.get('plan.docx')!) });
    expect(value).toContain('Omgevingsvisie');
    expect(value).toContain('Procesplaat');
  });

  it('writes Markdown that starts with the title page', async () => {
    const { code, written } = await cli(['export', casus, '--format=md', '--out=plan.md', '--versie', '0.3 concept']);
    expect(code).toBe(0);
    const md = new TextDecoder().decode(written.get('plan.md'));
    expect(md).toMatch(/^# Participatieplan en spelregels: /);
    expect(md).toContain('**Versie:** 0.3 concept');
  });

  it.each([
    [['export', casus, '--format', 'odt', '--out', 'x'], 2, /Onbekend formaat "odt"/],
    [['export', casus, '--format', 'md'], 2, /--out/],
    [['export', '--format', 'md', '--out', 'x'], 2, /casus- of projectbestand/],
    [['export', 'bestaat-niet.json', '--format', 'md', '--out', 'x'], 1, /bestaat niet/],
    [['export', 'kapot.json', '--format', 'md', '--out', 'x'], 2, /geen geldige JSON/],
    [['export', 'groot.samenspel', '--format', 'md', '--out', 'x'], 2, /hoogstens 10 MB/],
    [['export', casus, '--format', 'pdf', '--out', 'x.pdf'], 1, /pdf-bestand kon niet worden gemaakt/],
  ])('%j exits %i with a clear message and writes nothing', async (argv, exit, message) => {
    const { code, stderr, written } = await cli(
      argv,
      { 'kapot.json': '{"formatVersion": 1, "tit', 'groot.samenspel': '{}' },
      { 'groot.samenspel': 50 * 1024 * 1024 },
    );
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
    expect(written.size).toBe(0);
  });
});
