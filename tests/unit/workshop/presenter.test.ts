import { describe, expect, it } from 'vitest';
import { blokken } from '../../../renderer/src/features/workshop/tekstblokken';
import { dias, diaIndex } from '../../../renderer/src/features/workshop/stand';
import { gewijzigdeDelen } from '../../../renderer/src/features/workshop/sync';
import type { WorkshopSessie } from '../../../shared/workshop/index';

describe('blokken: typed answers as paragraphs and dash lists', () => {
  it('turns lines that start with a dash into list items', () => {
    expect(blokken('Wij kiezen voor:\n- een enquête\n- keukentafelgesprekken\n\nDaarna de raad.')).toEqual([
      { soort: 'alinea', tekst: 'Wij kiezen voor:' },
      { soort: 'lijst', punten: ['een enquête', 'keukentafelgesprekken'] },
      { soort: 'alinea', tekst: 'Daarna de raad.' },
    ]);
  });

  it('accepts *, • and – as bullets, Windows line ends, and an indented line continuing a bullet', () => {
    expect(blokken('* een\r\n• twee\r\n  en meer\r\n– drie')).toEqual([
      { soort: 'lijst', punten: ['een', 'twee en meer', 'drie'] },
    ]);
  });

  it('keeps a dash without a space, line breaks inside a paragraph, and drops empty text', () => {
    expect(blokken('-5 graden\nwas het')).toEqual([{ soort: 'alinea', tekst: '-5 graden\nwas het' }]);
    expect(blokken('  \n\n ')).toEqual([]);
    expect(blokken('- a\nnormaal\n- b')).toEqual([
      { soort: 'lijst', punten: ['a'] },
      { soort: 'alinea', tekst: 'normaal' },
      { soort: 'lijst', punten: ['b'] },
    ]);
  });

  it('leaves markup as plain text', () => {
    expect(blokken('- <b>vet</b>')).toEqual([{ soort: 'lijst', punten: ['<b>vet</b>'] }]);
  });
});

describe('dias: the screens the control window steps through', () => {
  const sessie = { vragen: [{}, {}, {}] } as unknown as WorkshopSessie;
  it('has one screen per question in the round', () => {
    expect(dias(sessie)).toEqual([
      { stap: 'casus', vraagIndex: 0 },
      { stap: 'gesprek', vraagIndex: 0 },
      { stap: 'rondgang', vraagIndex: 0 },
      { stap: 'rondgang', vraagIndex: 1 },
      { stap: 'rondgang', vraagIndex: 2 },
      { stap: 'rode-draden', vraagIndex: 0 },
    ]);
    expect(diaIndex(sessie, { stap: 'rondgang', vraagIndex: 1 })).toBe(3);
    expect(diaIndex(sessie, { stap: 'rondgang', vraagIndex: 9 })).toBe(4);
    // The question index is irrelevant outside the round.
    expect(diaIndex(sessie, { stap: 'rode-draden', vraagIndex: 2 })).toBe(5);
  });
});

describe('gewijzigdeDelen: only what changed travels to the other window', () => {
  it('compares the top-level parts by value', () => {
    const voor = { id: 'x', stand: { stap: 'casus', vraagIndex: 0 }, antwoorden: { a: { b: 'c' } } };
    const na = { ...voor, stand: { stap: 'gesprek', vraagIndex: 0 }, antwoorden: { a: { b: 'c' } } };
    expect(gewijzigdeDelen(voor as unknown as WorkshopSessie, na as unknown as WorkshopSessie)).toEqual({
      stand: { stap: 'gesprek', vraagIndex: 0 },
    });
    expect(gewijzigdeDelen(undefined, na as unknown as WorkshopSessie)).toBe(na);
  });
});
