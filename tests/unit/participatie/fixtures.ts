import {
  Catalogue,
  type Instrument,
  type InstrumentInput,
  type PhaseAnswersInput,
  type TrajectAnswers,
  TrajectAnswers as TrajectAnswersSchema,
  type Phase,
} from '../../../shared/participatie/index';
import { incl } from '../../../shared/participatie/catalogus/bronnen';

/** A neutral test instrument: every field plausible, nothing that triggers a rule unless overridden. */
export function makeInstrument(overrides: Partial<InstrumentInput> & { id: string }): InstrumentInput {
  return {
    name: overrides.id,
    short: 'Testinstrument.',
    description: 'Testinstrument.',
    whenItFits: 'In tests.',
    pitfalls: ['Geen.'],
    phases: ['agendering', 'beleidsvoorbereiding', 'besluitvorming', 'uitvoering', 'evaluatie'],
    levels: ['raadplegen'],
    coreLevel: 'raadplegen',
    goals: ['kennis-ophalen'],
    reach: ['alle-inwoners'],
    recruitment: ['open'],
    groupSize: 'middel',
    mode: 'fysiek',
    interaction: ['meningen-uiten'],
    decisionMethod: 'ideeen',
    inclusivity: incl(1),
    cost: 1,
    costRange: { low: 500, high: 2_000, basis: 'Testwaarde.' },
    intensity: 'middel',
    duration: 'een avond',
    minWeeks: 2,
    binding: 'adviserend',
    requires: [],
    councilMust: 'Niets.',
    feedback: 'geen',
    sources: ['Test'],
    ...overrides,
  };
}

export function makeCatalogue(instruments: InstrumentInput[]): Catalogue {
  return Catalogue.parse({ catalogueVersion: '0.0.1', instruments });
}

/** Parsed answers for one phase (defaults filled in, as the engine expects). */
export function answersFor(phase: Phase, answers: PhaseAnswersInput): TrajectAnswers {
  return TrajectAnswersSchema.parse({ phases: { [phase]: answers } });
}

export type { Instrument };
