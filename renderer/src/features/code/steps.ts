import type { ParticipatieCode } from '@shared/code/schema';

/**
 * The subjects of the guided flow, in the order a verordening treats them. `velden` are the
 * code's fields each step sets (an error there shows at that step); `artikelen` and
 * `hoofdstukken` are the parts of the verordening the step writes (the live consequences).
 */
export const STEPS = [
  {
    id: 'algemeen',
    fields: [
      'municipality',
      'year',
      'citationTitle',
      'replacedRegulation',
      'entryIntoForce',
      'definedTerms',
      'ownDefinedTerms',
    ],
    articles: ['begrippen', 'onderwerp', 'intrekking', 'inwerkingtreding', 'citeertitel'],
    chapters: [],
  },
  {
    id: 'toepassing',
    fields: ['scope'],
    articles: ['toepassing', 'uitzonderingen', 'grote-impact'],
    chapters: [],
  },
  { id: 'niveaus', fields: ['levels'], articles: ['niveaus'], chapters: [] },
  { id: 'participatieplan', fields: ['participatieplan'], articles: ['participatieplan'], chapters: [] },
  { id: 'rollen', fields: ['roles'], articles: ['rollen'], chapters: [] },
  { id: 'verslag', fields: ['terugkoppeling'], articles: ['verslag'], chapters: [] },
  { id: 'inspraak', fields: ['inspraak'], articles: ['inspraak'], chapters: ['inspraak'] },
  { id: 'uitdaagrecht', fields: ['uitdaagrecht'], articles: [], chapters: ['uitdaagrecht'] },
  {
    id: 'overheidsparticipatie',
    fields: ['governmentParticipation'],
    articles: [],
    chapters: ['initiatieven'],
  },
  { id: 'evaluatie', fields: ['evaluation'], articles: ['evaluatie'], chapters: [] },
  { id: 'initiatiefnemers', fields: ['initiators'], articles: [], chapters: ['initiatiefnemers'] },
] as const satisfies readonly {
  id: string;
  fields: readonly (keyof ParticipatieCode)[];
  articles: readonly string[];
  chapters: readonly string[];
}[];

export type StepId = (typeof STEPS)[number]['id'];
export type Step = (typeof STEPS)[number];

export function stepOf(id: string | undefined): Step {
  return STEPS.find((s) => s.id === id) ?? STEPS[0];
}

/** The step that sets a field of the code (the first key of an issue's path). */
export function stepOfField(field: PropertyKey | undefined): StepId {
  return STEPS.find((s) => (s.fields as readonly PropertyKey[]).includes(field ?? ''))?.id ?? 'algemeen';
}
