import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../main/export/docx';
import type { DocumentModel, TitlePage } from '../../../shared/document/model';

/**
 * The Word file looks finished when opened: title page, table of contents, header and footer with
 * page numbers, Dutch as the language, named styles, and the procesplaat on a landscape page. A
 * hand-made model keeps these tests independent of the engine and of the document texts.
 */

const TITLE: TitlePage = {
  documentTitle: 'Participatieplan en spelregels',
  trajectTitle: 'Aardgasvrij in De Horst',
  municipality: 'Gemeente Dijkerveen',
  date: '22 november 2026',
  version: '1.0',
};

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300"/></svg>';
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function model(title: Partial<TitlePage> = {}): DocumentModel {
  return {
    title: { ...TITLE, ...title },
    sections: [
      {
        id: 'vraagstuk',
        title: '1 Vraagstuk',
        blocks: [
          { kind: 'paragraph', text: 'Hoe betrekken we de wijk?\n\nTweede alinea.' },
          { kind: 'paragraph', label: 'Agendering', text: 'Een gesprek aan de keukentafel.' },
          { kind: 'list', ordered: false, items: ['een', 'twee'] },
        ],
        children: [
          {
            id: 'vraagstuk:a',
            title: '1.1 Deelvraag',
            blocks: [{ kind: 'table', header: ['Fase', 'Doel'], rows: [['Agendering', 'Kennis ophalen']], widths: [] }],
            children: [],
          },
        ],
      },
      {
        id: 'procesplaat',
        title: '2 Procesplaat',
        blocks: [
          { kind: 'paragraph', text: 'De procesplaat toont de stappen.' },
          {
            kind: 'figure',
            caption: 'Figuur 1. Procesplaat',
            alt: 'Procesplaat met 3 stappen',
            svg: SVG,
            width: 400,
            height: 300,
          },
        ],
        children: [],
      },
      {
        id: 'spelregels',
        title: '3 Spelregels',
        blocks: [{ kind: 'list', ordered: true, items: ['Regel een', 'Regel twee'] }],
        children: [],
      },
      { id: 'open-points', title: 'Bijlage A. Open punten', annex: true, blocks: [], children: [] },
    ],
  };
}

async function open(doc: DocumentModel, png: Uint8Array | undefined = PNG) {
  const bytes = await renderDocx(doc, png ? { figurePng: png } : {});
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const parts = async (pattern: RegExp) =>
    Promise.all(
      Object.keys(zip.files)
        .filter((f) => pattern.test(f))
        .sort()
        .map((f) => part(f)),
    );
  const document = await part('word/document.xml');
  // Word sections, in order: the body of each and its w:sectPr. A section ends with the paragraph
  // whose properties hold the sectPr (its runs come after it), the last one at the end of the body.
  const sections: { body: string; properties: string }[] = [];
  let from = 0;
  for (const m of document.matchAll(/(<w:sectPr>[\s\S]*?<\/w:sectPr>)(<\/w:pPr>[\s\S]*?<\/w:p>)?/g)) {
    sections.push({ body: document.slice(from, m.index) + (m[2] ?? ''), properties: m[1]! });
    from = m.index + m[0].length;
  }
  return {
    bytes,
    document,
    sections,
    styles: await part('word/styles.xml'),
    settings: await part('word/settings.xml'),
    headers: await parts(/^word\/header\d+\.xml$/),
    footers: await parts(/^word\/footer\d+\.xml$/),
  };
}

/** The text of the w:t elements in a piece of WordprocessingML. */
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');

describe('Word export that looks finished', () => {
  it('marks all text as Dutch: in the default styles and on every run', async () => {
    const { styles, document, headers, footers } = await open(model());
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="nl-NL"\/>.*<\/w:docDefaults>/s);
    expect(styles).toMatch(/w:styleId="Normal".*?<w:lang w:val="nl-NL"\/>.*?<\/w:style>/s);
    // Outside the table of contents (which Word rewrites), every run with text says nl-NL.
    const body = document.replace(/<w:sdt>.*?<\/w:sdt>/s, '');
    for (const xml of [body, ...headers, ...footers]) {
      const runs = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((m) => m[1]!).filter((r) => r.includes('<w:t'));
      expect(runs.length).toBeGreaterThan(0);
      for (const r of runs) expect(r).toContain('<w:lang w:val="nl-NL"/>');
    }
  });

  it('starts with a title page: title, gemeente, status Concept, version and date, without header or footer', async () => {
    const { sections } = await open(model());
    const [titlePage] = sections;
    expect(texts(titlePage!.body)).toBe(
      'Participatieplan en spelregels|Aardgasvrij in De Horst|Gemeente: |Gemeente Dijkerveen|Status: |Concept|Datum: |22 november 2026|Versie: |1.0',
    );
    expect(titlePage!.body).toContain('<w:pStyle w:val="Title"/>');
    expect(titlePage!.properties).not.toContain('headerReference');
    expect(titlePage!.properties).not.toContain('footerReference');
    // The rest starts on a new page.
    expect(sections[1]!.properties).toContain('<w:type w:val="nextPage"/>');
  });

  it('shows the status it is given, and none for documents without versions', async () => {
    expect(texts((await open(model({ status: 'vastgesteld' }))).sections[0]!.body)).toContain('Status: |Vastgesteld');
    const { sections, footers } = await open(model({ version: undefined }));
    expect(texts(sections[0]!.body)).not.toContain('Status');
    expect(footers.join('')).not.toContain('Concept');
  });

  it('puts a table of contents (heading levels 1–2) after the title page that Word updates on opening', async () => {
    const { sections, settings } = await open(model());
    const toc = sections[1]!.body;
    expect(toc).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>/);
    expect(toc).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(toc).toMatch(/<w:fldChar w:fldCharType="begin" w:dirty="true"\/>/);
    expect(settings).toContain('<w:updateFields');
    // Before Word updates it, it already lists the chapters and paragraphs (not level 3 and lower).
    const entries = texts(toc.slice(toc.indexOf('<w:sdt>'), toc.indexOf('</w:sdt>')));
    expect(entries).toBe('1 Vraagstuk|1.1 Deelvraag|2 Procesplaat|3 Spelregels|Bijlage A. Open punten');
    // A short one shares its page with the first chapter; a long one gets a page of its own.
    expect(toc).not.toContain('<w:pageBreakBefore/>');
    const long = model();
    const chapter = long.sections[0]!;
    long.sections.unshift(
      ...Array.from({ length: 8 }, (_, i) => ({ ...chapter, id: `h${i}`, title: `Hoofdstuk ${i}`, blocks: [] })),
    );
    const first = (await open(long)).sections[1]!.body;
    expect(first).toMatch(/<w:pStyle w:val="Heading1"\/><w:pageBreakBefore\/>.*?Hoofdstuk 0/s);
    expect(first.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  it('has header (title, gemeente) and footer ("Pagina X van Y") on every page after the title page', async () => {
    const { sections, headers, footers } = await open(model());
    for (const s of sections.slice(1)) {
      expect(s.properties).toContain('<w:headerReference w:type="default"');
      expect(s.properties).toContain('<w:footerReference w:type="default"');
    }
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(texts(h)).toBe('Participatieplan en spelregels|Gemeente Dijkerveen');
    for (const f of footers) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(f).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(texts(f)).toBe('Concept, versie 1.0|Pagina | van ');
      expect(f).toMatch(/>Pagina <\/w:t>.*PAGE.*> van <\/w:t>.*NUMPAGES/s);
    }
  });

  it('formats with named styles only: a municipality can restyle Normal, Heading 1, List Paragraph and the table style', async () => {
    const { styles, document } = await open(model());
    for (const [type, id] of [
      ['paragraph', 'Normal'],
      ['paragraph', 'Heading1'],
      ['paragraph', 'Heading2'],
      ['paragraph', 'ListParagraph'],
      ['paragraph', 'TableText'],
      ['table', 'SamenspelTable'],
      ['character', 'Strong'],
    ]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="${type}"[^>]* w:styleId="${id}"`));
    }
    expect(styles).toMatch(/<w:rFonts w:ascii="Calibri"[^>]*\/><w:sz w:val="22"\/>/);
    // No direct run formatting in the text: no bold, size, colour or font outside the styles.
    expect(document).not.toMatch(/<w:(b|i|sz|color|rFonts)[ />]/);
    expect(document).toContain('<w:tblStyle w:val="SamenspelTable"/>');
    expect(document).toContain('<w:rStyle w:val="Strong"/>');
    // A table without widths gets equal columns.
    expect(document).toMatch(/<w:gridCol w:w="4706"\/><w:gridCol w:w="4706"\/>/);
  });

  it('reads back with real headings, lists and a table', async () => {
    const { bytes } = await open(model());
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // Headings carry a bookmark for the table of contents.
    const html = value.replace(/<a id="[^"]*"><\/a>/g, '');
    for (const h of [
      '<h1>1 Vraagstuk</h1>',
      '<h2>1.1 Deelvraag</h2>',
      '<h1>2 Procesplaat</h1>',
      '<h1>Bijlage A. Open punten</h1>',
    ])
      expect(html).toContain(h);
    expect(html).toContain('<ol><li>Regel een</li><li>Regel twee</li></ol>');
    expect(html).toContain('<ul><li>een</li><li>twee</li></ul>');
    expect(html).toContain('<p><strong>Agendering: </strong>Een gesprek aan de keukentafel.</p>');
    expect(html).toMatch(/<table><thead><tr><th><p>Fase<\/p><\/th>/);
  });

  it('gives the procesplaat an A4 landscape section of its own, with header and footer', async () => {
    for (const png of [PNG, undefined]) {
      const { sections } = await open(model(), png);
      const withFigure = sections.filter((s) => s.body.includes('<w:drawing>'));
      expect(withFigure).toHaveLength(1);
      const [figure] = withFigure;
      expect(figure!.properties).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
      expect(figure!.properties).toContain('headerReference');
      expect(texts(figure!.body)).toBe('Figuur 1. Procesplaat');
      // The text around it stays on portrait pages.
      const i = sections.indexOf(figure!);
      expect(sections[i - 1]!.properties).toContain('w:orient="portrait"');
      expect(sections[i + 1]!.properties).toContain('w:orient="portrait"');
      expect(texts(sections[i + 1]!.body)).toMatch(/^3 Spelregels/);
    }
  });
});
