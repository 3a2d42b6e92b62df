import { phaseRank } from '../participatie/vocabulary';
import { adjacency, reachable, type Adjacency } from './graph';
import type { PlateEdge, PlateNode } from './model';

/**
 * Where the council stands in a process (brief: "Who decides, and where the council stands"):
 * which instruments produce input the council must hear, which the council runs itself, what
 * counts as a decision, and the order rules a generated procesplaat always keeps. The generator
 * places nodes by these rules, the checks read them, and the tests assert them on every plate.
 */

/**
 * Activities whose outcome is input for a decision: the council hears it (an information moment)
 * after the activity and before it decides. Terinzagelegging with zienswijzen under several ids,
 * as catalogues name it differently.
 */
export const INPUT_INSTRUMENTS: ReadonlySet<string> = new Set([
  'inspraakavond',
  'terinzagelegging',
  'terinzagelegging-zienswijzen',
  'zienswijzen',
  'referendum',
  'preferendum',
  'burgerbegroting',
  'wijkbudget',
]);

/** Instruments the council (the griffie) runs itself: between hearing the input and deciding. */
export const COUNCIL_RUN_INSTRUMENTS: ReadonlySet<string> = new Set(['rondetafelgesprek', 'spreekrecht', 'raadsmarkt']);

/** Residents ask to take over a task; the college decides on the request, not the council. */
export const UITDAAGRECHT = 'uitdaagrecht';

type Node = PlateNode;
type Plate = { nodes: readonly PlateNode[]; edges: readonly PlateEdge[] };

export const isKaderstelling = (n: Node | undefined): boolean =>
  n?.type === 'raadsmoment' && n.data.moment === 'kaderstelling';
export const isCouncilInformation = (n: Node | undefined): boolean =>
  n?.type === 'raadsmoment' && n.data.moment === 'informatie';
export const isCouncilDecision = (n: Node | undefined): boolean =>
  n?.type === 'raadsmoment' && n.data.moment === 'besluit';
/**
 * A college (or burgemeester) step is a decision when its title says so ("College beslist op het
 * verzoek", "College neemt het besluit", "Collegebesluit"); "College stelt raadsvoorstel op",
 * "Besluitvorming voorbereiden" and "Ontwerpbesluit ter inzage" are not. The node type
 * has no field for it, so the title is what a hand-drawn plate and a generated one share.
 */
export const isCollegeDecision = (n: Node | undefined): boolean =>
  n?.type === 'collegemoment' && /(?<!ontwerp)(besluit|besluiten|beslist|beslissen)(?![a-z])/i.test(n.data.title);
/** Any body's decision: the council's or the college's. */
export const isDecision = (n: Node | undefined): boolean => isCouncilDecision(n) || isCollegeDecision(n);
export const isInputActivity = (n: Node | undefined): boolean =>
  n?.type === 'activiteit' && !!n.data.instrument && INPUT_INSTRUMENTS.has(n.data.instrument);
export const isCouncilRunActivity = (n: Node | undefined): boolean =>
  n?.type === 'activiteit' && !!n.data.instrument && COUNCIL_RUN_INSTRUMENTS.has(n.data.instrument);

/** Node types that only exist because residents take part. */
export const PARTICIPATION_TYPES: ReadonlySet<PlateNode['type']> = new Set([
  'activiteit',
  'terugkoppeling',
  'communicatie',
  'evaluatie',
]);

interface Graph {
  flow: Node[];
  byId: Map<string, Node>;
  all: Adjacency;
  /** Memoised "what comes after": the invariants ask it for many nodes. */
  after: (id: string) => Set<string>;
}

function graphOf(plate: Plate): Graph {
  const flow = plate.nodes.filter((n) => n.type !== 'fase');
  const all = adjacency(flow, plate.edges);
  const memo = new Map<string, Set<string>>();
  return {
    flow,
    byId: new Map(flow.map((n) => [n.id, n])),
    all,
    after: (id) => {
      let set = memo.get(id);
      if (!set) memo.set(id, (set = reachable(all.out, id)));
      return set;
    },
  };
}

/** Whether the plate has a step of `what` between `from` and `to` (both excluded). */
function between(g: Graph, from: string, to: string, what: (n: Node) => boolean): boolean {
  const before = reachable(g.all.in, to);
  return [...g.after(from)].some((id) => id !== to && before.has(id) && what(g.byId.get(id)!));
}

/**
 * The order rules of the brief, as violations (English, for tests and developers; the user sees
 * the checks). Empty means the plate keeps them all. Arrows of both kinds count as "comes after":
 * an information arrow carries input forward just as a sequence arrow does.
 */
export function orderViolations(plate: Plate): string[] {
  const g = graphOf(plate);
  const out: string[] = [];
  const frameSettings = g.flow.filter(isKaderstelling);
  const decisions = g.flow.filter(isDecision);
  const activities = g.flow.filter((n) => n.type === 'activiteit');

  // 1. The council sets the frame before every activity and every council decision, never after a decision.
  for (const k of frameSettings) {
    const after = g.after(k.id);
    for (const n of [...activities, ...decisions])
      if (!after.has(n.id)) out.push(`kaderstelling ${k.id} does not precede ${n.id}`);
    for (const d of decisions)
      if (g.after(d.id).has(k.id)) out.push(`kaderstelling ${k.id} comes after decision ${d.id}`);
  }

  // 2. Input reaches the council: an information moment after every input-producing activity, and
  //    between it and every council decision it feeds.
  for (const a of activities.filter(isInputActivity)) {
    const after = g.after(a.id);
    if (![...after].some((id) => isCouncilInformation(g.byId.get(id))))
      out.push(`no council information moment after input activity ${a.id}`);
    for (const id of after)
      if (isCouncilDecision(g.byId.get(id)) && !between(g, a.id, id, isCouncilInformation))
        out.push(`council decision ${id} follows input activity ${a.id} without an information moment between`);
  }

  // 3. Council-run instruments in a decision's phase sit between the information moment and that
  //    decision (earlier, a rondetafelgesprek may help the raad set its agenda).
  for (const c of activities.filter(isCouncilRunActivity)) {
    const before = reachable(g.all.in, c.id);
    for (const id of g.after(c.id))
      if (
        isCouncilDecision(g.byId.get(id)) &&
        g.byId.get(id)!.data.phase === c.data.phase &&
        ![...before].some((b) => isCouncilInformation(g.byId.get(b)))
      )
        out.push(`council-run ${c.id} comes before decision ${id} but not after an information moment`);
  }

  // 4. No participation for a decision after that decision was taken (uitvoering after besluitvorming is fine).
  for (const d of decisions) {
    const dPhase = d.data.phase ?? 'besluitvorming';
    for (const id of g.after(d.id)) {
      const n = g.byId.get(id)!;
      // Participation up to the decision's own phase exists to inform it (the check participatie-na-besluit).
      if (n.type === 'activiteit' && n.data.phase && phaseRank(n.data.phase) <= phaseRank(dPhase))
        out.push(`activity ${id} comes after decision ${d.id} it should inform`);
    }
  }

  // 5. After a decision that residents gave input for, they hear what was decided.
  for (const d of decisions) {
    const participated = [...reachable(g.all.in, d.id)].some((id) => g.byId.get(id)?.type === 'activiteit');
    if (participated && !decisionFedBack(g.all, g.byId, d.id))
      out.push(`decision ${d.id} is not followed by feedback to participants`);
  }

  // 6. An evaluation goes back to the council.
  for (const e of g.flow.filter((n) => n.type === 'evaluatie'))
    if (![...g.after(e.id)].some((id) => isCouncilInformation(g.byId.get(id))))
      out.push(`evaluation ${e.id} is not followed by a council information moment`);

  // 7. One connected process.
  if (g.flow.length > 0) {
    const seen = new Set<string>();
    const stack = [g.flow[0]!.id];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(g.all.out.get(id) ?? []), ...(g.all.in.get(id) ?? []));
    }
    for (const n of g.flow) if (!seen.has(n.id)) out.push(`${n.id} is not connected to the process`);
  }
  return out;
}

/** Feedback after a decision, before any next activity (that feedback would be about the activity). */
export function decisionFedBack(all: Adjacency, byId: Map<string, Node>, decisionId: string): boolean {
  const ahead = reachable(all.out, decisionId, (id) => byId.get(id)?.type === 'activiteit');
  return [...ahead].some((id) => byId.get(id)?.type === 'terugkoppeling');
}

/** Nodes that only belong on a plate where residents take part (for "no participation, no nodes"). */
export const participationNodes = (plate: Plate): Node[] => plate.nodes.filter((n) => PARTICIPATION_TYPES.has(n.type));
