import type { DocumentModel, Figure } from '../../shared/document/model';
import type { ExportFormat } from '../../shared/document/formats';
import { htmlToPdf, svgToPng } from './chromium';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { pdfRenders } from './queue';

/**
 * What differs per host: how HTML becomes PDF and how the SVG figure becomes a PNG. The browser
 * mode and the CLI use a Chromium process; the desktop app uses Electron's printToPDF.
 */
export interface ExportHost {
  printPdf(html: string): Promise<Uint8Array>;
  rasterize?(svg: string, width: number, height: number): Promise<Uint8Array>;
  /** Desktop only: asks where to save (native dialog) and writes the file; undefined path = cancelled. */
  saveFile?(suggestedName: string, bytes: Uint8Array): Promise<string | undefined>;
}

export const chromiumExportHost: ExportHost = { printPdf: (html) => htmlToPdf(html), rasterize: svgToPng };

export interface RenderOptions {
  host: ExportHost;
  /** PNG of the figure made by the caller (the app draws it on a canvas); saves a Chromium start. */
  figurePng?: Uint8Array;
}

function findFigure(doc: DocumentModel): Figure | undefined {
  for (const s of doc.sections)
    for (const b of [...s.blocks, ...s.children.flatMap((c) => c.blocks)]) if (b.kind === 'figure') return b;
  return undefined;
}

/** Renders one document model to one format. Every format reads the same model: no text of its own. */
export async function renderDocument(
  doc: DocumentModel,
  format: ExportFormat,
  options: RenderOptions,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return new TextEncoder().encode(renderMarkdown(doc));
    case 'pdf': {
      const html = renderHtml(doc);
      // Queued: at most two renders at once, the rest wait (see queue.ts).
      return pdfRenders(() => options.host.printPdf(html));
    }
    case 'docx': {
      let png = options.figurePng;
      const figure = findFigure(doc);
      if (!png && figure && options.host.rasterize) {
        // Without a PNG, Word 2016+ still shows the SVG; only older readers see a blank box.
        png = await options.host.rasterize(figure.svg, figure.width, figure.height).catch(() => undefined);
      }
      return renderDocx(doc, png ? { figurePng: png } : {});
    }
  }
}
