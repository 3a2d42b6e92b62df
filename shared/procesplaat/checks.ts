import { ROOM_MAX_LEVEL } from '../participatie/rules';
import { levelLabels, phaseLabels, roomLabels } from '../participatie/labels';
import { levelRank, phaseRank, type Phase, type Room } from '../participatie/vocabulary';
import { adjacency, reachable, reachableFromAny, stronglyConnected } from './graph';
import type { PlateEdge, PlateNode, Procesplaat } from './model';
import { decisionFedBack, isDecision, isCouncilDecision, isCouncilInformation } from './order';
import { checkMessages } from './texts';

/**
 * Spelregels checks on a procesplaat. Each answers one of the National Ombudsman's complaints
 * about inspraak (report 2009/180) or a rule from the participatieverordening, on the picture
 * itself, so a raadswerkgroep sees where its process breaks its own rules.
 */
export const CHECK_IDS = [
  'activiteit-zonder-terugkoppeling',
  'participatie-na-besluit',
  'niveau-hoger-dan-ruimte',
  'geen-kaderstelling-vooraf',
  'besluit-zonder-informatie',
  'besluit-niet-teruggekoppeld',
  'geen-evaluatie',
  'los-van-proces',
  'kringloop',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckIssue {
  /** Stable: `<check>:<first node id>`, so the UI can keep focus and tests can name it. */
  id: string;
  check: CheckId;
  severity: 'high' | 'medium';
  /** The nodes it is about; the first is where a click takes you. */
  nodeIds: string[];
  message: string;
}

export const CHECK_SEVERITY: Record<CheckId, CheckIssue['severity']> = {
  // "Niets meer van gehoord": fixable by adding a step, but the top complaint.
  'activiteit-zonder-terugkoppeling': 'medium',
  // "Politics had already decided": input that cannot change anything any more.
  'participatie-na-besluit': 'high',
  // A promise of influence the room cannot carry.
  'niveau-hoger-dan-ruimte': 'high',
  // Without frames set beforehand, expectations and outcome drift apart.
  'geen-kaderstelling-vooraf': 'high',
  // The council would decide without having heard what residents said.
  'besluit-zonder-informatie': 'high',
  // "Niets meer van gehoord" about the outcome itself; fixable by adding a step.
  'besluit-niet-teruggekoppeld': 'medium',
  // The verordening asks for evaluation; a missing one is a gap, not a broken process.
  'geen-evaluatie': 'medium',
  'los-van-proces': 'medium',
  kringloop: 'medium',
};

type Check = (plate: Pick<Procesplaat, 'nodes' | 'edges'>, ctx: Context) => CheckIssue[];

interface Context {
  byId: Map<string, PlateNode>;
  flow: PlateNode[];
  sequence: ReturnType<typeof adjacency>;
  all: ReturnType<typeof adjacency>;
}

const issue = (check: CheckId, nodeIds: string[], message: string): CheckIssue => ({
  id: `${check}:${nodeIds[0] ?? ''}`,
  check,
  severity: CHECK_SEVERITY[check],
  nodeIds,
  message,
});

const isActivity = (n: PlateNode | undefined) => n?.type === 'activiteit';
const quote = (n: PlateNode) => `‘${n.data.title}’`;

const checks: Record<CheckId, Check> = {
  'activiteit-zonder-terugkoppeling': (_, { flow, all, byId }) =>
    flow
      .filter((n) => n.type === 'activiteit')
      .filter((n) => {
        // Feedback may come after a communication step, but not only after the next activity.
        const ahead = reachable(all.out, n.id, (id) => byId.get(id)?.type === 'activiteit');
        return ![...ahead].some((id) => byId.get(id)?.type === 'terugkoppeling');
      })
      .map((n) => issue('activiteit-zonder-terugkoppeling', [n.id], checkMessages.activityWithoutFeedback(quote(n)))),

  'participatie-na-besluit': (_, { flow, sequence, byId }) => {
    const found: CheckIssue[] = [];
    // The council's decision or the college's: either way the input comes too late.
    for (const decision of flow.filter(isDecision)) {
      const decidedPhase = decision.data.phase ?? 'besluitvorming';
      for (const id of reachable(sequence.out, decision.id)) {
        const n = byId.get(id);
        // Participation in a phase up to the decision's own phase exists to inform it; after the decision it is too late.
        if (n?.type === 'activiteit' && n.data.phase && phaseRank(n.data.phase) <= phaseRank(decidedPhase)) {
          found.push(
            issue(
              'participatie-na-besluit',
              [n.id, decision.id],
              checkMessages.participationAfterDecision(quote(n), quote(decision)),
            ),
          );
        }
      }
    }
    return found;
  },

  'niveau-hoger-dan-ruimte': (plate, { flow }) => {
    const rooms = new Map<Phase, Room>();
    for (const n of plate.nodes) if (n.type === 'fase' && n.data.room) rooms.set(n.data.phase, n.data.room);
    return flow.flatMap((n) => {
      if (n.type !== 'activiteit' || !n.data.level || !n.data.phase) return [];
      const room = rooms.get(n.data.phase);
      if (!room || levelRank(n.data.level) <= levelRank(ROOM_MAX_LEVEL[room])) return [];
      return [
        issue(
          'niveau-hoger-dan-ruimte',
          [n.id],
          checkMessages.levelAboveRoom(
            quote(n),
            levelLabels[n.data.level].label.toLowerCase(),
            phaseLabels[n.data.phase].label.toLowerCase(),
            roomLabels[room].label.toLowerCase(),
            levelLabels[ROOM_MAX_LEVEL[room]].label.toLowerCase(),
          ),
        ),
      ];
    });
  },

  'geen-kaderstelling-vooraf': (_, { flow, all }) => {
    const frameSettings = flow.filter((n) => n.type === 'raadsmoment' && n.data.moment === 'kaderstelling');
    const covered = reachableFromAny(
      all.out,
      frameSettings.map((k) => k.id),
    );
    const open = flow.filter((n) => n.type === 'activiteit' && !covered.has(n.id));
    // Only the first uncovered activities: the rest follow from them, one message is enough.
    const downstream = reachableFromAny(
      all.out,
      open.map((o) => o.id),
    );
    const first = open.filter((n) => !downstream.has(n.id));
    if (first.length === 0) return [];
    return [
      issue(
        'geen-kaderstelling-vooraf',
        first.map((n) => n.id),
        frameSettings.length === 0
          ? checkMessages.noFrameSetting
          : checkMessages.startsWithoutFrameSetting(quote(first[0]!)),
      ),
    ];
  },

  'besluit-zonder-informatie': (_, { flow, all, byId }) =>
    flow
      .filter(isCouncilDecision)
      .filter((b) => {
        // Without participation before it there is no input to hear.
        const before = [...reachable(all.in, b.id)].map((id) => byId.get(id));
        return before.some(isActivity) && !before.some(isCouncilInformation);
      })
      .map((b) => issue('besluit-zonder-informatie', [b.id], checkMessages.decisionWithoutInformation(quote(b)))),

  'besluit-niet-teruggekoppeld': (_, { flow, all, byId }) =>
    flow
      .filter(isDecision)
      .filter((b) => [...reachable(all.in, b.id)].some((id) => isActivity(byId.get(id))))
      .filter((b) => !decisionFedBack(all, byId, b.id))
      .map((b) => issue('besluit-niet-teruggekoppeld', [b.id], checkMessages.decisionNotFedBack(quote(b)))),

  'geen-evaluatie': (_, { flow, all }) => {
    if (!flow.some(isActivity) || flow.some((n) => n.type === 'evaluatie')) return [];
    // Point at the end of the process, where the evaluation belongs.
    const ends = flow.filter((n) => (all.out.get(n.id) ?? []).length === 0).map((n) => n.id);
    return [issue('geen-evaluatie', ends, checkMessages.noEvaluation)];
  },

  'los-van-proces': (_, { flow, all }) => {
    if (flow.length < 2) return [];
    // The process is the largest connected part; anything outside it is loose.
    const component = new Map<string, number>();
    const sizes: number[] = [];
    for (const n of flow) {
      if (component.has(n.id)) continue;
      const c = sizes.length;
      const stack = [n.id];
      let size = 0;
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (component.has(id)) continue;
        component.set(id, c);
        size++;
        stack.push(...(all.out.get(id) ?? []), ...(all.in.get(id) ?? []));
      }
      sizes.push(size);
    }
    const main = sizes.indexOf(Math.max(...sizes));
    // One message per loose part, in the order of its first node.
    const parts = new Map<number, PlateNode[]>();
    for (const n of flow) {
      const c = component.get(n.id)!;
      if (c !== main) parts.set(c, [...(parts.get(c) ?? []), n]);
    }
    return [...parts.values()].map((part) =>
      issue(
        'los-van-proces',
        part.map((n) => n.id),
        checkMessages.disconnected(part.map(quote)),
      ),
    );
  },

  kringloop: (_, { flow, sequence, byId }) =>
    stronglyConnected(
      flow.map((n) => n.id),
      sequence.out,
    )
      .filter((c) => c.length > 1 || (sequence.out.get(c[0]!) ?? []).includes(c[0]!))
      .map((c) => {
        const ordered = flow.filter((n) => c.includes(n.id)).map((n) => n.id);
        const names = ordered.map((id) => quote(byId.get(id)!)).join(', ');
        // Going back to an earlier step is what informatie-arrows are for; a "then"-loop never ends.
        return issue('kringloop', ordered, checkMessages.loop(names));
      }),
};

/** All issues, in the order of CHECK_IDS and then of the nodes. */
export function checkProcesplaat(plate: { nodes: readonly PlateNode[]; edges: readonly PlateEdge[] }): CheckIssue[] {
  const flow = plate.nodes.filter((n) => n.type !== 'fase');
  const ctx: Context = {
    byId: new Map(plate.nodes.map((n) => [n.id, n])),
    flow,
    sequence: adjacency(flow, plate.edges, ['volgorde']),
    all: adjacency(flow, plate.edges),
  };
  const p = plate as Pick<Procesplaat, 'nodes' | 'edges'>;
  return CHECK_IDS.flatMap((id) => checks[id](p, ctx));
}
