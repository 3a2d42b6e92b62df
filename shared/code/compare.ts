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
  /** Stable id of the choice: the path in the code ("uitdaagrecht.beslisWeken"). */
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
const eigen = (lijst: readonly { tekst: string }[]) =>
  lijst.length === 0 ? 'geen' : lijst.map((x) => x.tekst).join('; ');
const weken = (n: number) => `${n} ${n === 1 ? 'week' : 'weken'}`;

const uitdaag = (c: ParticipatieCode) => c.uitdaagrecht.aan;
const overheid = (c: ParticipatieCode) => c.overheidsparticipatie.aan;
const burgerinit = (c: ParticipatieCode) => c.overheidsparticipatie.burgerinitiatief.aan;
const initnemers = (c: ParticipatieCode) => c.initiatiefnemers.aan;

export const COMPARED_CHOICES: readonly Keuze[] = [
  { id: 'gemeente', groep: 'Algemeen', label: 'Gemeente', waarde: (c) => c.gemeente },
  { id: 'citeertitel', groep: 'Algemeen', label: 'Citeertitel', waarde: citeertitel },
  { id: 'oudeRegeling', groep: 'Algemeen', label: 'Vervangt', waarde: (c) => c.oudeRegeling ?? 'niets' },
  {
    id: 'inwerkingtreding',
    groep: 'Algemeen',
    label: 'Inwerkingtreding',
    waarde: (c) => (c.inwerkingtreding.soort === 'datum' ? c.inwerkingtreding.datum : 'dag na bekendmaking'),
  },
  {
    id: 'begrippen',
    groep: 'Begrippen',
    label: 'Begrippen',
    waarde: (c) =>
      [...c.begrippen.map((b) => termTexts[b].term), ...c.eigenBegrippen.map((b) => b.term)].join('; ') || 'geen',
  },
  {
    id: 'toepassing.uitzonderingen',
    groep: 'Wanneer participatie',
    label: 'Uitzonderingen',
    waarde: (c) => ids(exceptionWords, c.toepassing.uitzonderingen),
  },
  {
    id: 'toepassing.eigenUitzonderingen',
    groep: 'Wanneer participatie',
    label: 'Eigen uitzonderingen',
    waarde: (c) => eigen(c.toepassing.eigenUitzonderingen),
  },
  {
    id: 'toepassing.impactCriteria',
    groep: 'Wanneer participatie',
    label: 'Criteria grote maatschappelijke impact',
    waarde: (c) => ids(impactWords, c.toepassing.impactCriteria),
  },
  {
    id: 'toepassing.eigenImpactCriteria',
    groep: 'Wanneer participatie',
    label: 'Eigen criteria',
    waarde: (c) => eigen(c.toepassing.eigenImpactCriteria),
  },
  {
    id: 'toepassing.normBijGroteImpact',
    groep: 'Wanneer participatie',
    label: 'Participatie de norm bij grote impact',
    waarde: (c) => jaNee(c.toepassing.normBijGroteImpact),
  },
  {
    id: 'niveaus',
    groep: 'Niveaus',
    label: 'Niveaus',
    waarde: (c) => c.niveaus.map((n) => levelLabels[n.niveau].label).join('; '),
  },
  {
    id: 'niveaus.belofte',
    groep: 'Niveaus',
    label: 'Beloften',
    waarde: (c) => c.niveaus.map((n) => `${levelLabels[n.niveau].label}: ${n.belofte}`).join(' | '),
  },
  {
    id: 'participatieplan.verplicht',
    groep: 'Participatieplan',
    label: 'Plan verplicht',
    waarde: (c) =>
      c.participatieplan.verplicht === 'altijd' ? 'bij elk traject' : 'bij grote maatschappelijke impact',
  },
  {
    id: 'participatieplan.onderdelen',
    groep: 'Participatieplan',
    label: 'Inhoud',
    waarde: (c) => ids(planWords, c.participatieplan.onderdelen),
  },
  {
    id: 'participatieplan.raadZiet',
    groep: 'Participatieplan',
    label: 'Raad ziet het plan',
    waarde: (c) =>
      ({
        'vooraf-grote-impact': 'vooraf, bij grote impact',
        'vooraf-altijd': 'vooraf, altijd',
        'ter-informatie': 'ter informatie',
      })[c.participatieplan.raadZiet],
  },
  {
    id: 'rollen.raadInstrumenten',
    groep: 'Rollen',
    label: 'Instrumenten van de raad',
    waarde: (c) => ids(raadInstrumentWords, c.rollen.raadInstrumenten),
  },
  {
    id: 'rollen.griffieOndersteunt',
    groep: 'Rollen',
    label: 'Griffie ondersteunt',
    waarde: (c) => jaNee(c.rollen.griffieOndersteunt),
  },
  {
    id: 'rollen.burgemeesterBewaakt',
    groep: 'Rollen',
    label: 'Burgemeester bewaakt kwaliteit',
    waarde: (c) => jaNee(c.rollen.burgemeesterBewaakt),
  },
  {
    id: 'rollen.participatieadviseur',
    groep: 'Rollen',
    label: 'Participatieadviseur',
    waarde: (c) => jaNee(c.rollen.participatieadviseur),
  },
  {
    id: 'terugkoppeling.verslagOnderdelen',
    groep: 'Verslag en terugkoppeling',
    label: 'Inhoud verslag',
    waarde: (c) => ids(verslagWords, c.terugkoppeling.verslagOnderdelen),
  },
  {
    id: 'terugkoppeling.terugkoppelingWeken',
    groep: 'Verslag en terugkoppeling',
    label: 'Terugkoppeling binnen',
    waarde: (c) => weken(c.terugkoppeling.terugkoppelingWeken),
  },
  {
    id: 'terugkoppeling.verslagBijVoorstel',
    groep: 'Verslag en terugkoppeling',
    label: 'Verslag bij het voorstel',
    waarde: (c) => jaNee(c.terugkoppeling.verslagBijVoorstel),
  },
  {
    id: 'terugkoppeling.verslagOpenbaar',
    groep: 'Verslag en terugkoppeling',
    label: 'Verslag openbaar',
    waarde: (c) => jaNee(c.terugkoppeling.verslagOpenbaar),
  },
  {
    id: 'inspraak.awbStandaard',
    groep: 'Inspraak',
    label: 'Afdeling 3.4 Awb als standaard',
    waarde: (c) => jaNee(c.inspraak.awbStandaard),
  },
  {
    id: 'inspraak.termijnWeken',
    groep: 'Inspraak',
    label: 'Termijn zienswijzen',
    waarde: (c) => weken(c.inspraak.termijnWeken),
  },
  { id: 'inspraak.mondeling', groep: 'Inspraak', label: 'Ook mondeling', waarde: (c) => jaNee(c.inspraak.mondeling) },
  { id: 'uitdaagrecht.aan', groep: 'Uitdaagrecht', label: 'Uitdaagrecht', waarde: (c) => jaNee(c.uitdaagrecht.aan) },
  {
    id: 'uitdaagrecht.wie',
    groep: 'Uitdaagrecht',
    label: 'Wie mag uitdagen',
    waarde: (c) => ids(challengerWords, c.uitdaagrecht.wie),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.taken',
    groep: 'Uitdaagrecht',
    label: 'Welke taken',
    waarde: (c) =>
      c.uitdaagrecht.taken === 'alleen-genoemde'
        ? `alleen: ${eigen(c.uitdaagrecht.genoemdeTaken)}`
        : `alle, behalve: ${eigen(c.uitdaagrecht.uitgeslotenTaken)}`,
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.verzoekOnderdelen',
    groep: 'Uitdaagrecht',
    label: 'Inhoud verzoek',
    waarde: (c) => ids(requestWords, c.uitdaagrecht.verzoekOnderdelen),
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
    id: 'uitdaagrecht.gesprekWeken',
    groep: 'Uitdaagrecht',
    label: 'Gesprek binnen',
    waarde: (c) => weken(c.uitdaagrecht.gesprekWeken),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.beslisWeken',
    groep: 'Uitdaagrecht',
    label: 'Besluit binnen',
    waarde: (c) => weken(c.uitdaagrecht.beslisWeken),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.beslisser',
    groep: 'Uitdaagrecht',
    label: 'Wie beslist',
    waarde: (c) => (c.uitdaagrecht.beslisser === 'college' ? 'college' : 'bevoegd bestuursorgaan'),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.budget',
    groep: 'Uitdaagrecht',
    label: 'Budget',
    waarde: (c) =>
      ({ 'met-budget': 'gaat mee', 'zonder-budget': 'gaat niet mee', 'per-verzoek': 'per verzoek' })[
        c.uitdaagrecht.budget
      ],
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.overeenkomst',
    groep: 'Uitdaagrecht',
    label: 'Overeenkomst regelt',
    waarde: (c) => ids(agreementWords, c.uitdaagrecht.overeenkomst),
    actief: uitdaag,
  },
  {
    id: 'uitdaagrecht.raadGeinformeerd',
    groep: 'Uitdaagrecht',
    label: 'Raad geïnformeerd',
    waarde: (c) => jaNee(c.uitdaagrecht.raadGeinformeerd),
    actief: uitdaag,
  },
  {
    id: 'overheidsparticipatie.aan',
    groep: 'Overheidsparticipatie',
    label: 'Overheidsparticipatie',
    waarde: (c) => jaNee(c.overheidsparticipatie.aan),
  },
  {
    id: 'overheidsparticipatie.ondersteuning',
    groep: 'Overheidsparticipatie',
    label: 'Ondersteuning',
    waarde: (c) => ids(supportWords, c.overheidsparticipatie.ondersteuning),
    actief: overheid,
  },
  {
    id: 'overheidsparticipatie.reactieWeken',
    groep: 'Overheidsparticipatie',
    label: 'Reactie binnen',
    waarde: (c) => weken(c.overheidsparticipatie.reactieWeken),
    actief: overheid,
  },
  {
    id: 'overheidsparticipatie.initiatievenfonds',
    groep: 'Overheidsparticipatie',
    label: 'Initiatievenfonds',
    waarde: (c) => jaNee(c.overheidsparticipatie.initiatievenfonds),
    actief: overheid,
  },
  {
    id: 'overheidsparticipatie.burgerinitiatief.aan',
    groep: 'Overheidsparticipatie',
    label: 'Burgerinitiatief',
    waarde: (c) => jaNee(burgerinit(c)),
  },
  {
    id: 'overheidsparticipatie.burgerinitiatief.handtekeningen',
    groep: 'Overheidsparticipatie',
    label: 'Handtekeningen burgerinitiatief',
    waarde: (c) =>
      `${c.overheidsparticipatie.burgerinitiatief.handtekeningen} vanaf ${c.overheidsparticipatie.burgerinitiatief.minimumLeeftijd} jaar`,
    actief: burgerinit,
  },
  {
    id: 'overheidsparticipatie.referendum',
    groep: 'Overheidsparticipatie',
    label: 'Raadgevend referendum',
    waarde: (c) => jaNee(c.overheidsparticipatie.referendum),
  },
  { id: 'evaluatie.jaren', groep: 'Evaluatie', label: 'Evaluatie elke', waarde: (c) => `${c.evaluatie.jaren} jaar` },
  { id: 'evaluatie.door', groep: 'Evaluatie', label: 'Door', waarde: (c) => evaluatorWords[c.evaluatie.door].label },
  {
    id: 'evaluatie.metInwoners',
    groep: 'Evaluatie',
    label: 'Met inwoners',
    waarde: (c) => jaNee(c.evaluatie.metInwoners),
  },
  {
    id: 'evaluatie.trajectEvaluatie',
    groep: 'Evaluatie',
    label: 'Evaluatie per traject met grote impact',
    waarde: (c) => jaNee(c.evaluatie.trajectEvaluatie),
  },
  {
    id: 'initiatiefnemers.aan',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Regels voor initiatiefnemers',
    waarde: (c) => jaNee(c.initiatiefnemers.aan),
  },
  {
    id: 'initiatiefnemers.verplichteGevallen',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Verplichte participatie bij',
    waarde: (c) => eigen(c.initiatiefnemers.verplichteGevallen),
    actief: initnemers,
  },
  {
    id: 'initiatiefnemers.verslag',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Aanvrager vermeldt',
    waarde: (c) => ids(initiatorReportWords, c.initiatiefnemers.verslag),
    actief: initnemers,
  },
  {
    id: 'initiatiefnemers.vooroverleg',
    groep: 'Initiatiefnemers (Omgevingswet)',
    label: 'Vooroverleg',
    waarde: (c) => jaNee(c.initiatiefnemers.vooroverleg),
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
