/** One block of typed text: a paragraph (line breaks kept) or a list made of lines that start with a dash. */
export type TextBlock = { soort: 'alinea'; tekst: string } | { soort: 'lijst'; punten: string[] };

const OPSOMMING = /^\s*[-*•–]\s+/;

/**
 * Splits typed text into paragraphs and bullet lists: a blank line starts a new paragraph, and
 * consecutive lines that begin with "- " (or "* ", "• ", "– ") form a list. Nothing is read as HTML.
 */
export function textBlocks(tekst: string): TextBlock[] {
  const uit: TextBlock[] = [];
  for (const alinea of tekst.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let regels: string[] = [];
    let lijst: string[] | undefined;
    const closeParagraph = () => {
      const t = regels.join('\n').trim();
      if (t) uit.push({ soort: 'alinea', tekst: t });
      regels = [];
    };
    for (const regel of alinea.split('\n')) {
      if (OPSOMMING.test(regel)) {
        closeParagraph();
        const punt = regel.replace(OPSOMMING, '').trim();
        if (lijst) lijst.push(punt);
        else {
          lijst = [punt];
          uit.push({ soort: 'lijst', punten: lijst });
        }
      } else if (lijst && /^\s{2,}\S/.test(regel)) {
        // An indented line continues the bullet above it.
        lijst[lijst.length - 1] += ` ${regel.trim()}`;
      } else {
        lijst = undefined;
        regels.push(regel);
      }
    }
    closeParagraph();
  }
  return uit;
}
