import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/loting/api';
import { createDispatcher } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import { writeBackup } from '../../../main/db/files';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations';
import { openDatabase } from '../../../main/db/open';
import { createServices, type Services } from '../../../main/services';
import { example } from '../loting/helpers';

let services: Services | undefined;
afterEach(() => {
  services?.close();
  services = undefined;
});

function backend(file: string) {
  services = createServices(openDatabase(file), '0.0.0-test');
  return createDispatcher(handlers, services, { validateOutput: true, logError: () => {} });
}

type Dispatch = ReturnType<typeof backend>;

async function call<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const r = await dispatch(method, input, 'http');
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as T;
}

async function compute(dispatch: Dispatch, poolId: string, settings: unknown, seed: number): Promise<void> {
  const { jobId } = await call<{ jobId: string }>(dispatch, 'loting.compute', { poolId, settings, seed });
  for (let i = 0; i < 500; i++) {
    const s = await call<JobStatus>(dispatch, 'loting.computeStatus', { jobId });
    if (s.status !== 'running') {
      expect(s.status, s.messages.join(' ')).toBe('done');
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('berekening te langzaam');
}

/** Every identifier that can still be found in the bytes of the database file and its WAL (and the given backups). */
function remaining(file: string, ids: readonly string[], backups: readonly string[] = []): string[] {
  const bytes = [file, `${file}-wal`, ...backups]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f).toString('latin1'))
    .join('\n');
  return ids.filter((id) => bytes.includes(id));
}

describe('a deleted loting pool leaves no trace in the database file', () => {
  it('no respondent identifier or name remains after import, two computations and delete', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samenspel-rest-')), 'samenspel.sqlite');
    const dispatch = backend(file);
    await call(dispatch, 'trajecten.create', { title: 'Blijft staan', municipality: 'Utrecht', vraagstuk: '' });

    const { poolData, quota } = example();
    const columns = [{ name: 'id', role: 'id' as const }, { name: 'naam', role: 'keep' as const }, ...poolData.columns];
    const ids = poolData.rows.map((_r, i) => `RSPQX${String(i + 1).padStart(5, '0')}`);
    const names = poolData.rows.map((_r, i) => `Zwxq Persoon ${String(i + 1).padStart(4, '0')}`);
    const rows = poolData.rows.map((r, i) => [ids[i]!, names[i]!, ...r]);
    const pool = await call<{ id: string }>(dispatch, 'loting.pools.create', {
      name: 'Wegwezen',
      columns,
      rows: rows,
    });
    // A second pool that stays: its identifiers must still be readable (the check is not vacuous).
    const kept = await call<{ id: string }>(dispatch, 'loting.pools.create', {
      name: 'Blijvend',
      columns,
      rows: rows.map((r, i) => [`KEEPQX${String(i + 1).padStart(5, '0')}`, 'Blijft', ...r.slice(2)]),
    });

    const settings = { panelSize: 20, quota, excludeHouseholds: false };
    await compute(dispatch, pool.id, settings, 7);
    await compute(dispatch, pool.id, { ...settings, panelSize: 19 }, 8);
    expect(remaining(file, ids).length).toBeGreaterThan(0);

    await call(dispatch, 'loting.pools.delete', { id: pool.id });
    services!.db.pragma('wal_checkpoint(TRUNCATE)');

    expect(remaining(file, ids)).toEqual([]);
    expect(remaining(file, names)).toEqual([]);
    expect(remaining(file, [pool.id])).toEqual([]);
    expect(remaining(file, ['KEEPQX00001'])).toEqual(['KEEPQX00001']);

    services!.close();
    services = undefined;
    expect(remaining(file, [...ids, ...names])).toEqual([]);
    const reopened = openDatabase(file);
    expect(reopened.db.prepare('SELECT id FROM loting_pools').all()).toEqual([{ id: kept.id }]);
    reopened.db.close();
  });

  it('also pages freed before secure_delete was on (a database from an older version) are gone after a delete', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'samenspel-rest-')), 'samenspel.sqlite');
    services = createServices(openDatabase(file), '0.0.0-test');
    const { db, loting } = services;
    const { poolData, quota } = example();
    const ids = poolData.rows.map((_r, i) => `OLDQX${String(i + 1).padStart(5, '0')}`);
    const columns = [{ name: 'id', role: 'id' as const }, ...poolData.columns];
    // As an older Samenspel did: secure_delete off, and an update that rewrites the pool's row and frees its old pages.
    db.pragma('secure_delete = OFF');
    const pool = loting.create('Oud', { columns, rows: poolData.rows.map((r, i) => [ids[i]!, ...r]) });
    db.prepare("UPDATE loting_pools SET data = data || ' ' WHERE id = ?").run(pool.id);
    loting.saveSettings(pool.id, { panelSize: 20, quota, excludeHouseholds: false });
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('secure_delete = ON');

    expect(loting.delete(pool.id)).toBe(true);
    expect(remaining(file, ids)).toEqual([]);
  });

  it('a deleted pool is also taken out of every pre-migration backup that holds it; the rest of each backup stays', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samenspel-rest-'));
    const file = join(dir, 'samenspel.sqlite');
    const dispatch = backend(file);
    const traject = await call<{ id: string }>(dispatch, 'trajecten.create', { title: 'Staat in de kopie' });
    const { poolData } = example();
    const columns = [{ name: 'id', role: 'id' as const }, ...poolData.columns];
    const ids = poolData.rows.map((_r, i) => `BAKQX${String(i + 1).padStart(5, '0')}`);
    const pool = await call<{ id: string }>(dispatch, 'loting.pools.create', {
      name: 'Uit de kopie',
      columns,
      rows: poolData.rows.map((r, i) => [ids[i]!, ...r]),
    });
    const kept = await call<{ id: string }>(dispatch, 'loting.pools.create', {
      name: 'Blijft in de kopie',
      columns,
      rows: poolData.rows.map((r, i) => [`STAYQX${String(i + 1).padStart(5, '0')}`, ...r]),
    });
    // The copies the app writes before a migration (the same function), as two earlier upgrades left them,
    // and one of a version before the loting existed.
    const old = openDatabase(join(dir, 'oud.sqlite'), { migrations: migrations.slice(0, 5) }).db;
    const backups = [
      writeBackup(services!.db, file, latestSchemaVersion - 2, new Date('2026-01-01T00:00:00Z')),
      writeBackup(services!.db, file, latestSchemaVersion - 1, new Date('2026-02-01T00:00:00Z')),
      writeBackup(old, file, 5, new Date('2025-12-01T00:00:00Z')),
    ];
    old.close();
    const untouched = readFileSync(backups[2]!);
    // Before: both copies with loting tables hold the pool (an id may straddle a page boundary, hence not all of them).
    for (const backup of backups.slice(0, 2)) expect(remaining(backup, ids).length).toBeGreaterThan(ids.length / 2);

    await call(dispatch, 'loting.pools.delete', { id: pool.id });
    services!.db.pragma('wal_checkpoint(TRUNCATE)');

    expect(remaining(file, ids, backups)).toEqual([]);
    expect(remaining(file, [pool.id, 'Uit de kopie'], backups)).toEqual([]);
    for (const backup of backups.slice(0, 2)) {
      expect(statSync(backup).mode & 0o777).toBe(0o600);
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT id FROM loting_pools').all()).toEqual([{ id: kept.id }]);
      expect(copy.prepare('SELECT id FROM trajecten').all()).toEqual([{ id: traject.id }]);
      copy.close();
    }
    expect(readFileSync(backups[2]!).equals(untouched)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
