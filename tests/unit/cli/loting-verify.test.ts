import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exampleCategories, exampleRespondents } from './loting-helpers';

const respondenten = exampleRespondents;
const categorieen = exampleCategories;

const map = () => mkdtempSync(join(tmpdir(), 'cli-loting-verify-'));
const basis = (out: string, ...extra: string[]) => [
  'loting',
  '--respondents',
  respondenten,
  '--categories',
  categorieen,
  '--panel',
  '20',
  '--out',
  out,
  '--max-seconden',
  '60',
  ...extra,
];

describe('samenspel cli: verifiable draws, proeftrekking, herselectie, --max-uitval', () => {
  it('verify accepts the genuine draw and rejects a tampered distribution and a wrong seed', async () => {
    const out = map();
    const r = await cli(basis(out, '--seed', '42', '--max-uitval', '2'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'resultaat.json'), 'utf8')).maxUitval).toBe(2);
    const verdeling = join(out, 'verdeling.json');
    const panel = join(out, 'panel.csv');

    const goed = await cli(['loting', 'verify', '--distribution', verdeling, '--seed', '42', '--panel', panel]);
    expect(goed.stderr).toBe('');
    expect(goed.code).toBe(0);
    expect(goed.stdout).toMatch(/^Goedgekeurd\. Het panel klopt: panel \d+ uit de verdeling, startgetal 42/);
    expect(goed.stdout).toContain('door de organisator gekozen');

    const fout = await cli(['loting', 'verify', '--distribution', verdeling, '--seed', '43', '--panel', panel]);
    expect(fout.code).toBe(2);
    expect(fout.stderr).toMatch(/^Afgekeurd\. Het getal “43” is niet het startgetal in de publicatie \(42\)\./);

    const d = JSON.parse(readFileSync(verdeling, 'utf8'));
    d.panels[0].kans += 1e-9;
    const vervalst = join(out, 'vervalst.json');
    writeFileSync(vervalst, JSON.stringify(d));
    const r2 = await cli(['loting', 'verify', '--distribution', vervalst, '--seed', '42']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^Afgekeurd\. De vingerafdruk klopt niet: de verdeling is veranderd na de publicatie\./);

    const leeg = await cli(['loting', 'verify', '--seed', '1']);
    expect(leeg.code).toBe(2);
    expect(leeg.stderr).toContain('Geef --distribution en --seed op.');
  });

  it('two steps: --seedbron publishes without drawing, trek draws with the public value, verify confirms', async () => {
    const out = map();
    const stap1 = await cli(basis(out, '--seedbron', 'Staatsloterij 10 januari 2027, eerste prijs'));
    expect(stap1.stderr).toBe('');
    expect(stap1.code).toBe(0);
    expect(stap1.stdout).toMatch(/Vingerafdruk \(SHA-256\): [0-9a-f]{64}/);
    expect(readdirSync(out).sort()).toEqual(['resultaat.json', 'verdeling.json', 'verslag.docx', 'verslag.md']);
    expect(readFileSync(join(out, 'verdeling.json'), 'utf8')).not.toMatch(/female|conservative/);

    // Drawing into the folder of step 1 would write resultaat.json over its own input: refused,
    // and the published step-1 result stays as it was.
    const voor = readFileSync(join(out, 'resultaat.json'), 'utf8');
    const overschrijven = await cli([
      'loting',
      'trek',
      '--respondents',
      respondenten,
      '--resultaat',
      join(out, 'resultaat.json'),
      '--seedwaarde',
      '0 4 1 9 2 7',
      '--out',
      out,
    ]);
    expect(overschrijven.code).toBe(2);
    expect(overschrijven.stderr).not.toBe('');
    expect(readFileSync(join(out, 'resultaat.json'), 'utf8')).toBe(voor);

    const out2 = map();
    const stap2 = await cli([
      'loting',
      'trek',
      '--respondents',
      respondenten,
      '--resultaat',
      join(out, 'resultaat.json'),
      '--seedwaarde',
      '0 4 1 9 2 7',
      '--out',
      out2,
    ]);
    expect(stap2.stderr).toBe('');
    expect(stap2.code).toBe(0);
    expect(stap2.stdout).toMatch(/^Getrokken met seedwaarde “0 4 1 9 2 7”/);
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
    const mis = await cli([
      'loting',
      'verify',
      '--distribution',
      join(out, 'verdeling.json'),
      '--seed',
      '0 4 1 9 2 8',
      '--panel',
      join(out2, 'panel.csv'),
    ]);
    expect(mis.code).toBe(2);
    expect(mis.stderr).toMatch(/^Afgekeurd\. Het panel klopt niet met een trekking uit deze verdeling/);

    // A second trek on a draw that is done is refused.
    const nogmaals = await cli([
      'loting',
      'trek',
      '--respondents',
      respondenten,
      '--resultaat',
      join(out2, 'resultaat.json'),
      '--seedwaarde',
      '1',
      '--out',
      map(),
    ]);
    expect(nogmaals.code).toBe(2);

    const proef = await cli(['loting', 'proef', '--distribution', join(out, 'verdeling.json'), '--aantal', '3']);
    expect(proef.code).toBe(0);
    expect(proef.stdout).toMatch(/^PROEFTREKKING — geen echte loting, er is niets vastgelegd\./);
    expect(proef.stdout.match(/^Proefpanel \d/gm)).toHaveLength(3);
  });

  it('herselectie: members named by number (no id column) drop out, the open seats are drawn again', async () => {
    const out = map();
    expect((await cli(basis(out, '--seed', '7'))).code).toBe(0);
    const resultaat = JSON.parse(readFileSync(join(out, 'resultaat.json'), 'utf8')) as { panel: number[] };
    const afvallers = resultaat.panel.slice(0, 2).map((p) => String(p + 1));
    const out2 = map();
    const r = await cli([
      'loting',
      'herselectie',
      '--respondents',
      respondenten,
      '--resultaat',
      join(out, 'resultaat.json'),
      '--afvallers',
      afvallers.join(','),
      '--seed',
      '8',
      '--out',
      out2,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Herselectie: 2 afgevallen, 18 gebleven, 2 open plaats\(en\) opnieuw geloot\./);
    const nieuw = JSON.parse(readFileSync(join(out2, 'resultaat.json'), 'utf8')) as { panel: number[] };
    expect(nieuw.panel).toHaveLength(20);
    expect(nieuw.panel).not.toContain(resultaat.panel[0]);

    const onbekend = await cli([
      'loting',
      'herselectie',
      '--respondents',
      respondenten,
      '--resultaat',
      join(out, 'resultaat.json'),
      '--afvallers',
      '9999',
      '--out',
      map(),
    ]);
    expect(onbekend.code).toBe(2);
    expect(onbekend.stderr).toContain('Onbekend in de pool: 9999');
  });

  it('--pdf also writes the report as PDF (through Chromium, queued like every PDF render)', async () => {
    const out = map();
    const r = await cli(basis(out, '--seed', '5', '--pdf'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('verslag.docx, verslag.pdf, verdeling.json');
    expect(readFileSync(join(out, 'verslag.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses a --max-uitval larger than the panel, in Dutch', async () => {
    const r = await cli(basis(map(), '--max-uitval', '21'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-uitval moet een heel getal van 0 tot en met de panelgrootte zijn.');
  });
});
