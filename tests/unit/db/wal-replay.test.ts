import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyWal } from '../../../main/db/wal-replay';

const tmp = () => mkdtempSync(join(tmpdir(), 'samenspel-wal-'));

/** A WAL database with three committed transactions that are only in the -wal file, copied while open. */
function walSnapshot(): { main: Buffer; wal: Buffer } {
  const dir = tmp();
  const file = join(dir, 'a.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, tekst TEXT NOT NULL) STRICT');
  db.prepare('INSERT INTO t (tekst) VALUES (?)').run('in het hoofdbestand');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const insert = db.prepare('INSERT INTO t (tekst) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 200; i++) insert.run(`eerste transactie ${i} ${'x'.repeat(100)}`);
  })();
  db.prepare("UPDATE t SET tekst = 'gewijzigd in de WAL' WHERE id = 1").run();
  db.prepare('INSERT INTO t (tekst) VALUES (?)').run('laatste transactie');
  db.pragma('user_version = 9');
  const snapshot = { main: readFileSync(file), wal: readFileSync(`${file}-wal`) };
  db.close();
  return snapshot;
}

/** What SQLite itself reads from these two files (a writable copy, so it may build its own -shm). */
function sqliteReads(main: Buffer, wal: Buffer): unknown {
  const dir = tmp();
  const file = join(dir, 'a.sqlite');
  writeFileSync(file, main);
  writeFileSync(`${file}-wal`, wal);
  const db = new Database(file, { readonly: true });
  try {
    return contents(db);
  } finally {
    db.close();
  }
}

function contents(db: Database.Database): unknown {
  return {
    version: db.pragma('user_version', { simple: true }),
    rows: db.prepare('SELECT * FROM t ORDER BY id').all(),
    integrity: db.pragma('integrity_check', { simple: true }),
  };
}

function replayed(main: Buffer, wal: Buffer): unknown {
  const db = new Database(applyWal(main, wal), { readonly: true });
  try {
    return contents(db);
  } finally {
    db.close();
  }
}

describe('applyWal: reading a WAL database without SQLite', () => {
  it('reads exactly what SQLite reads: every committed transaction in the log', () => {
    const { main, wal } = walSnapshot();
    const expected = sqliteReads(main, wal);
    expect(expected).toMatchObject({ version: 9, integrity: 'ok' });
    expect((expected as { rows: unknown[] }).rows).toHaveLength(202);
    expect(replayed(main, wal)).toEqual(expected);
    // The main file alone lacks them: the log really was needed.
    expect(replayed(main, Buffer.alloc(0))).toMatchObject({
      version: 0,
      rows: [{ id: 1, tekst: 'in het hoofdbestand' }],
    });
  });

  it('drops a torn or damaged last transaction the way SQLite recovery does', () => {
    const { main, wal } = walSnapshot();
    const pageSize = wal.readUInt32BE(8);
    // Half of the last frame is missing (the disk filled up mid-write).
    const torn = wal.subarray(0, wal.length - Math.floor(pageSize / 2));
    const tornExpected = sqliteReads(main, torn);
    expect(replayed(main, torn)).toEqual(tornExpected);
    // One flipped byte in the last frame: its checksum fails.
    const damaged = Buffer.from(wal);
    damaged[damaged.length - 10]! ^= 0xff;
    const damagedExpected = sqliteReads(main, damaged);
    expect(replayed(main, damaged)).toEqual(damagedExpected);
    // The last transaction (user_version = 9) is gone; the ones before it are all there.
    expect(damagedExpected).toMatchObject({ version: 0, integrity: 'ok' });
    expect((damagedExpected as { rows: Array<{ tekst: string }> }).rows.at(-1)!.tekst).toBe('laatste transactie');
  });

  it('ignores a log of another generation (salts do not match) and a file that is no log at all', () => {
    const { main, wal } = walSnapshot();
    const stale = Buffer.from(wal);
    stale.writeUInt32BE((stale.readUInt32BE(16) + 1) >>> 0, 16);
    expect(replayed(main, stale)).toEqual(replayed(main, Buffer.alloc(0)));
    expect(replayed(main, Buffer.from('geen wal-bestand, maar tekst van een ander programma'))).toEqual(
      replayed(main, Buffer.alloc(0)),
    );
  });

  it('copies the input: the bytes read from disk are not changed', () => {
    const { main, wal } = walSnapshot();
    const mainCopy = Buffer.from(main);
    const walCopy = Buffer.from(wal);
    applyWal(main, wal);
    expect(main.equals(mainCopy)).toBe(true);
    expect(wal.equals(walCopy)).toBe(true);
  });
});
