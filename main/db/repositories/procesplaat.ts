import { randomUUID } from 'node:crypto';
import { Viewport, type Procesplaat } from '../../../shared/procesplaat/model';
import type { ProcesplaatPatch } from '../../../shared/procesplaat/patch';
import { validationMessages } from '../../../shared/procesplaat/texts';
import { restoreProcesplaat, type RawEdge, type RawNode, type RepairNote } from '../../../shared/procesplaat/repair';
import type { Db } from '../open';
import { refuseControlCharacters } from './write-checks';
import { checkRevision } from './revision';

export interface StoredProcesplaat {
  /** Null when the traject has no procesplaat yet. */
  plate: Procesplaat | null;
  /** 0 when nothing has been saved yet. */
  revision: number;
  /** What the repair on read changed, per node or edge; empty when the stored graph was valid. */
  repairs: RepairNote[];
}

/** A patch that does not fit the stored graph (an edge to a node that is not there). */
export class GraphPatchInvalid extends Error {
  constructor(readonly issues: Array<{ path: Array<string | number>; message: string }>) {
    super('patch does not fit the stored graph');
  }
}

interface NodeRow {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number | null;
  height: number | null;
  data: string;
  ord: number;
}
interface EdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  data: string;
  ord: number;
}
const NODE_COLUMNS = ['type', 'x', 'y', 'width', 'height', 'data', 'ord'] as const;
const EDGE_COLUMNS = ['source', 'target', 'type', 'data', 'ord'] as const;

interface GraphRow {
  id: string;
  viewport: string | null;
  generated_ids: string;
  revision: number;
}

/** All SQL for procesplaten. Reads validate and repair per node, so a hand-edited row never breaks the editor. */
export class ProcesplaatRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private graphRow(trajectId: string): GraphRow | undefined {
    return this.db
      .prepare('SELECT id, viewport, generated_ids, revision FROM graphs WHERE traject_id = ?')
      .get(trajectId) as GraphRow | undefined;
  }

  get(trajectId: string): StoredProcesplaat {
    const graph = this.graphRow(trajectId);
    if (!graph) return { plate: null, revision: 0, repairs: [] };
    const nodes = (
      this.db
        .prepare('SELECT id, type, x, y, width, height, data FROM graph_nodes WHERE graph_id = ? ORDER BY ord')
        .all(graph.id) as Array<Omit<RawNode, 'data'> & { data: string }>
    ).map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
    const edges = (
      this.db
        .prepare('SELECT id, source, target, type, data FROM graph_edges WHERE graph_id = ? ORDER BY ord')
        .all(graph.id) as Array<Omit<RawEdge, 'data'> & { data: string }>
    ).map((r) => ({ ...r, data: JSON.parse(r.data) as unknown }));
    const viewport = Viewport.safeParse(graph.viewport ? JSON.parse(graph.viewport) : undefined);
    const generated = JSON.parse(graph.generated_ids) as unknown;
    const { plate, notes } = restoreProcesplaat(
      { nodes, edges },
      {
        viewport: viewport.success ? viewport.data : undefined,
        generatedIds: Array.isArray(generated) ? generated.filter((id): id is string => typeof id === 'string') : [],
      },
    );
    return { plate, revision: graph.revision, repairs: notes };
  }

  /**
   * Stores the whole graph in one transaction. With `expectedRevision` the save only succeeds
   * when nobody saved in between (another window), so nothing is silently overwritten.
   * Only rows that differ from what is stored are written: a drag is one UPDATE, not 1,200 INSERTs.
   */
  save(trajectId: string, plate: Procesplaat, expectedRevision?: number): number {
    refuseControlCharacters(plate);
    const sql = this.statements();
    return this.db
      .transaction(() => {
        const existing = sql.graph.get(trajectId) as GraphRow | undefined;
        const current = existing?.revision ?? 0;
        if (expectedRevision !== undefined) checkRevision('procesplaat', expectedRevision, current);
        const graphId = existing?.id ?? randomUUID();
        const next = current + 1;
        const stamp = this.now().toISOString();
        const viewport = plate.viewport ? JSON.stringify(plate.viewport) : null;
        sql.upsertGraph.run(graphId, trajectId, viewport, JSON.stringify(plate.generatedIds), next, stamp);

        const storedNodes = new Map((sql.nodeRows.all(graphId) as NodeRow[]).map((r) => [r.id, r] as const));
        const storedEdges = new Map((sql.edgeRows.all(graphId) as EdgeRow[]).map((r) => [r.id, r] as const));
        const nodeIds = new Set(plate.nodes.map((n) => n.id));
        const edgeIds = new Set(plate.edges.map((e) => e.id));
        // Gone first (edges of a removed node go with it, ON DELETE CASCADE).
        for (const id of storedEdges.keys()) if (!edgeIds.has(id)) sql.deleteEdge.run(graphId, id);
        for (const id of storedNodes.keys()) if (!nodeIds.has(id)) sql.deleteNode.run(graphId, id);
        plate.nodes.forEach((n, ord) => {
          const row: NodeRow = {
            id: n.id,
            type: n.type,
            x: n.position.x,
            y: n.position.y,
            width: n.width ?? null,
            height: n.height ?? null,
            data: JSON.stringify(n.data),
            ord,
          };
          const old = storedNodes.get(n.id);
          if (old && NODE_COLUMNS.every((c) => old[c] === row[c])) return;
          sql.upsertNode.run(graphId, row.id, row.type, row.x, row.y, row.width, row.height, row.data, row.ord);
        });
        plate.edges.forEach((e, ord) => {
          const row: EdgeRow = {
            id: e.id,
            source: e.source,
            target: e.target,
            type: e.type,
            data: JSON.stringify({ label: e.label }),
            ord,
          };
          const old = storedEdges.get(e.id);
          if (old && EDGE_COLUMNS.every((c) => old[c] === row[c])) return;
          sql.upsertEdge.run(graphId, row.id, row.source, row.target, row.type, row.data, row.ord);
        });
        sql.touchTraject.run(stamp, trajectId);
        return next;
      })
      .immediate();
  }

  /**
   * Applies only what changed, in one transaction, on top of `expectedRevision` (see
   * shared/procesplaat/patch.ts for the order rules). A drag of one node is one UPDATE plus the
   * revision, whatever the size of the plate.
   */
  patch(trajectId: string, patch: ProcesplaatPatch, expectedRevision: number, viewport?: Viewport): number {
    refuseControlCharacters(patch);
    const sql = this.statements();
    return this.db
      .transaction(() => {
        const existing = sql.graph.get(trajectId) as GraphRow | undefined;
        const current = existing?.revision ?? 0;
        checkRevision('procesplaat', expectedRevision, current);
        const graphId = existing?.id ?? randomUUID();
        const next = current + 1;
        const stamp = this.now().toISOString();
        const viewportJson = viewport ? JSON.stringify(viewport) : (existing?.viewport ?? null);
        const generated = patch.generatedIds ? JSON.stringify(patch.generatedIds) : (existing?.generated_ids ?? '[]');
        sql.upsertGraph.run(graphId, trajectId, viewportJson, generated, next, stamp);

        for (const id of patch.edges.remove) sql.deleteEdge.run(graphId, id);
        for (const id of patch.nodes.remove) sql.deleteNode.run(graphId, id);
        let nodeOrd = (sql.maxNodeOrd.get(graphId) as { m: number }).m;
        for (const n of patch.nodes.upsert) {
          const old = sql.nodeOrd.get(graphId, n.id) as { ord: number } | undefined;
          const ord = old?.ord ?? ++nodeOrd;
          const data = JSON.stringify(n.data);
          sql.upsertNode.run(
            graphId,
            n.id,
            n.type,
            n.position.x,
            n.position.y,
            n.width ?? null,
            n.height ?? null,
            data,
            ord,
          );
        }
        const issues: GraphPatchInvalid['issues'] = [];
        let edgeOrd = (sql.maxEdgeOrd.get(graphId) as { m: number }).m;
        patch.edges.upsert.forEach((e, i) => {
          const missing = (['source', 'target'] as const).filter((end) => !sql.nodeOrd.get(graphId, e[end]));
          for (const end of missing)
            issues.push({
              path: ['patch', 'edges', 'upsert', i, end],
              message: validationMessages.edgeToMissingNode(e.id),
            });
          if (missing.length > 0) return;
          const old = sql.edgeOrd.get(graphId, e.id) as { ord: number } | undefined;
          const ord = old?.ord ?? ++edgeOrd;
          sql.upsertEdge.run(graphId, e.id, e.source, e.target, e.type, JSON.stringify({ label: e.label }), ord);
        });
        // Throwing rolls the whole transaction back: nothing of a bad patch is stored.
        if (issues.length > 0) throw new GraphPatchInvalid(issues);
        sql.touchTraject.run(stamp, trajectId);
        return next;
      })
      .immediate();
  }

  /** Prepared once per repository: preparing costs more than running for a one-row change. */
  private prepared: ReturnType<ProcesplaatRepository['prepare']> | undefined;
  private statements() {
    return (this.prepared ??= this.prepare());
  }
  private prepare() {
    const db = this.db;
    return {
      graph: db.prepare('SELECT id, viewport, generated_ids, revision FROM graphs WHERE traject_id = ?'),
      upsertGraph: db.prepare(
        `INSERT INTO graphs (id, traject_id, viewport, generated_ids, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET viewport = excluded.viewport, generated_ids = excluded.generated_ids,
           revision = excluded.revision, updated_at = excluded.updated_at`,
      ),
      nodeRows: db.prepare('SELECT id, type, x, y, width, height, data, ord FROM graph_nodes WHERE graph_id = ?'),
      edgeRows: db.prepare('SELECT id, source, target, type, data, ord FROM graph_edges WHERE graph_id = ?'),
      nodeOrd: db.prepare('SELECT ord FROM graph_nodes WHERE graph_id = ? AND id = ?'),
      edgeOrd: db.prepare('SELECT ord FROM graph_edges WHERE graph_id = ? AND id = ?'),
      maxNodeOrd: db.prepare('SELECT COALESCE(MAX(ord), -1) AS m FROM graph_nodes WHERE graph_id = ?'),
      maxEdgeOrd: db.prepare('SELECT COALESCE(MAX(ord), -1) AS m FROM graph_edges WHERE graph_id = ?'),
      deleteNode: db.prepare('DELETE FROM graph_nodes WHERE graph_id = ? AND id = ?'),
      deleteEdge: db.prepare('DELETE FROM graph_edges WHERE graph_id = ? AND id = ?'),
      upsertNode: db.prepare(
        `INSERT INTO graph_nodes (graph_id, id, type, x, y, width, height, data, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (graph_id, id) DO UPDATE SET type = excluded.type, x = excluded.x, y = excluded.y,
           width = excluded.width, height = excluded.height, data = excluded.data, ord = excluded.ord`,
      ),
      upsertEdge: db.prepare(
        `INSERT INTO graph_edges (graph_id, id, source, target, type, data, ord) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (graph_id, id) DO UPDATE SET source = excluded.source, target = excluded.target,
           type = excluded.type, data = excluded.data, ord = excluded.ord`,
      ),
      touchTraject: db.prepare('UPDATE trajecten SET updated_at = ? WHERE id = ?'),
    };
  }

  /** The viewport alone: panning is not an edit, so it neither bumps the revision nor conflicts. */
  saveViewport(trajectId: string, viewport: Viewport): boolean {
    const result = this.db
      .prepare('UPDATE graphs SET viewport = ? WHERE traject_id = ?')
      .run(JSON.stringify(viewport), trajectId);
    return result.changes > 0;
  }

  delete(trajectId: string): void {
    this.db.prepare('DELETE FROM graphs WHERE traject_id = ?').run(trajectId);
  }
}
