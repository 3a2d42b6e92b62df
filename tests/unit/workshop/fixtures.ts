import { defaultQuestions, DEFAULT_DURATIONS, type WorkshopSession } from '../../../shared/workshop/index';

/** A session on the workshop casus with three groups, built in memory for the pure functions. */
export function session(overrides: Partial<WorkshopSession> = {}): WorkshopSession {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Democratie in Actie – Dijkerveen',
    casus: {
      source: { kind: 'example', id: 'aardgasvrij-de-horst' },
      title: 'Aardgasvrij in De Horst',
      municipality: 'Gemeente Dijkerveen (fictief)',
      vraagstuk: 'Hoe betrek je de bewoners van de wijk De Horst bij de keuze voor een alternatief voor Gronings gas?',
    },
    questions: defaultQuestions(),
    groups: [
      { id: 'groep-1', name: 'Tafel Noord', choice: null },
      { id: 'groep-2', name: 'Tafel Zuid', choice: null },
      { id: 'groep-3', name: 'Tafel West', choice: null },
    ],
    durations: DEFAULT_DURATIONS,
    showAdvice: false,
    sound: true,
    position: { step: 'casus', questionIndex: 0 },
    answers: {},
    answerRevisions: {},
    choiceRevisions: {},
    timerEvents: [],
    rodeDraden: [],
    rodeDradenRevision: 0,
    repaired: false,
    revision: 1,
    createdAt: '2025-03-12T09:00:00.000Z',
    updatedAt: '2025-03-12T09:00:00.000Z',
    ...overrides,
  };
}
