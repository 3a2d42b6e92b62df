import Database from 'better-sqlite3';
import { chmodSync, chownSync, copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/errors';
import { createDispatcher } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import { DatabaseNotWritableError } from '../../../main/db/errors';
import { latestSchemaVersion, migrations } from '../../../main/db/migrations';
import { openDatabase } from '../../../main/db/open';
import { storageReason } from '../../../main/db/storage';
import { startHost } from '../../../main/host/server';
import { databaseFileName, openServices, type Services } from '../../../main/services';
import { memoryBackend } from '../../support/services';

const tmp = () => mkdtempSync(join(tmpdir(), 'samenspel-storage-'));

let open: Services[] = [];
afterEach(() => {
  for (const s of open) s.close();
  open = [];
});

function backend(services: Services) {
  open.push(services);
  return createDispatcher(handlers, services, { validateOutput: true, logError: () => {} });
}

function failure(result: ApiResult<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error(`verwacht een fout, kreeg ${JSON.stringify(result.data)}`);
  return result.error;
}

/** "Niet opgeslagen: <reason>", and never the reassurance that the data was kept. */
function expectHonest(error: { code: string; message: string }, reason: RegExp): void {
  expect(error.code).toBe('STORAGE');
  expect(error.message).toMatch(/^Niet opgeslagen: /);
  expect(error.message).toMatch(reason);
  expect(error.message).not.toMatch(/bewaard/i);
}

describe('errors of the disk reach the user as "Niet opgeslagen"', () => {
  it('a full disk (SQLITE_FULL) answers STORAGE with the reason, and the envelope over HTTP too', async () => {
    const file = join(tmp(), databaseFileName);
    const services = openServices(join(file, '..'), '0.0.0-test');
    const dispatch = backend(services);
    expect((await dispatch('trajecten.create', { title: 'Past nog' }, 'http')).ok).toBe(true);
    // No more pages may be added: exactly what SQLite reports when the disk is full.
    const pages = services.db.pragma('page_count', { simple: true }) as number;
    services.db.pragma(`max_page_count = ${pages}`);
    const big = { title: 'Past niet meer', vraagstuk: 'x'.repeat(4_000) };
    let result: ApiResult<unknown> = { ok: true, data: undefined };
    for (let i = 0; i < 50 && result.ok; i++) result = await dispatch('trajecten.create', big, 'http');
    expectHonest(failure(result), /schijf is vol/);

    const host = await startHost({ dispatch, port: 0 });
    try {
      const res = await fetch(`${host.url}rpc/trajecten.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(big),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as ApiResult<unknown>;
      expectHonest(failure(body), /schijf is vol/);
    } finally {
      await host.close();
    }
    expect((await dispatch('trajecten.list', {}, 'http')).ok).toBe(true);
  });

  it.each([
    ['SQLITE_READONLY', /alleen-lezen/],
    ['SQLITE_READONLY_DIRECTORY', /alleen-lezen/],
    ['SQLITE_FULL', /schijf is vol/],
    ['SQLITE_IOERR_WRITE', /fout bij het wegschrijven/],
    ['SQLITE_IOERR_FSYNC', /fout bij het wegschrijven/],
    ['SQLITE_CANTOPEN', /geen toestemming/],
    ['EACCES', /geen toestemming/],
    ['EPERM', /geen toestemming/],
    ['EROFS', /alleen-lezen/],
    ['ENOSPC', /schijf is vol/],
    ['EIO', /fout bij het wegschrijven/],
  ])('%s is mapped once, in the dispatcher, to STORAGE', async (code, reason) => {
    const { services } = memoryBackend();
    open.push(services);
    const thrower = () => {
      throw Object.assign(new Error(`${code}: iets technisch`), { code });
    };
    const dispatch = createDispatcher(
      { ...handlers, 'trajecten.create': thrower, 'trajecten.list': thrower },
      services,
      {
        logError: () => {},
      },
    );
    expectHonest(failure(await dispatch('trajecten.create', { title: 'x' }, 'ipc')), reason);
    // Wrapped errors (a repository adding context) are recognised through `cause`.
    const wrapped = createDispatcher(
      {
        ...handlers,
        'trajecten.create': () => {
          throw new Error('opslaan mislukt', { cause: Object.assign(new Error('x'), { code }) });
        },
      },
      services,
      { logError: () => {} },
    );
    expectHonest(failure(await wrapped('trajecten.create', { title: 'x' }, 'http')), reason);
  });

  it('leaves other failures alone', async () => {
    expect(storageReason(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeUndefined();
    expect(storageReason(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
    expect(storageReason(new TypeError('undefined is not a function'))).toBeUndefined();
    expect(storageReason('EACCES')).toBeUndefined();
    const { services } = memoryBackend();
    open.push(services);
    const dispatch = createDispatcher(
      {
        ...handlers,
        'trajecten.list': () => {
          throw new TypeError('kapot');
        },
      },
      services,
      { logError: () => {} },
    );
    expect(failure(await dispatch('trajecten.list', {}, 'http')).code).toBe('INTERNAL');
  });
});

/*
 * Read-only files and folders. Root may write anything, so when the tests run as root the checks
 * run with the effective user "nobody" (the files are handed to that user first); elsewhere the
 * permissions alone do it. Windows has no such modes: skipped there.
 */
const posix = process.platform !== 'win32';
const isRoot = posix && process.getuid?.() === 0;
const canTest = posix && (!isRoot || (isMainThread && typeof process.seteuid === 'function'));
const nobody = 65534;

function asUnprivileged<T>(owned: readonly string[], fn: () => T): T {
  if (!isRoot) return fn();
  for (const path of owned) chownSync(path, nobody, nobody);
  process.setegid!(nobody);
  process.seteuid!(nobody);
  try {
    return fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

const existingId = '11111111-1111-4111-8111-111111111111';
const inWal = '22222222-2222-4222-8222-222222222222';

/** A data folder with a current database holding one traject; the database closed cleanly (no -wal). */
function dataFolder(version = latestSchemaVersion): { dir: string; file: string } {
  const dir = tmp();
  const file = join(dir, databaseFileName);
  const db = openDatabase(file, { migrations: migrations.slice(0, version) }).db;
  db.prepare(
    "INSERT INTO trajecten VALUES ('11111111-1111-4111-8111-111111111111', 'Bestaand traject', 'Utrecht', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
  ).run();
  db.close();
  return { dir, file };
}

describe.skipIf(!canTest)('a read-only database opens read-only, with a banner', () => {
  it.each([
    ['the file', 'file', /gegevensbestand .* is alleen-lezen/],
    ['the folder', 'folder', /mag niet schrijven in de gegevensmap/],
  ] as const)(
    '%s read-only: reads work, writes say "Niet opgeslagen", app.info has the banner',
    async (_label, place, banner) => {
      const { dir, file } = dataFolder();
      const before = readFileSync(file);
      if (place === 'file') chmodSync(file, 0o444);
      else chmodSync(dir, 0o555);
      const services = asUnprivileged([dir, file], () => openServices(dir, '0.0.0-test'));
      const dispatch = backend(services);

      const info = await dispatch('app.info', {}, 'ipc');
      expect(info).toMatchObject({ ok: true, data: { readOnly: true, schemaVersion: latestSchemaVersion } });
      const message = (info as { data: { readOnlyMessage?: string } }).data.readOnlyMessage;
      expect(message).toMatch(/^Alleen lezen: /);
      expect(message).toMatch(banner);
      expect(message).not.toMatch(/bewaard/i);

      const list = await dispatch('trajecten.list', {}, 'ipc');
      expect(list).toMatchObject({ ok: true, data: [{ id: existingId, title: 'Bestaand traject' }] });
      expectHonest(failure(await dispatch('trajecten.create', { title: 'Nieuw' }, 'ipc')), /alleen-lezen/);
      expectHonest(failure(await dispatch('trajecten.delete', { id: existingId }, 'ipc')), /alleen-lezen/);
      expect(await dispatch('trajecten.get', { id: existingId }, 'ipc')).toMatchObject({ ok: true });
      expect(readFileSync(file).equals(before)).toBe(true);
    },
  );

  it('a read-only folder holding samenspel.sqlite-wal but no -shm opens read-only with the banner and everything in the WAL', async () => {
    // The app stopped before it could checkpoint: the newest traject lives only in the -wal file.
    const { dir: source, file: sourceFile } = dataFolder();
    const writer = openDatabase(sourceFile).db;
    writer.pragma('wal_autocheckpoint = 0');
    writer
      .prepare(
        "INSERT INTO trajecten VALUES (?, 'Alleen in de WAL', '', '', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')",
      )
      .run(inWal);
    const dir = tmp();
    const file = join(dir, databaseFileName);
    copyFileSync(sourceFile, file);
    copyFileSync(`${sourceFile}-wal`, `${file}-wal`);
    writer.close();
    expect(readdirSync(source)).not.toContain(`${databaseFileName}-wal`);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual([databaseFileName, `${databaseFileName}-wal`]);
    const before = [readFileSync(file), readFileSync(`${file}-wal`)];
    chmodSync(dir, 0o555);

    const services = asUnprivileged([dir, file, `${file}-wal`], () => openServices(dir, '0.0.0-test'));
    const dispatch = backend(services);
    const info = await dispatch('app.info', {}, 'ipc');
    expect(info).toMatchObject({ ok: true, data: { readOnly: true, schemaVersion: latestSchemaVersion } });
    expect((info as { data: { readOnlyMessage?: string } }).data.readOnlyMessage).toMatch(
      /^Alleen lezen: Samenspel mag niet schrijven in de gegevensmap/,
    );
    const list = await dispatch('trajecten.list', {}, 'ipc');
    expect(list).toMatchObject({ ok: true });
    expect((list as { data: Array<{ id: string }> }).data.map((t) => t.id).sort()).toEqual([existingId, inWal].sort());
    expectHonest(failure(await dispatch('trajecten.create', { title: 'Nieuw' }, 'ipc')), /alleen-lezen/);
    // Nothing was written or created: no -shm, both files byte for byte as they were.
    expect(readdirSync(dir).sort()).toEqual([databaseFileName, `${databaseFileName}-wal`]);
    expect(readFileSync(file).equals(before[0]!)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(before[1]!)).toBe(true);
  });

  it('a writable database has no readOnly flag in app.info', async () => {
    const { dir } = dataFolder();
    const dispatch = backend(openServices(dir, '0.0.0-test'));
    const info = await dispatch('app.info', {}, 'http');
    expect(info).toMatchObject({ ok: true });
    expect((info as { data: object }).data).not.toHaveProperty('readOnly');
    expect((info as { data: object }).data).not.toHaveProperty('readOnlyMessage');
  });

  it('an older read-only database that needs a migration is refused in Dutch and left untouched', () => {
    const { dir, file } = dataFolder(latestSchemaVersion - 1);
    const before = readFileSync(file);
    chmodSync(file, 0o444);
    const filesBefore = readdirSync(dir).sort();
    let thrown: unknown;
    try {
      asUnprivileged([dir, file], () => openDatabase(file));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatabaseNotWritableError);
    expect((thrown as Error).message).toMatch(
      /^Samenspel moet je gegevens bijwerken .* alleen-lezen\. Er is niets aan je gegevens veranderd/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(filesBefore);
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(latestSchemaVersion - 1);
    check.close();
  });

  it('a read-only folder without a database gives a Dutch message instead of a stack', () => {
    const dir = tmp();
    chmodSync(dir, 0o555);
    expect(() => asUnprivileged([dir], () => openServices(dir, '0.0.0-test'))).toThrow(
      /^Samenspel kan geen gegevensbestand aanmaken in .*: Samenspel heeft geen toestemming om daar te schrijven\./,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
