import { describe, expect, it } from 'vitest';
import { decodeer, leesTabel } from '../../../main/loting/files';
import { readCsv, readQuotaCsv } from '../../../shared/loting/csv';
import { createPool, validateLoting } from '../../../shared/loting/validation';
import { quotaFromShares } from '../../../shared/loting/shares';
import { voorbeeld } from './helpers';

describe('reading respondent files', () => {
  it('reads comma and semicolon files alike', () => {
    const komma = readCsv('id,wijk\n1,Noord\n2,Zuid\n');
    const puntkomma = readCsv('id;wijk\r\n1;Noord\r\n2;Zuid\r\n');
    expect(komma).toEqual(puntkomma);
    expect(komma.ok && komma.waarde.rijen).toEqual([
      ['1', 'Noord'],
      ['2', 'Zuid'],
    ]);
  });

  it('explains a file with an unknown delimiter instead of reading one big column', () => {
    const r = readCsv('id|wijk|leeftijd\n1|Noord|30\n2|Zuid|40\n');
    expect(r).toEqual({ ok: false, fout: expect.stringContaining('maar één kolom') });
  });

  it('names the row whose number of cells does not match the header', () => {
    const r = readCsv('id,wijk,leeftijd\n1,Noord,30\n2,Zuid\n');
    expect(r).toEqual({ ok: false, fout: expect.stringContaining('Rij 3 heeft 2 kolommen') });
  });

  it('refuses 100 000 rows with a message, quickly', () => {
    const groot = `id,wijk\n${Array.from({ length: 100_000 }, (_, i) => `${i},Noord`).join('\n')}\n`;
    const start = performance.now();
    const r = readCsv(groot);
    expect(r).toEqual({ ok: false, fout: expect.stringContaining('hoogstens 20.000') });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('reads Windows-1252 text and says so, instead of garbling the wijk names', async () => {
    const bytes = Uint8Array.from([...Buffer.from('id,wijk\n1,'), 0xe9, ...Buffer.from('n\n')]); // "én" in cp1252
    expect(decodeer(bytes).waarschuwing).toMatch(/Windows-1252/);
    const r = await leesTabel(bytes);
    expect(r.ok && r.waarde.rijen[0]).toEqual(['1', 'én']);
    expect(r.ok && r.waarschuwingen[0]).toMatch(/UTF-8/);
    expect(decodeer(Buffer.from('id,wijk\n1,Één\n')).waarschuwing).toBeUndefined();
  });

  it('reports quota files with missing columns or bad numbers', () => {
    expect(readQuotaCsv('category,feature,min\ngender,female,9\n')).toEqual({
      ok: false,
      fout: expect.stringContaining('max'),
    });
    expect(readQuotaCsv('category,feature,min,max\ngender,female,9,x\n')).toEqual({
      ok: false,
      fout: expect.stringContaining('hele getallen'),
    });
    expect(readQuotaCsv('categorie;waarde;min;max\ngeslacht;vrouw;5;3\n')).toEqual({
      ok: false,
      fout: expect.stringContaining('groter dan het maximum'),
    });
  });
});

describe('validation before the draw', () => {
  const kolommen = [
    { naam: 'id', rol: 'id' as const },
    { naam: 'wijk', rol: 'kenmerk' as const },
  ];

  it('reports duplicate ids and empty cells with their rows', () => {
    const { meldingen } = createPool({
      kolommen,
      rijen: [
        ['a', 'Noord'],
        ['b', ''],
        ['a', 'Zuid'],
      ],
    });
    expect(meldingen.map((m) => m.tekst).join(' ')).toMatch(/Dubbele id’s: “a” \(rij 2 en 4\)/);
    expect(meldingen.map((m) => m.tekst).join(' ')).toMatch(/rij 3 \(wijk\)/);
  });

  it('says which quota the pool cannot meet, and why', () => {
    const { pool, quota } = voorbeeld();
    const zonderQuotum = quota.filter((q) => q.waarde !== 'male');
    const teVeel = quota.map((q) => (q.waarde === 'female' ? { ...q, min: 150, max: 150 } : q));
    const tekst = (qs: typeof quota) =>
      validateLoting(pool, { panelgrootte: 20, quota: qs, huishoudensUitsluiten: false }, false)
        .map((m) => m.tekst)
        .join(' ');
    expect(tekst(zonderQuotum)).toMatch(/“male” \(100×\) heeft geen quotum/);
    expect(tekst(teVeel)).toMatch(/gender = female: het minimum is 150, maar er zijn maar 100 respondenten/);
    expect(tekst(quota.filter((q) => q.categorie !== 'leaning'))).toMatch(/Kenmerk “leaning” heeft geen quota/);
    expect(validateLoting(pool, { panelgrootte: 20, quota, huishoudensUitsluiten: true }, false)[0]!.tekst).toMatch(
      /huishouden/,
    );
  });

  it('derives quota from target shares and shows the unrounded target', () => {
    const [vrouw, man] = quotaFromShares(
      [
        { categorie: 'geslacht', waarde: 'vrouw', aandeel: 0.505 },
        { categorie: 'geslacht', waarde: 'man', aandeel: 0.495 },
      ],
      30,
      1,
    );
    expect(vrouw).toEqual({ categorie: 'geslacht', waarde: 'vrouw', doel: 15.15, min: 14, max: 17 });
    expect(man).toMatchObject({ doel: 14.85, min: 13, max: 16 });
  });
});
