import { ApiError } from '../../../shared/api/errors';
import { catalogue } from '../../../shared/participatie/catalogus/index';
import { recommendInstruments } from '../../../shared/participatie/recommend';
import type { Handler } from '../types';

export const adviesVoorTraject: Handler<'advies.voorTraject'> = ({ trajectId }, { services }) => {
  if (!services.trajecten.get(trajectId)) {
    throw new ApiError('NOT_FOUND', 'Dit traject bestaat niet (meer). Misschien is het verwijderd.');
  }
  return recommendInstruments(services.antwoorden.get(trajectId).answers, catalogue);
};

export const adviesVoorAntwoorden: Handler<'advies.voorAntwoorden'> = ({ answers }) =>
  recommendInstruments(answers, catalogue);
