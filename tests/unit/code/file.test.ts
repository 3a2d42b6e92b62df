import { describe, expect, it } from 'vitest';
import { compareCodes, NVT } from '../../../shared/code/compare';
import { MAX_CODE_FILE_BYTES, parseCodeFile, serializeCodeFile } from '../../../shared/code/file';
import { exampleCodes } from '../../../shared/code/examples/index';
import { code } from './helpers';

describe('.samenspel-code file', () => {
  it.each(Object.entries(exampleCodes))('%s survives a round trip, byte for byte', (_, c) => {
    const text = serializeCodeFile(c, { version: '0.1.0' });
    expect(text).toMatch(/^\{\n {2}"format": "samenspel-code",\n {2}"formatVersion": 1,\n {2}"app"/);
    const back = parseCodeFile(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value).toEqual(c);
    expect(serializeCodeFile(back.value, { version: '0.1.0' })).toBe(text);
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
        (d['uitdaagrecht'] as Record<string, unknown>)['beslisWeken'] = 52;
        return JSON.stringify(d);
      },
      /^uitdaagrecht\.beslisWeken: moet hooguit 26 zijn$/,
    ],
    [
      'a missing choice',
      () => {
        const d = geldig();
        delete (d['inspraak'] as Record<string, unknown>)['mondeling'];
        return JSON.stringify(d);
      },
      /^inspraak\.mondeling: ontbreekt; verwacht true of false$/,
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
    c.inspraak.termijnWeken = 3;
    expect(() => serializeCodeFile(c)).toThrow();
  });
});

describe('comparing two codes', () => {
  it('a code equals itself everywhere', () => {
    const rows = compareCodes(exampleCodes.bremerveld, exampleCodes.bremerveld);
    expect(rows.every((r) => !r.verschilt && r.a === r.b)).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('lists both values choice by choice and marks the differences', () => {
    const rows = compareCodes(exampleCodes.lindewaard, exampleCodes.bremerveld);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row('uitdaagrecht.aan')).toMatchObject({ a: 'nee', b: 'ja', verschilt: true, groep: 'Uitdaagrecht' });
    expect(row('uitdaagrecht.beslisWeken')).toMatchObject({ a: NVT, b: '10 weken', verschilt: true });
    expect(row('terugkoppeling.terugkoppelingWeken')).toMatchObject({ a: '8 weken', b: '4 weken', verschilt: true });
    expect(row('inspraak.awbStandaard')).toMatchObject({ a: 'nee', b: 'ja' });
    expect(row('participatieplan.verplicht')).toMatchObject({
      a: 'bij grote maatschappelijke impact',
      b: 'bij elk traject',
    });
    expect(row('niveaus').b).toContain('Zelfbeheer');
  });

  it('details of a subject switched off in both codes are not a difference', () => {
    const a = code();
    const b = code();
    a.uitdaagrecht.aan = false;
    b.uitdaagrecht.aan = false;
    b.uitdaagrecht.beslisWeken = 20;
    const r = compareCodes(a, b).find((x) => x.id === 'uitdaagrecht.beslisWeken')!;
    expect(r).toMatchObject({ a: NVT, b: NVT, verschilt: false });
    b.uitdaagrecht.aan = true;
    a.uitdaagrecht.aan = true;
    expect(compareCodes(a, b).find((x) => x.id === 'uitdaagrecht.beslisWeken')).toMatchObject({
      a: '12 weken',
      b: '20 weken',
      verschilt: true,
    });
  });
});
