import { useMemo } from 'react';
import {
  catalogue,
  instrumentNames,
  recommendInstruments,
  type AnswerField,
  type Phase,
  type PhaseAnswers,
  type PhaseRecommendation,
  type Warning,
} from '../../../../shared/participatie/index';

/** Display names of the catalogue, built once. */
export const namen = instrumentNames(catalogue);
export const instrumentById = new Map(catalogue.instruments.map((i) => [i.id, i]));

export interface PhaseAdvice {
  recommendation: PhaseRecommendation;
  warnings: Warning[];
}

/**
 * Advice for one phase, computed in the renderer: the engine is pure and takes well under a
 * millisecond, so the panel follows every answer within the same frame (no round trip).
 */
export function adviceFor(phase: Phase, answers: PhaseAnswers): PhaseAdvice {
  const result = recommendInstruments({ phases: { [phase]: answers } }, catalogue);
  return { recommendation: result.phases[0]!, warnings: result.warnings };
}

export function usePhaseAdvice(phase: Phase, answers: PhaseAnswers): PhaseAdvice {
  return useMemo(() => adviceFor(phase, answers), [phase, answers]);
}

export const warningsFor = (warnings: Warning[], ...fields: AnswerField[]) =>
  warnings.filter((w) => fields.includes(w.field));
