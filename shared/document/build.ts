import {
  catalogue as defaultCatalogue,
  instrumentNames,
  recommendInstruments,
  type Catalogue,
  type TrajectAnswers,
} from '../participatie/index';
import type { Procesplaat } from '../procesplaat/model';
import { SECTION_IDS, type DocumentModel, type Section, type SectionId } from './model';
import { defaultProcesplaatPicture, procesplaatForDocument, type ProcesplaatPicture } from './procesplaat-figure';
import { sectionBuilders } from './sections';
import { generateSpelregels, type Spelregel } from './spelregels';
import { datumVoluit } from './texts';

/** What a document is made of: a traject's facts, answers and (optionally) its drawn procesplaat. */
export interface DocumentSource {
  titel: string;
  gemeente: string;
  vraagstuk: string;
  answers: TrajectAnswers;
  /** Laid out (see `prepareSource`); a stored plate or one generated from the answers. */
  procesplaat: Procesplaat;
  /** Edited spelregels; without them the generated ones are used. */
  spelregels?: Spelregel[];
}

export interface DocumentOptions {
  /** yyyy-mm-dd; passed in (never read from a clock) so the same input gives the same document. */
  datum: string;
  versie?: string;
  /** Which sections to include, in any order; the document keeps its own order. Default: all. */
  sections?: readonly SectionId[];
  picture?: ProcesplaatPicture;
  catalogue?: Catalogue;
}

export const DOCUMENT_TITLE = 'Participatieplan en spelregels';

/** Completes a source: a laid-out procesplaat (generated when there is none) and the spelregels to show. */
export async function prepareSource(
  source: Omit<DocumentSource, 'procesplaat'> & { procesplaat?: Procesplaat | null },
  catalogue: Catalogue = defaultCatalogue,
): Promise<DocumentSource> {
  const procesplaat = await procesplaatForDocument(source.answers, source.procesplaat, catalogue);
  return { ...source, procesplaat };
}

/** The spelregels a document uses: the edited ones, or freshly generated from answers and plate. */
export function spelregelsFor(source: DocumentSource): Spelregel[] {
  return source.spelregels ?? generateSpelregels(source.answers, source.procesplaat);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Numbers chapters 1, 2 … and their paragraphs 1.1, 1.2 …; annexes become Bijlage A, B … */
function number(sections: Section[]): Section[] {
  let chapter = 0;
  let annex = 0;
  return sections.map((s) => {
    const prefix = s.annex ? `Bijlage ${LETTERS[annex++]}` : String(++chapter);
    const children = s.children.map((c, i) => ({
      ...c,
      title: `${s.annex ? LETTERS[annex - 1] : chapter}.${i + 1} ${c.title}`,
    }));
    return { ...s, title: s.annex ? `${prefix}. ${s.title}` : `${prefix} ${s.title}`, children };
  });
}

/** Pure: the same source and options always produce the same document. */
export function buildDocument(source: DocumentSource, options: DocumentOptions): DocumentModel {
  const catalogue = options.catalogue ?? defaultCatalogue;
  const plaat = source.procesplaat;
  const wanted = new Set(options.sections ?? SECTION_IDS);
  const ctx = {
    vraagstuk: source.vraagstuk,
    answers: source.answers,
    plaat,
    recommendation: recommendInstruments(source.answers, catalogue),
    catalogue,
    names: instrumentNames(catalogue),
    spelregels: source.spelregels ?? generateSpelregels(source.answers, plaat),
    picture: options.picture ?? defaultProcesplaatPicture,
  };
  const sections = SECTION_IDS.filter((id) => wanted.has(id)).map((id) => {
    const draft = sectionBuilders[id](ctx);
    return { ...draft, children: draft.children ?? [] };
  });
  return {
    title: {
      documentTitle: DOCUMENT_TITLE,
      trajectTitel: source.titel,
      gemeente: source.gemeente,
      datum: datumVoluit(options.datum),
      versie: options.versie?.trim() || '1.0',
    },
    sections: number(sections),
  };
}
