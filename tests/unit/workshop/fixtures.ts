import { defaultQuestions, DEFAULT_DURATIONS, type WorkshopSession } from '../../../shared/workshop/index';

/** A session on the workshop casus with three groups, built in memory for the pure functions. */
export function sessie(overrides: Partial<WorkshopSession> = {}): WorkshopSession {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    titel: 'Democratie in Actie – Dijkerveen',
    casus: {
      source: { kind: 'example', id: 'aardgasvrij-de-horst' },
      title: 'Aardgasvrij in De Horst',
      municipality: 'Gemeente Dijkerveen (fictief)',
      vraagstuk: 'Hoe betrek je de bewoners van de wijk De Horst bij de keuze voor een alternatief voor Gronings gas?',
    },
    vragen: defaultQuestions(),
    groepen: [
      { id: 'groep-1', naam: 'Tafel Noord', keuze: null },
      { id: 'groep-2', naam: 'Tafel Zuid', keuze: null },
      { id: 'groep-3', naam: 'Tafel West', keuze: null },
    ],
    tijden: DEFAULT_DURATIONS,
    showAdvice: false,
    sound: true,
    stand: { stap: 'casus', vraagIndex: 0 },
    antwoorden: {},
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
