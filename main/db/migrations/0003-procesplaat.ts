import type { Migration } from './types';

/**
 * The procesplaat per traject: a graph of nodes and edges. Domain data, not React Flow objects:
 * positions in columns (so a drag is a plain UPDATE later, if profiling asks for it), the
 * per-type data as validated JSON. Edges point at nodes of the same graph; deleting a node,
 * a graph or the traject takes everything that hangs on it along.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'procesplaat',
  up(db) {
    db.exec(`
      CREATE TABLE graphs (
        id TEXT PRIMARY KEY NOT NULL,
        traject_id TEXT NOT NULL UNIQUE REFERENCES trajecten (id) ON DELETE CASCADE,
        viewport TEXT CHECK (viewport IS NULL OR json_valid(viewport)),
        generated_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(generated_ids)),
        revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE graph_nodes (
        graph_id TEXT NOT NULL REFERENCES graphs (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        x REAL NOT NULL,
        y REAL NOT NULL,
        width REAL,
        height REAL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        ord INTEGER NOT NULL,
        PRIMARY KEY (graph_id, id)
      ) STRICT;
      CREATE TABLE graph_edges (
        graph_id TEXT NOT NULL REFERENCES graphs (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
        ord INTEGER NOT NULL,
        PRIMARY KEY (graph_id, id),
        FOREIGN KEY (graph_id, source) REFERENCES graph_nodes (graph_id, id) ON DELETE CASCADE,
        FOREIGN KEY (graph_id, target) REFERENCES graph_nodes (graph_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX graph_edges_source ON graph_edges (graph_id, source);
      CREATE INDEX graph_edges_target ON graph_edges (graph_id, target);
    `);
  },
};
