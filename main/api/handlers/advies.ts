import { catalogue } from '../../../shared/participatie/catalogus/index';
import { recommendInstruments } from '../../../shared/participatie/recommend';
import type { DomainHandlers } from '../types';

export const adviesHandlers: DomainHandlers<'advies'> = {
  'advies.voorTraject': ({ trajectId }, { services }) => {
    services.trajecten.require(trajectId);
    return recommendInstruments(services.antwoorden.get(trajectId).answers, catalogue);
  },
  'advies.voorAntwoorden': ({ answers }) => recommendInstruments(answers, catalogue),
};
