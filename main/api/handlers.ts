import { adviceHandlers } from './handlers/advice';
import { answersHandlers } from './handlers/answers';
import { appHandlers } from './handlers/app';
import { codesHandlers } from './handlers/codes';
import { examplesHandlers } from './handlers/examples';
import { exportHandlers } from './handlers/export';
import { lotingHandlers } from './handlers/loting';
import { procesplaatHandlers } from './handlers/procesplaat';
import { trajectenHandlers } from './handlers/trajecten';
import { workshopHandlers } from './handlers/workshop';
import type { Handlers } from './types';

/**
 * One registration style: every `handlers/<domain>.ts` exports the handlers of its domain as one
 * object (`DomainHandlers<'domain'>`). Typed as `Handlers`: a contract method without an entry
 * fails `tsc -b`.
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...trajectenHandlers,
  ...answersHandlers,
  ...procesplaatHandlers,
  ...adviceHandlers,
  ...examplesHandlers,
  ...workshopHandlers,
  ...exportHandlers,
  ...lotingHandlers,
  ...codesHandlers,
};
