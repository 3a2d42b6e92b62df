import type { Phase } from '../participatie/vocabulary';

/**
 * Ids of generated nodes are derived from what they stand for (phase + instrument), so a second
 * generation produces the same ids and a merge can tell "already there" from "new".
 */
export const genId = {
  fase: (phase: Phase) => `gen:fase:${phase}`,
  activity: (phase: Phase, instrument: string) => `gen:${phase}:activiteit:${instrument}`,
  terugkoppeling: (phase: Phase, instrument: string) => `gen:${phase}:terugkoppeling:${instrument}`,
  milestone: (phase: Phase) => `gen:${phase}:mijlpaal`,
  kaderstelling: 'gen:raad:kaderstelling',
  announcement: 'gen:communicatie:aankondiging',
  councilProposal: 'gen:college:raadsvoorstel',
  councilInformation: 'gen:raad:informatie',
  councilDecision: 'gen:raad:besluit',
  evaluatie: 'gen:evaluatie',
  edge: (source: string, target: string) => `e:${source}>${target}`,
};
