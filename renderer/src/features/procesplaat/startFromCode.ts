import type { CodeCheck } from '@shared/code/traject-checks';
import { genId } from '@shared/procesplaat/ids';
import type { Procesplaat } from '@shared/procesplaat/model';
import type { ListedCheck } from './ChecksList';

/**
 * A traject's first procesplaat from its participatiecode's standard process. The steps become the
 * traject's own (not generated: "Bijwerken uit antwoorden" keeps them and adds the steps from the
 * answers beside them); the lanes take the ids the generator gives lanes, so that update finds
 * its phases instead of adding a second set. Where the code's editor looked is left behind.
 */
export function plateFromCodeProcess(plate: Procesplaat): Procesplaat {
  const laneIds = new Map(
    plate.nodes.flatMap((n) => (n.type === 'fase' && n.data.phase ? [[n.id, genId.fase(n.data.phase)] as const] : [])),
  );
  const id = (old: string) => laneIds.get(old) ?? old;
  return {
    nodes: plate.nodes.map((n) => (laneIds.has(n.id) ? { ...n, id: id(n.id) } : n)),
    edges: plate.edges.map((e) => ({ ...e, source: id(e.source), target: id(e.target) })),
    generatedIds: [],
  };
}

/** The code's checks in the procesplaat's checks list: the rule's text with the article it comes from. */
export function listedCodeChecks(
  checks: readonly CodeCheck[],
  t: (key: 'procesplaat.codeChecks.withArticle', options: { text: string; citation: string }) => string,
): ListedCheck[] {
  return checks.map((c) => ({
    id: `code:${c.id}`,
    check: c.check,
    severity: c.severity,
    nodeIds: c.nodeIds,
    // Most texts name their article already ("Volgens artikel 6 van …"); the others get it added.
    message:
      c.article && !c.text.includes(c.article.citation)
        ? t('procesplaat.codeChecks.withArticle', { text: c.text, citation: c.article.citation })
        : c.text,
  }));
}
