import { ApiError } from '../../../shared/api/errors';
import { exampleCasus } from '../../../shared/participatie/casussen/index';
import { exampleMessages } from '../../../shared/participatie/messages';
import { createWithContent } from '../../db/repositories/traject-content';
import type { DomainHandlers } from '../types';

export const examplesHandlers: DomainHandlers<'examples'> = {
  /** A fresh, editable copy of a worked example (traject and answers in one transaction). */
  'examples.open': ({ id }, { services }) => {
    const casus = exampleCasus(id);
    if (!casus) throw new ApiError('NOT_FOUND', exampleMessages.notFound);
    // Checked like user input: the example must fit the same limits as a traject typed in by hand.
    const { traject, answersRevision } = createWithContent(services, {
      details: {
        title: `${casus.titel} ${exampleMessages.titleSuffix}`,
        municipality: casus.gemeente,
        vraagstuk: casus.vraagstuk,
      },
      answers: casus.answers,
    });
    return { traject, revision: answersRevision };
  },
};
