import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  TabStopType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The Word styles of every exported document. All look lives here, in named styles, and none in
 * the text itself: a municipality that opens the file in Word and changes "Kop 1" or "Standaard"
 * (or applies its own template with Design → Themes / Organizer) restyles the whole document.
 */

/** Word's own default body font: neutral and on every Windows and Mac with Office. */
export const FONT = 'Calibri';
/** Dutch, so Word spell-checks and hyphenates the text as Dutch instead of English. */
export const LANGUAGE = 'nl-NL';
const BLUE = '1F3B63';
const GREY = '5F6B7A';
const LINE = '9AA5B1';

/** Paragraph style ids used by the renderer. Built-in ids (Heading1 …) keep Word's Dutch names. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  titleDetails: 'TitleDetails',
  /** Title block at the top of a one-page document (participatieparagraaf, motivering). */
  compactTitle: 'CompactTitle',
  compactSubtitle: 'CompactSubtitle',
  tocHeading: 'TOCHeading',
  listParagraph: 'ListParagraph',
  caption: 'Caption',
  figure: 'Figure',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  header: 'Header',
  footer: 'Footer',
  /** Character style for lead-ins ("Agendering:") and title page labels. */
  strong: 'Strong',
  /** Table style: borders, cell margins and the shaded header row. */
  table: 'SamenspelTable',
  /** The numbered parts of a verordening's article: lid, onderdeel, subonderdeel (see OUTLINE_INDENT). */
  outline1: 'Artikelniveau1',
  outline2: 'Artikelniveau2',
  outline3: 'Artikelniveau3',
} as const;

/**
 * One step of indentation in a verordening, in twips (0.75 cm): the marker ("1.", "a.", "1°")
 * hangs in the step before the text, each level one step further in, as on wetten.overheid.nl.
 */
export const OUTLINE_INDENT = 425;

/** The list definitions: numbered lists (spelregels are referred to by number) and bullets. */
export const NUMBERED = 'numbered';
export const BULLETED = 'bulleted';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const border = `w:val="single" w:sz="4" w:space="0" w:color="${LINE}"`;

/**
 * The table style. The `docx` package has no API for table styles, so it goes in as styles XML
 * (`externalStyles`), merged with the package's own default styles and the ones below.
 */
const TABLE_STYLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">
<w:name w:val="Tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
<w:tblPr>
<w:tblBorders><w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/><w:insideH ${border}/><w:insideV ${border}/></w:tblBorders>
<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>
</w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EEF5"/></w:tcPr></w:tblStylePr>
</w:style>
</w:styles>`;

const heading = (size: number, before: number, after: number, outlineLevel: number, italics = false) => ({
  // No font of their own: headings follow Normal, so changing the font of Normal changes them too.
  run: { size, bold: true, ...(italics ? { italics: true } : {}), color: BLUE },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
});

/** Page text width, for the right-aligned tab stops of header and footer. */
export function headerFooterTabs(textWidth: number) {
  return [{ type: TabStopType.RIGHT, position: textWidth }];
}

export function documentStyles(): { externalStyles: string; styles: IStylesOptions } {
  const run = { font: FONT, size: 22, language: { value: LANGUAGE } };
  return {
    externalStyles: TABLE_STYLE,
    styles: {
      default: {
        // 11 pt, 1.15 line spacing: Word's own defaults, so the text looks as people expect.
        document: { run, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: {
          run: { size: 52, bold: true, color: BLUE },
          paragraph: { spacing: { before: 2880, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: heading(32, 480, 160, 0),
        heading2: heading(26, 320, 120, 1),
        heading3: heading(23, 240, 80, 2),
        heading4: heading(22, 200, 60, 3, true),
        listParagraph: { paragraph: { spacing: { after: 80 } } },
        caption: {
          run: { italics: true, size: 18, color: GREY },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 200 } },
        },
      },
      paragraphStyles: [
        { id: STYLE.normal, name: 'Normal', quickFormat: true, run },
        // Lid, onderdeel and subonderdeel of an article: the marker hangs, the text is one step in.
        ...([STYLE.outline1, STYLE.outline2, STYLE.outline3] as const).map((id, i) => ({
          id,
          name: `Artikel niveau ${i + 1}`,
          basedOn: STYLE.normal,
          next: id,
          quickFormat: true,
          paragraph: {
            indent: { left: OUTLINE_INDENT * (i + 1), hanging: OUTLINE_INDENT },
            tabStops: [{ type: TabStopType.LEFT, position: OUTLINE_INDENT * (i + 1) }],
            // Onderdelen stay close together under their lid.
            spacing: { after: i === 0 ? 120 : 60 },
          },
        })),
        {
          id: STYLE.subtitle,
          name: 'Subtitle',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          run: { size: 32, color: GREY },
          paragraph: {
            spacing: { after: 960, line: 240, lineRule: LineRuleType.AUTO },
            border: { bottom: { style: 'single', size: 12, color: BLUE, space: 12 } },
          },
        },
        {
          id: STYLE.compactTitle,
          name: 'Titel compact',
          basedOn: 'Title',
          next: STYLE.normal,
          quickFormat: true,
          paragraph: { spacing: { before: 0, after: 120 } },
        },
        {
          id: STYLE.compactSubtitle,
          name: 'Ondertitel compact',
          basedOn: STYLE.subtitle,
          next: STYLE.normal,
          quickFormat: true,
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: STYLE.titleDetails,
          name: 'Titelgegevens',
          basedOn: STYLE.normal,
          quickFormat: true,
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: STYLE.tocHeading,
          name: 'TOC Heading',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          quickFormat: true,
          // Looks like Kop 1 but has no outline level, so the table of contents does not list itself.
          run: { size: 32, bold: true, color: BLUE },
          paragraph: { spacing: { before: 0, after: 240 } },
        },
        {
          id: 'TOC1',
          name: 'toc 1',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          run: { bold: true },
          paragraph: { spacing: { before: 120, after: 40 } },
        },
        {
          id: 'TOC2',
          name: 'toc 2',
          basedOn: STYLE.normal,
          next: STYLE.normal,
          paragraph: { spacing: { after: 40 }, indent: { left: 425 } },
        },
        {
          id: STYLE.figure,
          name: 'Figuur',
          basedOn: STYLE.normal,
          next: STYLE.caption,
          // Single line spacing: LibreOffice otherwise clips a picture to one text line.
          paragraph: {
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: STYLE.tableText,
          name: 'Tabeltekst',
          basedOn: STYLE.normal,
          quickFormat: true,
          run: { size: 19 },
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
        {
          id: STYLE.tableHeader,
          name: 'Tabelkop',
          basedOn: STYLE.tableText,
          quickFormat: true,
          run: { bold: true },
          paragraph: { keepNext: true },
        },
        {
          id: STYLE.header,
          name: 'header',
          basedOn: STYLE.normal,
          run: { size: 17, color: GREY },
          paragraph: {
            spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
            border: { bottom: { style: 'single', size: 4, color: LINE, space: 4 } },
          },
        },
        {
          id: STYLE.footer,
          name: 'footer',
          basedOn: STYLE.normal,
          run: { size: 17, color: GREY },
          paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
        },
      ],
      characterStyles: [{ id: STYLE.strong, name: 'Strong', quickFormat: true, run: { bold: true } }],
    },
  };
}

export const numbering: INumberingOptions = {
  config: [
    {
      reference: NUMBERED,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 425, hanging: 425 } } },
        },
      ],
    },
    {
      reference: BULLETED,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 425, hanging: 283 } } },
        },
      ],
    },
  ],
};
