import { z } from 'zod';
import { InstrumentId } from '../participatie/answers';
import { CouncilRole, Group, Level, Phase, Reach, Room } from '../participatie/vocabulary';
import { validationMessages as M } from './texts';

/**
 * The procesplaat as domain data: what the process IS (activities, council moments, feedback),
 * not how React Flow draws it. The database, the SVG export and the checks read this; the
 * renderer maps it to React Flow objects and back (features/procesplaat/mapping.ts).
 */

export const NODE_TYPES = [
  'fase',
  'activiteit',
  'raadsmoment',
  'collegemoment',
  'terugkoppeling',
  'communicatie',
  'evaluatie',
  'mijlpaal',
] as const;
export const NodeType = z.enum(NODE_TYPES);
export type NodeType = z.infer<typeof NodeType>;

/** The council's three moments in a participation process (brief: kaderstellend, informed, besluitvormend). */
export const RAADSMOMENT_KINDS = ['kaderstelling', 'informatie', 'besluit'] as const;
export const RaadsmomentKind = z.enum(RAADSMOMENT_KINDS);
export type RaadsmomentKind = z.infer<typeof RaadsmomentKind>;

/** Sequence = "then"; informatie = input or information that flows without fixing the order. */
export const EDGE_TYPES = ['volgorde', 'informatie'] as const;
export const EdgeType = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof EdgeType>;

export const GraphId = z.string().regex(/^[A-Za-z0-9:_>-]{1,200}$/, M.graphId);

const title = z.string().trim().min(1, M.titleRequired).max(200, M.titleTooLong);
const text = z.string().max(2000, M.textTooLong);
/** Dates as the user typed them in a date field (yyyy-mm-dd); empty means "not planned yet". */
const date = z.union([z.iso.date({ error: M.date }), z.literal('')]).default('');

/** `phase` = the lane the node sits in; the layout and the room and decision checks use it. */
const common = { title, description: text.default(''), phase: Phase.optional() };

export const FaseData = z.strictObject({
  ...common,
  phase: Phase,
  /** Copied from the answers so the room check works on the plate alone (and after hand edits). */
  room: Room.optional(),
});
export const ActivityData = z.strictObject({
  ...common,
  /** The instrument from the mix this activity uses; absent for a free activity. */
  instrument: InstrumentId.optional(),
  level: Level.optional(),
  reach: Reach.optional(),
  groups: z.array(Group).default([]),
  start: date,
  end: date,
  owner: z.string().max(200).default(''),
});
export const RaadsmomentData = z.strictObject({
  ...common,
  moment: RaadsmomentKind,
  councilRoles: z.array(CouncilRole).default([]),
  date,
});
export const CollegeMomentData = z.strictObject({ ...common, date });
export const TerugkoppelingData = z.strictObject({
  ...common,
  /** What was done with the input, and why: the Ombudsman's "niets meer van gehoord". */
  whatWasDone: text.default(''),
  channel: z.string().max(200).default(''),
  date,
});
export const CommunicationData = z.strictObject({
  ...common,
  audience: z.string().max(200).default(''),
  channel: z.string().max(200).default(''),
  date,
});
export const EvaluatieData = z.strictObject({ ...common, question: text.default(''), date });
export const MilestoneData = z.strictObject({ ...common, date });

export const NODE_DATA = {
  fase: FaseData,
  activiteit: ActivityData,
  raadsmoment: RaadsmomentData,
  collegemoment: CollegeMomentData,
  terugkoppeling: TerugkoppelingData,
  communicatie: CommunicationData,
  evaluatie: EvaluatieData,
  mijlpaal: MilestoneData,
} as const satisfies Record<NodeType, z.ZodType>;

export type NodeDataMap = { [T in NodeType]: z.infer<(typeof NODE_DATA)[T]> };
export type NodeDataInput<T extends NodeType> = z.input<(typeof NODE_DATA)[T]>;

const Position = z.object({ x: z.number().finite(), y: z.number().finite() });
const size = z.number().finite().positive().optional();

const nodeOf = <T extends NodeType>(type: T) =>
  z.object({
    id: GraphId,
    type: z.literal(type),
    position: Position,
    width: size,
    height: size,
    data: NODE_DATA[type],
  });

export const PlateNode = z.discriminatedUnion('type', [
  nodeOf('fase'),
  nodeOf('activiteit'),
  nodeOf('raadsmoment'),
  nodeOf('collegemoment'),
  nodeOf('terugkoppeling'),
  nodeOf('communicatie'),
  nodeOf('evaluatie'),
  nodeOf('mijlpaal'),
]);
export type PlateNode = z.infer<typeof PlateNode>;
export type PlateNodeOf<T extends NodeType> = Extract<PlateNode, { type: T }>;

export const PlateEdge = z.object({
  id: GraphId,
  source: GraphId,
  target: GraphId,
  type: EdgeType,
  label: z.string().max(200).default(''),
});
export type PlateEdge = z.infer<typeof PlateEdge>;

export const Viewport = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().positive().max(10),
});
export type Viewport = z.infer<typeof Viewport>;

export const Procesplaat = z
  .object({
    nodes: z.array(PlateNode),
    edges: z.array(PlateEdge),
    viewport: Viewport.optional(),
    /**
     * Ids the last generation produced. A merge only adds generated nodes that are new since
     * then, so a node the user deleted on purpose does not come back.
     */
    generatedIds: z.array(GraphId).default([]),
  })
  .superRefine((g, ctx) => {
    const ids = new Set<string>();
    g.nodes.forEach((n, i) => {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', message: M.duplicateId(n.id), path: ['nodes', i, 'id'] });
      ids.add(n.id);
    });
    const edgeIds = new Set<string>();
    g.edges.forEach((e, i) => {
      if (edgeIds.has(e.id)) ctx.addIssue({ code: 'custom', message: M.duplicateId(e.id), path: ['edges', i, 'id'] });
      edgeIds.add(e.id);
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(e[end]))
          ctx.addIssue({
            code: 'custom',
            message: M.edgeToUnknownNode(e.id),
            path: ['edges', i, end],
          });
      }
    });
  });
export type Procesplaat = z.infer<typeof Procesplaat>;
export type ProcesplaatInput = z.input<typeof Procesplaat>;

/** Room at the top of a lane for its title. */
export const LANE_HEADER = 56;

/** Default drawing size per type; layout, editor and SVG export share it so they agree. */
export const NODE_SIZE: Record<Exclude<NodeType, 'fase'>, { width: number; height: number }> = {
  activiteit: { width: 220, height: 84 },
  raadsmoment: { width: 200, height: 84 },
  collegemoment: { width: 200, height: 84 },
  terugkoppeling: { width: 200, height: 84 },
  communicatie: { width: 200, height: 84 },
  evaluatie: { width: 200, height: 84 },
  mijlpaal: { width: 200, height: 84 },
};

export function nodeSize(node: PlateNode): { width: number; height: number } {
  if (node.type === 'fase') return { width: node.width ?? 300, height: node.height ?? 400 };
  const base = NODE_SIZE[node.type];
  return { width: node.width ?? base.width, height: node.height ?? base.height };
}

/** Builds a node of a type with valid defaults; the palette and the generator both use it. */
export function makeNode<T extends NodeType>(
  type: T,
  id: string,
  data: NodeDataInput<T>,
  position = { x: 0, y: 0 },
): PlateNodeOf<T> {
  return { id, type, position, data: NODE_DATA[type].parse(data) } as PlateNodeOf<T>;
}
