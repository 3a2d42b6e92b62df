import { ApiError } from '../../../shared/api/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/document/formats';
import { localIsoDate } from '../../../shared/format';
import { exampleCasus } from '../../../shared/participatie/casussen/index';
import type { WorkshopCasus, CasusSource } from '../../../shared/workshop/session';
import { groupToTraject } from '../../../shared/workshop/to-traject';
import { reportFileName, workshopReport } from '../../../shared/workshop/report';
import { TimerActionNotAllowed } from '../../db/repositories/workshop';
import { createWithContent } from '../../db/repositories/traject-content';
import type { Services } from '../../services';
import { renderDocument } from '../../export/render';
import type { DomainHandlers, Handler } from '../types';

const sessionNotFound = () =>
  new ApiError('NOT_FOUND', 'Deze workshopsessie bestaat niet (meer). Misschien is hij verwijderd.');
const groupNotFound = () =>
  new ApiError('NOT_FOUND', 'Deze groep bestaat niet (meer) in de sessie. Laad de sessie opnieuw.');

function requireSession(services: Services, id: string) {
  const sessie = services.workshop.get(id);
  if (!sessie) throw sessionNotFound();
  return sessie;
}

/** Copies the casus text into the session, so the session stays readable whatever happens to the source. */
function casusFrom(services: Services, bron: CasusSource): WorkshopCasus {
  if (bron.soort === 'voorbeeld') {
    const voorbeeld = exampleCasus(bron.id);
    if (!voorbeeld) throw new ApiError('NOT_FOUND', 'Deze voorbeeldcasus bestaat niet. Kies een andere casus.');
    return { bron, titel: voorbeeld.titel, gemeente: voorbeeld.gemeente, vraagstuk: voorbeeld.vraagstuk };
  }
  const traject = services.trajecten.get(bron.trajectId);
  if (!traject) throw new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Kies een andere casus.');
  return { bron, titel: traject.titel, gemeente: traject.gemeente, vraagstuk: traject.vraagstuk };
}

const exportReport: Handler<'workshop.exportReport'> = async ({ id, formaat }, { services }) => {
  const sessie = requireSession(services, id);
  // The Dutch calendar date, also on a machine whose clock runs in UTC.
  const datum = localIsoDate();
  const format: ExportFormat = formaat === 'markdown' ? 'md' : formaat;
  let bytes: Uint8Array;
  try {
    bytes = await renderDocument(workshopReport(sessie, { datum }), format, { host: services.exportHost });
  } catch (error) {
    if (format === 'pdf') {
      throw new ApiError('INTERNAL', 'De PDF kon niet worden gemaakt. Kies Word of Markdown, of probeer het opnieuw.');
    }
    throw error;
  }
  return {
    bestandsnaam: reportFileName(sessie, datum, format),
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
    const sessie = services.workshop.updateSetup(input);
    if (!sessie) throw sessionNotFound();
    return sessie;
  },
  'workshop.delete': ({ id }, { services }) => {
    if (!services.workshop.delete(id)) throw sessionNotFound();
    return { id };
  },
  'workshop.saveAnswer': ({ sessieId, groepId, vraagId, tekst, expectedRevision }, { services }) => {
    const sessie = requireSession(services, sessieId);
    if (!sessie.vragen.some((v) => v.id === vraagId)) {
      throw new ApiError('NOT_FOUND', 'Deze vraag bestaat niet (meer) in de sessie. Laad de sessie opnieuw.');
    }
    const revision = services.workshop.saveAnswer(sessieId, groepId, vraagId, tekst, expectedRevision);
    if (revision === undefined) throw groupNotFound();
    return { revision };
  },
  'workshop.saveChoice': ({ sessieId, groepId, keuze, expectedRevision }, { services }) => {
    requireSession(services, sessieId);
    const revision = services.workshop.saveChoice(sessieId, groepId, keuze, expectedRevision);
    if (revision === undefined) throw groupNotFound();
    return { revision };
  },
  'workshop.setPosition': ({ sessieId, stand }, { services }) => {
    const sessie = requireSession(services, sessieId);
    const begrensd = { ...stand, vraagIndex: Math.min(stand.vraagIndex, sessie.vragen.length - 1) };
    services.workshop.setPosition(sessieId, begrensd);
    return begrensd;
  },
  'workshop.pressTimer': ({ sessieId, timer, actie, ms }, { services }) => {
    try {
      const timerEvents = services.workshop.pressTimer(sessieId, timer, actie, ms ?? 0);
      if (!timerEvents) throw sessionNotFound();
      return { timerEvents };
    } catch (error) {
      if (error instanceof TimerActionNotAllowed) {
        throw new ApiError(
          'CONFLICT',
          'De timer is intussen veranderd (bijvoorbeeld in een ander venster). Kijk naar de nieuwe stand en probeer het opnieuw.',
        );
      }
      throw error;
    }
  },
  'workshop.saveRodeDraden': ({ sessieId, rodeDraden, expectedRevision }, { services }) => {
    const saved = services.workshop.saveRodeDraden(sessieId, rodeDraden, expectedRevision);
    if (!saved) throw sessionNotFound();
    return saved;
  },
  'workshop.exportReport': exportReport,
  'workshop.createTraject': ({ sessieId, groepId }, { services }) => {
    const omgezet = groupToTraject(requireSession(services, sessieId), groepId);
    if (!omgezet) throw groupNotFound();
    // One transaction: a follow-up traject without the group's answers must never exist.
    return createWithContent(services, { details: omgezet.traject, answers: omgezet.answers }).traject;
  },
};
