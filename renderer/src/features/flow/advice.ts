import { useMemo } from 'react';
import {
  catalogue,
  instrumentNames,
  recommendInstruments,
  type AnswerField,
  type Phase,
  type PhaseAnswers,
  type PhaseRecommendation,
  type TrajectAnswers,
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
export function adviceFor(phase: Phase, answers: PhaseAnswers, traject?: TrajectAnswers): PhaseAdvice {
  // The other phases count too: some warnings look at the whole traject (pas-laat-betrokken).
  const result = recommendInstruments({ phases: { ...traject?.phases, [phase]: answers } }, catalogue);
  return {
    recommendation: result.phases.find((p) => p.phase === phase)!,
    warnings: result.warnings.filter((w) => w.phase === phase),
  };
}

export function usePhaseAdvice(phase: Phase, answers: PhaseAnswers, traject?: TrajectAnswers): PhaseAdvice {
  return useMemo(() => adviceFor(phase, answers, traject), [phase, answers, traject]);
}

export const warningsFor = (warnings: Warning[], ...fields: AnswerField[]) =>
  warnings.filter((w) => fields.includes(w.field));
