import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { parseProjectFile } from '../../../shared/projectfile/index';
import { checkProcesplaat } from '../../../shared/procesplaat/checks';
import type { ExportIo } from '../../../main/cli/commands/export';
import { DATE, noBrowser } from './helpers';

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
    today: DATE,
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
    [['export', casus, '--format', 'md', '--variant', 'brief', '--out', 'x'], 2, /Onbekende variant "brief"/],
    [['export', casus, '--format', 'samenspel', '--variant', 'paragraaf', '--out', 'x'], 2, /geen variant/],
    [['export', 'geen-casus', '--format', 'md', '--out', 'x'], 1, /bestaat niet/],
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

  it('writes the project file with the generated, laid-out procesplaat (a bundled casus by its id)', async () => {
    const { code, written } = await cli([
      'export',
      'aardgasvrij-de-horst',
      '--format',
      'samenspel',
      '--out',
      'x.samenspel',
    ]);
    expect(code).toBe(0);
    const parsed = parseProjectFile(new TextDecoder().decode(written.get('x.samenspel')));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.traject.title).toBe('Aardgasvrij in De Horst');
    const plate = parsed.value.procesplaat!;
    expect(plate.nodes.some((n) => n.type === 'raadsmoment' && n.data.moment === 'besluit')).toBe(true);
    expect(plate.nodes.filter((n) => n.type !== 'fase').some((n) => n.position.x !== 0 || n.position.y !== 0)).toBe(
      true,
    );
    // A batch user can run the checks on what was written.
    expect(checkProcesplaat(plate).filter((i) => i.severity === 'high')).toEqual([]);
  });

  it('--variant paragraaf writes the one-page participatieparagraaf', async () => {
    const { code, written } = await cli(['export', casus, '--format', 'md', '--variant', 'paragraaf', '--out', 'p.md']);
    expect(code).toBe(0);
    const md = new TextDecoder().decode(written.get('p.md'));
    expect(md).toMatch(/^# Participatieparagraaf: /);
    expect(md).toContain('De raad wordt gevraagd:');
    expect(md).not.toContain('Spelregels');
  });

  it('a traject without participation gets the motivering, whatever variant is asked', async () => {
    const project = JSON.stringify({
      format: 'samenspel-project',
      formatVersion: 2,
      traject: {
        titel: 'Tariefverhoging parkeren',
        gemeente: 'Gemeente Lindeveld',
        vraagstuk: 'De parkeertarieven gaan omhoog.',
      },
      answers: {
        competentBody: 'raad',
        phases: {
          besluitvorming: {
            geenParticipatie: { reden: 'De begroting en belastingen zijn uitgezonderd van participatie.' },
          },
        },
      },
    });
    for (const variant of ['plan', 'paragraaf']) {
      const { code, written } = await cli(
        ['export', 'p.samenspel', '--format', 'md', '--variant', variant, '--out', 'm.md'],
        { 'p.samenspel': project },
      );
      expect(code).toBe(0);
      const md = new TextDecoder().decode(written.get('m.md'));
      expect(md).toMatch(/^# Motivering afzien van participatie: Tariefverhoging parkeren/);
      expect(md).toContain('De begroting en belastingen zijn uitgezonderd van participatie.');
      expect(md).not.toMatch(/participatieverslag|Evaluatie van de participatie/i);
    }
  });
});
