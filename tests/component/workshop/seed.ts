import { NewWorkshop, defaultQuestions } from '../../../shared/workshop/index';
import type { Services } from '../../../main/services';

/**
 * The workshop session the workshop component tests work on: the Aardgasvrij example casus, two
 * groups (Noord and Zuid) and the default questions; returns its id.
 */
export function createExampleSession(services: Services, options: { showAdvice?: boolean } = {}): string {
  return services.workshop.create(
    NewWorkshop.parse({
      title: 'Dijkerveen',
      casus: { kind: 'example', id: 'aardgasvrij-de-horst' },
      groups: [{ name: 'Noord' }, { name: 'Zuid' }],
      questions: defaultQuestions(),
      ...options,
    }),
    { source: { kind: 'example', id: 'aardgasvrij-de-horst' }, title: 'Aardgasvrij', municipality: '', vraagstuk: '' },
  ).id;
}
