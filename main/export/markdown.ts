import { titlePageLines, type Block, type DocumentModel, type Section } from '../../shared/document/model';
import { documentLabels } from '../../shared/document/texts';
import { oneLine, paragraphs } from './text';

/**
 * CommonMark rendering of the document model. Every piece of text is backslash-escaped, so a
 * `<script>` or `**` typed by a user is shown as typed, never interpreted.
 */

// Lighter escaping for running text: keeps ordinary sentences readable in the .md source.
function inline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`);
}
/** Text that starts a line must not look like a heading, list item or setext underline. */
function lineStart(text: string): string {
  return inline(text)
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function table(header: string[], rows: string[][]): string[] {
  const cell = (t: string) => inline(oneLine(t)) || ' ';
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${header.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`),
  ];
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph': {
      const parts = paragraphs(b.text).map(lineStart);
      if (b.label) parts[0] = `**${inline(oneLine(b.label))}:** ${parts[0] ?? ''}`.trimEnd();
      return parts.flatMap((p) => [p, '']);
    }
    case 'list':
      return [...b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(oneLine(item))}`), ''];
    case 'table':
      return [...table(b.header, b.rows), ''];
    case 'figure':
      // Markdown cannot carry the picture itself; the text alternative and the step list follow.
      return [`*${inline(oneLine(b.caption))}: ${inline(oneLine(b.alt))} ${documentLabels.stepsBelow}*`, ''];
  }
}

function section(s: Section, depth: number): string[] {
  return [
    `${'#'.repeat(depth)} ${inline(oneLine(s.title))}`,
    '',
    ...s.blocks.flatMap(block),
    ...s.children.flatMap((c) => section(c, depth + 1)),
  ];
}

export function renderMarkdown(doc: DocumentModel): string {
  const t = doc.title;
  const lines = [
    `# ${inline(oneLine(t.documentTitle))}: ${inline(oneLine(t.trajectTitle))}`,
    '',
    // Two trailing spaces: a line break between the lines, one paragraph.
    titlePageLines(t)
      .map(({ label, value }) => `**${inline(oneLine(label))}:** ${inline(oneLine(value))}`)
      .join('  \n'),
    '',
    ...doc.sections.flatMap((s) => section(s, 2)),
  ];
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
