import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildDocument, generateSpelregels } from '../../../shared/document/index';
import { catalogue, instrumentNames, exampleCasussen } from '../../../shared/participatie/index';
import { chromiumExportHost, renderDocument } from '../../../main/export/render';
import { reasonFormal } from '../../../shared/document/texts';
import { recommendInstruments } from '../../../shared/participatie/index';
import { casusIds, DATE, noBrowser, sourceOf } from './helpers';

async function read(bytes: Uint8Array) {
  const buffer = Buffer.from(bytes);
  // Headings carry a bookmark for the table of contents: left out, so they read as plain <h1>s.
  const html = (await mammoth.convertToHtml({ buffer })).value.replace(/<a id="[^"]*"><\/a>/g, '');
  const { value: text } = await mammoth.extractRawText({ buffer });
  const zip = await JSZip.loadAsync(buffer);
  return { html, text, zip };
}

describe('Word export', () => {
  it.each(casusIds)(
    '%s: headings, instruments with reasons, numbered spelregels and the picture',
    async (id) => {
      const casus = exampleCasussen[id];
      const source = await sourceOf(casus);
      const doc = buildDocument(source, { date: DATE });
      const { html, zip } = await read(await renderDocument(doc, 'docx', { host: noBrowser }));

      // Real Word headings: mammoth maps Heading 1/2 to h1/h2.
      for (const title of [
        '1 Begrippen',
        '2 Vraagstuk en motivering',
        '3 Opdracht, bevoegd gezag en middelen',
        '4 Wettelijk kader',
        '5 Belanghebbenden',
        '11 Participatiemix',
        '13 Procesplaat',
        '14 Spelregels',
        '16 Privacy en klachten',
        '18 Beslispunten',
        'Bijlage A. Open aandachtspunten',
      ]) {
        expect(html).toContain(`<h1>${title}</h1>`);
      }
      // Every chosen instrument by name in the mix table, with a reason from the engine, in formal words.
      const names = instrumentNames(catalogue);
      const rec = recommendInstruments(casus.answers, catalogue);
      for (const phase of rec.phases) {
        for (const instrumentId of casus.answers.phases[phase.phase]?.instruments ?? []) {
          expect(html).toContain(`<td><p>${names(instrumentId).replace(/&/g, '&amp;')}: `);
          const reason = phase.ranking
            .find((r) => r.instrumentId === instrumentId)
            ?.reasons.find((r) => r.effect === 'fits' && r.criterion !== 'fase');
          const companion = phase.mix.items.find((i) => i.instrumentId === instrumentId)?.why === 'terugkoppeling';
          if (reason && !companion) expect(html).toContain(reasonFormal(reason).replace(/&/g, '&amp;'));
        }
      }
      // No tool output: reasons read as sentences in a table, never "Past:" or "Let op:".
      expect(html).not.toMatch(/Past( niet)?:|Let op:/);
      // Spelregels as a real numbered list (a numbering definition, not typed numbers).
      const rules = generateSpelregels(source.answers, source.procesplaat);
      const ol = /<ol>(.*?)<\/ol>/s.exec(html)?.[1] ?? '';
      expect(ol.match(/<li>/g)).toHaveLength(rules.length);
      expect(ol).toContain(rules[0]!.tekst.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
      // The picture, with its text alternative, on a landscape page; page numbers in the footer.
      expect(html).toMatch(/<img alt="Procesplaat met \d+ stappen/);
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('w:orient="landscape"');
      const footers = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /word\/footer\d+\.xml/.test(f))
          .map((f) => zip.file(f)!.async('string')),
      );
      expect(footers.join('')).toMatch(/PAGE.*NUMPAGES/s);
    },
    20_000,
  );

  it('puts a real PNG of the procesplaat in when Chromium can draw one', async () => {
    const doc = buildDocument(await sourceOf(exampleCasussen['aardgasvrij-de-horst']), { date: DATE });
    const { zip } = await read(await renderDocument(doc, 'docx', { host: chromiumExportHost }));
    const png = await zip.file(/word\/media\/.*\.png$/)[0]!.async('nodebuffer');
    // Width from the PNG header: drawn at twice the figure size, sharp enough to print.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1500);
  }, 30_000);

  it('shows script tags and control characters from user text as plain text', async () => {
    const source = await sourceOf(exampleCasussen['burgerbegroting-oosterpark']);
    const doc = buildDocument(
      {
        ...source,
        title: '<script>alert(1)</script>\u0001\u001b titel',
        vraagstuk: 'Regel één\u0000\u000b & <b>vet</b>',
      },
      { date: DATE },
    );
    const { text, zip } = await read(await renderDocument(doc, 'docx', { host: noBrowser }));
    expect(text).toContain('<script>alert(1)</script> titel');
    expect(text).toContain('Regel één & <b>vet</b>');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // eslint-disable-next-line no-control-regex -- the point: no control characters may reach the XML
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it.each(['plan', 'paragraaf'] as const)(
    '%s: mammoth finds the new sections; Dutch language on the runs; a table of contents only in the plan',
    async (variant) => {
      const source = await sourceOf(exampleCasussen['omgevingsvisie-westerzande']);
      const doc = buildDocument(source, { date: DATE, variant });
      const { html, text, zip } = await read(await renderDocument(doc, 'docx', { host: noBrowser }));
      const headings =
        variant === 'plan'
          ? [
              '3 Opdracht, bevoegd gezag en middelen',
              '4 Wettelijk kader',
              '5 Belanghebbenden',
              '16 Privacy en klachten',
              '18 Beslispunten',
            ]
          : [
              '1 Aanpak',
              '2 Rol van de raad en belofte aan deelnemers',
              '3 Terugkoppeling en weging',
              '4 Middelen',
              '6 Beslispunten',
            ];
      for (const h of headings) expect(html).toContain(`<h1>${h}</h1>`);
      expect(text).toContain(variant === 'plan' ? 'Participatieplan en spelregels' : 'Participatieparagraaf');
      expect(text).toContain('De raad wordt gevraagd:');
      expect(text).toMatch(/Artikel 150|artikel 150 Gemeentewet/);
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toContain('w:lang w:val="nl-NL"');
      expect(xml).not.toMatch(/w:lang w:val="en-/);
      const toc = /<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/;
      // The paragraaf is one page for the raadsvoorstel: its title block opens the page, no contents.
      if (variant === 'plan') expect(xml).toMatch(toc);
      else {
        expect(xml).not.toMatch(toc);
        expect(xml.match(/<w:sectPr/g)?.length).toBe(1);
      }
      if (variant === 'plan') {
        expect(html).toContain('<h2>15.4 Formele inspraak en zienswijzen</h2>');
        expect(text).toContain('Afdeling 3.4 van de Algemene wet bestuursrecht');
      }
    },
  );
});
