import type { ExportFormat } from '../document/formats';
import type { Block, DocumentModel, Section } from '../document/model';
import { formatDuration, formatIsoDate, formatList } from '../format';
import type { WorkshopSession } from './session';

/**
 * The session report as a document model (shared/document), so Word, Markdown and PDF are
 * rendered by the same export renderers as the participatieplan and say exactly the same.
 * Formal and impersonal, as a report that may end up with a college or council. All text is
 * plain: the renderers escape what the groups typed.
 */

export interface ReportOptions {
  /** yyyy-mm-dd; passed in (never read from a clock) so the same session gives the same report. */
  datum: string;
}

export const REPORT_TITLE = 'Verslag workshop';

const NO_ANSWER = 'Voor deze vraag is geen antwoord vastgelegd.';

/** Free text as typed: lines starting with a dash or bullet become a list, other lines paragraphs. */
export function textToBlocks(tekst: string): Block[] {
  const textBlocks: Block[] = [];
  let lijst: string[] = [];
  const closeList = () => {
    if (lijst.length > 0) textBlocks.push({ kind: 'list', ordered: false, items: lijst });
    lijst = [];
  };
  for (const regel of tekst.split(/\r?\n/)) {
    const schoon = regel.trim();
    const item = /^[-*•]\s+(.*)$/.exec(schoon);
    if (item) lijst.push(item[1]!);
    else {
      closeList();
      if (schoon !== '') textBlocks.push({ kind: 'paragraph', text: schoon });
    }
  }
  closeList();
  return textBlocks;
}

const alinea = (text: string, label?: string): Block => ({ kind: 'paragraph', text, ...(label ? { label } : {}) });

/** Pure: the casus, per question every group's answer, and the rode draden with the groups that named them. */
export function workshopReport(sessie: WorkshopSession, opties: ReportOptions): DocumentModel {
  const groepen = sessie.groepen;
  const naam = new Map(groepen.map((g) => [g.id, g.naam]));

  const overSessie: Section = {
    id: 'sessie',
    title: 'Over deze sessie',
    blocks: [
      alinea(
        'Dit verslag bevat de inbreng van de groepen die als taskforce lokale democratie een advies aan het bestuur voorbereidden: per vraag de antwoorden van elke groep, gevolgd door de rode draden die in de afsluiting zijn benoemd. Het verslag geeft de inbreng weer zoals die tijdens de sessie is vastgelegd.',
      ),
      alinea(formatList(groepen.map((g) => g.naam)), 'Groepen'),
      alinea(formatDuration(sessie.tijden.gesprekSec), 'Gesprekstijd'),
      alinea(formatDuration(sessie.tijden.rondgangSec), 'Rondgang'),
    ],
    children: [],
  };

  const casus: Section = {
    id: 'casus',
    title: 'De casus',
    blocks: sessie.casus.vraagstuk.trim() ? textToBlocks(sessie.casus.vraagstuk) : [alinea(sessie.casus.titel)],
    children: [],
  };

  const vragen: Section[] = sessie.vragen.map((vraag, i) => ({
    id: `vraag:${vraag.id}`,
    title: `Vraag ${i + 1}: ${vraag.titel}`,
    blocks: vraag.toelichting.trim() ? [alinea(vraag.toelichting, 'Toelichting')] : [],
    children: groepen.map((groep) => {
      const byGroup = Object.hasOwn(sessie.antwoorden, groep.id) ? sessie.antwoorden[groep.id] : undefined;
      const tekst = (byGroup && Object.hasOwn(byGroup, vraag.id) ? byGroup[vraag.id] : undefined)?.trim() ?? '';
      return {
        id: `vraag:${vraag.id}:${groep.id}`,
        title: groep.naam,
        blocks: tekst ? textToBlocks(tekst) : [alinea(NO_ANSWER)],
        children: [],
      };
    }),
  }));

  const draden = sessie.rodeDraden.filter((d) => d.tekst.trim() !== '');
  const rodeDraden: Section = {
    id: 'rode-draden',
    title: 'Rode draden',
    blocks:
      draden.length === 0
        ? [alinea('Er zijn geen rode draden vastgelegd.')]
        : [
            alinea('In de afsluiting zijn de volgende rode draden benoemd, met de groepen die ze naar voren brachten.'),
            {
              kind: 'list',
              ordered: false,
              items: draden.map((d) => {
                const bij = d.groepIds.map((id) => naam.get(id)).filter((n): n is string => n !== undefined);
                return bij.length > 0 ? `${d.tekst.trim()} (genoemd door: ${formatList(bij)})` : d.tekst.trim();
              }),
            },
          ],
    children: [],
  };

  return {
    title: {
      documentTitle: REPORT_TITLE,
      trajectTitel: sessie.titel,
      gemeente: sessie.casus.gemeente,
      datum: formatIsoDate(opties.datum),
      details: [{ label: 'Casus', value: sessie.casus.titel }],
    },
    sections: [overSessie, casus, ...vragen, rodeDraden],
  };
}

/** A file name without characters Windows or macOS refuse. */
export function reportFileName(sessie: WorkshopSession, datumIso: string, formaat: ExportFormat): string {
  const slug = sessie.titel
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `verslag-${slug || 'workshop'}-${datumIso.slice(0, 10)}.${formaat}`;
}
