import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unreadableMessage } from '../../../main/cli/io';
import { runCli } from '../../../main/cli/run';
import type { RecommendJsonOutput } from '../../../main/cli/commands/recommend';

const casusDir = fileURLToPath(new URL('../../../shared/participatie/casussen/', import.meta.url));
const good = `${casusDir}aardgasvrij-de-horst.json`;

/** Runs the CLI with in-memory files; `files` overrides or adds paths, others come from disk. */
async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (path) => files[path] ?? readFile(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

const goodText = await readFile(good, 'utf8');
// The tests write deliberately ill-typed casus files, so the parsed JSON is untyped on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const mutate = (change: (c: Record<string, any>) => void) => {
  const c = JSON.parse(goodText);
  change(c);
  return JSON.stringify(c);
};

describe('samenspel cli: recommend', () => {
  it('prints the mix per phase with reasons and warnings in Dutch', async () => {
    const r = await cli(['recommend', good]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Aanbevolen participatiemix voor “Aardgasvrij in De Horst”');
    expect(r.stdout).toContain('== Agendering ==');
    expect(r.stdout).toContain('1. Ophaalgesprekken: past het best bij je antwoorden');
    expect(r.stdout).toContain('+ Bereikt laaggeletterden goed.');
    expect(r.stdout).toContain('Belofte aan deelnemers: We vragen je mening');
    expect(r.stdout).toContain('! Je mix bereikt laaggeletterden en inwoners met een migratieachtergrond niet goed.');
  });

  it('--format json prints the documented, machine-readable shape', async () => {
    const r = await cli(['recommend', good, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as RecommendJsonOutput;
    expect(out.outputVersion).toBe(2);
    expect(out.casus.titel).toBe('Aardgasvrij in De Horst');
    expect(out.recommendation.phases.map((p) => p.phase)).toEqual([
      'agendering',
      'beleidsvoorbereiding',
      'besluitvorming',
      'uitvoering',
      'evaluatie',
    ]);
    expect(out.recommendation.phases[0]!.ranking[0]).toMatchObject({
      instrumentId: 'ophaalgesprekken',
      score: expect.any(Number),
    });
    expect(out.recommendation.phases[0]!.ranking[0]!.reasons[0]).toEqual({
      criterion: 'fase',
      answer: 'agendering',
      effect: 'fits',
      weight: 1,
    });
    expect(out.recommendation.warnings[0]).toMatchObject({
      id: 'groepen-niet-bereikt',
      phase: 'agendering',
      field: 'groups',
      message: expect.stringContaining('laaggeletterden'),
    });
    expect((await cli(['recommend', `--format=json`, good])).stdout).toBe(r.stdout);
  });

  it.each([
    ['bad JSON', '{"formatVersion": 1,', /geen geldige JSON/],
    [
      'wrong formatVersion',
      mutate((c) => (c.formatVersion = 3)),
      /formatVersion: verwacht 1, maar gevonden: het getal 3/,
    ],
    ['unknown phase id', mutate((c) => (c.answers.phases.inspraak = {})), /answers\.phases: onbekende fase "inspraak"/],
    [
      'wrong type',
      mutate((c) => (c.answers.phases.agendering.groups = 'ouderen')),
      /answers\.phases\.agendering\.groups: verwacht een lijst, maar gevonden: de tekst "ouderen"/,
    ],
  ])('%s: precise Dutch error on stderr, exit 2, nothing on stdout', async (_name, content, message) => {
    const r = await cli(['recommend', '/tmp/casus.json'], { '/tmp/casus.json': content });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^\/tmp\/casus\.json is geen geldige casus:/);
    expect(r.stderr).toMatch(message);
  });

  it('a missing file exits 1 with a Dutch message', async () => {
    const r = await cli(['recommend', `${casusDir}bestaat-niet.json`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Kan .*bestaat-niet\.json niet lezen: het bestand bestaat niet\./);
  });

  it('names why a file could not be read, the same for every command', async () => {
    expect(unreadableMessage('a.json', { code: 'EISDIR' })).toBe('Kan a.json niet lezen: dit is een map.\n');
    expect(unreadableMessage('a.json', { code: 'EACCES' })).toBe('Kan a.json niet lezen: geen toegang.\n');
    expect(unreadableMessage('a.json', new Error('?'))).toBe('Kan a.json niet lezen: lezen mislukt.\n');
    const r = await cli(['recommend', casusDir]);
    expect(r.stderr).toMatch(/niet lezen: dit is een map\./);
  });

  it('an unknown format or a missing file argument is a usage error (exit 2)', async () => {
    expect((await cli(['recommend', good, '--format', 'xml'])).code).toBe(2);
    const r = await cli(['recommend']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Geef een casusbestand op.');
  });
});

describe('samenspel cli: command table', () => {
  it('an unknown command prints Dutch usage and exits 2', async () => {
    const r = await cli(['exporteer']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekende opdracht: exporteer');
    expect(r.stderr).toContain('recommend <casus.json> [--format text|json]');
  });

  it('no command prints usage to stderr with exit 2; help prints it to stdout with exit 0', async () => {
    expect((await cli([])).code).toBe(2);
    const help = await cli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: npm run cli');
  });
});
