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
import { citeertitel } from './verordening';

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
  groep: string;
  label: string;
  a: string;
  b: string;
  verschilt: boolean;
}

export const NVT = 'n.v.t.';

type Keuze = {
  id: string;
  groep: string;
  label: string;
  waarde: (c: ParticipatieCode) => string;
  actief?: (c: ParticipatieCode) => boolean;
};

const jaNee = (b: boolean) => (b ? 'ja' : 'nee');
const ids = <T extends string>(woorden: Record<T, CodeWording>, lijst: readonly T[]) =>
  lijst.length === 0 ? 'geen' : lijst.map((x) => woorden[x].label).join('; ');
const eigen = (lijst: readonly { text: string }[]) =>
  lijst.length === 0 ? 'geen' : lijst.map((x) => x.text).join('; ');
const weken = (n: number) => `${n} ${n === 1 ? 'week' : 'weken'}`;

const uitdaag = (c: ParticipatieCode) => c.uitdaagrecht.enabled;
const overheid = (c: ParticipatieCode) => c.governmentParticipation.enabled;
const burgerinit = (c: ParticipatieCode) => c.governmentParticipation.citizensInitiative.enabled;
const initnemers = (c: ParticipatieCode) => c.initiators.enabled;

export const COMPARED_CHOICES: readonly Keuze[] = [
  { id: 'municipality', groep: 'Algemeen', label: 'Gemeente', waarde: (c) => c.municipality },
  { id: 'citationTitle', groep: 'Algemeen', label: 'Citeertitel', waarde: citeertitel },
  { id: 'replacedRegulation', groep: 'Algemeen', label: 'Vervangt', waarde: (c) => c.replacedRegulation ?? 'niets' },
  {
    id: 'entryIntoForce',
    groep: 'Algemeen',
    label: 'Inwerkingtreding',
    waarde: (c) => (c.entryIntoForce.kind === 'date' ? c.entryIntoForce.date : 'dag na bekendmaking'),
  },
  {
    id: 'definedTerms',
    groep: 'Begrippen',
    label: 'Begrippen',
    waarde: (c) =>
      [...c.definedTerms.map((b) => termTexts[b].term), ...c.ownDefinedTerms.map((b) => b.term)].join('; ') || 'geen',
  },
  {
    id: 'scope.exemptions',
    groep: 'Wanneer participatie',
    label: 'Uitzonderingen',
    waarde: (c) => ids(exceptionWords, c.scope.exemptions),
  },
  {
    id: 'scope.ownExemptions',
    groep: 'Wanneer participatie',
    label: 'Eigen uitzonderingen',
    waarde: (c) => eigen(c.scope.ownExemptions),
  },
  {
    id: 'scope.impactCriteria',
    groep: 'Wanneer participatie',
    label: 'Criteria grote maatschappelijke impact',
    waarde: (c) => ids(impactWords, c.scope.impactCriteria),
  },
  {
    id: 'scope.ownImpactCriteria',
    groep: 'Wanneer participatie',
    label: 'Eigen criteria',
    waarde: (c) => eigen(c.scope.ownImpactCriteria),
  },
  {
    id: 'scope.normForLargeImpact',
    groep: 'Wanneer participatie',
    label: 'Participatie de norm bij grote impact',
    waarde: (c) => jaNee(c.scope.normForLargeImpact),
  },
  {
    id: 'levels',
    groep: 'Niveaus',
    label: 'Niveaus',
    waarde: (c) => c.levels.map((n) => levelLabels[n.level].label).join('; '),
  },
  {
    id: 'levels.promise',
    groep: 'Niveaus',
    label: 'Beloften',
    waarde: (c) => c.levels.map((n) => `${levelLabels[n.level].label}: ${n.promise}`).join(' | '),
  },
  {
    id: 'participatieplan.required',
    groep: 'Participatieplan',
    label: 'Plan verplicht',
    waarde: (c) => (c.participatieplan.required === 'always' ? 'bij elk traject' : 'bij grote maatschappelijke impact'),
  },
  {
    id: 'participatieplan.sections',
    groep: 'Participatieplan',
    label: 'Inhoud',
    waarde: (c) => ids(planWords, c.participatieplan.sections),
  },
  {
    id: 'participatieplan.raadSees',
    groep: 'Participatieplan',
    label: 'Raad ziet het plan',
    waarde: (c) =>
      ({
        'before-if-large-impact': 'vooraf, bij grote impact',
        'before-always': 'vooraf, altijd',
        'afterwards-for-information': 'ter informatie',
      })[c.participatieplan.raadSees],
  },
  {
    id: 'roles.raadInstruments',
    groep: 'Rollen',
    label: 'Instrumenten van de raad',
    waarde: (c) => ids(raadInstrumentWords, c.roles.raadInstruments),
  },
  {
    id: 'roles.griffieSupports',
    groep: 'Rollen',
    label: 'Griffie ondersteunt',
    waarde: (c) => jaNee(c.roles.griffieSupports),
  },
  {
    id: 'roles.burgemeesterMonitors',
    groep: 'Rollen',
    label: 'Burgemeester bewaakt kwaliteit',
    waarde: (c) => jaNee(c.roles.burgemeesterMonitors),
  },
  {
    id: 'roles.participationAdviser',
    groep: 'Rollen',
    label: 'Participatieadviseur',
    waarde: (c) => jaNee(c.roles.participationAdviser),
  },
  {
    id: 'terugkoppeling.reportSections',
    groep: 'Verslag en terugkoppeling',
    label: 'Inhoud verslag',
    waarde: (c) => ids(verslagWords, c.terugkoppeling.reportSections),
  },
  {
    id: 'terugkoppeling.terugkoppelingWeeks',
    groep: 'Verslag en terugkoppeling',
    label: 'Terugkoppeling binnen',
    waarde: (c) => weken(c.terugkoppeling.terugkoppelingWeeks),
  },
  {
    id: 'terugkoppeling.reportWithProposal',
    groep: 'Verslag en terugkoppeling',
    label: 'Verslag bij het voorstel',
    waarde: (c) => jaNee(c.terugkoppeling.reportWithProposal),
  },
  {
    id: 'terugkoppeling.reportPublic',
    groep: 'Verslag en terugkoppeling',
    label: 'Verslag openbaar',
    waarde: (c) => jaNee(c.terugkoppeling.reportPublic),
  },
  {
    id: 'inspraak.awbDefault',
    groep: 'Inspraak',
    label: 'Afdeling 3.4 Awb als standaard',
    waarde: (c) => jaNee(c.inspraak.awbDefault),
  },
  {
    id: 'inspraak.termWeeks',
    groep: 'Inspraak',
    label: 'Termijn zienswijzen',
    waarde: (c) => weken(c.inspraak.termWeeks),
  },
  { id: 'inspraak.oral', groep: 'Inspraak', label: 'Ook mondeling', waarde: (c) => jaNee(c.inspraak.oral) },
  {
    id: 'uitdaagrecht.enabled',
    groep: 'Uitdaagrecht',
    label: 'Uitdaagrecht',
    waarde: (c) => jaNee(c.uitdaagrecht.enabled),
  },
  {
    id: 'uitdaagrecht.challengers',
    groep: 'Uitdaagrecht',
    label: 'Wie mag uitdagen',
    waarde: (c) => ids(challengerWords, c.uitdaagrecht.challengers),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.tasks',
    groep: 'Uitdaagrecht',
    label: 'Welke taken',
    waarde: (c) =>
      c.uitdaagrecht.tasks === 'only-listed'
        ? `alleen: ${eigen(c.uitdaagrecht.listedTasks)}`
        : `alle, behalve: ${eigen(c.uitdaagrecht.excludedTasks)}`,
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.requestSections',
    groep: 'Uitdaagrecht',
    label: 'Inhoud verzoek',
    waarde: (c) => ids(requestWords, c.uitdaagrecht.requestSections),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.criteria',
    groep: 'Uitdaagrecht',
    label: 'Criteria',
    waarde: (c) => ids(uitdaagrechtCriterionWords, c.uitdaagrecht.criteria),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.conversationWeeks',
    groep: 'Uitdaagrecht',
    label: 'Gesprek binnen',
    waarde: (c) => weken(c.uitdaagrecht.conversationWeeks),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.decisionWeeks',
    groep: 'Uitdaagrecht',
    label: 'Besluit binnen',
    waarde: (c) => weken(c.uitdaagrecht.decisionWeeks),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.decider',
    groep: 'Uitdaagrecht',
    label: 'Wie beslist',
    waarde: (c) => (c.uitdaagrecht.decider === 'college' ? 'college' : 'bevoegd bestuursorgaan'),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.budget',
    groep: 'Uitdaagrecht',
    label: 'Budget',
    waarde: (c) =>
      ({ 'with-budget': 'gaat mee', 'without-budget': 'gaat niet mee', 'per-request': 'per verzoek' })[
        c.uitdaagrecht.budget
      ],
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.agreementSections',
    groep: 'Uitdaagrecht',
    label: 'Overeenkomst regelt',
    waarde: (c) => ids(agreementWords, c.uitdaagrecht.agreementSections),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.raadInformed',
    groep: 'Uitdaagrecht',
    label: 'Raad geïnformeerd',
    waarde: (c) => jaNee(c.uitdaagrecht.raadInformed),
    actief: uitdaag,
  },
  {
    id: 'governmentParticipation.enabled',
    groep: 'Overheidsparticipatie',
    label: 'Overheidsparticipatie',
    waarde: (c) => jaNee(c.governmentParticipation.enabled),
  },
  {
    id: 'governmentParticipation.support',
    groep: 'Overheidsparticipatie',
    label: 'Ondersteuning',
    waarde: (c) => ids(supportWords, c.governmentParticipation.support),
    actief: overheid,
  },
  {
    id: 'governmentParticipation.responseWeeks',
    groep: 'Overheidsparticipatie',
    label: 'Reactie binnen',
    waarde: (c) => weken(c.governmentParticipation.responseWeeks),
    actief: overheid,
  },
  {
    id: 'governmentParticipation.initiativeFund',
    groep: 'Overheidsparticipatie',
    label: 'Initiatievenfonds',
    waarde: (c) => jaNee(c.governmentParticipation.initiativeFund),
    actief: overheid,
  },
  {
    id: 'governmentParticipation.citizensInitiative.enabled',
    groep: 'Overheidsparticipatie',
    label: 'Burgerinitiatief',
    waarde: (c) => jaNee(burgerinit(c)),
  },
  {
    id: 'governmentParticipation.citizensInitiative.signatures',
    groep: 'Overheidsparticipatie',
    label: 'Handtekeningen burgerinitiatief',
    waarde: (c) =>
      `${c.governmentParticipation.citizensInitiative.signatures} vanaf ${c.governmentParticipation.citizensInitiative.minimumAge} jaar`,
    actief: burgerinit,
  },
  {
    id: 'governmentParticipation.referendum',
    groep: 'Overheidsparticipatie',
    label: 'Raadgevend referendum',
    waarde: (c) => jaNee(c.governmentParticipation.referendum),
  },
  { id: 'evaluation.years', groep: 'Evaluatie', label: 'Evaluatie elke', waarde: (c) => `${c.evaluation.years} jaar` },
  { id: 'evaluation.by', groep: 'Evaluatie', label: 'Door', waarde: (c) => evaluatorWords[c.evaluation.by].label },
  {
    id: 'evaluation.withInwoners',
    groep: 'Evaluatie',
    label: 'Met inwoners',
    waarde: (c) => jaNee(c.evaluation.withInwoners),
  },
  {
    id: 'evaluation.trajectEvaluation',
    groep: 'Evaluatie',
    label: 'Evaluatie per traject met grote impact',
    waarde: (c) => jaNee(c.evaluation.trajectEvaluation),
  },
  {
    id: 'initiators.enabled',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Regels voor initiatiefnemers',
    waarde: (c) => jaNee(c.initiators.enabled),
  },
  {
    id: 'initiators.mandatoryCases',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Verplichte participatie bij',
    waarde: (c) => eigen(c.initiators.mandatoryCases),
    actief: initnemers,
  },
  {
    id: 'initiators.report',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Aanvrager vermeldt',
    waarde: (c) => ids(initiatorReportWords, c.initiators.report),
    actief: initnemers,
  },
  {
    id: 'initiators.preliminaryConsultation',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Vooroverleg',
    waarde: (c) => jaNee(c.initiators.preliminaryConsultation),
    actief: initnemers,
  },
];

/** Pure: both codes choice by choice, in a fixed order. */
export function compareCodes(a: ParticipatieCode, b: ParticipatieCode): ChoiceComparison[] {
  return COMPARED_CHOICES.map((k) => {
    const va = k.actief && !k.actief(a) ? NVT : k.waarde(a);
    const vb = k.actief && !k.actief(b) ? NVT : k.waarde(b);
    return { id: k.id, groep: k.groep, label: k.label, a: va, b: vb, verschilt: va !== vb };
  });
}
