import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCodes, NVT } from '../../../shared/code/compare';
import { MAX_CODE_FILE_BYTES, parseCodeFile, serializeCodeFile } from '../../../shared/code/file';
import { exampleCodes } from '../../../shared/code/examples/index';
import { upgradeCodeData } from '../../../shared/code/upgrade';
import { code } from './helpers';

describe('.samenspel-code file', () => {
  it.each(Object.entries(exampleCodes))('%s survives a round trip, byte for byte', (_, c) => {
    const text = serializeCodeFile(c, { version: '0.1.0' });
    expect(text).toMatch(/^\{\n {2}"format": "samenspel-code",\n {2}"formatVersion": 2,\n {2}"app"/);
    const back = parseCodeFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value).toEqual(c);
    expect(serializeCodeFile(back.value, { version: '0.1.0' })).toBe(text);
  });

  it('reads a version-1 file (Dutch keys and ids) as the same code, and writes it back as version 2', () => {
    const old = readFileSync(new URL('../../fixtures/code/lindewaard-v1.samenspel-code', import.meta.url), 'utf8');
    expect(old).toContain('"formatVersion": 1');
    expect(old).toContain('"beslisWeken"');
    const parsed = parseCodeFile(old);
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(exampleCodes.lindewaard);
    const written = serializeCodeFile(parsed.value);
    expect(written).toContain('"formatVersion": 2');
    expect(written).not.toMatch(/"(beslisWeken|toepassing|niveaus|grote-impact)"/);
  });

  it('maps every version-1 key and id of a full code, and leaves version-2 data alone', () => {
    const v1 = {
      formatVersion: 1,
      jaar: 2027,
      inwerkingtreding: { soort: 'datum', datum: '2027-01-01' },
      eigenBegrippen: [{ id: 'wijkraad', term: 'wijkraad', omschrijving: 'x' }],
      toepassing: { eigenUitzonderingen: [{ id: 'a', tekst: 'A' }], normBijGroteImpact: true },
      niveaus: [{ niveau: 'informeren', belofte: 'p', belofteKaart: 'k' }],
      participatieplan: { verplicht: 'altijd', raadZiet: 'ter-informatie' },
      uitdaagrecht: {
        aan: true,
        taken: 'alleen-genoemde',
        genoemdeTaken: [{ id: 't', tekst: 'T' }],
        beslisser: 'bevoegd-bestuursorgaan',
        budget: 'met-budget',
      },
      overheidsparticipatie: { burgerinitiatief: { aan: true, handtekeningen: 100, minimumLeeftijd: 16 } },
      evaluatie: { door: 'rekenkamer', jaren: 4 },
      initiatiefnemers: { verplichteGevallen: [{ id: 'g', tekst: 'G' }], verslag: ['wie'] },
    };
    expect(upgradeCodeData(v1)).toEqual({
      formatVersion: 2,
      year: 2027,
      entryIntoForce: { kind: 'date', date: '2027-01-01' },
      ownDefinedTerms: [{ id: 'wijkraad', term: 'wijkraad', description: 'x' }],
      scope: { ownExemptions: [{ id: 'a', text: 'A' }], normForLargeImpact: true },
      levels: [{ level: 'informeren', promise: 'p', cardPromise: 'k' }],
      participatieplan: { required: 'always', raadSees: 'afterwards-for-information' },
      uitdaagrecht: {
        enabled: true,
        tasks: 'only-listed',
        listedTasks: [{ id: 't', text: 'T' }],
        decider: 'competent-body',
        budget: 'with-budget',
      },
      governmentParticipation: { citizensInitiative: { enabled: true, signatures: 100, minimumAge: 16 } },
      evaluation: { by: 'audit-office', years: 4 },
      initiators: { mandatoryCases: [{ id: 'g', text: 'G' }], report: ['wie'] },
    });
    const current = structuredClone(exampleCodes.bremerveld);
    expect(upgradeCodeData(current)).toBe(current);
  });

  it('reads a file with a byte order mark', () => {
    expect(parseCodeFile('\uFEFF' + serializeCodeFile(code())).ok).toBe(true);
  });

  const geldig = () => JSON.parse(serializeCodeFile(code())) as Record<string, unknown>;
  it.each<[string, () => string, RegExp]>([
    ['an empty file', () => '  ', /^Het bestand is leeg\.$/],
    ['broken JSON', () => '{"format": "samenspel-code", "formatV', /geen geldige JSON/],
    ['a list', () => '[]', /geen JSON-object/],
    [
      'another format',
      () => JSON.stringify({ ...geldig(), format: 'iets-anders' }),
      /format moet "samenspel-code" zijn, maar is "iets-anders"/,
    ],
    [
      'a project file',
      () => JSON.stringify({ format: 'samenspel-project', formatVersion: 2 }),
      /maar een projectbestand/,
    ],
    ['no version', () => JSON.stringify({ ...geldig(), formatVersion: undefined }), /formatVersion ontbreekt/],
    ['a newer version', () => JSON.stringify({ ...geldig(), formatVersion: 7 }), /formaatversie 7.*Werk Samenspel bij/],
    ['a wrong app', () => JSON.stringify({ ...geldig(), app: { name: 'Ander' } }), /^app: verwacht/],
    [
      'a term out of range',
      () => {
        const d = geldig();
        (d['uitdaagrecht'] as Record<string, unknown>)['decisionWeeks'] = 52;
        return JSON.stringify(d);
      },
      /^uitdaagrecht\.decisionWeeks: moet hooguit 26 zijn$/,
    ],
    [
      'a missing choice',
      () => {
        const d = geldig();
        delete (d['inspraak'] as Record<string, unknown>)['oral'];
        return JSON.stringify(d);
      },
      /^inspraak\.oral: ontbreekt; verwacht true of false$/,
    ],
    [
      'a file over the cap',
      () => JSON.stringify({ ...geldig(), x: 'a'.repeat(MAX_CODE_FILE_BYTES) }),
      /mag hoogstens 1024 kB zijn/,
    ],
  ])('refuses %s with a Dutch message', (_, text, message) => {
    const r = parseCodeFile(text());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(
      r.errors.some((e) => message.test(e)),
      r.errors.join('\n'),
    ).toBe(true);
  });

  it('refuses to write an invalid code', () => {
    const c = code();
    c.inspraak.termWeeks = 3;
    expect(() => serializeCodeFile(c)).toThrow();
  });
});

describe('comparing two codes', () => {
  it('a code equals itself everywhere', () => {
    const rows = compareCodes(exampleCodes.bremerveld, exampleCodes.bremerveld);
    expect(rows.every((r) => !r.differs && r.a === r.b)).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('lists both values choice by choice and marks the differences', () => {
    const rows = compareCodes(exampleCodes.lindewaard, exampleCodes.bremerveld);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('uitdaagrecht.enabled')).toMatchObject({ a: 'nee', b: 'ja', differs: true, group: 'Uitdaagrecht' });
    expect(row('uitdaagrecht.decisionWeeks')).toMatchObject({ a: NVT, b: '10 weken', differs: true });
    expect(row('terugkoppeling.terugkoppelingWeeks')).toMatchObject({ a: '8 weken', b: '4 weken', differs: true });
    expect(row('inspraak.awbDefault')).toMatchObject({ a: 'nee', b: 'ja' });
    expect(row('participatieplan.required')).toMatchObject({
      a: 'bij grote maatschappelijke impact',
      b: 'bij elk traject',
    });
    expect(row('levels').b).toContain('Zelfbeheer');
  });

  it('details of a subject switched off in both codes are not a difference', () => {
    const a = code();
    const b = code();
    a.uitdaagrecht.enabled = false;
    b.uitdaagrecht.enabled = false;
    b.uitdaagrecht.decisionWeeks = 20;
    const r = compareCodes(a, b).find((x) => x.id === 'uitdaagrecht.decisionWeeks')!;
    expect(r).toMatchObject({ a: NVT, b: NVT, differs: false });
    b.uitdaagrecht.enabled = true;
    a.uitdaagrecht.enabled = true;
    expect(compareCodes(a, b).find((x) => x.id === 'uitdaagrecht.decisionWeeks')).toMatchObject({
      a: '12 weken',
      b: '20 weken',
      differs: true,
    });
  });
});
