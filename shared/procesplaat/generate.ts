import type { TrajectAnswers } from '../participatie/answers';
import type { Catalogue } from '../participatie/instrument';
import { phaseLabels } from '../participatie/labels';
import { PHASES, phaseRank, type Phase } from '../participatie/vocabulary';
import { genId } from './ids';
import { makeNode, type EdgeType, type ProcesEdge, type ProcesNode, type Procesplaat } from './model';

export interface GenerateOptions {
  /** To name activities after their instrument; unknown ids keep their id as title. */
  catalogue?: Catalogue;
}

/**
 * The spelregels process for a traject, straight from its answers: per phase the chosen
 * instruments as activities, each followed by feedback to participants; the council sets the
 * frame before the first activity, is informed and decides in besluitvorming; evaluation last.
 *
 * Pure and deterministic (ids derive from phase + instrument) so a later generation can be
 * merged with a hand-edited plate. Positions are all zero: layout is a separate step (layout.ts).
 */
export function generateProcesplaat(answers: TrajectAnswers, options: GenerateOptions = {}): Procesplaat {
  const names = new Map(options.catalogue?.instruments.map((i) => [i.id, i.name]));
  const nodes: ProcesNode[] = [];
  const edges: ProcesEdge[] = [];
  const connect = (source: string, target: string, type: EdgeType = 'volgorde', label = '') =>
    edges.push({ id: genId.edge(source, target), source, target, type, label });

  const instrumentsOf = (phase: Phase): string[] => {
    const a = answers.phases[phase];
    return a && !a.geenParticipatie ? [...new Set(a.instruments)] : [];
  };
  const firstActive = PHASES.find((p) => instrumentsOf(p).length > 0) ?? 'agendering';

  for (const phase of PHASES) {
    nodes.push(
      makeNode('fase', genId.fase(phase), {
        title: phaseLabels[phase].label,
        phase,
        room: answers.phases[phase]?.room,
      }),
    );
  }

  // The tail of the chain so far; every step hangs after all of them (a join after parallel activities).
  let tail: string[] = [];
  const step = (node: ProcesNode) => {
    nodes.push(node);
    for (const t of tail) connect(t, node.id);
    tail = [node.id];
  };
  /** Opbrengst of earlier phases that the council must see before it decides. */
  const opbrengst: string[] = [];

  for (const phase of PHASES) {
    const answer = answers.phases[phase];
    const instruments = instrumentsOf(phase);

    if (phase === firstActive) {
      step(
        makeNode('raadsmoment', genId.kaderstelling, {
          title: 'Raad stelt de kaders vast',
          description:
            'De raad legt vooraf vast wat vastligt, waarover inwoners meepraten en hoe hij de inbreng weegt.',
          moment: 'kaderstelling',
          councilRoles: ['kaderstellend'],
          phase,
        }),
      );
      step(
        makeNode('communicatie', genId.aankondiging, {
          title: 'Aankondigen: wie kan meedoen en waarover',
          description: 'Vertel vooraf de kaders, de spelregels en wat er met de inbreng gebeurt.',
          audience: 'Alle betrokkenen',
          phase,
        }),
      );
    }
    if (phase === 'besluitvorming') {
      // Opbrengst that already flows into the proposal in sequence needs no extra arrow.
      const direct = new Set(tail);
      step(
        makeNode('collegemoment', genId.raadsvoorstel, {
          title: 'College stelt raadsvoorstel op',
          description: 'Met een verslag van de participatie: wat is opgehaald en wat ermee is gedaan.',
          phase,
        }),
      );
      step(
        makeNode('raadsmoment', genId.raadsinformatie, {
          title: 'Raad hoort de opbrengst',
          description: 'De raad hoort wat inwoners hebben ingebracht, voordat hij besluit.',
          moment: 'informatie',
          councilRoles: ['volksvertegenwoordigend'],
          phase,
        }),
      );
      for (const source of opbrengst)
        if (!direct.has(source)) connect(source, genId.raadsinformatie, 'informatie', 'opbrengst');
    }

    if (instruments.length > 0) {
      const before = tail;
      const after: string[] = [];
      for (const instrument of instruments) {
        const activiteit = makeNode('activiteit', genId.activiteit(phase, instrument), {
          title: names.get(instrument) ?? instrument,
          phase,
          instrument,
          level: answer?.level,
          reach: answer?.reach,
          groups: answer?.groups ?? [],
        });
        const terugkoppeling = makeNode('terugkoppeling', genId.terugkoppeling(phase, instrument), {
          title: `Uitkomst ${lowerFirst(names.get(instrument) ?? instrument)}`,
          description: 'Laat deelnemers weten wat er met hun inbreng is gedaan, en waarom.',
          phase,
        });
        nodes.push(activiteit, terugkoppeling);
        for (const t of before) connect(t, activiteit.id);
        connect(activiteit.id, terugkoppeling.id);
        after.push(terugkoppeling.id);
      }
      tail = after;
      // Besluitvorming joins in the decision and evaluatie in the evaluation; other phases get a milestone.
      if (phase !== 'besluitvorming' && phase !== 'evaluatie') {
        step(
          makeNode('mijlpaal', genId.mijlpaal(phase), {
            title: `Opbrengst ${phaseLabels[phase].label.toLowerCase()} gebundeld`,
            phase,
          }),
        );
        if (phaseRank(phase) < phaseRank('besluitvorming')) opbrengst.push(genId.mijlpaal(phase));
      }
    }

    if (phase === 'besluitvorming') {
      step(
        makeNode('raadsmoment', genId.besluit, {
          title: 'Raad neemt het besluit',
          description: 'De raad besluit en legt uit hoe de inbreng van inwoners is gewogen.',
          moment: 'besluit',
          councilRoles: ['besluitvormend'],
          phase,
        }),
      );
    }
    if (phase === 'evaluatie') {
      step(
        makeNode('evaluatie', genId.evaluatie, {
          title: 'Evaluatie van de participatie',
          question: 'Hebben we onze beloftes aan deelnemers waargemaakt?',
          phase,
        }),
      );
    }
  }

  const generatedIds = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
  return { nodes, edges, generatedIds };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
