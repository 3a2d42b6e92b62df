import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type IRunOptions,
} from 'docx';
import {
  titlePageLines,
  type Block,
  type DocumentModel,
  type Figure,
  type Section,
  type TitlePage,
} from '../../shared/document/model';
import { documentLabels } from '../../shared/document/texts';
import { BULLETED, documentStyles, headerFooterTabs, LANGUAGE, NUMBERED, numbering, STYLE } from './docx/styles';
import { oneLine, paragraphs } from './text';

/**
 * Word rendering of the document model, made to look finished when it is opened: a title page,
 * a table of contents that Word fills in on opening, header and footer with "Pagina X van Y" on
 * every page after the title page, Dutch as the language of all text, and all formatting in named
 * styles (see docx/styles.ts) so a municipality can restyle it. Headings are Word's Heading 1–4
 * (navigation pane, table of contents), lists come from numbering definitions, tables have a
 * repeating header row, and the procesplaat gets an A4 landscape page of its own.
 */

export interface DocxOptions {
  /** A PNG of the procesplaat (drawn at 2× by the app's canvas or Chromium). */
  figurePng?: Uint8Array;
}

/** A4 in twips (1/1440 inch) and the margins of portrait and landscape pages. */
const A4 = { short: 11906, long: 16838 };
const MARGIN = {
  portrait: { top: 1418, bottom: 1247, side: 1247 },
  landscape: { top: 1247, bottom: 1134, side: 1134 },
};
const HEADER_DISTANCE = 624;
const PORTRAIT_WIDTH = A4.short - 2 * MARGIN.portrait.side;
const LANDSCAPE_WIDTH = A4.long - 2 * MARGIN.landscape.side;
/** Room for a figure on a landscape page, in CSS pixels (96 dpi, what ImageRun sizes are in), less the caption. */
const LANDSCAPE_WIDTH_PX = Math.floor((LANDSCAPE_WIDTH / 1440) * 96);
const LANDSCAPE_HEIGHT_PX = Math.floor(((A4.short - MARGIN.landscape.top - MARGIN.landscape.bottom) / 1440) * 96) - 70;

// A 1×1 white PNG: only used when no raster image was supplied; Word 2016+ shows the SVG anyway.
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/** A table of contents with fewer lines than this shares its page with the first chapter. */
const SHORT_CONTENTS = 12;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** A run of text in Dutch; `style` is a character style, never direct formatting. */
function run(text: string, style?: string): TextRun {
  return new TextRun({ text, language: { value: LANGUAGE }, ...(style ? { style } : {}) });
}
function runWith(children: IRunOptions['children']): TextRun {
  return new TextRun({ children, language: { value: LANGUAGE } });
}

/** What the title page and the footer say about the document's state: "Concept" unless told otherwise. */
function statusOf(t: TitlePage): string | undefined {
  const status = t.status?.trim();
  if (status) return status.charAt(0).toUpperCase() + status.slice(1);
  // Documents without versions (a session report, a loting verslag) have no status either.
  return t.version !== undefined ? documentLabels.concept : undefined;
}

/** A figure gets a landscape page of its own: the procesplaat is a wide picture. */
class Landscape {
  constructor(readonly children: Paragraph[]) {}
}
type Item = Paragraph | Table | Landscape;

const OUTLINE_STYLES = { 1: STYLE.outline1, 2: STYLE.outline2, 3: STYLE.outline3 } as const;

/**
 * A lid, onderdeel or subonderdeel of a verordening ("2. …", "b. …", "3° …"): the marker, a tab
 * and the text, in the level's style, so the marker hangs in the margin and the text lines up.
 */
function outlineParagraph(text: string, level: 1 | 2 | 3): Paragraph {
  const line = oneLine(text);
  const match = /^(\S+)\s+([\s\S]*)$/.exec(line);
  return new Paragraph({
    style: OUTLINE_STYLES[level],
    children: match ? [run(match[1]!), runWith([new Tab()]), run(match[2]!)] : [run(line)],
  });
}

class Builder {
  private lists = 0;
  private firstChapter: boolean;
  constructor(
    private readonly png: Uint8Array | undefined,
    /** Whether the first chapter starts on a new page: not when a short table of contents leaves room. */
    afterContentsOnNewPage: boolean,
  ) {
    this.firstChapter = afterContentsOnNewPage;
  }

  section(s: Section, depth: number): Item[] {
    // The first chapter starts on the page after the table of contents, annexes on a page of their own.
    const newPage = depth === 0 && (this.firstChapter || s.annex === true);
    if (depth === 0) this.firstChapter = false;
    const heading = new Paragraph({
      heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
      ...(newPage ? { pageBreakBefore: true } : {}),
      children: [run(oneLine(s.title))],
    });
    return [
      heading,
      ...s.blocks.flatMap((b) => this.block(b)),
      ...s.children.flatMap((c) => this.section(c, depth + 1)),
    ];
  }

  block(b: Block): Item[] {
    switch (b.kind) {
      case 'paragraph':
        if (b.outline) return [outlineParagraph(b.text, b.outline)];
        return paragraphs(b.text).map(
          (text, i) =>
            new Paragraph({
              children: i === 0 && b.label ? [run(`${oneLine(b.label)}: `, STYLE.strong), run(text)] : [run(text)],
            }),
        );
      case 'list': {
        // Each numbered list restarts at 1: a separate instance of the same numbering definition.
        const instance = ++this.lists;
        return b.items.map(
          (item) =>
            new Paragraph({
              style: STYLE.listParagraph,
              numbering: b.ordered ? { reference: NUMBERED, level: 0, instance } : { reference: BULLETED, level: 0 },
              children: [run(oneLine(item))],
            }),
        );
      }
      case 'table':
        // An empty paragraph after each table: Word joins two tables that touch into one.
        return [this.table(b.header, b.rows, b.widths), new Paragraph({ children: [] })];
      case 'figure':
        return [new Landscape(this.figure(b))];
    }
  }

  table(header: string[], rows: string[][], widths: number[]): Table {
    const relative = header.map((_, i) => (widths[i] !== undefined && widths[i]! > 0 ? widths[i]! : 1));
    const total = relative.reduce((s, w) => s + w, 0);
    const columnWidths = relative.map((w) => Math.floor((w / total) * PORTRAIT_WIDTH));
    const cell = (text: string, i: number, head: boolean) =>
      new TableCell({
        width: { size: columnWidths[i]!, type: WidthType.DXA },
        children: [
          new Paragraph({ style: head ? STYLE.tableHeader : STYLE.tableText, children: [run(oneLine(text))] }),
        ],
      });
    return new Table({
      style: STYLE.table,
      width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
      columnWidths,
      tableLook: {
        firstRow: true,
        lastRow: false,
        firstColumn: false,
        lastColumn: false,
        noHBand: true,
        noVBand: true,
      },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, true)) }),
        ...rows.map(
          (r) => new TableRow({ cantSplit: true, children: header.map((_, i) => cell(r[i] ?? '', i, false)) }),
        ),
      ],
    });
  }

  figure(f: Figure): Paragraph[] {
    const scale = Math.min(LANDSCAPE_WIDTH_PX / f.width, LANDSCAPE_HEIGHT_PX / f.height, 1.5);
    const transformation = { width: Math.round(f.width * scale), height: Math.round(f.height * scale) };
    const altText = { name: documentLabels.figureName, title: oneLine(f.caption), description: oneLine(f.alt) };
    // A PNG when there is one: LibreOffice squashes embedded SVG, and every Word reads PNG. Only
    // without a PNG the SVG goes in (Word 2016+ shows it; older readers see the blank fallback).
    const image = this.png
      ? new ImageRun({ type: 'png', data: this.png, transformation, altText })
      : new ImageRun({
          type: 'svg',
          data: new TextEncoder().encode(f.svg),
          transformation,
          fallback: { type: 'png', data: BLANK_PNG },
          altText,
        });
    return [
      new Paragraph({ style: STYLE.figure, children: [image] }),
      new Paragraph({ style: STYLE.caption, children: [run(oneLine(f.caption))] }),
    ];
  }
}

function titlePage(t: TitlePage): Paragraph[] {
  const lines = titlePageLines(t);
  const status = statusOf(t);
  if (status) {
    // Status right after the gemeente (or the details), before date and version.
    const at = lines.findIndex((l) => l.label === documentLabels.date);
    lines.splice(at < 0 ? lines.length : at, 0, { label: documentLabels.status, value: status });
  }
  return [
    new Paragraph({ style: t.compact ? STYLE.compactTitle : STYLE.title, children: [run(oneLine(t.documentTitle))] }),
    new Paragraph({
      style: t.compact ? STYLE.compactSubtitle : STYLE.subtitle,
      children: [run(oneLine(t.trajectTitle))],
    }),
    ...lines.map(
      ({ label, value }) =>
        new Paragraph({
          style: STYLE.titleDetails,
          // "Label: waarde" as in the Markdown and PDF title pages (and the text other tests read back).
          children: [run(`${oneLine(label)}: `, STYLE.strong), run(oneLine(value))],
        }),
    ),
  ];
}

function tableOfContents(): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, children: [run(documentLabels.contents)] }),
    // Filled in from the headings when written; Word updates it (with page numbers) on opening.
    new TableOfContents(documentLabels.contents, { headingStyleRange: '1-2', hyperlink: true }),
  ];
}

function headerAndFooter(t: TitlePage, width: number) {
  const tabStops = headerFooterTabs(width);
  const municipality = oneLine(t.municipality);
  const header = new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        tabStops,
        children: [run(oneLine(t.documentTitle)), ...(municipality ? [runWith([new Tab()]), run(municipality)] : [])],
      }),
    ],
  });
  const status = statusOf(t);
  const left = [status, t.version !== undefined ? documentLabels.versionInFooter(oneLine(t.version)) : undefined]
    .filter((s): s is string => s !== undefined && s !== '')
    .join(', ');
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops,
        children: [
          ...(left ? [run(left)] : []),
          runWith([new Tab()]),
          runWith([documentLabels.pageOf[0], PageNumber.CURRENT, documentLabels.pageOf[1], PageNumber.TOTAL_PAGES]),
        ],
      }),
    ],
  });
  return { headers: { default: header }, footers: { default: footer } };
}

export async function renderDocx(doc: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  // A table of contents (levels 1 and 2) of a dozen lines or more gets its page to itself.
  const contentsLines = doc.sections.reduce((n, s) => n + 1 + s.children.length, 0);
  const builder = new Builder(options.figurePng, contentsLines >= SHORT_CONTENTS);
  const portrait = {
    size: { width: A4.short, height: A4.long },
    margin: {
      top: MARGIN.portrait.top,
      bottom: MARGIN.portrait.bottom,
      left: MARGIN.portrait.side,
      right: MARGIN.portrait.side,
      header: HEADER_DISTANCE,
      footer: HEADER_DISTANCE,
    },
  };
  const landscape = {
    size: { width: A4.short, height: A4.long, orientation: PageOrientation.LANDSCAPE },
    margin: {
      top: MARGIN.landscape.top,
      bottom: MARGIN.landscape.bottom,
      left: MARGIN.landscape.side,
      right: MARGIN.landscape.side,
      header: HEADER_DISTANCE,
      footer: HEADER_DISTANCE,
    },
  };
  const portraitParts = headerAndFooter(doc.title, PORTRAIT_WIDTH);
  const landscapeParts = headerAndFooter(doc.title, LANDSCAPE_WIDTH);
  // The title page is a section without header and footer; every later section has both. A
  // compact (one-page) document opens with its title block instead, without a table of contents.
  const compact = doc.title.compact === true;
  const sections: ISectionOptions[] = compact
    ? []
    : [{ properties: { page: portrait }, children: titlePage(doc.title) }];
  let run: (Paragraph | Table | TableOfContents)[] = compact ? titlePage(doc.title) : tableOfContents();
  const flush = () => {
    if (run.length === 0) return;
    sections.push({
      properties: sections.length === 0 ? { page: portrait } : { type: SectionType.NEXT_PAGE, page: portrait },
      ...portraitParts,
      children: run,
    });
    run = [];
  };
  for (const item of doc.sections.flatMap((s) => builder.section(s, 0))) {
    if (item instanceof Landscape) {
      flush();
      sections.push({
        properties: { type: SectionType.NEXT_PAGE, page: landscape },
        ...landscapeParts,
        children: item.children,
      });
    } else run.push(item);
  }
  flush();
  const { styles, externalStyles } = documentStyles();
  const document = new Document({
    creator: 'Samenspel',
    title: `${oneLine(doc.title.documentTitle)}: ${oneLine(doc.title.trajectTitle)}`,
    description: documentLabels.madeWith(oneLine(doc.title.documentTitle)),
    // Word asks on opening to update the fields, which fills in the page numbers of the table of contents.
    features: { updateFields: true },
    externalStyles,
    styles,
    numbering,
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
