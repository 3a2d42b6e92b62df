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
  toegevoegd: NumberedArticle[];
  verwijderd: NumberedArticle[];
  gewijzigd: NumberedArticle[];
  hernummerd: number;
  grondslagNieuw: string[];
  grondslagWeg: string[];
}

export const articleText = (a: NumberedArticle) =>
  a.paragraphs.map((l) => [l.text, ...l.items, ...(l.sub ?? []).flat()].join(' ')).join(' ');

export function articlesOf(code: ParticipatieCode): NumberedArticle[] {
  return verordeningArticles(code).flatMap((h) => h.articles);
}

/** Null when nothing in the verordening changed. */
export function consequencesOf(voor: ParticipatieCode, na: ParticipatieCode): Consequences | null {
  const oud = new Map(articlesOf(voor).map((a) => [a.key, a]));
  const nieuw = new Map(articlesOf(na).map((a) => [a.key, a]));
  const toegevoegd = [...nieuw.values()].filter((a) => !oud.has(a.key));
  const verwijderd = [...oud.values()].filter((a) => !nieuw.has(a.key));
  const blijven = [...nieuw.values()].filter((a) => oud.has(a.key));
  // A text that differs only by its article numbers is renumbering, not a new rule.
  const zonderNummers = (s: string) => s.replace(/artikel \d+/g, 'artikel #').replace(/hoofdstuk \d+/g, 'hoofdstuk #');
  const gewijzigd = blijven.filter(
    (a) =>
      zonderNummers(articleText(a)) !== zonderNummers(articleText(oud.get(a.key)!)) ||
      a.title !== oud.get(a.key)!.title,
  );
  const hernummerd = blijven.filter((a) => a.number !== oud.get(a.key)!.number).length;
  const gOud = legalBases(voor);
  const gNieuw = legalBases(na);
  const result: Consequences = {
    toegevoegd,
    verwijderd,
    gewijzigd,
    hernummerd,
    grondslagNieuw: gNieuw.filter((g) => !gOud.includes(g)),
    grondslagWeg: gOud.filter((g) => !gNieuw.includes(g)),
  };
  const leeg =
    toegevoegd.length +
      verwijderd.length +
      gewijzigd.length +
      hernummerd +
      result.grondslagNieuw.length +
      result.grondslagWeg.length ===
    0;
  return leeg ? null : result;
}

/** The articles a step writes, as they read now. */
export function articlesOfStep(code: ParticipatieCode, stap: Step): NumberedArticle[] {
  return verordeningArticles(code).flatMap((h) =>
    h.articles.filter(
      (a) =>
        (stap.hoofdstukken as readonly string[]).includes(h.key) ||
        (stap.artikelen as readonly string[]).includes(a.key),
    ),
  );
}
