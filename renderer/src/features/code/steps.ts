import type { ParticipatieCode } from '@shared/code/schema';

/**
 * The subjects of the guided flow, in the order a verordening treats them. `velden` are the
 * code's fields each step sets (an error there shows at that step); `artikelen` and
 * `hoofdstukken` are the parts of the verordening the step writes (the live consequences).
 */
export const STEPS = [
  {
    id: 'algemeen',
    velden: [
      'municipality',
      'year',
      'citationTitle',
      'replacedRegulation',
      'entryIntoForce',
      'definedTerms',
      'ownDefinedTerms',
    ],
    artikelen: ['begrippen', 'onderwerp', 'intrekking', 'inwerkingtreding', 'citeertitel'],
    hoofdstukken: [],
  },
  {
    id: 'toepassing',
    velden: ['scope'],
    artikelen: ['toepassing', 'uitzonderingen', 'grote-impact'],
    hoofdstukken: [],
  },
  { id: 'niveaus', velden: ['levels'], artikelen: ['niveaus'], hoofdstukken: [] },
  { id: 'participatieplan', velden: ['participatieplan'], artikelen: ['participatieplan'], hoofdstukken: [] },
  { id: 'rollen', velden: ['roles'], artikelen: ['rollen'], hoofdstukken: [] },
  { id: 'verslag', velden: ['terugkoppeling'], artikelen: ['verslag'], hoofdstukken: [] },
  { id: 'inspraak', velden: ['inspraak'], artikelen: ['inspraak'], hoofdstukken: ['inspraak'] },
  { id: 'uitdaagrecht', velden: ['uitdaagrecht'], artikelen: [], hoofdstukken: ['uitdaagrecht'] },
  {
    id: 'overheidsparticipatie',
    velden: ['governmentParticipation'],
    artikelen: [],
    hoofdstukken: ['initiatieven'],
  },
  { id: 'evaluatie', velden: ['evaluation'], artikelen: ['evaluatie'], hoofdstukken: [] },
  { id: 'initiatiefnemers', velden: ['initiators'], artikelen: [], hoofdstukken: ['initiatiefnemers'] },
] as const satisfies readonly {
  id: string;
  velden: readonly (keyof ParticipatieCode)[];
  artikelen: readonly string[];
  hoofdstukken: readonly string[];
}[];

export type StepId = (typeof STEPS)[number]['id'];
export type Step = (typeof STEPS)[number];

export function stepOf(id: string | undefined): Step {
  return STEPS.find((s) => s.id === id) ?? STEPS[0];
}

/** The step that sets a field of the code (the first key of an issue's path). */
export function stepOfField(veld: PropertyKey | undefined): StepId {
  return STEPS.find((s) => (s.velden as readonly PropertyKey[]).includes(veld ?? ''))?.id ?? 'algemeen';
}
