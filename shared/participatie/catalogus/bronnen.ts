import type { Inclusivity } from '../instrument';
import { GROUPS, type Group, type InclusionScore } from '../vocabulary';

/** Public guides the catalogue draws facts from. One spelling per source, so the export can list them. */
export const BRON = {
  prodemos: 'ProDemos – Afwegingskader burgerparticipatie bij beleid',
  movisie: 'Movisie – Leidraad burgerbetrokkenheid',
  participedia: 'Participedia – methodenbeschrijvingen',
  vngModel: 'VNG – Model participatieverordening (2024)',
  wetParticipatie: 'Wet versterking participatie op decentraal niveau (Kamerstuk 36210)',
  ombudsman: 'Nationale ombudsman – rapport 2009/180 “We gooien het de inspraak in”',
  democratieInActie: 'VNG Democratie in Actie – workshop participatiemix',
  flanigan: 'Flanigan e.a. – Fair algorithms for selecting citizens’ assemblies (Nature, 2021)',
  g1000: 'G1000 – methode burgertop',
  wmo: 'Wet maatschappelijke ondersteuning 2015, art. 2.1.3 (betrekken van ingezetenen)',
  pwe: 'TU Delft – Participatieve Waardeoordeling (Mouter e.a.)',
  mkba: 'CPB/PBL – Algemene leidraad voor maatschappelijke kosten-batenanalyse',
  gemeentewet: 'Gemeentewet, art. 150 (inspraak- en participatieverordening)',
} as const;

/**
 * Inclusivity per group: `base` for every group not named. Writing all eight groups out for 36
 * instruments hid the few scores that differ; this keeps the exceptions visible.
 */
export function incl(base: InclusionScore, scores: Partial<Record<Group, InclusionScore>> = {}): Inclusivity {
  return Object.fromEntries(GROUPS.map((g) => [g, scores[g] ?? base])) as Inclusivity;
}
