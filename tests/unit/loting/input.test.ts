import { describe, expect, it } from 'vitest';
import { decodeText, readTable } from '../../../main/loting/files';
import { readCsv, readQuotaCsv } from '../../../shared/loting/csv';
import { createPool, validateLoting } from '../../../shared/loting/validation';
import { quotaFromShares } from '../../../shared/loting/shares';
import { example } from './helpers';

describe('reading respondent files', () => {
  it('reads comma and semicolon files alike', () => {
    const comma = readCsv('id,wijk\n1,Noord\n2,Zuid\n');
    const semicolon = readCsv('id;wijk\r\n1;Noord\r\n2;Zuid\r\n');
    expect(comma).toEqual(semicolon);
    expect(comma.ok && comma.value.rows).toEqual([
      ['1', 'Noord'],
      ['2', 'Zuid'],
    ]);
  });

  it('explains a file with an unknown delimiter instead of reading one big column', () => {
    const r = readCsv('id|wijk|leeftijd\n1|Noord|30\n2|Zuid|40\n');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('maar één kolom') });
  });

  it('names the row whose number of cells does not match the header', () => {
    const r = readCsv('id,wijk,leeftijd\n1,Noord,30\n2,Zuid\n');
    expect(r).toEqual({ ok: false, error: expect.stringContaining('Rij 3 heeft 2 kolommen') });
  });

  it('refuses 100 000 rows with a message, quickly', () => {
    const large = `id,wijk\n${Array.from({ length: 100_000 }, (_, i) => `${i},Noord`).join('\n')}\n`;
    const start = performance.now();
    const r = readCsv(large);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('hoogstens 20.000') });
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('reads Windows-1252 text and says so, instead of garbling the district names', async () => {
    const bytes = Uint8Array.from([...Buffer.from('id,wijk\n1,'), 0xe9, ...Buffer.from('n\n')]); // "én" in cp1252
    expect(decodeText(bytes).warning).toMatch(/Windows-1252/);
    const r = await readTable(bytes);
    expect(r.ok && r.value.rows[0]).toEqual(['1', 'én']);
    expect(r.ok && r.warnings[0]).toMatch(/UTF-8/);
    expect(decodeText(Buffer.from('id,wijk\n1,Één\n')).warning).toBeUndefined();
  });

  it('reports quota files with missing columns or bad numbers', () => {
    expect(readQuotaCsv('category,feature,min\ngender,female,9\n')).toEqual({
      ok: false,
      error: expect.stringContaining('max'),
    });
    expect(readQuotaCsv('category,feature,min,max\ngender,female,9,x\n')).toEqual({
      ok: false,
      error: expect.stringContaining('hele getallen'),
    });
    expect(readQuotaCsv('categorie;waarde;min;max\ngeslacht;vrouw;5;3\n')).toEqual({
      ok: false,
      error: expect.stringContaining('groter dan het maximum'),
    });
  });
});

describe('validation before the draw', () => {
  const columns = [
    { name: 'id', role: 'id' as const },
    { name: 'wijk', role: 'feature' as const },
  ];

  it('reports duplicate ids and empty cells with their rows', () => {
    const { messages } = createPool({
      columns,
      rows: [
        ['a', 'Noord'],
        ['b', ''],
        ['a', 'Zuid'],
      ],
    });
    expect(messages.map((m) => m.text).join(' ')).toMatch(/Dubbele id’s: “a” \(rij 2 en 4\)/);
    expect(messages.map((m) => m.text).join(' ')).toMatch(/rij 3 \(wijk\)/);
  });

  it('says which quota the pool cannot meet, and why', () => {
    const { pool, quota } = example();
    const withoutQuotum = quota.filter((q) => q.value !== 'male');
    const tooMany = quota.map((q) => (q.value === 'female' ? { ...q, min: 150, max: 150 } : q));
    const text = (qs: typeof quota) =>
      validateLoting(pool, { panelSize: 20, quota: qs, excludeHouseholds: false }, false)
        .map((m) => m.text)
        .join(' ');
    expect(text(withoutQuotum)).toMatch(/“male” \(100×\) heeft geen quotum/);
    expect(text(tooMany)).toMatch(/gender = female: het minimum is 150, maar er zijn maar 100 respondenten/);
    expect(text(quota.filter((q) => q.category !== 'leaning'))).toMatch(/Kenmerk “leaning” heeft geen quota/);
    expect(validateLoting(pool, { panelSize: 20, quota, excludeHouseholds: true }, false)[0]!.text).toMatch(
      /huishouden/,
    );
  });

  it('derives quota from target shares and shows the unrounded target', () => {
    const [woman, man] = quotaFromShares(
      [
        { category: 'geslacht', value: 'vrouw', share: 0.505 },
        { category: 'geslacht', value: 'man', share: 0.495 },
      ],
      30,
      1,
    );
    expect(woman).toEqual({ category: 'geslacht', value: 'vrouw', target: 15.15, min: 14, max: 17 });
    expect(man).toMatchObject({ target: 14.85, min: 13, max: 16 });
  });
});
