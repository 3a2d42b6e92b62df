import { useMemo } from 'react';
import {
  catalogue,
  instrumentNames,
  recommendInstruments,
  type AnswerField,
  type Phase,
  type PhaseAnswers,
  type PhaseRecommendation,
  type RankedInstrument,
  type Recruitment,
  type TrajectAnswers,
  type Warning,
} from '@shared/participatie/index';

/** Display names of the catalogue, built once. */
export const instrumentName = instrumentNames(catalogue);
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
  // The other phases count too: some warnings look at the whole traject (pas-laat-betrokken), and
  // the traject's context (domain, scale, impact, competent body) applies where a phase does not
  // override it.
  const result = recommendInstruments({ ...traject, phases: { ...traject?.phases, [phase]: answers } }, catalogue);
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

/**
 * The engine 2.0 fields, with the values format 1 implied, so the UI also works while an older
 * engine (or a stored recommendation) leaves them out.
 */
export const rankOf = (ranked: RankedInstrument, index: number): number => ranked.rank ?? index + 1;
export const isFeasible = (ranked: RankedInstrument): boolean => ranked.feasible !== false;

/** Euros the Dutch way, without cents: "€ 25.000". */
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
export const euro = (n: number): string => euroFormat.format(n);

/** Instruments that choose participants in more than one way: the flow asks how this traject recruits. */
export const recruitmentChoices = (instrumentId: string): readonly Recruitment[] => {
  const recruitment = instrumentById.get(instrumentId)?.recruitment ?? [];
  return recruitment.length > 1 ? recruitment : [];
};
