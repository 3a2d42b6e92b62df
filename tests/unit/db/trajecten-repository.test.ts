import { describe, expect, it } from 'vitest';
import { NotFound } from '../../../main/db/errors';
import { openDatabase } from '../../../main/db/open';
import { RevisionConflict } from '../../../main/db/repositories/revision';
import { TrajectenRepository } from '../../../main/db/repositories/trajecten';

function repo(start = Date.parse('2026-11-22T09:00:00Z')) {
  let t = start;
  let n = 0;
  const db = openDatabase(':memory:').db;
  return new TrajectenRepository(
    db,
    () => new Date((t += 1000)),
    () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  );
}

describe('TrajectenRepository', () => {
  it('round-trips a traject exactly', () => {
    const r = repo();
    const created = r.create({
      title: 'Omgevingsvisie',
      municipality: 'Vught',
      vraagstuk: 'Hoe willen we wonen in 2040?',
    });
    expect(created).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Omgevingsvisie',
      municipality: 'Vught',
      vraagstuk: 'Hoe willen we wonen in 2040?',
      createdAt: '2026-11-22T09:00:01.000Z',
      updatedAt: '2026-11-22T09:00:01.000Z',
      revision: 1,
    });
    expect(r.get(created.id)).toEqual(created);
  });

  it('lists the most recently changed first', () => {
    const r = repo();
    const a = r.create({ title: 'A', municipality: '', vraagstuk: '' });
    r.create({ title: 'B', municipality: '', vraagstuk: '' });
    r.update({ id: a.id, expectedRevision: 1, municipality: 'Brunssum' });
    expect(r.list().map((t) => t.title)).toEqual(['A', 'B']);
  });

  it('updates only the fields given and moves updatedAt', () => {
    const r = repo();
    const a = r.create({ title: 'A', municipality: 'Heemstede', vraagstuk: 'v' });
    const b = r.update({ id: a.id, expectedRevision: 1, title: 'A2' })!;
    expect(b).toMatchObject({
      title: 'A2',
      municipality: 'Heemstede',
      vraagstuk: 'v',
      createdAt: a.createdAt,
      revision: 2,
    });
    expect(b.updatedAt > a.updatedAt).toBe(true);
  });

  it('refuses a change that did not start from the stored revision, and writes nothing', () => {
    const r = repo();
    const a = r.create({ title: 'A', municipality: 'Heemstede', vraagstuk: 'v' });
    const firstUpdate = r.update({ id: a.id, expectedRevision: 1, title: 'Van venster 1' })!;
    expect(() => r.update({ id: a.id, expectedRevision: 1, vraagstuk: 'Van venster 2' })).toThrow(RevisionConflict);
    expect(r.get(a.id)).toEqual(firstUpdate);
    expect(r.update({ id: a.id, expectedRevision: 2, vraagstuk: 'Van venster 2' })).toMatchObject({
      title: 'Van venster 1',
      vraagstuk: 'Van venster 2',
      revision: 3,
    });
  });

  it('reports missing trajecten with the one NotFound instead of failing silently', () => {
    const r = repo();
    const missing = '00000000-0000-4000-8000-00000000ffff';
    expect(r.get(missing)).toBeUndefined();
    const notFound = expect.objectContaining({ name: 'NotFound', kind: 'traject', id: missing });
    expect(() => r.require(missing)).toThrow(notFound);
    expect(() => r.update({ id: missing, expectedRevision: 1, title: 'x' })).toThrow(notFound);
    expect(() => r.delete(missing)).toThrow(notFound);
    expect(() => r.require(missing)).toThrow(NotFound);
  });
});
