/** One block of typed text: a paragraph (line breaks kept) or a list made of lines that start with a dash. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const LIST_ITEM = /^\s*[-*•–]\s+/;

/**
 * Splits typed text into paragraphs and bullet lists: a blank line starts a new paragraph, and
 * consecutive lines that begin with "- " (or "* ", "• ", "– ") form a list. Nothing is read as HTML.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let lines: string[] = [];
    let list: string[] | undefined;
    const closeParagraph = () => {
      const t = lines.join('\n').trim();
      if (t) blocks.push({ kind: 'paragraph', text: t });
      lines = [];
    };
    for (const line of paragraph.split('\n')) {
      if (LIST_ITEM.test(line)) {
        closeParagraph();
        const point = line.replace(LIST_ITEM, '').trim();
        if (list) list.push(point);
        else {
          list = [point];
          blocks.push({ kind: 'list', items: list });
        }
      } else if (list && /^\s{2,}\S/.test(line)) {
        // An indented line continues the bullet above it.
        list[list.length - 1] += ` ${line.trim()}`;
      } else {
        list = undefined;
        lines.push(line);
      }
    }
    closeParagraph();
  }
  return blocks;
}
