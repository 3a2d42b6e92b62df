import type { ExportFormat } from '../document/formats';
import type { Block, DocumentModel, Section } from '../document/model';
import { formatDuration, formatIsoDate, formatList } from '../format';
import type { WorkshopSession } from './session';
import { reportTexts as texts } from './texts';

/**
 * The session report as a document model (shared/document), so Word, Markdown and PDF are
 * rendered by the same export renderers as the participatieplan and say exactly the same.
 * Formal and impersonal, as a report that may end up with a college or council. All text is
 * plain: the renderers escape what the groups typed.
 */

export interface ReportOptions {
  /** yyyy-mm-dd; passed in (never read from a clock) so the same session gives the same report. */
  date: string;
}

export const REPORT_TITLE = texts.title;

/** Free text as typed: lines starting with a dash or bullet become a list, other lines paragraphs. */
export function textToBlocks(text: string): Block[] {
  const textBlocks: Block[] = [];
  let listItems: string[] = [];
  const closeList = () => {
    if (listItems.length > 0) textBlocks.push({ kind: 'list', ordered: false, items: listItems });
    listItems = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const item = /^[-*•]\s+(.*)$/.exec(trimmed);
    if (item) listItems.push(item[1]!);
    else {
      closeList();
      if (trimmed !== '') textBlocks.push({ kind: 'paragraph', text: trimmed });
    }
  }
  closeList();
  return textBlocks;
}

const paragraph = (text: string, label?: string): Block => ({ kind: 'paragraph', text, ...(label ? { label } : {}) });

/** Pure: the casus, per question every group's answer, and the rode draden with the groups that named them. */
export function workshopReport(session: WorkshopSession, options: ReportOptions): DocumentModel {
  const groups = session.groups;
  const groupName = new Map(groups.map((g) => [g.id, g.name]));

  const aboutSession: Section = {
    id: 'session',
    title: texts.aboutSession,
    blocks: [
      paragraph(texts.aboutSessionIntro),
      paragraph(formatList(groups.map((g) => g.name)), texts.groups),
      paragraph(formatDuration(session.durations.discussionSec), texts.discussionTime),
      paragraph(formatDuration(session.durations.roundSec), texts.roundTime),
    ],
    children: [],
  };

  const casus: Section = {
    id: 'casus',
    title: texts.casus,
    blocks: session.casus.vraagstuk.trim() ? textToBlocks(session.casus.vraagstuk) : [paragraph(session.casus.title)],
    children: [],
  };

  const questions: Section[] = session.questions.map((question, i) => ({
    id: `question:${question.id}`,
    title: texts.question(i + 1, question.title),
    blocks: question.explanation.trim() ? [paragraph(question.explanation, texts.explanation)] : [],
    children: groups.map((group) => {
      const byGroup = Object.hasOwn(session.answers, group.id) ? session.answers[group.id] : undefined;
      const text = (byGroup && Object.hasOwn(byGroup, question.id) ? byGroup[question.id] : undefined)?.trim() ?? '';
      return {
        id: `question:${question.id}:${group.id}`,
        title: group.name,
        blocks: text ? textToBlocks(text) : [paragraph(texts.noAnswer)],
        children: [],
      };
    }),
  }));

  const threads = session.rodeDraden.filter((d) => d.text.trim() !== '');
  const rodeDraden: Section = {
    id: 'rode-draden',
    title: texts.rodeDraden,
    blocks:
      threads.length === 0
        ? [paragraph(texts.noRodeDraden)]
        : [
            paragraph(texts.rodeDradenIntro),
            {
              kind: 'list',
              ordered: false,
              items: threads.map((d) => {
                const namedBy = d.groupIds.map((id) => groupName.get(id)).filter((n): n is string => n !== undefined);
                return namedBy.length > 0 ? texts.namedBy(d.text.trim(), formatList(namedBy)) : d.text.trim();
              }),
            },
          ],
    children: [],
  };

  return {
    title: {
      documentTitle: REPORT_TITLE,
      trajectTitle: session.title,
      municipality: session.casus.municipality,
      date: formatIsoDate(options.date),
      details: [{ label: texts.casusLabel, value: session.casus.title }],
    },
    sections: [aboutSession, casus, ...questions, rodeDraden],
  };
}

/** A file name without characters Windows or macOS refuse. */
export function reportFileName(session: WorkshopSession, isoDate: string, format: ExportFormat): string {
  const slug = session.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${texts.fileNamePrefix}-${slug || 'workshop'}-${isoDate.slice(0, 10)}.${format}`;
}
