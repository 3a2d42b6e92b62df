import { adviesVoorAntwoorden, adviesVoorTraject } from './handlers/advies';
import { getAntwoorden, saveAntwoorden } from './handlers/antwoorden';
import { appInfo } from './handlers/app';
import { createTraject, deleteTraject, getTraject, listTrajecten, updateTraject } from './handlers/trajecten';
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
  'advies.voorTraject': adviesVoorTraject,
  'advies.voorAntwoorden': adviesVoorAntwoorden,
};
