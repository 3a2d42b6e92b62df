import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderDocument, chromiumExportHost } from '../../../main/export/render';
import { documentOf } from './helpers';

/**
 * A small pure-JS look inside the PDF (no poppler in CI): page objects with their size, the
 * document title, and the text of the pages via the fonts' ToUnicode maps (Chromium writes
 * glyph ids, so the text is only readable through those maps).
 */
function inspectPdf(bytes: Uint8Array) {
  const raw = Buffer.from(bytes).toString('latin1');
  const pages = [
    ...raw.matchAll(/\/Type\s*\/Page\b[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((m) => ({
    width: Number(m[3]),
    height: Number(m[4]),
  }));
  // Objects by number; streams inflated (Chromium compresses page contents and CMaps with Flate).
  const objects = new Map<string, { dict: string; stream?: string }>();
  for (const m of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    let stream: string | undefined;
    if (at >= 0) {
      const data = body.slice(body.indexOf('\n', at) + 1, body.lastIndexOf('endstream'));
      try {
        stream = inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
      } catch {
        /* not Flate (images) */
      }
    }
    objects.set(m[1]!, { dict: at >= 0 ? body.slice(0, at) : body, ...(stream !== undefined ? { stream } : {}) });
  }
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  // Per font its ToUnicode map: glyph id (hex) → text. Each font numbers its glyphs itself.
  const cmapOf = (fontObj: string): Map<string, string> => {
    const map = new Map<string, string>();
    const ref = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(fontObj)?.dict ?? '')?.[1];
    const cmap = ref ? (objects.get(ref)?.stream ?? '') : '';
    for (const block of cmap.match(/beginbfchar[\s\S]*?endbfchar/g) ?? [])
      for (const m of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1]!.toUpperCase(), hex(m[2]!));
    for (const block of cmap.match(/beginbfrange[\s\S]*?endbfrange/g) ?? [])
      for (const m of block.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const [lo, hi, dst] = [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
        for (let g = lo; g <= hi; g++)
          map.set(g.toString(16).toUpperCase().padStart(m[1]!.length, '0'), String.fromCodePoint(dst + g - lo));
      }
    return map;
  };
  // Page by page: its font names → font objects, then the text shown with each font.
  let text = '';
  for (const page of [...objects.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict))) {
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/(\S+)\s+(\d+) 0 R/g)].map((m) => [m[1]!, cmapOf(m[2]!)]));
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map(
      (m) => objects.get(m[1]!)?.stream ?? '',
    );
    let font = new Map<string, string>();
    for (const content of contents) {
      for (const m of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>/g)) {
        if (m[1]) font = fonts.get(m[1]) ?? new Map();
        else text += (m[2]!.match(/.{4}/g) ?? []).map((g) => font.get(g.toUpperCase()) ?? '').join('');
      }
      text += ' ';
    }
  }
  const title = /\/Title\s*\(([^)]*)\)/.exec(raw)?.[1] ?? /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(raw)?.[1];
  return { pages, text, title };
}

describe('PDF export (Chromium)', () => {
  it('prints the largest casus on A4 with the procesplaat on a landscape page and the text in the right order', async () => {
    const doc = await documentOf('aardgasvrij-de-horst');
    const pdf = await renderDocument(doc, 'pdf', { host: chromiumExportHost });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const { pages, text } = inspectPdf(pdf);
    // Title page, 18 chapters and an annex: between 12 and 30 pages for this casus.
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.length).toBeLessThanOrEqual(30);
    expect(pages.filter((p) => p.width > p.height)).toHaveLength(1);
    expect(
      pages.filter((p) => p.width < p.height).every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842),
    ).toBe(true);
    const squashed = text.replace(/\s+/g, '');
    for (const phrase of [
      'Participatieplanenspelregels',
      'AardgasvrijinDeHorst',
      '14Spelregels',
      'BijlageA.Openaandachtspunten',
      'Ontwerpatelier',
    ]) {
      expect(squashed).toContain(phrase);
    }
    expect(squashed.indexOf('14Spelregels')).toBeLessThan(squashed.indexOf('BijlageA.'));
    expect(squashed).toMatch(new RegExp(`Pagina2van${pages.length}`));
  }, 30_000);
});
