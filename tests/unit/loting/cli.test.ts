import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { voorbeeldMap } from './helpers';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFile(p, 'utf8'),
  });
  return { code, stdout, stderr };
}

const map = fileURLToPath(voorbeeldMap);

describe('samenspel cli: loting', () => {
  it('prints minimum, Gini and time and writes panel, reserves, probabilities and report', async () => {
    const out = mkdtempSync(join(tmpdir(), 'loting-cli-'));
    const r = await cli([
      'loting',
      '--respondents',
      join(map, 'respondents.csv'),
      '--categories',
      join(map, 'categories.csv'),
      '--panel',
      '20',
      '--seed',
      '42',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Laagste selectiekans: 10,00% (bewezen optimaal)');
    expect(r.stdout).toMatch(/Gini-coëfficiënt: 0,000/);
    expect(r.stdout).toMatch(/Rekentijd: \d+,\d s/);
    expect(r.stdout).toContain('Startgetal (seed): 42');
    expect(readdirSync(out).sort()).toEqual([
      'panel.csv',
      'reservelijst.csv',
      'resultaat.json',
      'selectiekansen.csv',
      'verdeling.json',
      'verslag.docx',
      'verslag.md',
    ]);
    expect(readFileSync(join(out, 'panel.csv'), 'utf8').trim().split('\r\n')).toHaveLength(21);
    expect(readFileSync(join(out, 'selectiekansen.csv'), 'utf8').trim().split('\r\n')).toHaveLength(201);
  });

  it('explains a wrong command line and an unreadable file', async () => {
    expect((await cli(['loting', '--panel', '20'])).stderr).toContain(
      'Geef --respondents, --categories en --panel op.',
    );
    const r = await cli([
      'loting',
      '--respondents',
      '/bestaat/niet.csv',
      '--categories',
      join(map, 'categories.csv'),
      '--panel',
      '20',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('het bestand bestaat niet');
  });

  it('checks each command against its own option table, with the same messages for shared options', async () => {
    const resp = join(map, 'respondents.csv');
    // An option of another command is unknown here.
    expect((await cli(['loting', 'trek', '--categories', 'q.csv'])).stderr).toContain('Onbekende optie --categories.');
    expect((await cli(['loting', 'verify', '--respondents', resp])).stderr).toContain('Onbekende optie --respondents.');
    expect((await cli(['loting', 'proef', '--seed', '1'])).stderr).toContain('Onbekende optie --seed.');
    // --seed and --max-seconden are read the same way by the draw and by herselectie.
    const herselectie = ['loting', 'herselectie', '--respondents', resp, '--resultaat', 'r.json', '--afvallers', 'a'];
    const lot = ['loting', '--respondents', resp, '--categories', join(map, 'categories.csv'), '--panel', '20'];
    for (const basis of [lot, herselectie]) {
      const seed = await cli([...basis, '--seed', '1.5']);
      expect(seed.code).toBe(2);
      expect(seed.stderr).toContain('--seed moet een heel getal van 0 of meer zijn.');
      const tijd = await cli([...basis, '--max-seconden', '0']);
      expect(tijd.code).toBe(2);
      expect(tijd.stderr).toContain('--max-seconden moet groter dan 0 zijn.');
    }
    // The output options are shared: trek knows --csv-komma and --pdf as flags without a value.
    expect((await cli(['loting', 'trek', '--csv-komma=ja'])).stderr).toContain('--csv-komma heeft geen waarde.');
  });
});
