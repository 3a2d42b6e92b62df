import { catalogue } from '../../../shared/participatie/catalogus/index';
import { recommendInstruments } from '../../../shared/participatie/recommend';
import type { DomainHandlers } from '../types';

/**
 * Advice for a traject's saved answers, for consumers of the API (HTTP host, scripts). The app's
 * screens (flow, workshop) call the pure `recommendInstruments` from shared themselves: the same
 * engine, instant and offline, for answers that are not saved yet too.
 */
export const adviceHandlers: DomainHandlers<'advice'> = {
  'advice.forTraject': ({ trajectId }, { services }) => {
    services.trajecten.require(trajectId);
    return recommendInstruments(services.answers.get(trajectId).answers, catalogue);
  },
};
