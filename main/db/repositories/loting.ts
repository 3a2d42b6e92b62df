import { randomUUID } from 'node:crypto';
import { LotingSettings, PoolData } from '../../../shared/loting/model';
import { LotingResult } from '../../../shared/loting/result';
import type { PoolSummary } from '../../../shared/loting/api';
import type { Db } from '../open';

interface PoolRow {
  id: string;
  name: string;
  size: number;
  created_at: string;
  has_draw: number;
}

/** All SQL for respondent pools and draws. Reads validate, so a damaged row reads as absent. */
export class LotingRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): PoolSummary[] {
    const rows = this.db
      .prepare(
        `SELECT p.id, p.name, p.size, p.created_at,
                EXISTS (SELECT 1 FROM loting_draws d WHERE d.pool_id = p.id) AS has_draw
         FROM loting_pools p ORDER BY p.created_at DESC, p.rowid DESC`,
      )
      .all() as PoolRow[];
    return rows.map(toSummary);
  }

  summary(id: string): PoolSummary | undefined {
    const row = this.db
      .prepare(
        `SELECT p.id, p.name, p.size, p.created_at,
                EXISTS (SELECT 1 FROM loting_draws d WHERE d.pool_id = p.id) AS has_draw
         FROM loting_pools p WHERE p.id = ?`,
      )
      .get(id) as PoolRow | undefined;
    return row && toSummary(row);
  }

  create(name: string, poolData: PoolData): PoolSummary {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO loting_pools (id, name, size, data, settings, created_at) VALUES (?, ?, ?, ?, NULL, ?)')
      .run(id, name, poolData.rows.length, JSON.stringify(poolData), this.now().toISOString());
    return this.summary(id)!;
  }

  poolData(id: string): PoolData | undefined {
    const row = this.db.prepare('SELECT data FROM loting_pools WHERE id = ?').get(id) as { data: string } | undefined;
    if (!row) return undefined;
    const parsed = PoolData.safeParse(JSON.parse(row.data));
    return parsed.success ? parsed.data : undefined;
  }

  settings(id: string): LotingSettings | null {
    const row = this.db.prepare('SELECT settings FROM loting_pools WHERE id = ?').get(id) as
      { settings: string | null } | undefined;
    if (!row?.settings) return null;
    const parsed = LotingSettings.safeParse(JSON.parse(row.settings));
    return parsed.success ? parsed.data : null;
  }

  saveSettings(id: string, settings: LotingSettings): void {
    this.db.prepare('UPDATE loting_pools SET settings = ? WHERE id = ?').run(JSON.stringify(settings), id);
  }

  /** Stores a draw; returns its id, or undefined when the pool was deleted in the meantime. */
  saveDraw(poolId: string, result: LotingResult): string | undefined {
    if (!this.summary(poolId)) return undefined;
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO loting_draws (id, pool_id, result, created_at) VALUES (?, ?, ?, ?)')
      .run(id, poolId, JSON.stringify(result), this.now().toISOString());
    return id;
  }

  lastDraw(poolId: string): LotingResult | null {
    const row = this.db
      .prepare('SELECT result FROM loting_draws WHERE pool_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
      .get(poolId) as { result: string } | undefined;
    if (!row) return null;
    const parsed = LotingResult.safeParse(JSON.parse(row.result));
    return parsed.success ? parsed.data : null;
  }

  /**
   * Deletes the pool and its draws, so the respondents do not linger in the database file:
   * secure_delete (on for the whole connection, see open.ts) zeroes what this delete frees,
   * VACUUM rewrites the file without any page freed earlier (also by an older version that had
   * secure_delete off) and the checkpoint empties the WAL.
   */
  delete(id: string): boolean {
    const changes = this.db.prepare('DELETE FROM loting_pools WHERE id = ?').run(id).changes;
    if (changes > 0 && !this.db.inTransaction) {
      try {
        this.db.exec('VACUUM');
      } catch {
        // No room for the rewrite (VACUUM needs a second copy): the delete stands, its own pages are zeroed.
      }
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    return changes > 0;
  }
}

function toSummary(row: PoolRow): PoolSummary {
  return {
    id: row.id,
    name: row.name,
    size: row.size,
    createdAt: row.created_at,
    hasDraw: row.has_draw === 1,
  };
}
