import type { Inclusivity } from '../instrument';
import { GROUPS, type Group, type InclusionScore } from '../vocabulary';

/** Public guides the catalogue draws facts from. One spelling per source, so the export can list them. */
export const SOURCES = {
  prodemos: 'ProDemos – Afwegingskader burgerparticipatie bij beleid',
  movisie: 'Movisie – Leidraad burgerbetrokkenheid',
  participedia: 'Participedia – methodenbeschrijvingen',
  vngModel: 'VNG – Model participatieverordening (2024)',
  participationStrengtheningAct: 'Wet versterking participatie op decentraal niveau (Kamerstuk 36210)',
  ombudsman: 'Nationale ombudsman – rapport 2009/180 “We gooien het de inspraak in”',
  democracyInAction: 'VNG Democratie in Actie – workshop participatiemix',
  flanigan: 'Flanigan e.a. – Fair algorithms for selecting citizens’ assemblies (Nature, 2021)',
  g1000: 'G1000 – methode burgertop',
  wmo: 'Wet maatschappelijke ondersteuning 2015, art. 2.1.3 (betrekken van ingezetenen)',
  pwe: 'TU Delft – Participatieve Waarde Evaluatie (PWE), Mouter e.a.',
  mkba: 'CPB/PBL – Algemene leidraad voor maatschappelijke kosten-batenanalyse',
  municipalitiesAct: 'Gemeentewet, art. 150 (inspraak- en participatieverordening)',
  awb: 'Algemene wet bestuursrecht, afdeling 3.4 (uniforme openbare voorbereidingsprocedure) en art. 6:13',
  environmentAndPlanningAct:
    'Omgevingswet en Omgevingsbesluit (participatie bij omgevingsvisie, omgevingsplan en vergunningaanvraag)',
  unDisabilityConvention:
    'VN-verdrag inzake de rechten van personen met een handicap (door Nederland bekrachtigd in 2016), art. 4 lid 3 en art. 9',
  childRightsConvention: 'VN-verdrag inzake de rechten van het kind, art. 12 (recht om gehoord te worden)',
  youthAct: 'Jeugdwet, art. 2.10 (betrekken van jeugdigen en ouders bij beleid)',
  participationAct: 'Participatiewet, art. 47 (cliëntenparticipatie)',
  constitution: 'Grondwet, art. 5 (petitierecht)',
  residentSurvey: 'VNG – Waarstaatjegemeente.nl, burgerpeiling',
  oecd: 'OECD – Innovative Citizen Participation and New Democratic Institutions: Catching the Deliberative Wave (2020)',
  jff: 'Ehrmann & Stinson – Joint fact-finding and the use of technical experts, in: The Consensus Building Handbook (1999)',
  duiven:
    'Rosema – De stemming in Duiven: evaluatie van het referendum van 23 april 2008 over Vitaal Centrum Duiven (KISS, 2009)',
  climateAgreement: 'Klimaatakkoord (2019) – streven naar 50% lokaal eigendom bij hernieuwbare opwek op land',
  windCodeOfConduct: 'NWEA e.a. – Gedragscode Acceptatie & Participatie Windenergie op Land (2020)',
  ipm: 'Rijkswaterstaat – Integraal projectmanagement (IPM), rol van de omgevingsmanager',
} as const;

/**
 * Inclusivity per group: `base` for every group not named. Writing all eight groups out for 47
 * instruments hid the few scores that differ; this keeps the exceptions visible.
 */
export function incl(base: InclusionScore, scores: Partial<Record<Group, InclusionScore>> = {}): Inclusivity {
  // Children are the exception to `base`: formats made for adults almost never reach them, so an
  // instrument reaches kinderen only where the catalogue says so explicitly.
  return Object.fromEntries(GROUPS.map((g) => [g, scores[g] ?? (g === 'kinderen' ? 0 : base)])) as Inclusivity;
}
