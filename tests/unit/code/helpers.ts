import type { ApiResult } from '../../../shared/api/errors';
import type { MethodName, MethodOutput } from '../../../shared/api/contract';
import type { DocumentModel, Section } from '../../../shared/document/model';
import type { memoryBackend } from '../../support/services';
import { defaultCode } from '../../../shared/code/defaults';
import { ParticipatieCode } from '../../../shared/code/schema';
import { verordeningArticles } from '../../../shared/code/verordening';

export const DATUM = '2026-11-22';

/** Calls the real dispatcher of an in-memory backend and returns the data; an error answer throws. */
export function apiCaller(backend: ReturnType<typeof memoryBackend>) {
  return async <M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> => {
    const result = (await backend.dispatch(method, input, 'http')) as ApiResult<MethodOutput<M>>;
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };
}

/** A fresh, valid default code to change in a test. */
export function code(): ParticipatieCode {
  return ParticipatieCode.parse(structuredClone(defaultCode('Teststad', 2026)));
}

/** The whole verordening text (numbered, references resolved) as one string per lid. */
export function ledenTekst(c: ParticipatieCode): string[] {
  return verordeningArticles(c).flatMap((h) =>
    h.articles.flatMap((a) => a.paragraphs.flatMap((l) => [l.text, ...l.items, ...(l.sub ?? []).flat()])),
  );
}
export const tekst = (c: ParticipatieCode) => ledenTekst(c).join('\n');

/** Article number by key, undefined when the article is not there. */
export function nr(c: ParticipatieCode, key: string): number | undefined {
  return verordeningArticles(c)
    .flatMap((h) => h.articles)
    .find((a) => a.key === key)?.number;
}
export function hfd(c: ParticipatieCode, key: string): number | undefined {
  return verordeningArticles(c).find((h) => h.key === key)?.number;
}
/** The resolved leden of one article. */
export function artikel(c: ParticipatieCode, key: string) {
  return verordeningArticles(c)
    .flatMap((h) => h.articles)
    .find((a) => a.key === key);
}
export const artikelTekst = (c: ParticipatieCode, key: string) =>
  (artikel(c, key)?.paragraphs ?? []).flatMap((l) => [l.text, ...l.items, ...(l.sub ?? []).flat()]).join('\n');

/** Every text of a document model, headings included. */
export function alleTekst(doc: DocumentModel): string {
  const out: string[] = [doc.title.documentTitle, doc.title.trajectTitle];
  const walk = (s: Section) => {
    out.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') out.push(b.label ?? '', b.text);
      if (b.kind === 'list') out.push(...b.items);
      if (b.kind === 'table') out.push(...b.header, ...b.rows.flat());
    }
    s.children.forEach(walk);
  };
  doc.sections.forEach(walk);
  return out.join('\n');
}
