import {
  Catalogue,
  type InstrumentInput,
  type PhaseAnswersInput,
  type TrajectAnswers,
  type TrajectAnswersInput,
  TrajectAnswers as TrajectAnswersSchema,
  type Phase,
  costClassOf,
} from '../../../shared/participatie/index';
import { incl } from '../../../shared/participatie/catalogus/sources';

/**
 * A neutral test instrument: every field plausible, nothing that triggers a rule unless overridden.
 * The € class follows the cost range unless given, so a test only has to state the range.
 */
export function makeInstrument(overrides: Partial<InstrumentInput> & { id: string }): InstrumentInput {
  const costRange = overrides.costRange ?? { low: 500, high: 2_000, basis: 'Testwaarde.' };
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
    groupSize: 'medium',
    mode: 'in-person',
    interaction: ['expressing-views'],
    decisionMethod: 'ideas',
    inclusivity: incl(1),
    cost: costClassOf(costRange.low),
    costRange,
    intensity: 'medium',
    duration: 'een avond',
    minWeeks: 2,
    binding: 'advisory',
    requires: [],
    councilMust: 'Niets.',
    feedback: 'none',
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

/** Parsed answers for a whole traject, with the question's context (domain, scale, impact). */
export function trajectFor(
  phases: Partial<Record<Phase, PhaseAnswersInput>>,
  context: Omit<TrajectAnswersInput, 'phases'> = {},
): TrajectAnswers {
  return TrajectAnswersSchema.parse({ ...context, phases });
}

/** A euro range for makeInstrument. */
export const range = (low: number, high: number) => ({ low, high, basis: 'Testwaarde.' });
