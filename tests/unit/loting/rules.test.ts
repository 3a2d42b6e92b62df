import { describe, expect, it } from 'vitest';
import { readCsv, countLines } from '../../../shared/loting/csv';

describe('the CSV row limit counts every line ending', () => {
  it('CRLF, LF and a lone CR each end a line', () => {
    expect(countLines('a')).toBe(1);
    expect(countLines('a\nb\nc')).toBe(3);
    expect(countLines('a\r\nb\r\nc')).toBe(3);
    expect(countLines('a\rb\rc')).toBe(3);
    expect(countLines('a\r\n\rb\nc\r')).toBe(5);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only (old Mac Excel)', '\r'],
  ])('%s: 20,050 rows are refused before parsing', (_name, end) => {
    const text = ['id,wijk', ...Array.from({ length: 20_050 }, (_, i) => `R${i},Noord`)].join(end);
    const r = readCsv(text);
    expect(r).toEqual({
      ok: false,
      error:
        'Dit bestand heeft ongeveer 20.050 rijen. Samenspel kan hoogstens 20.000 respondenten loten. Splits het bestand of maak eerst een voorselectie.',
    });
  });

  it('a CR-only file under the limit is read as rows', () => {
    const r = readCsv('id;wijk\rR1;Noord\rR2;Zuid\r');
    expect(r).toMatchObject({
      ok: true,
      value: {
        columns: ['id', 'wijk'],
        rows: [
          ['R1', 'Noord'],
          ['R2', 'Zuid'],
        ],
      },
    });
  });
});
