import type { NumberedArticle } from '@shared/code/articles';
import type { ParticipatieCode } from '@shared/code/schema';
import { legalBases, verordeningArticles } from '@shared/code/verordening';
import type { Step } from './steps';

/**
 * The live consequences of a choice, from the same builders as the exported verordening: which
 * articles the last change added, dropped or rewrote, how many others got a new number, and
 * what the aanhef now names. Pure, so it is tested without a screen.
 */
export interface Consequences {
  added: NumberedArticle[];
  removed: NumberedArticle[];
  changed: NumberedArticle[];
  renumbered: number;
  addedLegalBases: string[];
  removedLegalBases: string[];
}

export const articleText = (a: NumberedArticle) =>
  a.paragraphs.map((l) => [l.text, ...l.items, ...(l.sub ?? []).flat()].join(' ')).join(' ');

export function articlesOf(code: ParticipatieCode): NumberedArticle[] {
  return verordeningArticles(code).flatMap((h) => h.articles);
}

/** Null when nothing in the verordening changed. */
export function consequencesOf(before: ParticipatieCode, after: ParticipatieCode): Consequences | null {
  const previous = new Map(articlesOf(before).map((a) => [a.key, a]));
  const next = new Map(articlesOf(after).map((a) => [a.key, a]));
  const added = [...next.values()].filter((a) => !previous.has(a.key));
  const removed = [...previous.values()].filter((a) => !next.has(a.key));
  const kept = [...next.values()].filter((a) => previous.has(a.key));
  // A text that differs only by its article numbers is renumbering, not a new rule.
  const withoutNumbers = (s: string) => s.replace(/artikel \d+/g, 'artikel #').replace(/hoofdstuk \d+/g, 'hoofdstuk #');
  const changed = kept.filter(
    (a) =>
      withoutNumbers(articleText(a)) !== withoutNumbers(articleText(previous.get(a.key)!)) ||
      a.title !== previous.get(a.key)!.title,
  );
  const renumbered = kept.filter((a) => a.number !== previous.get(a.key)!.number).length;
  const oldBasis = legalBases(before);
  const newBasis = legalBases(after);
  const result: Consequences = {
    added,
    removed,
    changed,
    renumbered,
    addedLegalBases: newBasis.filter((g) => !oldBasis.includes(g)),
    removedLegalBases: oldBasis.filter((g) => !newBasis.includes(g)),
  };
  const empty =
    added.length +
      removed.length +
      changed.length +
      renumbered +
      result.addedLegalBases.length +
      result.removedLegalBases.length ===
    0;
  return empty ? null : result;
}

/** The articles a step writes, as they read now. */
export function articlesOfStep(code: ParticipatieCode, step: Step): NumberedArticle[] {
  return verordeningArticles(code).flatMap((h) =>
    h.articles.filter(
      (a) =>
        (step.chapters as readonly string[]).includes(h.key) || (step.articles as readonly string[]).includes(a.key),
    ),
  );
}
