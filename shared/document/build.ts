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
import { analysePlan, openPoints } from './analysis';
import { resolveDetails } from './details';
import { sectionBuilders, type SectionContext } from './sections';
import { generateSpelregels, type Spelregel } from './spelregels';
import { formatIsoDate } from '../format';
import { documentLabels, variantTitles } from './texts';
import type { ParticipatieCode } from '../code/schema';
import { PlanDetails } from '../participatie/plan-details';
import { checkTrajectAgainstCode, planLegalBasis } from '../code/traject-checks';
import { motiveringSections, paragraafSections, VARIANT_TITLES, type DocumentVariant } from './variants';

/** What a document is made of: a traject's facts, answers and (optionally) its drawn procesplaat. */
export interface DocumentSource {
  title: string;
  municipality: string;
  vraagstuk: string;
  answers: TrajectAnswers;
  /** Laid out (see `prepareSource`); a stored plate or one generated from the answers. */
  procesplaat: Procesplaat;
  /** Edited spelregels; without them the generated ones are used. */
  spelregels?: Spelregel[];
  /**
   * The participatiecode the traject follows: the plan cites its article and lists the traject's
   * breaches of the code among the open points.
   */
  code?: ParticipatieCode;
}

export interface DocumentOptions {
  /** yyyy-mm-dd; passed in (never read from a clock) so the same input gives the same document. */
  date: string;
  version?: string;
  /** Which sections to include, in any order; the document keeps its own order. Default: all. */
  sections?: readonly SectionId[];
  picture?: ProcesplaatPicture;
  catalogue?: Catalogue;
  /**
   * `plan` (default) or `paragraaf`; a traject in which no phase has participation always gets
   * the `motivering` (see resolveVariant). `sections` only applies to the plan.
   */
  variant?: DocumentVariant;
}

/** The variant a traject gets: the motivering whenever no phase has participation. */
export function resolveVariant(answers: TrajectAnswers, requested: DocumentVariant = 'plan'): DocumentVariant {
  const answered = Object.values(answers.phases).filter((a) => a !== undefined);
  const none = answered.length > 0 && answered.every((a) => a.geenParticipatie !== undefined);
  return none ? 'motivering' : requested === 'motivering' ? 'plan' : requested;
}

export const DOCUMENT_TITLE = variantTitles.plan;

/** Completes a source: a laid-out procesplaat (generated when there is none) and the spelregels to show. */
export async function prepareSource(
  source: Omit<DocumentSource, 'procesplaat'> & { procesplaat?: Procesplaat | null },
  catalogue: Catalogue = defaultCatalogue,
): Promise<DocumentSource> {
  const procesplaat = await procesplaatForDocument(source.answers, source.procesplaat, catalogue);
  return { ...source, procesplaat };
}

/** The spelregels a document uses: the edited ones, or freshly generated from answers and plate. */
export function spelregelsFor(source: DocumentSource, catalogue: Catalogue = defaultCatalogue): Spelregel[] {
  return (
    source.spelregels ??
    generateSpelregels(source.answers, source.procesplaat, analysePlan(source.answers, source.procesplaat, catalogue))
  );
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Numbers chapters 1, 2 … and their paragraphs 1.1, 1.2 …; annexes become Bijlage A, B … */
function number(sections: Section[]): Section[] {
  let chapter = 0;
  let annex = 0;
  return sections.map((s) => {
    const prefix = s.annex ? documentLabels.annex(LETTERS[annex++]!) : String(++chapter);
    const children = s.children.map((c, i) => ({
      ...c,
      title: `${s.annex ? LETTERS[annex - 1] : chapter}.${i + 1} ${c.title}`,
    }));
    return { ...s, title: s.annex ? `${prefix}. ${s.title}` : `${prefix} ${s.title}`, children };
  });
}

/** Everything the sections read, derived once: the facts behind every rule and open point. */
export function sectionContext(
  source: DocumentSource,
  options: Pick<DocumentOptions, 'catalogue' | 'picture'> = {},
): SectionContext {
  const catalogue = options.catalogue ?? defaultCatalogue;
  const plate = source.procesplaat;
  const recommendation = recommendInstruments(source.answers, catalogue);
  const facts = analysePlan(source.answers, plate, catalogue, recommendation);
  const names = instrumentNames(catalogue);
  // Linked to a code: the plan rests on the code's article, unless the user named one himself.
  const code = source.code;
  const codeLegalBasis = code ? planLegalBasis(code, facts.noParticipation) : undefined;
  const ownArticle = source.answers.plan?.verordeningArtikel?.trim();
  const detailAnswers =
    codeLegalBasis && !ownArticle
      ? {
          ...source.answers,
          plan: { ...(source.answers.plan ?? PlanDetails.parse({})), verordeningArtikel: codeLegalBasis },
        }
      : source.answers;
  const codePoints = code
    ? checkTrajectAgainstCode(code, source.answers, plate).map((c) => ({
        source: 'code' as const,
        id: c.check,
        ...(c.phase ? { phase: c.phase } : {}),
        severity: c.severity,
        text: c.text,
      }))
    : [];
  return {
    title: source.title,
    vraagstuk: source.vraagstuk,
    answers: source.answers,
    plate,
    recommendation,
    catalogue,
    names,
    spelregels: source.spelregels ?? generateSpelregels(source.answers, plate, facts),
    picture: options.picture ?? defaultProcesplaatPicture,
    facts,
    details: resolveDetails(detailAnswers, facts, source.title),
    openPoints: [...openPoints(facts, plate, names), ...codePoints],
    ...(codeLegalBasis ? { codeLegalBasis } : {}),
  };
}

/** Pure: the same source and options always produce the same document. */
export function buildDocument(source: DocumentSource, options: DocumentOptions): DocumentModel {
  const ctx = sectionContext(source, options);
  const variant = resolveVariant(source.answers, options.variant);
  const wanted = new Set(options.sections ?? SECTION_IDS);
  const drafts =
    variant === 'plan'
      ? SECTION_IDS.filter((id) => wanted.has(id)).map((id) => sectionBuilders[id](ctx))
      : variant === 'paragraaf'
        ? paragraafSections(ctx)
        : motiveringSections(ctx);
  const sections = drafts.map((draft) => ({ ...draft, children: draft.children ?? [] }));
  return {
    title: {
      documentTitle: VARIANT_TITLES[variant],
      trajectTitle: source.title,
      municipality: source.municipality,
      date: formatIsoDate(options.date),
      version: options.version?.trim() || '1.0',
      status: ctx.details.status,
      ...(variant === 'plan' ? {} : { compact: true }),
      ...(source.answers.plan?.opdrachtgever
        ? { details: [{ label: documentLabels.commissioner, value: source.answers.plan.opdrachtgever }] }
        : {}),
    },
    sections: number(sections),
    variant,
  };
}
