import { useMemo } from 'react';
import { analysePlan, type PlanFacts } from '@shared/document/analysis';
import { resolveDetails, type ResolvedDetails } from '@shared/document/details';
import { catalogue, type TrajectAnswers } from '@shared/participatie/index';
import { PlanDetails } from '@shared/participatie/plan-details';
import { generateProcesplaat } from '@shared/procesplaat/generate';

/** A plan nobody has filled in yet: the schema's defaults (empty lists, no planning). */
export const EMPTY_PLAN: PlanDetails = PlanDetails.parse({});

export interface PlanDefaults {
  /** What the document says when the plan details are left empty (derived from the answers). */
  defaults: ResolvedDetails;
  /** What the document says with the plan details as they are now: `missing` is still open. */
  current: ResolvedDetails;
  facts: PlanFacts;
}

/**
 * The same derivation as the exported document (shared/document/details.ts), fed with the plate
 * generated from the answers, as the export does for a traject without a drawn plate. Typing
 * in the plan fields does not generate the plate again: only the phases and context matter.
 */
export function usePlanDefaults(answers: TrajectAnswers, titel: string): PlanDefaults {
  const { phases, domain, scale, impact, competentBody, polarised, organisatie } = answers;
  const basis = useMemo(() => {
    const withoutPlan: TrajectAnswers = { phases, domain, scale, impact, competentBody, polarised, organisatie };
    const plate = generateProcesplaat(withoutPlan, { catalogue });
    const facts = analysePlan(withoutPlan, plate, catalogue);
    return { facts, defaults: resolveDetails(withoutPlan, facts, titel) };
  }, [phases, domain, scale, impact, competentBody, polarised, organisatie, titel]);
  const current = useMemo(() => resolveDetails(answers, basis.facts, titel), [answers, basis, titel]);
  return { ...basis, current };
}
