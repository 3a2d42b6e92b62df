import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../main/services';
import { startHostProcess } from '../../support/host-process';

describe('nothing lost when the host is killed', () => {
  it('keeps every acknowledged write after SIGKILL in the middle of a burst', async () => {
    const host = await startHostProcess();
    const acknowledged: string[] = [];
    let killed = false;

    // Four writers in parallel keep the database busy while the kill lands.
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        try {
          const res = await fetch(`${host.url}rpc/trajecten.create`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ title: `Schrijver ${w} nummer ${i}`, vraagstuk: 'x'.repeat(2000) }),
          });
          const body = (await res.json()) as { ok: boolean; data?: { id: string } };
          if (body.ok && body.data) acknowledged.push(body.data.id);
        } catch {
          return; // the connection died with the process: this write was never acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    host.process.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    if (host.process.exitCode === null && host.process.signalCode === null) {
      await new Promise((r) => host.process.once('exit', r));
    }

    const db = new Database(join(host.dataDir, databaseFileName));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set((db.prepare('SELECT id FROM trajecten').all() as Array<{ id: string }>).map((r) => r.id));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);
      expect(missing).toEqual([]);
    } finally {
      db.close();
    }
  }, 60_000);
});
