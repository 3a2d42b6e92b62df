import {
  catalogue as defaultCatalogue,
  recommendInstruments,
  WARNING_IDS,
  type Catalogue,
  type InstrumentNames,
  type Recommendation,
  type TrajectAnswers,
  type Warning,
} from '../participatie/index';
import { PHASES, type CompetentBody, type Phase } from '../participatie/vocabulary';
import { checkProcesplaat, type CheckIssue } from '../procesplaat/checks';
import type { PlateNode, Procesplaat } from '../procesplaat/model';
import { isCollegeDecision, isCouncilDecision } from '../procesplaat/order';
import { checkFormal, warningFormal } from './texts';

/**
 * The one source of truth of a document: the engine's warnings, the procesplaat's failed
 * checks and what the plan really arranges, derived once. The spelregels, the chapters that
 * describe feedback and weighing, the paragraaf and the annex of open points all read these
 * facts, so a rule is only printed when the plan arranges it and every gap is an open point.
 */

export type Decider = CompetentBody | 'inwoners';

export interface Decision {
  phase: Phase;
  by: Decider;
  /** The step on the plate, when there is one (a mandate may only be in the answers). */
  node?: PlateNode;
  /** The college decides on an uitdaagrecht request. */
  request?: boolean;
}

export interface OpenPoint {
  /**
   * `advice` = an engine warning, `procesplaat` = a failed check, `details` = a missing plan
   * detail, `code` = a rule of the participatiecode the traject follows (shared/code/traject-checks.ts).
   */
  source: 'advice' | 'procesplaat' | 'details' | 'code';
  /** The warning id, the check id, or `details`. */
  id: string;
  phase?: Phase;
  severity: 'high' | 'medium';
  text: string;
}

export interface PlanFacts {
  recommendation: Recommendation;
  warnings: Warning[];
  issues: CheckIssue[];
  /** Answered phases in which residents take part. */
  participating: Phase[];
  /** At least one phase answered, and none with participation: the motivering replaces the plan. */
  noParticipation: boolean;
  /** Participating phases where feedback to participants is not arranged (warning or failed check). */
  noFeedback: Phase[];
  /** Every participating phase reports back after its activities. */
  feedbackEverywhere: boolean;
  decisions: Decision[];
  /** Phases in which residents decide within a mandate given beforehand. */
  mandate: Phase[];
  /** The raad sets the kaders before the first participation, and nothing says otherwise. */
  framesFirst: PlateNode | undefined;
  /** The raad hears the input before it decides (a plate with a councilDecision and no failed check). */
  raadInformed: PlateNode | undefined;
  /** After every decision residents took part in, participants hear what was decided. */
  decisionsFedBack: boolean;
  evaluation: PlateNode | undefined;
  /** Phases followed by the procedure of afdeling 3.4 Awb. */
  formalProcedure: Phase[];
  /** Phases with a warning that the promised level cannot be kept as it stands. */
  promiseOpen: Phase[];
}

const PROMISE_WARNINGS = new Set<string>([
  'ruimte-geen-maar-invloed',
  'niveau-hoger-dan-ruimte',
  'meebeslissen-zonder-mandaat',
  'mandaat-niet-doorgetrokken',
]);

const nodeOf = (plate: Procesplaat, id: string | undefined) => plate.nodes.find((n) => n.id === id);

export function analysePlan(
  answers: TrajectAnswers,
  plate: Procesplaat,
  catalogue: Catalogue = defaultCatalogue,
  recommendation: Recommendation = recommendInstruments(answers, catalogue),
): PlanFacts {
  const warnings = recommendation.warnings;
  const issues = checkProcesplaat(plate);
  const answered = PHASES.filter((p) => answers.phases[p] !== undefined);
  const participating = answered.filter((p) => !answers.phases[p]!.geenParticipatie);
  const warned = (id: string) => warnings.filter((w) => w.id === id);
  const failed = (id: string) => issues.filter((i) => i.check === id);

  const noFeedback = new Set<Phase>(warned('geen-terugkoppeling').map((w) => w.phase));
  for (const issue of failed('activiteit-zonder-terugkoppeling')) {
    const phase = nodeOf(plate, issue.nodeIds[0])?.data.phase;
    if (phase) noFeedback.add(phase);
  }
  const hasFeedbackNode = plate.nodes.some((n) => n.type === 'terugkoppeling');

  const mandate = participating.filter((p) => {
    const a = answers.phases[p]!;
    // As the generator: an uitdaagrecht request is decided by the college, not within a mandate.
    return (
      a.mandate === true &&
      (a.level === 'meebeslissen' || a.level === 'zelfbeheer') &&
      !a.instruments.includes('uitdaagrecht')
    );
  });
  const decisions: Decision[] = [];
  for (const n of plate.nodes) {
    const phase = n.data.phase ?? 'besluitvorming';
    if (isCouncilDecision(n)) decisions.push({ phase, by: 'raad', node: n });
    else if (isCollegeDecision(n))
      decisions.push({
        phase,
        by: /^burgemeester/i.test(n.data.title) ? 'burgemeester' : 'college',
        node: n,
        request: /verzoek/i.test(n.data.title),
      });
  }
  for (const phase of mandate) {
    const node = plate.nodes.find(
      (n) => n.type === 'mijlpaal' && n.data.phase === phase && /mandaat/i.test(n.data.title),
    );
    decisions.push({ phase, by: 'inwoners', ...(node ? { node } : {}) });
  }

  const frameMoment = plate.nodes.find((n) => n.type === 'raadsmoment' && n.data.moment === 'kaderstelling');
  const framesFirst =
    frameMoment && warned('geen-kaderstelling-vooraf').length === 0 && failed('geen-kaderstelling-vooraf').length === 0
      ? frameMoment
      : undefined;
  const councilDecision = decisions.find((d) => d.by === 'raad')?.node;
  const info = plate.nodes.find((n) => n.type === 'raadsmoment' && n.data.moment === 'informatie');
  const raadInformed =
    councilDecision && participating.length > 0 && info && failed('besluit-zonder-informatie').length === 0
      ? info
      : undefined;
  const evaluationNode = plate.nodes.find((n) => n.type === 'evaluatie');
  const evaluation =
    evaluationNode && warned('geen-evaluatie').length === 0 && failed('geen-evaluatie').length === 0
      ? evaluationNode
      : undefined;

  return {
    recommendation,
    warnings,
    issues,
    participating,
    noParticipation: answered.length > 0 && participating.length === 0,
    noFeedback: participating.filter((p) => noFeedback.has(p)),
    feedbackEverywhere: participating.length > 0 && hasFeedbackNode && participating.every((p) => !noFeedback.has(p)),
    decisions,
    mandate,
    framesFirst,
    raadInformed,
    decisionsFedBack:
      decisions.length > 0 && participating.length > 0 && failed('besluit-niet-teruggekoppeld').length === 0,
    evaluation,
    formalProcedure: participating.filter((p) => answers.phases[p]!.formalProcedure === true),
    promiseOpen: [...new Set(warnings.filter((w) => PROMISE_WARNINGS.has(w.id)).map((w) => w.phase))],
  };
}

/**
 * Every warning and every failed check as an open point, in formal Dutch; warnings first in the
 * engine's order of ids, then the checks. Nothing is left out: the consistency tests count them.
 */
export function openPoints(facts: PlanFacts, plate: Procesplaat, names: InstrumentNames): OpenPoint[] {
  const byId = new Map(plate.nodes.map((n) => [n.id, n]));
  const order = (id: string) => WARNING_IDS.indexOf(id as (typeof WARNING_IDS)[number]);
  const warnings = [...facts.warnings].sort(
    (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || order(a.id) - order(b.id),
  );
  return [
    ...warnings.map((w): OpenPoint => ({
      source: 'advice',
      id: w.id,
      phase: w.phase,
      severity: w.severity,
      text: warningFormal[w.id](w, names),
    })),
    ...facts.issues.map((i): OpenPoint => {
      const phase = byId.get(i.nodeIds[0] ?? '')?.data.phase;
      return {
        source: 'procesplaat',
        id: i.check,
        ...(phase ? { phase } : {}),
        severity: i.severity,
        text: checkFormal[i.check](i.nodeIds.map((id) => byId.get(id)).filter((n): n is PlateNode => !!n)),
      };
    }),
  ];
}
