import type { EdgeType, NodeType, RaadsmomentKind } from './model';

/** Dutch words for the procesplaat, shared by the editor, the SVG export and the checks. */
export const nodeTypeLabels: Record<NodeType, { label: string; explanation: string; icon: string }> = {
  fase: { label: 'Fase', explanation: 'Een fase van het beleidsproces.', icon: '▭' },
  activiteit: { label: 'Activiteit', explanation: 'Inwoners doen mee, met een instrument uit de mix.', icon: '●' },
  raadsmoment: {
    label: 'Raad',
    explanation: 'De gemeenteraad stelt kaders, laat zich informeren of besluit.',
    icon: '⚖',
  },
  collegemoment: { label: 'College', explanation: 'Het college van B en W neemt een stap.', icon: '■' },
  terugkoppeling: {
    label: 'Terugkoppeling',
    explanation: 'Deelnemers horen wat er met hun inbreng is gedaan, en waarom.',
    icon: '↩',
  },
  communicatie: {
    label: 'Communicatie',
    explanation: 'Iedereen hoort wat er gebeurt en hoe je kunt meedoen.',
    icon: '✉',
  },
  evaluatie: { label: 'Evaluatie', explanation: 'Terugkijken: werkte de participatie?', icon: '✓' },
  mijlpaal: { label: 'Mijlpaal', explanation: 'Een moment waarop iets klaar is.', icon: '◆' },
};

export const raadsmomentLabels: Record<RaadsmomentKind, string> = {
  kaderstelling: 'Raad stelt kaders',
  informatie: 'Raad wordt geïnformeerd',
  besluit: 'Raad besluit',
};

/** The exported SVG's spoken name (aria-label), before the traject's title. */
export const svgLabels = { plate: 'Procesplaat' };

/** Spoken names on the editor's canvas (the aria-labels of lanes, steps and arrows). */
export const canvasLabels = {
  attention: 'Let op:',
  sequenceArrow: 'Pijl',
  informationArrow: 'Informatiepijl',
  toOtherRow: (connector: number | string) => `naar een andere rij (verbinding ${connector})`,
};

export const edgeTypeLabels: Record<EdgeType, string> = {
  volgorde: 'Daarna',
  informatie: 'Informatie of inbreng',
};

/** The fields of node data as a repair note names them (the stored keys are English). */
export const nodeFieldLabels: Record<string, string> = {
  title: 'titel',
  description: 'toelichting',
  phase: 'fase',
  room: 'ruimte voor invloed',
  instrument: 'instrument',
  level: 'niveau van meedoen',
  reach: 'bereik',
  groups: 'specifieke groepen',
  start: 'begindatum',
  end: 'einddatum',
  owner: 'verantwoordelijke',
  moment: 'soort raadsmoment',
  councilRoles: 'rol van de raad',
  whatWasDone: 'wat er met de inbreng is gedaan',
  channel: 'kanaal',
  audience: 'voor wie',
  question: 'vraag',
  date: 'datum',
};
