import { randomUUID } from 'node:crypto';
import { Viewport, type Procesplaat } from '../../../shared/procesplaat/model';
import { restoreProcesplaat, type RawEdge, type RawNode, type RepairNote } from '../../../shared/procesplaat/repair';
import type { Db } from '../open';

export interface StoredProcesplaat {
  /** Null when the traject has no procesplaat yet. */
  plate: Procesplaat | null;
  /** 0 when nothing has been saved yet. */
  revision: number;
  /** What the repair on read changed, per node or edge; empty when the stored graph was valid. */
  repairs: RepairNote[];
}

export class GraphRevisionConflict extends Error {
  constructor(readonly current: number) {
    super('revision conflict');
  }
}

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
   * Replaces the whole graph in one transaction. With `expectedRevision` the save only succeeds
   * when nobody saved in between (another window), so nothing is silently overwritten.
   */
  save(trajectId: string, plate: Procesplaat, expectedRevision?: number): number {
    return this.db
      .transaction(() => {
        const existing = this.graphRow(trajectId);
        const current = existing?.revision ?? 0;
        if (expectedRevision !== undefined && expectedRevision !== current) throw new GraphRevisionConflict(current);
        const graphId = existing?.id ?? randomUUID();
        const next = current + 1;
        const stamp = this.now().toISOString();
        const viewport = plate.viewport ? JSON.stringify(plate.viewport) : null;
        this.db
          .prepare(
            `INSERT INTO graphs (id, traject_id, viewport, generated_ids, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET viewport = excluded.viewport, generated_ids = excluded.generated_ids,
             revision = excluded.revision, updated_at = excluded.updated_at`,
          )
          .run(graphId, trajectId, viewport, JSON.stringify(plate.generatedIds), next, stamp);
        // Edges go with their nodes (ON DELETE CASCADE); whole-graph replace is simple and fast enough for 500 nodes.
        this.db.prepare('DELETE FROM graph_nodes WHERE graph_id = ?').run(graphId);
        const insertNode = this.db.prepare(
          'INSERT INTO graph_nodes (graph_id, id, type, x, y, width, height, data, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        );
        plate.nodes.forEach((n, i) =>
          insertNode.run(
            graphId,
            n.id,
            n.type,
            n.position.x,
            n.position.y,
            n.width ?? null,
            n.height ?? null,
            JSON.stringify(n.data),
            i,
          ),
        );
        const insertEdge = this.db.prepare(
          'INSERT INTO graph_edges (graph_id, id, source, target, type, data, ord) VALUES (?, ?, ?, ?, ?, ?, ?)',
        );
        plate.edges.forEach((e, i) =>
          insertEdge.run(graphId, e.id, e.source, e.target, e.type, JSON.stringify({ label: e.label }), i),
        );
        this.db.prepare('UPDATE trajecten SET updated_at = ? WHERE id = ?').run(stamp, trajectId);
        return next;
      })
      .immediate();
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
