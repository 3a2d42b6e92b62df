import { describe, expect, it } from 'vitest';
import { databaseAt, freshSchema, migrateTo } from '../../../support/migrations';
import { dumpSchema, isStrict } from '../../../support/schema';

describe('migration 0003: procesplaat', () => {
  const db = databaseAt(2);
  db.prepare("INSERT INTO trajecten VALUES ('t1', 'Bestaand traject', '', '', 'x', 'x')").run();
  migrateTo(db, 3);
  const graph = db.prepare(
    "INSERT INTO graphs (id, traject_id, viewport, revision, updated_at) VALUES (?, 't1', ?, 1, 'x')",
  );
  const node = db.prepare(
    "INSERT INTO graph_nodes (graph_id, id, type, x, y, data, ord) VALUES (?, ?, 'mijlpaal', 0, 0, ?, 0)",
  );
  const edge = db.prepare(
    "INSERT INTO graph_edges (graph_id, id, source, target, type, ord) VALUES ('g1', ?, ?, ?, 'volgorde', 0)",
  );

  it('gives the same schema stepwise as fresh', () => {
    expect(dumpSchema(db)).toBe(freshSchema(3));
  });

  it('adds three STRICT tables and keeps existing trajecten', () => {
    for (const table of ['graphs', 'graph_nodes', 'graph_edges']) expect(isStrict(db, table), table).toBe(true);
    expect(db.prepare('SELECT titel FROM trajecten').all()).toEqual([{ titel: 'Bestaand traject' }]);
  });

  it('allows one graph per existing traject, with valid JSON only', () => {
    expect(() => graph.run('g0', '{kapot')).toThrow(/CHECK constraint/);
    graph.run('g1', '{"x":0,"y":0,"zoom":1}');
    expect(() => graph.run('g2', null)).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO graphs (id, traject_id, updated_at) VALUES ('g3', 'geen', 'x')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('checks node JSON and lets edges only connect nodes of the same graph', () => {
    expect(() => node.run('g1', 'a', 'niet { json')).toThrow(/CHECK constraint/);
    node.run('g1', 'a', '{"title":"A"}');
    node.run('g1', 'b', '{"title":"B"}');
    edge.run('a>b', 'a', 'b');
    expect(() => edge.run('a>c', 'a', 'c')).toThrow(/FOREIGN KEY/);
  });

  it('deletes edges with their node, and everything with the traject', () => {
    db.prepare("DELETE FROM graph_nodes WHERE id = 'b'").run();
    expect(db.prepare('SELECT count(*) AS n FROM graph_edges').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM trajecten WHERE id = 't1'").run();
    expect(db.prepare('SELECT (SELECT count(*) FROM graphs) + (SELECT count(*) FROM graph_nodes) AS n').get()).toEqual({
      n: 0,
    });
  });
});
