import { buildDocument, prepareSource, type DocumentSource } from '../../../shared/document/index';
import type { DocumentModel } from '../../../shared/document/model';
import { exampleCasussen, type CasusFile } from '../../../shared/participatie/index';
import type { ExportHost } from '../../../main/export/render';

export const casusIds = Object.keys(exampleCasussen) as (keyof typeof exampleCasussen)[];
/** A fixed date keeps golden files stable. */
export const DATE = '2026-11-22';

/** A document source of its own for each call: tests may change it without touching the shared (frozen) example. */
export async function sourceOf(casus: CasusFile): Promise<DocumentSource> {
  const { titel, gemeente, vraagstuk, answers } = structuredClone(casus);
  return prepareSource({ title: titel, municipality: gemeente, vraagstuk, answers });
}

export async function documentOf(id: keyof typeof exampleCasussen): Promise<DocumentModel> {
  return buildDocument(await sourceOf(exampleCasussen[id]), { date: DATE });
}

/** No Chromium: docx keeps the SVG, PDF is refused. For tests that must not depend on a browser. */
export const noBrowser: ExportHost = { printPdf: () => Promise.reject(new Error('geen browser in deze test')) };

/** Every text in the model, for searches. */
export function allText(doc: DocumentModel): string[] {
  const out: string[] = [doc.title.documentTitle, doc.title.trajectTitle, doc.title.municipality];
  const walk = (s: DocumentModel['sections'][number]) => {
    out.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(b.label ?? '', b.text);
      if (b.kind === 'list') out.push(...b.items);
      if (b.kind === 'table') out.push(...b.header, ...b.rows.flat());
      if (b.kind === 'figure') out.push(b.caption, b.alt);
    }
    s.children.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out;
}
