import { adviesVoorAntwoorden, adviesVoorTraject } from './handlers/advies';
import { getAntwoorden, saveAntwoorden } from './handlers/antwoorden';
import { appInfo } from './handlers/app';
import { codesHandlers } from './handlers/codes';
import {
  exportDocumentHandler,
  exportPreview,
  exportProjectHandler,
  importProjectHandler,
  saveSpelregels,
} from './handlers/export';
import { lotingHandlers } from './handlers/loting';
import { getProcesplaat, patchProcesplaat, saveProcesplaat, saveProcesplaatViewport } from './handlers/procesplaat';
import { createTraject, deleteTraject, getTraject, listTrajecten, updateTraject } from './handlers/trajecten';
import { openVoorbeeld } from './handlers/voorbeelden';
import { workshopHandlers } from './handlers/workshop';
import type { Handlers } from './types';

/** Typed as `Handlers`: a contract method without an entry here fails `tsc -b`. */
export const handlers: Handlers = {
  'app.info': appInfo,
  'trajecten.list': listTrajecten,
  'trajecten.get': getTraject,
  'trajecten.create': createTraject,
  'trajecten.update': updateTraject,
  'trajecten.delete': deleteTraject,
  'antwoorden.get': getAntwoorden,
  'antwoorden.save': saveAntwoorden,
  'procesplaat.get': getProcesplaat,
  'procesplaat.save': saveProcesplaat,
  'procesplaat.patch': patchProcesplaat,
  'procesplaat.saveViewport': saveProcesplaatViewport,
  'advies.voorTraject': adviesVoorTraject,
  'advies.voorAntwoorden': adviesVoorAntwoorden,
  'voorbeelden.open': openVoorbeeld,
  ...workshopHandlers,
  'export.preview': exportPreview,
  'export.saveSpelregels': saveSpelregels,
  'export.document': exportDocumentHandler,
  'export.project': exportProjectHandler,
  'export.importProject': importProjectHandler,
  ...lotingHandlers,
  ...codesHandlers,
};
