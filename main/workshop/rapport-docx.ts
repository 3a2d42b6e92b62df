import {
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { RapportBlok } from '../../shared/workshop/rapport';

/**
 * The workshop report as a Word file, from the same blocks as the Markdown version. Built with
 * `docx` directly: the shared document model (shared/document) did not exist yet when this was
 * written; once it does, these blocks map onto it one to one.
 */

const KOP = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const rand = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function gegevensTabel(rijen: Array<[string, string]>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: rand, bottom: rand, left: rand, right: rand, insideHorizontal: rand, insideVertical: rand },
    rows: rijen.map(
      ([k, v]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 25, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: k, bold: true })] })],
            }),
            new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: [new Paragraph(v)] }),
          ],
        }),
    ),
  });
}

function naarDocx(blok: RapportBlok): Array<Paragraph | Table> {
  switch (blok.soort) {
    case 'kop':
      return [new Paragraph({ text: blok.tekst, heading: KOP[blok.niveau] })];
    case 'alinea':
      return [new Paragraph({ children: [new TextRun({ text: blok.tekst, italics: Boolean(blok.nadruk) })] })];
    case 'lijst':
      return blok.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'gegevens':
      return [gegevensTabel(blok.rijen), new Paragraph('')];
  }
}

export async function rapportNaarDocx(blokken: RapportBlok[], titel: string): Promise<Buffer> {
  const document = new Document({
    title: titel,
    creator: 'Samenspel',
    description: 'Verslag van een workshopsessie',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blokken.flatMap(naarDocx) }],
  });
  return Packer.toBuffer(document);
}
