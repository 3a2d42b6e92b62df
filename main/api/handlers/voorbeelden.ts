import { ApiError } from '../../../shared/api/errors';
import { voorbeeldCasus } from '../../../shared/participatie/casussen/index';
import { NieuwTraject } from '../../../shared/traject/traject';
import type { Handler } from '../types';

/**
 * A fresh, editable copy of a worked example. Traject and answers are written in one
 * transaction, so a failure leaves nothing behind (no traject without its answers).
 */
export const openVoorbeeld: Handler<'voorbeelden.open'> = ({ id }, { services }) => {
  const casus = voorbeeldCasus(id);
  if (!casus) throw new ApiError('NOT_FOUND', 'Deze voorbeeldcasus bestaat niet. Kies een andere casus.');
  // Validated like user input: the example must fit the same limits as a traject typed in by hand.
  const details = NieuwTraject.parse({
    titel: `${casus.titel} (voorbeeld)`,
    gemeente: casus.gemeente,
    vraagstuk: casus.vraagstuk,
  });
  return services.db.transaction(() => {
    const created = services.trajecten.create(details);
    const revision = services.antwoorden.save(created.id, casus.answers);
    return { traject: services.trajecten.get(created.id) ?? created, revision };
  })();
};
