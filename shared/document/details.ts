import { formatIsoDate, formatList } from '../format';
import { euro, type TrajectAnswers } from '../participatie/index';
import type { PlanDetails } from '../participatie/plan-details';
import { PHASES, SAMPLING_RECRUITMENTS, type Domain, type Phase } from '../participatie/vocabulary';
import type { PlanFacts } from './analysis';
import { deciderName, inPhases, toBeFilledIn, phaseName } from './texts';

/**
 * The plan details a raadsvoorstel needs, completed with defaults derived from the answers
 * (art. 150 Gemeentewet always; the Omgevingsbesluit in the fysieke domein; Wmo 2015 and
 * Jeugdwet in the sociaal domein; afdeling 3.4 Awb where a formal procedure follows; the
 * bevoegd gezag from who decides; the budget as the sum of the phase budgets). What cannot be
 * derived is marked "[nog in te vullen]" and listed in `missing`, so a gap is never silent.
 *
 * Legal references were checked against the texts themselves: Omgevingsbesluit art. 10.2
 * (omgevingsplan), 10.7 (omgevingsvisie) and 10.8 (programma) ask the deciding body to state how
 * people were involved and with what result; Wmo 2015 art. 2.1.3, derde lid, and Jeugdwet art.
 * 2.10 ask for rules on how residents and clients are involved in carrying out those laws;
 * afdeling 3.4 Awb (art. 3:16: six weeks for zienswijzen); hoofdstuk 9 Awb (complaints, then the
 * Nationale ombudsman or the gemeente's own ombudsman).
 */
export interface ResolvedDetails {
  legalBasis: string[];
  verordening: string;
  competentAuthority: string;
  commissioner: string;
  contact: string;
  stakeholders: { party: string; interest: string }[];
  weighingCriteria: string[];
  /** True when the criteria are the defaults, not the plan's own. */
  defaultWeighingCriteria: boolean;
  reportContents: string[];
  reportMoment: string;
  privacy: string[];
  complaints: string;
  budgetTotal: string;
  budgetPerPhase: string[];
  capacity: string;
  uitdaagrecht: string;
  decisionPoints: string[];
  /** Names of what is still to be filled in, for the annex. */
  missing: string[];
  status: 'Concept' | 'Vastgesteld';
}

const SOCIAAL: ReadonlySet<Domain> = new Set(['sociaal']);
const FYSIEK: ReadonlySet<Domain> = new Set(['fysiek']);

function domains(answers: TrajectAnswers): Set<Domain> {
  const out = new Set<Domain>();
  if (answers.domain) out.add(answers.domain);
  for (const p of PHASES) {
    const d = answers.phases[p]?.domain;
    if (d) out.add(d);
  }
  return out;
}

export function resolveDetails(answers: TrajectAnswers, facts: PlanFacts, title: string): ResolvedDetails {
  const plan: Partial<PlanDetails> = answers.plan ?? {};
  const missing: string[] = [];
  // Without participation only what the motivering needs counts as missing.
  const neededForMotivering = new Set([
    'artikel participatieverordening',
    'bevoegd gezag',
    'opdrachtgever',
    'contactpersoon',
  ]);
  const gap = (what: string, label: string) => {
    if (!facts.noParticipation || neededForMotivering.has(label)) missing.push(label);
    return toBeFilledIn(what);
  };
  const doms = domains(answers);
  const phases = facts.participating;

  const verordening = plan.verordeningArtikel?.trim()
    ? plan.verordeningArtikel.trim()
    : gap(
        'het artikel van de participatieverordening van de gemeente waarop dit plan berust',
        'artikel participatieverordening',
      );
  const legalBasis = [
    'Artikel 150 van de Gemeentewet: de raad stelt bij verordening regels over de wijze waarop inwoners en belanghebbenden worden betrokken bij de voorbereiding, uitvoering en evaluatie van gemeentelijk beleid (participatieverordening).',
    `Participatieverordening van de gemeente: ${verordening}.`,
  ];
  if ([...doms].some((d) => FYSIEK.has(d)))
    legalBasis.push(
      'Artikelen 10.2, 10.7 en 10.8 van het Omgevingsbesluit: bij de vaststelling van een omgevingsplan, een omgevingsvisie of een programma wordt aangegeven hoe burgers, bedrijven, maatschappelijke organisaties en bestuursorganen bij de voorbereiding zijn betrokken en wat de resultaten daarvan zijn.',
    );
  if ([...doms].some((d) => SOCIAAL.has(d)))
    legalBasis.push(
      'Artikel 2.1.3, derde lid, van de Wet maatschappelijke ondersteuning 2015 en artikel 2.10 van de Jeugdwet: de gemeente regelt bij verordening hoe cliënten, jeugdigen, ouders en andere inwoners worden betrokken bij de uitvoering van deze wetten.',
    );
  if (facts.formalProcedure.length > 0)
    legalBasis.push(
      `Afdeling 3.4 van de Algemene wet bestuursrecht (uniforme openbare voorbereidingsprocedure) ${inPhases(facts.formalProcedure)}: het ontwerpbesluit wordt ter inzage gelegd en gedurende zes weken kunnen zienswijzen naar voren worden gebracht.`,
    );

  // Bevoegd gezag: the bodies that decide on the plate, else the traject's answer; a mandate is
  // given by the raad, so residents deciding within it are named beside it, not instead of it.
  const byBody = new Map<string, Phase[]>();
  for (const d of facts.decisions) if (d.by !== 'inwoners') byBody.set(d.by, [...(byBody.get(d.by) ?? []), d.phase]);
  if (byBody.size === 0 && (answers.competentBody || facts.mandate.length))
    byBody.set(answers.competentBody ?? 'raad', []);
  const bodies = formatList(
    [...byBody].map(([body, ph]) => {
      const uniq = [...new Set(ph)];
      const name = deciderName[body as keyof typeof deciderName];
      return uniq.length ? `${name} (${inPhases(uniq).replace(/^in de /, '')})` : name;
    }),
  );
  const competentAuthority =
    byBody.size === 0
      ? gap('welk bestuursorgaan het besluit neemt (raad, college of burgemeester)', 'bevoegd gezag')
      : `${bodies.charAt(0).toUpperCase()}${bodies.slice(1)}${facts.mandate.length ? `; ${inPhases(facts.mandate)} beslissen inwoners binnen het mandaat dat de raad vooraf heeft gegeven` : ''}.`;

  const commissioner =
    plan.opdrachtgever?.trim() || gap('de opdrachtgever (portefeuillehouder of bestuursorgaan)', 'opdrachtgever');
  const c = plan.contactpersoon;
  const contactParts = [c?.naam, c?.functie, c?.email, c?.telefoon]
    .map((s) => s?.trim())
    .filter((s): s is string => !!s);
  const contact = contactParts.length
    ? contactParts.join(', ')
    : gap('naam en bereikbaarheid van de contactpersoon', 'contactpersoon');

  const stakeholders = (plan.stakeholders ?? []).map((s) => ({
    party: s.partij,
    interest: s.belang.trim() || toBeFilledIn('het belang van deze partij'),
  }));
  if (stakeholders.length === 0 && !facts.noParticipation) missing.push('belanghebbende partijen');

  const ownWeighing = (plan.wegingskader ?? []).filter((s) => s.trim());
  const weighingCriteria = ownWeighing.length
    ? ownWeighing
    : [
        'de mate waarin de inbreng past binnen de vooraf vastgestelde kaders;',
        'de wettelijke randvoorwaarden en het beschikbare budget;',
        'het algemeen belang en de belangen van groepen die minder vanzelf meedoen;',
        'de onderbouwing en het draagvlak van de inbreng, niet alleen het aantal keren dat iets is genoemd.',
      ];

  const reportContents = [
    'wie er zijn betrokken, op welke manier en wanneer;',
    'welke groepen wel en niet zijn bereikt;',
    'wat er is ingebracht;',
    'hoe de inbreng is gewogen en wat ermee is gedaan, met de reden als iets niet is overgenomen;',
    ...(plan.participatieverslag?.inhoud ?? []).map((s) => `${s.replace(/[.;:]$/, '')};`),
  ];
  reportContents[reportContents.length - 1] = reportContents.at(-1)!.replace(/;$/, '.');
  const moment = plan.participatieverslag?.moment?.trim();
  const reportMoment = moment
    ? /^\d{4}-\d{2}-\d{2}$/.test(moment)
      ? `uiterlijk ${formatIsoDate(moment)}`
      : moment
    : facts.raadInformed
      ? `bij het raadsvoorstel, vóór het moment ‘${facts.raadInformed.data.title}’`
      : `op een moment dat nog moet worden vastgelegd ${gap('', 'moment participatieverslag').trim()}`;

  const draws = phases.some((p) =>
    Object.values(answers.phases[p]?.werving ?? {}).some((r) => SAMPLING_RECRUITMENTS.has(r)),
  );
  const brp = plan.privacy?.brp ?? draws;
  const privacy = [
    'Persoonsgegevens van deelnemers worden verwerkt volgens de Algemene verordening gegevensbescherming (AVG): alleen wat nodig is voor de participatie, niet langer bewaard dan nodig, en niet gedeeld buiten de gemeente en de partijen die de participatie voor haar uitvoeren.',
    ...(brp
      ? [
          'Voor de loting of steekproef worden naam- en adresgegevens uit de Basisregistratie Personen (BRP) gebruikt. De gemeente legt de grondslag, het doel en de bewaartermijn vast in het register van verwerkingen en meldt dit in de uitnodiging.',
        ]
      : []),
    'In verslagen worden deelnemers niet herkenbaar genoemd, tenzij zij daarvoor toestemming geven of namens een organisatie spreken.',
    ...(plan.privacy?.toelichting?.trim() ? [plan.privacy.toelichting.trim()] : []),
  ];
  const complaints =
    plan.klachten?.trim() ||
    'Wie niet tevreden is over de manier waarop de gemeente zich in dit traject heeft gedragen, kan een klacht indienen; de gemeente behandelt die volgens hoofdstuk 9 van de Algemene wet bestuursrecht. Is de indiener het niet eens met de afhandeling, dan kan hij zich wenden tot de Nationale ombudsman of de ombudsman die de gemeente daarvoor heeft aangewezen.';

  const budgets = PHASES.flatMap((p) => {
    const b = answers.phases[p]?.budget;
    return b !== undefined && !answers.phases[p]?.geenParticipatie ? [[p, b] as const] : [];
  });
  const sum = budgets.reduce((s, [, b]) => s + b, 0);
  const budgetTotal =
    plan.budgetTotaal !== undefined
      ? euro(plan.budgetTotaal)
      : budgets.length
        ? `${euro(sum)} (de som van de budgetten per fase${budgets.length < phases.length ? `; voor ${inPhases(phases.filter((p) => answers.phases[p]?.budget === undefined)).replace(/^in de /, 'de ')} is nog geen budget opgegeven` : ''})`
        : gap('het totale budget voor participatie', 'budget');
  const budgetPerPhase = budgets.map(([p, b]) => `${phaseName(p)}: ${euro(b)}`);
  const capacity = plan.capaciteit?.trim() || gap('de ambtelijke inzet (bijvoorbeeld in fte per rol)', 'capaciteit');

  const uitdaagrechtChosen = phases.some((p) => answers.phases[p]?.instruments.includes('uitdaagrecht'));
  const uitdaagrecht = plan.uitdaagrecht
    ? plan.uitdaagrecht.vanToepassing
      ? `Het uitdaagrecht is van toepassing.${plan.uitdaagrecht.toelichting ? ` ${plan.uitdaagrecht.toelichting}` : ''}`
      : `Het uitdaagrecht is niet van toepassing.${plan.uitdaagrecht.toelichting ? ` ${plan.uitdaagrecht.toelichting}` : ''}`
    : uitdaagrechtChosen
      ? 'Het uitdaagrecht is van toepassing: inwoners of maatschappelijke partijen vragen de feitelijke uitvoering van een taak over te nemen. Het college toetst het verzoek en beslist; de gemeente houdt de kaders waarbinnen de uitvoering plaatsvindt.'
      : gap(
          'of inwoners of maatschappelijke partijen in dit traject de uitvoering van een taak kunnen overnemen (uitdaagrecht)',
          'uitdaagrecht',
        );

  const decisionPoints = plan.beslispunten?.length
    ? plan.beslispunten
    : defaultDecisionPoints(answers, facts, title, sum);

  return {
    legalBasis,
    verordening,
    competentAuthority,
    commissioner,
    contact,
    stakeholders,
    weighingCriteria: weighingCriteria,
    defaultWeighingCriteria: ownWeighing.length === 0,
    reportContents: reportContents,
    reportMoment: reportMoment,
    privacy,
    complaints: complaints,
    budgetTotal: budgetTotal,
    budgetPerPhase,
    capacity,
    uitdaagrecht,
    decisionPoints: decisionPoints,
    missing,
    status: plan.status === 'vastgesteld' ? 'Vastgesteld' : 'Concept',
  };
}

/** A proposal the author edits: what the raad is asked, derived from its roles in the plan. */
function defaultDecisionPoints(answers: TrajectAnswers, facts: PlanFacts, title: string, budget: number): string[] {
  if (facts.noParticipation) {
    return [`in te stemmen met de motivering om bij ‘${title}’ af te zien van participatie van inwoners.`];
  }
  const setsFrames = PHASES.some((p) => answers.phases[p]?.councilRoles.includes('kaderstellend'));
  const points = [
    setsFrames
      ? `de kaders vast te stellen waarbinnen inwoners bij ‘${title}’ worden betrokken, zoals beschreven in dit participatieplan;`
      : `kennis te nemen van het participatieplan voor ‘${title}’;`,
    'in te stemmen met de spelregels die in dit plan voor de participatie zijn opgenomen;',
  ];
  if (facts.mandate.length) points.push(`inwoners ${inPhases(facts.mandate)} binnen deze kaders een mandaat te geven;`);
  if (budget > 0) points.push(`voor de participatie een budget van ${euro(budget)} beschikbaar te stellen;`);
  points[points.length - 1] = points[points.length - 1]!.replace(/;$/, '.');
  return points;
}
