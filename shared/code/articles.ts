import type { Block, Section } from '../document/model';
import { listLetter, ordinal } from './labels';

/**
 * Chapters, articles and leden of a verordening before they are numbered. Texts refer to other
 * articles by key, never by number: `{{art:key}}` becomes "artikel 7", `{{art:key#lid}}`
 * "artikel 7, tweede lid" (or "het tweede lid" inside the same article), `{{hfd:key}}`
 * "hoofdstuk 4". Numbers are given at build time, so when a choice drops an article the ones
 * after it renumber and every reference still points at the right one. A reference to an article
 * that is not there is a programming error and throws.
 */
export interface ArticleParagraph {
  /** For references to this lid (`{{art:artikel#key}}`). */
  key?: string;
  text: string;
  /** Sub-numbered a., b., c.; the lid's text then ends with a colon. */
  items?: (string | ArticleItem)[];
  /**
   * Keep a list of one as a list. By default a single onderdeel joins the sentence ("in ieder
   * geval door spreekrecht …"); definitions and levels read wrong that way.
   */
  alwaysList?: boolean;
}

/** An onderdeel with subonderdelen (1°, 2° …); its text then ends with a colon. */
export interface ArticleItem {
  text: string;
  sub: string[];
}

export interface Article {
  key: string;
  title: string;
  paragraphs: ArticleParagraph[];
}

export interface Chapter {
  key: string;
  title: string;
  articles: Article[];
}

export interface NumberedArticle {
  key: string;
  number: number;
  title: string;
  chapter: number;
  /**
   * Resolved texts: one entry per lid, with its onderdelen; `sub` (when any onderdeel has them)
   * holds the subonderdelen per onderdeel, in the same order.
   */
  paragraphs: { text: string; items: string[]; sub?: string[][] }[];
}

export interface NumberedChapter {
  key: string;
  number: number;
  title: string;
  articles: NumberedArticle[];
}

/**
 * Replaces every reference; "artikel 3, eerste lid" in the middle of a sentence gets its closing
 * comma ("artikel 3, eerste lid, is van toepassing"), as Dutch legislative drafting writes it.
 */
function withClosingComma(
  text: string,
  replace: (kind: string, key: string, paragraph: string | undefined) => string,
): string {
  return text.replace(
    REF,
    (match: string, kind: string, key: string, paragraph: string | undefined, offset: number) => {
      const result = replace(kind, key, paragraph);
      const next = text.charAt(offset + match.length);
      return /^artikel \d+, \S+ lid$/.test(result) && next === ' ' ? `${result},` : result;
    },
  );
}

const REF = /\{\{(art|hfd):([a-z0-9-]+)(?:#([a-z0-9-]+))?\}\}/g;

export class UnknownReference extends Error {}

/** Numbers chapters and articles (articles run on through the chapters) and resolves references. */
export function numberChapters(chapters: readonly Chapter[]): NumberedChapter[] {
  const articleNumbers = new Map<string, { number: number; paragraphs: (string | undefined)[] }>();
  const chapterNumbers = new Map<string, number>();
  let n = 0;
  chapters.forEach((h, i) => {
    if (chapterNumbers.has(h.key)) throw new UnknownReference(`Hoofdstuk ${h.key} staat er twee keer in`);
    chapterNumbers.set(h.key, i + 1);
    for (const a of h.articles) {
      if (articleNumbers.has(a.key)) throw new UnknownReference(`Artikel ${a.key} staat er twee keer in`);
      articleNumbers.set(a.key, { number: ++n, paragraphs: a.paragraphs.map((l) => l.key) });
    }
  });

  const resolve = (text: string, own: string): string =>
    withClosingComma(text, (kind, key, paragraph) => {
      if (kind === 'hfd') {
        const h = chapterNumbers.get(key);
        if (h === undefined) throw new UnknownReference(`Verwijzing naar hoofdstuk ${key}, dat er niet is`);
        return `hoofdstuk ${h}`;
      }
      const a = articleNumbers.get(key);
      if (a === undefined) throw new UnknownReference(`Verwijzing naar artikel ${key}, dat er niet is`);
      if (paragraph === undefined) return key === own ? 'dit artikel' : `artikel ${a.number}`;
      const index = a.paragraphs.indexOf(paragraph);
      if (index < 0) throw new UnknownReference(`Verwijzing naar lid ${paragraph} van artikel ${key}, dat er niet is`);
      // An article of one lid has no numbered leden: refer to the article itself.
      if (a.paragraphs.length === 1) return key === own ? 'dit artikel' : `artikel ${a.number}`;
      const paragraphName = `${ordinal(index + 1)} lid`;
      return key === own ? `het ${paragraphName}` : `artikel ${a.number}, ${paragraphName}`;
    });

  return chapters.map((h) => ({
    key: h.key,
    number: chapterNumbers.get(h.key)!,
    title: h.title,
    articles: h.articles.map((a) => ({
      key: a.key,
      number: articleNumbers.get(a.key)!.number,
      title: a.title,
      chapter: chapterNumbers.get(h.key)!,
      paragraphs: a.paragraphs.map((l) => {
        const text = resolve(l.text, a.key);
        const list = l.items ?? [];
        const items = list.map((o) => resolve(typeof o === 'string' ? o : o.text, a.key));
        const sub = list.map((o) => (typeof o === 'string' ? [] : o.sub.map((x) => resolve(x, a.key))));
        if (sub.some((x) => x.length > 0)) return { text, items, sub };
        // One onderdeel is no enumeration: it joins the sentence ("in ieder geval door spreekrecht …").
        if (items.length === 1 && !l.alwaysList)
          return { text: `${text.replace(/:$/, '')} ${items[0]!.replace(/[;.,:\s]+$/, '')}.`, items: [] };
        return { text, items };
      }),
    })),
  }));
}

/** Resolves references in a text outside the verordening (toelichting, beleid): never "dit artikel". */
export function resolveReference(hoofdstukken: readonly NumberedChapter[], text: string): string {
  const artikelen = new Map(hoofdstukken.flatMap((h) => h.articles.map((a) => [a.key, a] as const)));
  const nummers = new Map(hoofdstukken.map((h) => [h.key, h.number] as const));
  return withClosingComma(text, (soort, key, lid) => {
    if (soort === 'hfd') {
      const h = nummers.get(key);
      if (h === undefined) throw new UnknownReference(`Verwijzing naar hoofdstuk ${key}, dat er niet is`);
      return `hoofdstuk ${h}`;
    }
    const a = artikelen.get(key);
    if (a === undefined) throw new UnknownReference(`Verwijzing naar artikel ${key}, dat er niet is`);
    if (lid !== undefined)
      throw new UnknownReference('Buiten de verordening wordt naar artikelen verwezen, niet naar leden');
    return `artikel ${a.number}`;
  });
}

/**
 * Onderdelen end with a semicolon, the last one with a full stop; one with subonderdelen ends
 * with a colon, and its last subonderdeel takes the semicolon or full stop instead.
 */
function onderdeelTekst(tekst: string, i: number, aantal: number, metSub = false): string {
  const kaal = tekst.replace(/[;.,:\s]+$/, '');
  return `${listLetter(i)}. ${kaal}${metSub ? ':' : i === aantal - 1 ? '.' : ';'}`;
}

function subonderdeelTekst(tekst: string, k: number, aantal: number, laatsteOnderdeel: boolean): string {
  const kaal = tekst.replace(/[;.,:\s]+$/, '');
  return `${k + 1}° ${kaal}${k === aantal - 1 && laatsteOnderdeel ? '.' : ';'}`;
}

/**
 * The blocks of one article: numbered leden ("1. …") only when there is more than one, their
 * onderdelen ("a. …") one outline level deeper, so Word indents them as a verordening does.
 */
export function articleBlocks(a: NumberedArticle): Block[] {
  const meer = a.paragraphs.length > 1;
  return a.paragraphs.flatMap((l, i) => [
    meer
      ? { kind: 'paragraph' as const, text: `${i + 1}. ${l.text}`, outline: 1 as const }
      : { kind: 'paragraph' as const, text: l.text },
    ...l.items.flatMap((o, j) => {
      const sub = l.sub?.[j] ?? [];
      const laatste = j === l.items.length - 1;
      return [
        {
          kind: 'paragraph' as const,
          text: onderdeelTekst(o, j, l.items.length, sub.length > 0),
          outline: meer ? (2 as const) : (1 as const),
        },
        ...sub.map((x, k) => ({
          kind: 'paragraph' as const,
          text: subonderdeelTekst(x, k, sub.length, laatste),
          outline: meer ? (3 as const) : (2 as const),
        })),
      ];
    }),
  ]);
}

export const articleHeading = (a: Pick<NumberedArticle, 'number' | 'title'>) => `Artikel ${a.number} ${a.title}`;
export const chapterHeading = (h: Pick<NumberedChapter, 'number' | 'title'>) => `Hoofdstuk ${h.number} ${h.title}`;

/** Chapters as sections, articles as their children: Heading 1 and 2 in Word, h3/h4 in Markdown. */
export function chapterSections(hoofdstukken: readonly NumberedChapter[]): Section[] {
  return hoofdstukken.map((h) => ({
    id: `hoofdstuk:${h.key}`,
    title: chapterHeading(h),
    blocks: [],
    children: h.articles.map((a) => ({
      id: `artikel:${a.key}`,
      title: articleHeading(a),
      blocks: articleBlocks(a),
      children: [],
    })),
  }));
}
