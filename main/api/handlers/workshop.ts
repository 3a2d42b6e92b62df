import { ApiError } from '../../../shared/api/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/document/formats';
import { localIsoDate } from '../../../shared/format';
import { exampleCasus } from '../../../shared/participatie/casussen/index';
import type { WorkshopCasus, NewWorkshopParsed } from '../../../shared/workshop/session';
import { workshopMessages as messages } from '../../../shared/workshop/texts';
import { groupToTraject } from '../../../shared/workshop/to-traject';
import { reportFileName, workshopReport } from '../../../shared/workshop/report';
import { TimerActionNotAllowed } from '../../db/repositories/workshop';
import { createWithContent } from '../../db/repositories/traject-content';
import type { Services } from '../../services';
import { renderDocument } from '../../export/render';
import type { DomainHandlers, Handler } from '../types';

const sessionNotFound = () => new ApiError('NOT_FOUND', messages.sessionNotFound);
const groupNotFound = () => new ApiError('NOT_FOUND', messages.groupNotFound);

function requireSession(services: Services, id: string) {
  const session = services.workshop.get(id);
  if (!session) throw sessionNotFound();
  return session;
}

/** Copies the casus text into the session, so the session stays readable whatever happens to the source. */
function casusFrom(services: Services, chosen: NewWorkshopParsed['casus']): WorkshopCasus {
  if (chosen.kind === 'example') {
    const example = exampleCasus(chosen.id);
    if (!example) throw new ApiError('NOT_FOUND', messages.exampleNotFound);
    return {
      source: { kind: 'example', id: chosen.id },
      title: example.titel,
      municipality: example.gemeente,
      vraagstuk: example.vraagstuk,
    };
  }
  const traject = services.trajecten.get(chosen.trajectId);
  if (!traject) throw new ApiError('NOT_FOUND', messages.trajectNotFound);
  return {
    source: { kind: 'traject', trajectId: chosen.trajectId },
    title: traject.title,
    municipality: traject.municipality,
    vraagstuk: traject.vraagstuk,
  };
}

const exportReport: Handler<'workshop.exportReport'> = async ({ id, format: requested }, { services }) => {
  const session = requireSession(services, id);
  // The Dutch calendar date, also on a machine whose clock runs in UTC.
  const date = localIsoDate();
  const format: ExportFormat = requested === 'markdown' ? 'md' : requested;
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(workshopReport(session, { date }), format, { host: services.exportHost });
  } catch (error) {
    if (format === 'pdf') {
      throw new ApiError('INTERNAL', messages.pdfFailed);
    }
    throw error;
  }
  return {
    fileName: reportFileName(session, date, format),
    mimeType: EXPORT_FORMATS[format].mimeType,
    base64: Buffer.from(bytes).toString('base64'),
  };
};

/** Spread into main/api/handlers.ts. */
export const workshopHandlers: DomainHandlers<'workshop'> = {
  'workshop.list': (_input, { services }) => services.workshop.list(),
  'workshop.get': ({ id }, { services }) => requireSession(services, id),
  'workshop.create': (input, { services }) => services.workshop.create(input, casusFrom(services, input.casus)),
  'workshop.update': (input, { services }) => {
    const session = services.workshop.updateSetup(input);
    if (!session) throw sessionNotFound();
    return session;
  },
  'workshop.delete': ({ id }, { services }) => {
    if (!services.workshop.delete(id)) throw sessionNotFound();
    return { id };
  },
  'workshop.saveAnswer': ({ sessionId, groupId, questionId, text, expectedRevision }, { services }) => {
    const session = requireSession(services, sessionId);
    if (!session.questions.some((q) => q.id === questionId)) throw new ApiError('NOT_FOUND', messages.questionNotFound);
    const revision = services.workshop.saveAnswer(sessionId, groupId, questionId, text, expectedRevision);
    if (revision === undefined) throw groupNotFound();
    return { revision };
  },
  'workshop.saveChoice': ({ sessionId, groupId, choice, expectedRevision }, { services }) => {
    requireSession(services, sessionId);
    const revision = services.workshop.saveChoice(sessionId, groupId, choice, expectedRevision);
    if (revision === undefined) throw groupNotFound();
    return { revision };
  },
  'workshop.setPosition': ({ sessionId, position }, { services }) => {
    const session = requireSession(services, sessionId);
    const bounded = { ...position, questionIndex: Math.min(position.questionIndex, session.questions.length - 1) };
    services.workshop.setPosition(sessionId, bounded);
    return bounded;
  },
  'workshop.pressTimer': ({ sessionId, timer, action, ms }, { services }) => {
    try {
      const timerEvents = services.workshop.pressTimer(sessionId, timer, action, ms ?? 0);
      if (!timerEvents) throw sessionNotFound();
      return { timerEvents };
    } catch (error) {
      if (error instanceof TimerActionNotAllowed) {
        throw new ApiError('CONFLICT', messages.timerChanged);
      }
      throw error;
    }
  },
  'workshop.saveRodeDraden': ({ sessionId, rodeDraden, expectedRevision }, { services }) => {
    const saved = services.workshop.saveRodeDraden(sessionId, rodeDraden, expectedRevision);
    if (!saved) throw sessionNotFound();
    return saved;
  },
  'workshop.exportReport': exportReport,
  'workshop.createTraject': ({ sessionId, groupId }, { services }) => {
    const converted = groupToTraject(requireSession(services, sessionId), groupId);
    if (!converted) throw groupNotFound();
    // One transaction: a follow-up traject without the group's answers must never exist.
    return createWithContent(services, { details: converted.traject, answers: converted.answers }).traject;
  },
};
