import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { defaultCode } from '../../../shared/code/defaults';
import { exampleCodes } from '../../../shared/code/examples/index';
import type { ParticipatieCode } from '../../../shared/code/schema';
import { openDatabase, type Db } from '../../../main/db/open';
import { CodesRepository } from '../../../main/db/repositories/codes';
import { RevisionConflict } from '../../../main/db/repositories/revision';
import { TrajectenRepository } from '../../../main/db/repositories/trajecten';

const dbs: Db[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

function setup() {
  const { db } = openDatabase(':memory:');
  dbs.push(db);
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));
  return { db, codes: new CodesRepository(db, now), trajecten: new TrajectenRepository(db, now) };
}

const rows = (db: Db) => db.prepare('SELECT id, name, revision FROM participatiecodes ORDER BY id').all();

describe('codes repository', () => {
  it('creates, reads, lists (newest first), updates and deletes several codes', () => {
    const { codes } = setup();
    const a = codes.create('Lindeveld', defaultCode('Lindeveld', 2026));
    const b = codes.create('Bremerveld', exampleCodes.bremerveld);
    expect(a).toMatchObject({ naam: 'Lindeveld', gemeente: 'Lindeveld', revision: 1, proces: null, trajectIds: [] });
    expect(codes.get(b.id)?.code).toEqual(exampleCodes.bremerveld);
    expect(codes.list().map((c) => c.id)).toEqual([b.id, a.id]);

    const changed = { ...a.code, municipality: 'Lindeveld-Oost' };
    const updated = codes.update(a.id, 1, { code: changed });
    expect(updated).toMatchObject({ revision: 2, gemeente: 'Lindeveld-Oost', naam: 'Lindeveld' });
    expect(codes.update(a.id, 2, { naam: 'Nieuwe naam' })).toMatchObject({ revision: 3, naam: 'Nieuwe naam' });
    expect(codes.list()[0]!.id).toBe(a.id);

    expect(codes.delete(a.id)).toBe(0);
    expect(codes.get(a.id)).toBeUndefined();
    expect(() => codes.delete(a.id)).toThrow(expect.objectContaining({ name: 'NotFound', kind: 'code', id: a.id }));
    expect(() => codes.update(a.id, 3, { naam: 'x' })).toThrow(expect.objectContaining({ kind: 'code' }));
  });

  it('refuses a stale revision and writes nothing', () => {
    const { db, codes } = setup();
    const a = codes.create('Code', defaultCode('Lindeveld', 2026));
    codes.update(a.id, 1, { naam: 'Eerste' });
    const before = rows(db);
    expect(() => codes.update(a.id, 1, { naam: 'Tweede' })).toThrow(RevisionConflict);
    expect(() => codes.saveProcess(a.id, 1, null)).toThrow(RevisionConflict);
    expect(rows(db)).toEqual(before);
  });

  it('validates the whole code before commit: an invalid one is never stored', () => {
    const { db, codes } = setup();
    const bad = {
      ...defaultCode('Lindeveld', 2026),
      inspraak: { awbDefault: true, termWeeks: 2, oral: true },
    };
    expect(() => codes.create('Kapot', bad as ParticipatieCode)).toThrow(ApiError);
    expect(rows(db)).toEqual([]);
    const a = codes.create('Goed', defaultCode('Lindeveld', 2026));
    expect(() => codes.update(a.id, 1, { code: bad as ParticipatieCode })).toThrow(ApiError);
    expect(() => codes.create('Nul\u0000teken', defaultCode('Lindeveld', 2026))).toThrow(/stuurteken/);
    expect(rows(db)).toEqual([{ id: a.id, name: 'Goed', revision: 1 }]);
  });

  it('stores an edited process and goes back to the generated one', () => {
    const { codes } = setup();
    const a = codes.create('Code', defaultCode('Lindeveld', 2026));
    const plate = { nodes: [], edges: [], generatedIds: [] };
    expect(codes.saveProcess(a.id, 1, plate)).toMatchObject({ revision: 2, proces: plate });
    expect(codes.saveProcess(a.id, 2, null)).toMatchObject({ revision: 3, proces: null });
  });

  it('links a traject to at most one code; the traject shows it; deleting the code unlinks', () => {
    const { codes, trajecten } = setup();
    const t = trajecten.create({ title: 'Plein', municipality: '', vraagstuk: '' });
    const a = codes.create('A', defaultCode('Lindeveld', 2026));
    const b = codes.create('B', defaultCode('Bremerveld', 2026));
    codes.link(t.id, a.id);
    expect(codes.codeIdOfTraject(t.id)).toBe(a.id);
    expect(trajecten.get(t.id)?.codeId).toBe(a.id);
    expect(trajecten.get(t.id)!.updatedAt > t.updatedAt).toBe(true);
    codes.link(t.id, b.id);
    expect(codes.get(a.id)?.trajectIds).toEqual([]);
    expect(codes.get(b.id)?.trajectIds).toEqual([t.id]);
    expect(codes.delete(b.id)).toBe(1);
    expect(trajecten.get(t.id)?.codeId).toBeUndefined();
    expect(trajecten.list()).toHaveLength(1);
    codes.link(t.id, a.id);
    codes.link(t.id, null);
    expect(codes.codeIdOfTraject(t.id)).toBeNull();
    // Deleting the traject drops its link.
    codes.link(t.id, a.id);
    trajecten.delete(t.id);
    expect(codes.get(a.id)?.trajectIds).toEqual([]);
  });
});
