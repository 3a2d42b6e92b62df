import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { titlePageLines, type Block, type DocumentModel, type Figure, type Section } from '../../shared/document/model';
import { oneLine, paragraphs } from './text';

/**
 * Word rendering of the document model with real Word structure: Heading 1–3 styles (so the
 * navigation pane and a table of contents work), numbered and bulleted lists from a numbering
 * definition, tables with a repeating header row, the procesplaat picture, and page numbers.
 */

export interface DocxOptions {
  /** A PNG of the procesplaat (drawn at 2× by the app's canvas or Chromium). */
  figurePng?: Uint8Array;
}

const FONT = 'Arial';
const BLUE = '1F3B63';
/** A4 minus 2 cm margins left and right, in twips (1/1440 inch). */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;
/** The same width in CSS pixels (96 dpi), which is what ImageRun sizes are in. */
/** Room for a figure on an A4 landscape page (less the caption line), in pixels. */
const LANDSCAPE_WIDTH_PX = Math.floor(((16838 - 2 * 1134) / 1440) * 96);
const LANDSCAPE_HEIGHT_PX = Math.floor(((11906 - 2 * 1134) / 1440) * 96) - 60;

// A 1×1 white PNG: only used when no raster image was supplied; Word 2016+ shows the SVG anyway.
const BLANK_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** A figure gets a landscape page of its own: the procesplaat is a wide picture. */
class Landscape {
  constructor(readonly children: Paragraph[]) {}
}
type Item = Paragraph | Table | Landscape;

class Builder {
  private lists = 0;
  constructor(private readonly png: Uint8Array | undefined) {}

  section(s: Section, depth: number, first: boolean): Item[] {
    const heading = new Paragraph({
      heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
      pageBreakBefore: depth === 0 && s.annex === true && !first,
      children: [new TextRun(oneLine(s.title))],
    });
    return [
      heading,
      ...s.blocks.flatMap((b) => this.block(b)),
      ...s.children.flatMap((c) => this.section(c, depth + 1, false)),
    ];
  }

  block(b: Block): Item[] {
    switch (b.kind) {
      case 'paragraph':
        return paragraphs(b.text).map(
          (text, i) =>
            new Paragraph({
              spacing: { after: 120 },
              children:
                i === 0 && b.label
                  ? [new TextRun({ text: `${oneLine(b.label)}: `, bold: true }), new TextRun(text)]
                  : [new TextRun(text)],
            }),
        );
      case 'list': {
        // Each numbered list restarts at 1: a separate instance of the same numbering definition.
        const instance = ++this.lists;
        return b.items.map(
          (item) =>
            new Paragraph({
              spacing: { after: 80 },
              ...(b.ordered ? { numbering: { reference: 'genummerd', level: 0, instance } } : { bullet: { level: 0 } }),
              children: [new TextRun(oneLine(item))],
            }),
        );
      }
      case 'table':
        return [this.table(b.header, b.rows, b.widths), new Paragraph({ spacing: { after: 120 }, children: [] })];
      case 'figure':
        return [new Landscape(this.figure(b))];
    }
  }

  table(header: string[], rows: string[][], widths: number[]): Table {
    const total = widths.reduce((s, w) => s + w, 0) || 1;
    const columnWidths = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
    const border = { style: BorderStyle.SINGLE, size: 4, color: '9AA5B1' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (text: string, i: number, head: boolean) =>
      new TableCell({
        width: { size: columnWidths[i] ?? 1000, type: WidthType.DXA },
        borders,
        margins: { top: 60, bottom: 60, left: 100, right: 100 },
        ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } } : {}),
        children: [new Paragraph({ children: [new TextRun({ text: oneLine(text), bold: head, size: 19 })] })],
      });
    return new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths,
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
    const altText = { name: 'Procesplaat', title: oneLine(f.caption), description: oneLine(f.alt) };
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
      // Single auto line spacing: LibreOffice otherwise clips the picture to one text line.
      new Paragraph({
        keepNext: true,
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, lineRule: LineRuleType.AUTO },
        children: [image],
      }),
      new Paragraph({ style: 'Caption', spacing: { after: 200 }, children: [new TextRun(oneLine(f.caption))] }),
    ];
  }
}

function titlePage(doc: DocumentModel): Paragraph[] {
  const t = doc.title;
  return [
    new Paragraph({ spacing: { before: 3600 }, children: [] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: oneLine(t.documentTitle), bold: true, size: 52, color: BLUE })],
    }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: oneLine(t.trajectTitel), size: 36 })] }),
    ...titlePageLines(t).map(
      ({ label, value }) =>
        new Paragraph({
          spacing: { after: 80 },
          children: [new TextRun({ text: `${oneLine(label)}: `, bold: true }), new TextRun(oneLine(value))],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export async function renderDocx(doc: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const builder = new Builder(options.figurePng);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ size: 18, children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
  const portrait = {
    size: { width: 11906, height: 16838 },
    margin: { top: 1247, bottom: 1247, left: 1134, right: 1134 },
  };
  const landscape = {
    size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
    margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
  };
  // Split the flow into Word sections: portrait text, a landscape page per figure, portrait again.
  const sections: ISectionOptions[] = [];
  let run: (Paragraph | Table)[] = [...titlePage(doc)];
  const flush = () => {
    if (run.length === 0) return;
    const first = sections.length === 0;
    sections.push({
      properties: { ...(first ? { titlePage: true } : {}), page: portrait },
      footers: first ? { default: footer, first: new Footer({ children: [] }) } : { default: footer },
      children: run,
    });
    run = [];
  };
  for (const item of doc.sections.flatMap((s, i) => builder.section(s, 0, i === 0))) {
    if (item instanceof Landscape) {
      flush();
      sections.push({ properties: { page: landscape }, footers: { default: footer }, children: item.children });
    } else run.push(item);
  }
  flush();
  const heading = (size: number, before: number) => ({
    run: { font: FONT, size, bold: true, color: BLUE },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  const document = new Document({
    creator: 'Samenspel',
    title: `${oneLine(doc.title.documentTitle)}: ${oneLine(doc.title.trajectTitel)}`,
    description: `${oneLine(doc.title.documentTitle)}, gemaakt met Samenspel`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 52, bold: true, color: BLUE } },
        heading1: heading(30, 360),
        heading2: heading(25, 240),
        heading3: heading(22, 200),
        heading4: heading(21, 160),
      },
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { italics: true, size: 18 } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'genummerd',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 454, hanging: 454 } } },
            },
          ],
        },
      ],
    },
    sections,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
