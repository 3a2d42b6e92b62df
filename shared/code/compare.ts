import { levelLabels } from '../participatie/labels';
import {
  evaluatorWords,
  impactWords,
  initiatorReportWords,
  supportWords,
  agreementWords,
  planWords,
  raadInstrumentWords,
  uitdaagrechtCriterionWords,
  challengerWords,
  exceptionWords,
  verslagWords,
  requestWords,
  termTexts,
  type CodeWording,
} from './labels';
import type { ParticipatieCode } from './schema';
import { citationTitle } from './verordening';

/**
 * Two codes side by side, choice by choice, as data: for every choice both values as Dutch text
 * and whether they differ. The comparison view (and a CLI or export later) only lays this out.
 * Details of a subject that is switched off read "n.v.t.", so they differ only when both codes
 * use the subject.
 */
export interface ChoiceComparison {
  /** Stable id of the choice: the path in the code ("uitdaagrecht.decisionWeeks"). */
  id: string;
  /** The group it belongs to, for headings ("Uitdaagrecht"). */
  group: string;
  label: string;
  a: string;
  b: string;
  differs: boolean;
}

export const NVT = 'n.v.t.';

type Choice = {
  id: string;
  group: string;
  label: string;
  value: (c: ParticipatieCode) => string;
  active?: (c: ParticipatieCode) => boolean;
};

const yesNo = (b: boolean) => (b ? 'ja' : 'nee');
const ids = <T extends string>(words: Record<T, CodeWording>, list: readonly T[]) =>
  list.length === 0 ? 'geen' : list.map((x) => words[x].label).join('; ');
const ownItems = (lijst: readonly { text: string }[]) =>
  lijst.length === 0 ? 'geen' : lijst.map((x) => x.text).join('; ');
const weeks = (n: number) => `${n} ${n === 1 ? 'week' : 'weken'}`;

const uitdaagrechtOn = (c: ParticipatieCode) => c.uitdaagrecht.enabled;
const governmentOn = (c: ParticipatieCode) => c.governmentParticipation.enabled;
const citizensInitiativeOn = (c: ParticipatieCode) => c.governmentParticipation.citizensInitiative.enabled;
const initiatorsOn = (c: ParticipatieCode) => c.initiators.enabled;

export const COMPARED_CHOICES: readonly Choice[] = [
  { id: 'municipality', group: 'Algemeen', label: 'Gemeente', value: (c) => c.municipality },
  { id: 'citationTitle', group: 'Algemeen', label: 'Citeertitel', value: citationTitle },
  { id: 'replacedRegulation', group: 'Algemeen', label: 'Vervangt', value: (c) => c.replacedRegulation ?? 'niets' },
  {
    id: 'entryIntoForce',
    group: 'Algemeen',
    label: 'Inwerkingtreding',
    value: (c) => (c.entryIntoForce.kind === 'date' ? c.entryIntoForce.date : 'dag na bekendmaking'),
  },
  {
    id: 'definedTerms',
    group: 'Begrippen',
    label: 'Begrippen',
    value: (c) =>
      [...c.definedTerms.map((b) => termTexts[b].term), ...c.ownDefinedTerms.map((b) => b.term)].join('; ') || 'geen',
  },
  {
    id: 'scope.exemptions',
    group: 'Wanneer participatie',
    label: 'Uitzonderingen',
    value: (c) => ids(exceptionWords, c.scope.exemptions),
  },
  {
    id: 'scope.ownExemptions',
    group: 'Wanneer participatie',
    label: 'Eigen uitzonderingen',
    value: (c) => ownItems(c.scope.ownExemptions),
  },
  {
    id: 'scope.impactCriteria',
    group: 'Wanneer participatie',
    label: 'Criteria grote maatschappelijke impact',
    value: (c) => ids(impactWords, c.scope.impactCriteria),
  },
  {
    id: 'scope.ownImpactCriteria',
    group: 'Wanneer participatie',
    label: 'Eigen criteria',
    value: (c) => ownItems(c.scope.ownImpactCriteria),
  },
  {
    id: 'scope.normForLargeImpact',
    group: 'Wanneer participatie',
    label: 'Participatie de norm bij grote impact',
    value: (c) => yesNo(c.scope.normForLargeImpact),
  },
  {
    id: 'levels',
    group: 'Niveaus',
    label: 'Niveaus',
    value: (c) => c.levels.map((n) => levelLabels[n.level].label).join('; '),
  },
  {
    id: 'levels.promise',
    group: 'Niveaus',
    label: 'Beloften',
    value: (c) => c.levels.map((n) => `${levelLabels[n.level].label}: ${n.promise}`).join(' | '),
  },
  {
    id: 'participatieplan.required',
    group: 'Participatieplan',
    label: 'Plan verplicht',
    value: (c) => (c.participatieplan.required === 'always' ? 'bij elk traject' : 'bij grote maatschappelijke impact'),
  },
  {
    id: 'participatieplan.sections',
    group: 'Participatieplan',
    label: 'Inhoud',
    value: (c) => ids(planWords, c.participatieplan.sections),
  },
  {
    id: 'participatieplan.raadSees',
    group: 'Participatieplan',
    label: 'Raad ziet het plan',
    value: (c) =>
      ({
        'before-if-large-impact': 'vooraf, bij grote impact',
        'before-always': 'vooraf, altijd',
        'afterwards-for-information': 'ter informatie',
      })[c.participatieplan.raadSees],
  },
  {
    id: 'roles.raadInstruments',
    group: 'Rollen',
    label: 'Instrumenten van de raad',
    value: (c) => ids(raadInstrumentWords, c.roles.raadInstruments),
  },
  {
    id: 'roles.griffieSupports',
    group: 'Rollen',
    label: 'Griffie ondersteunt',
    value: (c) => yesNo(c.roles.griffieSupports),
  },
  {
    id: 'roles.burgemeesterMonitors',
    group: 'Rollen',
    label: 'Burgemeester bewaakt kwaliteit',
    value: (c) => yesNo(c.roles.burgemeesterMonitors),
  },
  {
    id: 'roles.participationAdviser',
    group: 'Rollen',
    label: 'Participatieadviseur',
    value: (c) => yesNo(c.roles.participationAdviser),
  },
  {
    id: 'terugkoppeling.reportSections',
    group: 'Verslag en terugkoppeling',
    label: 'Inhoud verslag',
    value: (c) => ids(verslagWords, c.terugkoppeling.reportSections),
  },
  {
    id: 'terugkoppeling.terugkoppelingWeeks',
    group: 'Verslag en terugkoppeling',
    label: 'Terugkoppeling binnen',
    value: (c) => weeks(c.terugkoppeling.terugkoppelingWeeks),
  },
  {
    id: 'terugkoppeling.reportWithProposal',
    group: 'Verslag en terugkoppeling',
    label: 'Verslag bij het voorstel',
    value: (c) => yesNo(c.terugkoppeling.reportWithProposal),
  },
  {
    id: 'terugkoppeling.reportPublic',
    group: 'Verslag en terugkoppeling',
    label: 'Verslag openbaar',
    value: (c) => yesNo(c.terugkoppeling.reportPublic),
  },
  {
    id: 'inspraak.awbDefault',
    group: 'Inspraak',
    label: 'Afdeling 3.4 Awb als standaard',
    value: (c) => yesNo(c.inspraak.awbDefault),
  },
  {
    id: 'inspraak.termWeeks',
    group: 'Inspraak',
    label: 'Termijn zienswijzen',
    value: (c) => weeks(c.inspraak.termWeeks),
  },
  { id: 'inspraak.oral', group: 'Inspraak', label: 'Ook mondeling', value: (c) => yesNo(c.inspraak.oral) },
  {
    id: 'uitdaagrecht.enabled',
    group: 'Uitdaagrecht',
    label: 'Uitdaagrecht',
    value: (c) => yesNo(c.uitdaagrecht.enabled),
  },
  {
    id: 'uitdaagrecht.challengers',
    group: 'Uitdaagrecht',
    label: 'Wie mag uitdagen',
    value: (c) => ids(challengerWords, c.uitdaagrecht.challengers),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.tasks',
    group: 'Uitdaagrecht',
    label: 'Welke taken',
    value: (c) =>
      c.uitdaagrecht.tasks === 'only-listed'
        ? `alleen: ${ownItems(c.uitdaagrecht.listedTasks)}`
        : `alle, behalve: ${ownItems(c.uitdaagrecht.excludedTasks)}`,
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.requestSections',
    group: 'Uitdaagrecht',
    label: 'Inhoud verzoek',
    value: (c) => ids(requestWords, c.uitdaagrecht.requestSections),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.criteria',
    group: 'Uitdaagrecht',
    label: 'Criteria',
    value: (c) => ids(uitdaagrechtCriterionWords, c.uitdaagrecht.criteria),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.conversationWeeks',
    group: 'Uitdaagrecht',
    label: 'Gesprek binnen',
    value: (c) => weeks(c.uitdaagrecht.conversationWeeks),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.decisionWeeks',
    group: 'Uitdaagrecht',
    label: 'Besluit binnen',
    value: (c) => weeks(c.uitdaagrecht.decisionWeeks),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.decider',
    group: 'Uitdaagrecht',
    label: 'Wie beslist',
    value: (c) => (c.uitdaagrecht.decider === 'college' ? 'college' : 'bevoegd bestuursorgaan'),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.budget',
    group: 'Uitdaagrecht',
    label: 'Budget',
    value: (c) =>
      ({ 'with-budget': 'gaat mee', 'without-budget': 'gaat niet mee', 'per-request': 'per verzoek' })[
        c.uitdaagrecht.budget
      ],
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.agreementSections',
    group: 'Uitdaagrecht',
    label: 'Overeenkomst regelt',
    value: (c) => ids(agreementWords, c.uitdaagrecht.agreementSections),
    active: uitdaagrechtOn,
  },
  {
    id: 'uitdaagrecht.raadInformed',
    group: 'Uitdaagrecht',
    label: 'Raad geïnformeerd',
    value: (c) => yesNo(c.uitdaagrecht.raadInformed),
    active: uitdaagrechtOn,
  },
  {
    id: 'governmentParticipation.enabled',
    group: 'Overheidsparticipatie',
    label: 'Overheidsparticipatie',
    value: (c) => yesNo(c.governmentParticipation.enabled),
  },
  {
    id: 'governmentParticipation.support',
    group: 'Overheidsparticipatie',
    label: 'Ondersteuning',
    value: (c) => ids(supportWords, c.governmentParticipation.support),
    active: governmentOn,
  },
  {
    id: 'governmentParticipation.responseWeeks',
    group: 'Overheidsparticipatie',
    label: 'Reactie binnen',
    value: (c) => weeks(c.governmentParticipation.responseWeeks),
    active: governmentOn,
  },
  {
    id: 'governmentParticipation.initiativeFund',
    group: 'Overheidsparticipatie',
    label: 'Initiatievenfonds',
    value: (c) => yesNo(c.governmentParticipation.initiativeFund),
    active: governmentOn,
  },
  {
    id: 'governmentParticipation.citizensInitiative.enabled',
    group: 'Overheidsparticipatie',
    label: 'Burgerinitiatief',
    value: (c) => yesNo(citizensInitiativeOn(c)),
  },
  {
    id: 'governmentParticipation.citizensInitiative.signatures',
    group: 'Overheidsparticipatie',
    label: 'Handtekeningen burgerinitiatief',
    value: (c) =>
      `${c.governmentParticipation.citizensInitiative.signatures} vanaf ${c.governmentParticipation.citizensInitiative.minimumAge} jaar`,
    active: citizensInitiativeOn,
  },
  {
    id: 'governmentParticipation.referendum',
    group: 'Overheidsparticipatie',
    label: 'Raadgevend referendum',
    value: (c) => yesNo(c.governmentParticipation.referendum),
  },
  { id: 'evaluation.years', group: 'Evaluatie', label: 'Evaluatie elke', value: (c) => `${c.evaluation.years} jaar` },
  { id: 'evaluation.by', group: 'Evaluatie', label: 'Door', value: (c) => evaluatorWords[c.evaluation.by].label },
  {
    id: 'evaluation.withInwoners',
    group: 'Evaluatie',
    label: 'Met inwoners',
    value: (c) => yesNo(c.evaluation.withInwoners),
  },
  {
    id: 'evaluation.trajectEvaluation',
    group: 'Evaluatie',
    label: 'Evaluatie per traject met grote impact',
    value: (c) => yesNo(c.evaluation.trajectEvaluation),
  },
  {
    id: 'initiators.enabled',
    group: 'Initiatiefnemers (Omgevingswet)',
    label: 'Regels voor initiatiefnemers',
    value: (c) => yesNo(c.initiators.enabled),
  },
  {
    id: 'initiators.mandatoryCases',
    group: 'Initiatiefnemers (Omgevingswet)',
    label: 'Verplichte participatie bij',
    value: (c) => ownItems(c.initiators.mandatoryCases),
    active: initiatorsOn,
  },
  {
    id: 'initiators.report',
    group: 'Initiatiefnemers (Omgevingswet)',
    label: 'Aanvrager vermeldt',
    value: (c) => ids(initiatorReportWords, c.initiators.report),
    active: initiatorsOn,
  },
  {
    id: 'initiators.preliminaryConsultation',
    group: 'Initiatiefnemers (Omgevingswet)',
    label: 'Vooroverleg',
    value: (c) => yesNo(c.initiators.preliminaryConsultation),
    active: initiatorsOn,
  },
];

/** Pure: both codes choice by choice, in a fixed order. */
export function compareCodes(a: ParticipatieCode, b: ParticipatieCode): ChoiceComparison[] {
  return COMPARED_CHOICES.map((k) => {
    const va = k.active && !k.active(a) ? NVT : k.value(a);
    const vb = k.active && !k.active(b) ? NVT : k.value(b);
    return { id: k.id, group: k.group, label: k.label, a: va, b: vb, differs: va !== vb };
  });
}
