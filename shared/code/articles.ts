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
  tekst: string;
  /** Sub-numbered a., b., c.; the lid's text then ends with a colon. */
  onderdelen?: (string | ArticleItem)[];
  /**
   * Keep a list of one as a list. By default a single onderdeel joins the sentence ("in ieder
   * geval door spreekrecht …"); definitions and levels read wrong that way.
   */
  altijdLijst?: boolean;
}

/** An onderdeel with subonderdelen (1°, 2° …); its text then ends with a colon. */
export interface ArticleItem {
  tekst: string;
  sub: string[];
}

export interface Article {
  key: string;
  titel: string;
  leden: ArticleParagraph[];
}

export interface Chapter {
  key: string;
  titel: string;
  artikelen: Article[];
}

export interface NumberedArticle {
  key: string;
  nummer: number;
  titel: string;
  hoofdstuk: number;
  /**
   * Resolved texts: one entry per lid, with its onderdelen; `sub` (when any onderdeel has them)
   * holds the subonderdelen per onderdeel, in the same order.
   */
  leden: { tekst: string; onderdelen: string[]; sub?: string[][] }[];
}

export interface NumberedChapter {
  key: string;
  nummer: number;
  titel: string;
  artikelen: NumberedArticle[];
}

/**
 * Replaces every reference; "artikel 3, eerste lid" in the middle of a sentence gets its closing
 * comma ("artikel 3, eerste lid, is van toepassing"), as Dutch legislative drafting writes it.
 */
function metKomma(text: string, vervang: (soort: string, key: string, lid: string | undefined) => string): string {
  return text.replace(REF, (match: string, soort: string, key: string, lid: string | undefined, offset: number) => {
    const uit = vervang(soort, key, lid);
    const volgt = text.charAt(offset + match.length);
    return /^artikel \d+, \S+ lid$/.test(uit) && volgt === ' ' ? `${uit},` : uit;
  });
}

const REF = /\{\{(art|hfd):([a-z0-9-]+)(?:#([a-z0-9-]+))?\}\}/g;

export class UnknownReference extends Error {}

/** Numbers chapters and articles (articles run on through the chapters) and resolves references. */
export function numberChapters(hoofdstukken: readonly Chapter[]): NumberedChapter[] {
  const artikelNummer = new Map<string, { nummer: number; leden: (string | undefined)[] }>();
  const hoofdstukNummer = new Map<string, number>();
  let n = 0;
  hoofdstukken.forEach((h, i) => {
    if (hoofdstukNummer.has(h.key)) throw new UnknownReference(`Hoofdstuk ${h.key} staat er twee keer in`);
    hoofdstukNummer.set(h.key, i + 1);
    for (const a of h.artikelen) {
      if (artikelNummer.has(a.key)) throw new UnknownReference(`Artikel ${a.key} staat er twee keer in`);
      artikelNummer.set(a.key, { nummer: ++n, leden: a.leden.map((l) => l.key) });
    }
  });

  const resolve = (text: string, eigen: string): string =>
    metKomma(text, (soort, key, lid) => {
      if (soort === 'hfd') {
        const h = hoofdstukNummer.get(key);
        if (h === undefined) throw new UnknownReference(`Verwijzing naar hoofdstuk ${key}, dat er niet is`);
        return `hoofdstuk ${h}`;
      }
      const a = artikelNummer.get(key);
      if (a === undefined) throw new UnknownReference(`Verwijzing naar artikel ${key}, dat er niet is`);
      if (lid === undefined) return key === eigen ? 'dit artikel' : `artikel ${a.nummer}`;
      const index = a.leden.indexOf(lid);
      if (index < 0) throw new UnknownReference(`Verwijzing naar lid ${lid} van artikel ${key}, dat er niet is`);
      // An article of one lid has no numbered leden: refer to the article itself.
      if (a.leden.length === 1) return key === eigen ? 'dit artikel' : `artikel ${a.nummer}`;
      const lidNaam = `${ordinal(index + 1)} lid`;
      return key === eigen ? `het ${lidNaam}` : `artikel ${a.nummer}, ${lidNaam}`;
    });

  return hoofdstukken.map((h) => ({
    key: h.key,
    nummer: hoofdstukNummer.get(h.key)!,
    titel: h.titel,
    artikelen: h.artikelen.map((a) => ({
      key: a.key,
      nummer: artikelNummer.get(a.key)!.nummer,
      titel: a.titel,
      hoofdstuk: hoofdstukNummer.get(h.key)!,
      leden: a.leden.map((l) => {
        const tekst = resolve(l.tekst, a.key);
        const lijst = l.onderdelen ?? [];
        const onderdelen = lijst.map((o) => resolve(typeof o === 'string' ? o : o.tekst, a.key));
        const sub = lijst.map((o) => (typeof o === 'string' ? [] : o.sub.map((x) => resolve(x, a.key))));
        if (sub.some((x) => x.length > 0)) return { tekst, onderdelen, sub };
        // One onderdeel is no enumeration: it joins the sentence ("in ieder geval door spreekrecht …").
        if (onderdelen.length === 1 && !l.altijdLijst)
          return { tekst: `${tekst.replace(/:$/, '')} ${onderdelen[0]!.replace(/[;.,:\s]+$/, '')}.`, onderdelen: [] };
        return { tekst, onderdelen };
      }),
    })),
  }));
}

/** Resolves references in a text outside the verordening (toelichting, beleid): never "dit artikel". */
export function resolveReference(hoofdstukken: readonly NumberedChapter[], text: string): string {
  const artikelen = new Map(hoofdstukken.flatMap((h) => h.artikelen.map((a) => [a.key, a] as const)));
  const nummers = new Map(hoofdstukken.map((h) => [h.key, h.nummer] as const));
  return metKomma(text, (soort, key, lid) => {
    if (soort === 'hfd') {
      const h = nummers.get(key);
      if (h === undefined) throw new UnknownReference(`Verwijzing naar hoofdstuk ${key}, dat er niet is`);
      return `hoofdstuk ${h}`;
    }
    const a = artikelen.get(key);
    if (a === undefined) throw new UnknownReference(`Verwijzing naar artikel ${key}, dat er niet is`);
    if (lid !== undefined)
      throw new UnknownReference('Buiten de verordening wordt naar artikelen verwezen, niet naar leden');
    return `artikel ${a.nummer}`;
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
  const meer = a.leden.length > 1;
  return a.leden.flatMap((l, i) => [
    meer
      ? { kind: 'paragraph' as const, text: `${i + 1}. ${l.tekst}`, outline: 1 as const }
      : { kind: 'paragraph' as const, text: l.tekst },
    ...l.onderdelen.flatMap((o, j) => {
      const sub = l.sub?.[j] ?? [];
      const laatste = j === l.onderdelen.length - 1;
      return [
        {
          kind: 'paragraph' as const,
          text: onderdeelTekst(o, j, l.onderdelen.length, sub.length > 0),
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

export const articleHeading = (a: Pick<NumberedArticle, 'nummer' | 'titel'>) => `Artikel ${a.nummer} ${a.titel}`;
export const chapterHeading = (h: Pick<NumberedChapter, 'nummer' | 'titel'>) => `Hoofdstuk ${h.nummer} ${h.titel}`;

/** Chapters as sections, articles as their children: Heading 1 and 2 in Word, h3/h4 in Markdown. */
export function chapterSections(hoofdstukken: readonly NumberedChapter[]): Section[] {
  return hoofdstukken.map((h) => ({
    id: `hoofdstuk:${h.key}`,
    title: chapterHeading(h),
    blocks: [],
    children: h.artikelen.map((a) => ({
      id: `artikel:${a.key}`,
      title: articleHeading(a),
      blocks: articleBlocks(a),
      children: [],
    })),
  }));
}
