import { z } from 'zod';
import { documentLabels } from './texts';

/**
 * The one document model every export format is rendered from (docx, Markdown, HTML → PDF).
 * All text is plain text: no format's markup ever lives in it, so each renderer escapes it for
 * its own format and user input (a `<script>` in a vraagstuk) always shows up as text.
 */

/** The sections a user can switch on or off in the export dialog, in document order. */
export const SECTION_IDS = [
  'definitions',
  'vraagstuk',
  'assignment',
  'legal-framework',
  'stakeholders',
  'goals',
  'room',
  'level',
  'roles',
  'target-groups',
  'mix',
  'planning',
  'procesplaat',
  'spelregels',
  'terugkoppeling',
  'privacy',
  'evaluation',
  'decision-points',
  'open-points',
  'sources',
] as const;
export const SectionId = z.enum(SECTION_IDS);
export type SectionId = z.infer<typeof SectionId>;

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  /** A bold lead-in ("Agendering:") before the text. */
  label?: string;
  /**
   * A numbered part of a rule whose text starts with its own marker, as in a verordening: 1 for
   * a lid ("1. …") or the onderdelen of an unnumbered lid, 2 for onderdelen under a numbered lid
   * ("a. …"), 3 for the subonderdelen under those ("1° …"). Word sets the marker in a hanging
   * indent, one step further per level; formats without indentation show the text as it is.
   */
  outline?: 1 | 2 | 3;
}

export interface List {
  kind: 'list';
  /** Numbered lists are for rules that are referred to by number (spelregels). */
  ordered: boolean;
  items: string[];
}

export interface Table {
  kind: 'table';
  header: string[];
  rows: string[][];
  /** Relative column widths (same length as header); renderers scale them to the page. */
  widths: number[];
}

export interface Figure {
  kind: 'figure';
  caption: string;
  /** Text alternative: read by screen readers and shown where a picture cannot be (Markdown). */
  alt: string;
  /** Self-contained SVG; every text in it is XML-escaped by whoever drew it. */
  svg: string;
  width: number;
  height: number;
}

export type Block = Paragraph | List | Table | Figure;

export interface Section {
  /** Stable id: a SectionId (or `mix:agendering` …) in the participatieplan, free in other documents. */
  id: string;
  /** Numbered in the model ("3 Doelen per fase") so every format shows the same numbers. */
  title: string;
  blocks: Block[];
  children: Section[];
  /** Annexes start on a new page and are not numbered like chapters. */
  annex?: boolean;
}

export interface TitlePage {
  documentTitle: string;
  /** The subject under the document title: the traject, or a workshop session. */
  trajectTitle: string;
  municipality: string;
  /** Already written out in Dutch ("22 november 2026"). */
  date: string;
  /** Left out of the title page when absent (a session report has no versions). */
  version?: string;
  /**
   * "Concept" or "Vastgesteld" (after the college or raad adopted the plan). Optional: a versioned
   * document without it is shown as a concept in Word; documents without versions show no status.
   */
  status?: string;
  /**
   * A one-page document (the participatieparagraaf, the motivering): no separate title page and
   * no table of contents; the title block opens the first page.
   */
  compact?: boolean;
  /** Extra lines on the title page, shown first ("Casus: …"). */
  details?: { label: string; value: string }[];
}

/** The label/value lines of a title page in the order every renderer shows them. */
export function titlePageLines(t: TitlePage): { label: string; value: string }[] {
  return [
    ...(t.details ?? []),
    ...(t.municipality.trim() ? [{ label: documentLabels.municipality, value: t.municipality }] : []),
    { label: documentLabels.date, value: t.date },
    ...(t.version !== undefined ? [{ label: documentLabels.version, value: t.version }] : []),
  ];
}

export interface DocumentModel {
  title: TitlePage;
  sections: Section[];
  /** Which document of a traject this is (plan, paragraaf, motivering); absent for other documents. */
  variant?: 'plan' | 'paragraaf' | 'motivering';
}
