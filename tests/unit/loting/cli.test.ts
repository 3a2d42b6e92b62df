import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run';
import { legacyOptionNames, withEnglishOptionNames } from '../../../main/cli/commands/loting';
import { exampleFolder } from './helpers';

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

const map = fileURLToPath(exampleFolder);

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
    expect((await cli(['loting', 'draw', '--categories', 'q.csv'])).stderr).toContain('Onbekende optie --categories.');
    expect((await cli(['loting', 'verify', '--respondents', resp])).stderr).toContain('Onbekende optie --respondents.');
    expect((await cli(['loting', 'trial', '--seed', '1'])).stderr).toContain('Onbekende optie --seed.');
    // --seed and --max-seconds are read the same way by the draw and by reselect.
    const reselection = ['loting', 'reselect', '--respondents', resp, '--result', 'r.json', '--dropouts', 'a'];
    const lot = ['loting', '--respondents', resp, '--categories', join(map, 'categories.csv'), '--panel', '20'];
    for (const base of [lot, reselection]) {
      const seed = await cli([...base, '--seed', '1.5']);
      expect(seed.code).toBe(2);
      expect(seed.stderr).toContain('--seed moet een heel getal van 0 of meer zijn.');
      const time = await cli([...base, '--max-seconds', '0']);
      expect(time.code).toBe(2);
      expect(time.stderr).toContain('--max-seconds moet groter dan 0 zijn.');
    }
    // The output options are shared: draw knows --csv-comma and --pdf as flags without a value.
    expect((await cli(['loting', 'draw', '--csv-comma=ja'])).stderr).toContain('--csv-comma heeft geen waarde.');
  });
});

describe('samenspel cli: the Dutch option and command names of earlier versions', () => {
  it('maps each old option name to its English name, with a value after a space or after =', () => {
    const table = { household: { type: 'string' }, 'csv-comma': { type: 'boolean' }, 'seed-value': { type: 'string' } };
    expect(
      withEnglishOptionNames(['--huishouden', 'adres', '--csv-komma', '--seedwaarde=12', '--id', 'x'], table),
    ).toEqual(['--household', 'adres', '--csv-comma', '--seed-value=12', '--id', 'x']);
    // The value of a string option stays as it is, even when it looks like an old option name.
    expect(withEnglishOptionNames(['--seedwaarde', '--aantal'], table)).toEqual(['--seed-value', '--aantal']);
    expect(Object.keys(legacyOptionNames).sort()).toEqual([
      'aantal',
      'afvallers',
      'csv-komma',
      'huishouden',
      'max-seconden',
      'max-uitval',
      'resultaat',
      'seedbron',
      'seedwaarde',
    ]);
  });

  it('still runs the draw, trek, proef and herselectie with the old names', async () => {
    const out = mkdtempSync(join(tmpdir(), 'loting-cli-old-'));
    const resp = join(map, 'respondents.csv');
    const old = await cli([
      'loting',
      '--respondents',
      resp,
      '--categories',
      join(map, 'categories.csv'),
      '--panel',
      '20',
      '--seed',
      '3',
      '--max-uitval',
      '2',
      '--max-seconden',
      '60',
      '--csv-komma',
      '--out',
      out,
    ]);
    expect(old.stderr).toBe('');
    expect(old.code).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'resultaat.json'), 'utf8')) as {
      maxDropouts: number;
      panel: number[];
    };
    expect(result.maxDropouts).toBe(2);
    expect(readFileSync(join(out, 'panel.csv'), 'utf8').split('\r\n')[0]).toContain(',');
    const trial = await cli(['loting', 'proef', '--distribution', join(out, 'verdeling.json'), '--aantal', '2']);
    expect(trial.code).toBe(0);
    expect(trial.stdout).toContain('PROEFTREKKING');
    const out2 = mkdtempSync(join(tmpdir(), 'loting-cli-old-'));
    const again = await cli([
      'loting',
      'herselectie',
      '--respondents',
      resp,
      '--resultaat',
      join(out, 'resultaat.json'),
      '--afvallers',
      String(result.panel[0]! + 1),
      '--out',
      out2,
    ]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const draw = await cli(['loting', 'trek', '--respondents', resp, '--resultaat', 'x.json']);
    expect(draw.stderr).toContain('Geef --respondents, --result en --seed-value op.');
  }, 60_000);
});
