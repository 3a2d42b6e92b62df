import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/export/docx';
import { renderHtml } from '../../../main/export/html';
import { articleBlocks } from '../../../shared/code/articles';
import { codeDocument } from '../../../shared/code/documents';
import { verordeningArticles } from '../../../shared/code/verordening';
import { exampleCodes } from '../../../shared/code/examples/index';
import type { DocumentModel } from '../../../shared/document/model';
import { DATUM } from './helpers';

/**
 * Leden, onderdelen and subonderdelen of a verordening in Word: the marker hangs in a named style
 * per level, each level one step (425 twips) further in, read back with mammoth.
 */
const STYLE_MAP = [1, 2, 3].map((n) => `p[style-name='Artikel niveau ${n}'] => p.niveau${n}:fresh`);

/** Every outline paragraph in document order as [level, text], the tab between marker and text as "\t". */
async function outline(buffer: Buffer): Promise<[number, string][]> {
  const html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP })).value;
  return [...html.matchAll(/<p class="niveau(\d)">([^<]*)<\/p>/g)].map((m) => [
    Number(m[1]),
    m[2]!.replaceAll('&amp;', '&'),
  ]);
}

describe('nested lists of a verordening in Word', () => {
  it.each(Object.keys(exampleCodes) as (keyof typeof exampleCodes)[])(
    '%s: every lid and onderdeel is in the style of its level, marker and text apart',
    async (id) => {
      const c = exampleCodes[id];
      const buffer = Buffer.from(await renderDocx(codeDocument(c, 'verordening', { date: DATUM })));
      const expected = verordeningArticles(c)
        .flatMap((h) => h.articles)
        .flatMap((a) => articleBlocks(a))
        .flatMap((b) =>
          b.kind === 'paragraph' && b.outline ? [[b.outline, b.text.replace(/^(\S+) /, '$1\t')] as const] : [],
        );
      const found = await outline(buffer);
      expect(found).toEqual(expected);
      // Both levels occur: numbered leden with onderdelen under them, and onderdelen of an unnumbered lid.
      expect(found.some(([n, t]) => n === 2 && /^a\.\t/.test(t))).toBe(true);
      expect(found.some(([n, t]) => n === 1 && /^a\.\t/.test(t))).toBe(true);
      expect(found.some(([n, t]) => n === 1 && /^2\.\t/.test(t))).toBe(true);
    },
  );

  it('an article with several leden: the onderdelen sit one level under their lid', async () => {
    const c = exampleCodes.bremerveld;
    const artikel = verordeningArticles(c)
      .flatMap((h) => h.articles)
      .find((a) => a.paragraphs.length > 1 && a.paragraphs[0]!.items.length > 1)!;
    const buffer = Buffer.from(await renderDocx(codeDocument(c, 'verordening', { date: DATUM })));
    const found = await outline(buffer);
    const start = found.findIndex(([, t]) => t === `1.\t${artikel.paragraphs[0]!.text}`);
    expect(start).toBeGreaterThanOrEqual(0);
    const onderdelen = artikel.paragraphs[0]!.items;
    expect(found.slice(start + 1, start + 1 + onderdelen.length).map(([n, t]) => [n, t.slice(0, 3)])).toEqual(
      onderdelen.map((_, j) => [2, `${String.fromCharCode(97 + j)}.\t`]),
    );
    expect(found[start + 1 + onderdelen.length]).toEqual([1, `2.\t${artikel.paragraphs[1]!.text}`]);
  });

  it('subonderdelen (1°, 2°) sit under their onderdeel: the uitdaagrecht exceptions of Bremerveld', async () => {
    const buffer = Buffer.from(await renderDocx(codeDocument(exampleCodes.bremerveld, 'verordening', { date: DATUM })));
    const found = await outline(buffer);
    const i = found.findIndex(([, t]) => t.includes('publiekrechtelijke bevoegdheid uitoefent, waaronder:'));
    expect(found.slice(i, i + 4)).toEqual([
      [2, 'a.\ttaken waarbij de gemeente een publiekrechtelijke bevoegdheid uitoefent, waaronder:'],
      [3, '1°\thet verlenen van vergunningen en ontheffingen;'],
      [3, '2°\thet opleggen van sancties en het handhaven;'],
      [2, expect.stringMatching(/^b\.\t/)],
    ]);
  });

  it('the three levels indent one step each, with the marker hanging, and 1° works as a subonderdeel', async () => {
    const doc: DocumentModel = {
      title: { documentTitle: 'Verordening', trajectTitle: 'Test', municipality: 'Teststad', date: '1 januari 2027' },
      sections: [
        {
          id: 'artikel',
          title: 'Artikel 1 Test',
          blocks: [
            { kind: 'paragraph', text: '1. Het plan bevat:', outline: 1 },
            { kind: 'paragraph', text: 'a. de rol van:', outline: 2 },
            { kind: 'paragraph', text: '1° de raad;', outline: 3 },
            { kind: 'paragraph', text: '2° het college;', outline: 3 },
            { kind: 'paragraph', text: 'b. de planning.', outline: 2 },
            { kind: 'paragraph', text: '2. Een gewone alinea volgt.', outline: 1 },
          ],
          children: [],
        },
      ],
    };
    const buffer = Buffer.from(await renderDocx(doc));
    expect(await outline(buffer)).toEqual([
      [1, '1.\tHet plan bevat:'],
      [2, 'a.\tde rol van:'],
      [3, '1°\tde raad;'],
      [3, '2°\thet college;'],
      [2, 'b.\tde planning.'],
      [1, '2.\tEen gewone alinea volgt.'],
    ]);
    const styles = await (await JSZip.loadAsync(buffer)).file('word/styles.xml')!.async('string');
    for (const n of [1, 2, 3]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Artikelniveau${n}"[\\s\\S]*?</w:style>`).exec(styles)?.[0];
      expect(style, `Artikelniveau${n}`).toContain(`<w:ind w:left="${425 * n}" w:hanging="425"/>`);
      expect(style).toContain(`<w:tab w:val="left" w:pos="${425 * n}"/>`);
    }
  });
});

describe('nested lists of a verordening in HTML and PDF', () => {
  it('each level has its class, with the marker apart so it hangs', () => {
    const c = exampleCodes.bremerveld;
    const html = renderHtml(codeDocument(c, 'verordening', { date: DATUM }));
    const found = [...html.matchAll(/<p class="niveau(\d)"><span class="nummer">([^<]*)<\/span>/g)].map((m) => [
      Number(m[1]),
      m[2],
    ]);
    const expected = verordeningArticles(c)
      .flatMap((h) => h.articles)
      .flatMap((a) => articleBlocks(a))
      .flatMap((b) => (b.kind === 'paragraph' && b.outline ? [[b.outline, b.text.split(' ')[0]]] : []));
    expect(found).toEqual(expected);
    expect(html).toMatch(/p\.niveau2 \{ margin-left: 7\.5mm;/);
  });
});
