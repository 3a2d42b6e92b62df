/**
 * Text hygiene shared by every renderer. User text may contain anything (pasted Word text,
 * control characters, markup); renderers only ever receive it through these helpers and then
 * escape it for their own format.
 */

// C0 controls except tab and newline, DEL, C1 controls, and the non-characters XML forbids.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Removes control characters (XML 1.0 and Word cannot carry them) and tabs. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\t/g, ' ');
}

/** One line: for table cells, list items and headings. */
export function oneLine(text: string): string {
  return clean(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A text block split into paragraphs at blank lines; single newlines become spaces. */
export function paragraphs(text: string): string[] {
  return clean(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

/** A safe file name from a traject title: letters, digits and dashes only. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'traject';
}
