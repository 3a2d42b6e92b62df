import type { Level } from '../participatie/vocabulary';
import { CODE_FORMAT_VERSION, type ParticipatieCode } from './schema';

/**
 * Sensible defaults: what most recent participatieverordeningen choose, so a raadswerkgroep
 * starts from a complete draft and only changes what it wants different.
 */

/** The promise per level as the verordening states it (formal, impersonal). */
export const defaultPromise: Record<Level, string> = {
  informeren:
    'het bestuursorgaan informeert inwoners tijdig en begrijpelijk over het beleid en legt uit hoe het besluit tot stand komt',
  raadplegen:
    'het bestuursorgaan vraagt de mening van inwoners, betrekt die bij zijn afweging en laat weten wat ermee is gedaan',
  adviseren:
    'het bestuursorgaan vraagt advies en neemt dat in beginsel over; wijkt het daarvan af, dan motiveert het dat',
  coproduceren:
    'het bestuursorgaan zoekt samen met inwoners naar een oplossing binnen vooraf bepaalde kaders en neemt het gezamenlijke resultaat zo veel mogelijk over',
  meebeslissen: 'het bestuursorgaan neemt de uitkomst over die inwoners binnen vooraf bepaalde kaders hebben bereikt',
  zelfbeheer: 'inwoners voeren zelf de regie en de gemeente ondersteunt hen binnen de gemaakte afspraken',
};

/** The same promise on the spelregelkaart: B1, "je". */
export const defaultCardPromise: Record<Level, string> = {
  informeren: 'We vertellen je op tijd wat we gaan doen en waarom.',
  raadplegen: 'We vragen wat je ervan vindt. Je hoort wat we met je mening doen.',
  adviseren: 'We vragen je om advies. Doen we het anders, dan leggen we uit waarom.',
  coproduceren: 'We bedenken samen een plan en nemen dat zo veel mogelijk over.',
  meebeslissen: 'Binnen de afspraken nemen we jullie keuze over.',
  zelfbeheer: 'Jullie hebben de regie. Wij helpen waar dat kan.',
};

/** The levels in plain words for the spelregelkaart (B1): no ladder jargon. */
export const cardLevelName: Record<Level, string> = {
  informeren: 'Je hoort wat er gebeurt',
  raadplegen: 'Je geeft je mening',
  adviseren: 'Je geeft advies',
  coproduceren: 'We maken het samen',
  meebeslissen: 'Je beslist mee',
  zelfbeheer: 'Je doet het zelf',
};

/** A complete code with the usual choices, for a gemeente and the year in its citeertitel. */
export function defaultCode(gemeente: string, jaar: number): ParticipatieCode {
  return {
    formatVersion: CODE_FORMAT_VERSION,
    municipality: gemeente,
    year: jaar,
    replacedRegulation: `Inspraakverordening ${gemeente}`,
    entryIntoForce: { kind: 'day-after-publication' },
    definedTerms: [
      'beleid',
      'belanghebbende',
      'bestuursorgaan',
      'inspraak',
      'inwoner',
      'inwonersparticipatie',
      'maatschappelijke-partij',
      'overheidsparticipatie',
      'maatschappelijk-initiatief',
      'participatieplan',
      'participatieverslag',
      'uitdaagrecht',
    ],
    ownDefinedTerms: [],
    scope: {
      exemptions: ['wettelijk-uitgesloten', 'geen-beleidsruimte', 'begroting-belastingen', 'spoed'],
      ownExemptions: [],
      impactCriteria: ['veel-inwoners', 'fysieke-leefomgeving', 'dagelijks-leven', 'maatschappelijke-aandacht'],
      ownImpactCriteria: [],
      normForLargeImpact: true,
    },
    levels: (['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen'] as const).map((level) => ({
      level,
      promise: defaultPromise[level],
    })),
    participatieplan: {
      required: 'large-impact',
      sections: [
        'aanleiding',
        'doel',
        'kaders',
        'beleidsruimte',
        'niveau',
        'belanghebbenden',
        'moeilijk-bereikbaar',
        'planning',
        'terugkoppeling',
      ],
      raadSees: 'before-if-large-impact',
    },
    roles: {
      raadInstruments: ['rondetafelgesprek', 'spreekrecht'],
      griffieSupports: true,
      burgemeesterMonitors: true,
      participationAdviser: false,
    },
    terugkoppeling: {
      reportSections: ['wie-betrokken', 'werkwijze', 'inbreng', 'weging', 'reactie'],
      terugkoppelingWeeks: 6,
      reportWithProposal: true,
      reportPublic: true,
    },
    inspraak: { awbDefault: true, termWeeks: 6, oral: true },
    uitdaagrecht: {
      enabled: true,
      challengers: ['inwoners', 'maatschappelijke-partijen'],
      tasks: 'all-except-excluded',
      listedTasks: [],
      excludedTasks: [],
      requestSections: ['taak', 'beter-goedkoper', 'draagvlak', 'deskundigheid', 'kosten'],
      criteria: ['beter', 'goedkoper', 'draagvlak', 'continuiteit'],
      conversationWeeks: 4,
      decisionWeeks: 12,
      decider: 'college',
      budget: 'per-request',
      agreementSections: ['resultaat', 'budget', 'looptijd', 'verantwoording', 'beeindiging'],
      raadInformed: true,
    },
    governmentParticipation: {
      enabled: true,
      support: ['aanspreekpunt', 'meedenken', 'vergunningen'],
      responseWeeks: 4,
      initiativeFund: false,
      citizensInitiative: { enabled: false, signatures: 100, minimumAge: 16 },
      referendum: false,
    },
    evaluation: { years: 4, by: 'college', withInwoners: true, trajectEvaluation: false },
    initiators: {
      enabled: false,
      mandatoryCases: [],
      report: ['wie', 'hoe', 'resultaten', 'aanpassingen', 'niet-overgenomen'],
      preliminaryConsultation: true,
    },
  };
}
