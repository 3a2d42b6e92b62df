import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { CODE_VARIANTS, codeDocument } from '../../../shared/code/documents';
import { verordeningArticles } from '../../../shared/code/verordening';
import { exampleCodes } from '../../../shared/code/examples/index';
import { renderDocx } from '../../../main/export/docx';
import { renderMarkdown } from '../../../main/export/markdown';
import { alleTekst, DATUM } from './helpers';

const goldenDir = join(import.meta.dirname, '../../fixtures/code');
const ids = Object.keys(exampleCodes) as (keyof typeof exampleCodes)[];

describe('texts of the bundled codes', () => {
  // A deliberate text change regenerates these with UPDATE_GOLDEN=1; an accidental one fails here.
  it.each(ids.flatMap((id) => CODE_VARIANTS.map((v) => [id, v] as const)))(
    '%s %s matches its golden Markdown',
    (id, variant) => {
      const md = renderMarkdown(codeDocument(exampleCodes[id], variant, { date: DATUM }));
      const file = join(goldenDir, `${id}-${variant}.md`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, md);
      expect(existsSync(file), `${file} ontbreekt: draai met UPDATE_GOLDEN=1`).toBe(true);
      expect(md).toBe(readFileSync(file, 'utf8'));
    },
  );

  it.each(ids)('%s: Word keeps a heading per chapter (Kop 1) and per article (Kop 2), in order', async (id) => {
    const c = exampleCodes[id];
    const buffer = Buffer.from(await renderDocx(codeDocument(c, 'verordening', { date: DATUM })));
    const html = (await mammoth.convertToHtml({ buffer })).value.replace(/<a id="[^"]*"><\/a>/g, '');
    const h1 = [...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1]);
    const h2 = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);
    const hoofdstukken = verordeningArticles(c);
    expect(h1).toEqual(['Aanhef', ...hoofdstukken.map((h) => `Hoofdstuk ${h.number} ${h.title}`), 'Ondertekening']);
    expect(h2).toEqual(hoofdstukken.flatMap((h) => h.articles.map((a) => `Artikel ${a.number} ${a.title}`)));
    const text = (await mammoth.extractRawText({ buffer })).value;
    expect(text).toContain('gelet op de artikelen 149 en 150 van de Gemeentewet');
    // Marker and text apart: a tab, so Word hangs the marker in the margin (docx-outline.test.ts).
    expect(text).toMatch(/^1\.\tElk bestuursorgaan besluit/m);
    expect(text).toMatch(/^a\.\t/m);
  });

  it.each(ids)('%s: the toelichting explains every article under the same number', (id) => {
    const c = exampleCodes[id];
    const doc = codeDocument(c, 'toelichting', { date: DATUM });
    const artikelsgewijs = doc.sections.find((s) => s.id === 'artikelsgewijs')!;
    const artikelen = verordeningArticles(c).flatMap((h) => h.articles);
    expect(artikelsgewijs.children.map((s) => s.title)).toEqual(artikelen.map((a) => `Artikel ${a.number} ${a.title}`));
    for (const s of artikelsgewijs.children) expect(s.blocks.length, s.title).toBeGreaterThan(0);
  });

  it.each(ids)('%s: formal texts never address the reader as "je"; the kaart does, and never "u"', (id) => {
    const c = exampleCodes[id];
    for (const v of ['verordening', 'toelichting', 'beleid'] as const)
      expect(alleTekst(codeDocument(c, v, { date: DATUM })), v).not.toMatch(/\b(je|jij|jouw|jullie)\b/i);
    const kaart = alleTekst(codeDocument(c, 'kaart', { date: DATUM }));
    expect(kaart).toMatch(/\bje\b/);
    expect(kaart).not.toMatch(/\b(u|uw)\b/);
    expect(kaart).toContain('Zo doe je mee in onze gemeente');
  });

  it('the kaart stays short enough for one page, without title page or table of contents', () => {
    for (const c of Object.values(exampleCodes)) {
      expect(codeDocument(c, 'kaart', { date: DATUM }).title.compact).toBe(true);
      expect(codeDocument(c, 'kaart', { date: DATUM }).sections.length).toBeLessThanOrEqual(4);
      const woorden = alleTekst(codeDocument(c, 'kaart', { date: DATUM })).split(/\s+/).length;
      expect(woorden).toBeLessThan(400);
    }
  });

  it('no placeholder or reference key survives in any text', () => {
    for (const c of Object.values(exampleCodes))
      for (const v of CODE_VARIANTS)
        expect(alleTekst(codeDocument(c, v, { date: DATUM }))).not.toMatch(/\{\{|\}\}|\{G\}/);
  });
});
