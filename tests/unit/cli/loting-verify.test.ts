import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exampleCategories, exampleRespondents } from './loting-helpers';

const respondents = exampleRespondents;
const categories = exampleCategories;

const map = () => mkdtempSync(join(tmpdir(), 'cli-loting-verify-'));
const base = (out: string, ...extra: string[]) => [
  'loting',
  '--respondents',
  respondents,
  '--categories',
  categories,
  '--panel',
  '20',
  '--out',
  out,
  '--max-seconds',
  '60',
  ...extra,
];

describe('samenspel cli: verifiable draws, trial draws, reselection, --max-dropouts', () => {
  it('verify accepts the genuine draw and rejects a tampered distribution and a wrong seed', async () => {
    const out = map();
    const r = await cli(base(out, '--seed', '42', '--max-dropouts', '2'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'resultaat.json'), 'utf8')).maxDropouts).toBe(2);
    const distribution = join(out, 'verdeling.json');
    const panel = join(out, 'panel.csv');

    const good = await cli(['loting', 'verify', '--distribution', distribution, '--seed', '42', '--panel', panel]);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^Goedgekeurd\. Het panel klopt: panel \d+ uit de verdeling, startgetal 42/);
    expect(good.stdout).toContain('door de organisator gekozen');

    const error = await cli(['loting', 'verify', '--distribution', distribution, '--seed', '43', '--panel', panel]);
    expect(error.code).toBe(2);
    expect(error.stderr).toMatch(/^Afgekeurd\. Het getal “43” is niet het startgetal in de publicatie \(42\)\./);

    const d = JSON.parse(readFileSync(distribution, 'utf8'));
    d.panels[0].probability += 1e-9;
    const forged = join(out, 'vervalst.json');
    writeFileSync(forged, JSON.stringify(d));
    const r2 = await cli(['loting', 'verify', '--distribution', forged, '--seed', '42']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^Afgekeurd\. De vingerafdruk klopt niet: de verdeling is veranderd na de publicatie\./);

    const empty = await cli(['loting', 'verify', '--seed', '1']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('Geef --distribution en --seed op.');
  });

  it('two steps: --seed-source publishes without drawing, draw draws with the public value, verify confirms', async () => {
    const out = map();
    const step1 = await cli(base(out, '--seed-source', 'Staatsloterij 10 januari 2027, eerste prijs'));
    expect(step1.stderr).toBe('');
    expect(step1.code).toBe(0);
    expect(step1.stdout).toMatch(/Vingerafdruk \(SHA-256\): [0-9a-f]{64}/);
    expect(readdirSync(out).sort()).toEqual(['resultaat.json', 'verdeling.json', 'verslag.docx', 'verslag.md']);
    expect(readFileSync(join(out, 'verdeling.json'), 'utf8')).not.toMatch(/female|conservative/);

    // Drawing into the folder of step 1 would write resultaat.json over its own input: refused,
    // and the published step-1 result stays as it was.
    const before = readFileSync(join(out, 'resultaat.json'), 'utf8');
    const overwrite = await cli([
      'loting',
      'draw',
      '--respondents',
      respondents,
      '--result',
      join(out, 'resultaat.json'),
      '--seed-value',
      '0 4 1 9 2 7',
      '--out',
      out,
    ]);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).not.toBe('');
    expect(readFileSync(join(out, 'resultaat.json'), 'utf8')).toBe(before);

    const out2 = map();
    const step2 = await cli([
      'loting',
      'draw',
      '--respondents',
      respondents,
      '--result',
      join(out, 'resultaat.json'),
      '--seed-value',
      '0 4 1 9 2 7',
      '--out',
      out2,
    ]);
    expect(step2.stderr).toBe('');
    expect(step2.code).toBe(0);
    expect(step2.stdout).toMatch(/^Getrokken met seedwaarde “0 4 1 9 2 7”/);
    const v = await cli([
      'loting',
      'verify',
      '--distribution',
      join(out, 'verdeling.json'),
      '--seed',
      '0 4 1 9 2 7',
      '--panel',
      join(out2, 'panel.csv'),
    ]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('Staatsloterij 10 januari 2027, eerste prijs');
    const wrong = await cli([
      'loting',
      'verify',
      '--distribution',
      join(out, 'verdeling.json'),
      '--seed',
      '0 4 1 9 2 8',
      '--panel',
      join(out2, 'panel.csv'),
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^Afgekeurd\. Het panel klopt niet met een trekking uit deze verdeling/);

    // A second trek on a draw that is done is refused.
    const repeated = await cli([
      'loting',
      'draw',
      '--respondents',
      respondents,
      '--result',
      join(out2, 'resultaat.json'),
      '--seed-value',
      '1',
      '--out',
      map(),
    ]);
    expect(repeated.code).toBe(2);

    const trial = await cli(['loting', 'trial', '--distribution', join(out, 'verdeling.json'), '--count', '3']);
    expect(trial.code).toBe(0);
    expect(trial.stdout).toMatch(/^PROEFTREKKING — geen echte loting, er is niets vastgelegd\./);
    expect(trial.stdout.match(/^Proefpanel \d/gm)).toHaveLength(3);
  });

  it('reselect: members named by number (no id column) drop out, the open seats are drawn again', async () => {
    const out = map();
    expect((await cli(base(out, '--seed', '7'))).code).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'resultaat.json'), 'utf8')) as { panel: number[] };
    const dropouts = result.panel.slice(0, 2).map((p) => String(p + 1));
    const out2 = map();
    const r = await cli([
      'loting',
      'reselect',
      '--respondents',
      respondents,
      '--result',
      join(out, 'resultaat.json'),
      '--dropouts',
      dropouts.join(','),
      '--seed',
      '8',
      '--out',
      out2,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Herselectie: 2 afgevallen, 18 gebleven, 2 open plaats\(en\) opnieuw geloot\./);
    const added = JSON.parse(readFileSync(join(out2, 'resultaat.json'), 'utf8')) as { panel: number[] };
    expect(added.panel).toHaveLength(20);
    expect(added.panel).not.toContain(result.panel[0]);

    const unknown = await cli([
      'loting',
      'reselect',
      '--respondents',
      respondents,
      '--result',
      join(out, 'resultaat.json'),
      '--dropouts',
      '9999',
      '--out',
      map(),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Onbekend in de pool: 9999');
  });

  it('--pdf also writes the report as PDF (through Chromium, queued like every PDF render)', async () => {
    const out = map();
    const r = await cli(base(out, '--seed', '5', '--pdf'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verslag.docx, verslag.pdf, verdeling.json');
    expect(readFileSync(join(out, 'verslag.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses a --max-dropouts larger than the panel, in Dutch', async () => {
    const r = await cli(base(map(), '--max-dropouts', '21'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-dropouts moet een heel getal van 0 tot en met de panelgrootte zijn.');
  });
});
