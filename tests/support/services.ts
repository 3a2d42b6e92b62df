import { createDispatcher } from '../../main/api/dispatch';
import { handlers } from '../../main/api/handlers';
import { openDatabase } from '../../main/db/open';
import { createServices, type Services } from '../../main/services';

/** A complete backend on an in-memory database, with output validation on. */
export function memoryBackend(): { services: Services; dispatch: ReturnType<typeof createDispatcher> } {
  const services = createServices(openDatabase(':memory:'), '0.0.0-test');
  const dispatch = createDispatcher(handlers, services, { validateOutput: true, logError: () => {} });
  return { services, dispatch };
}
