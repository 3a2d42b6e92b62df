import { randomUUID } from 'node:crypto';
import { LotingSettings, PoolData } from '../../../shared/loting/model';
import { LotingResult } from '../../../shared/loting/result';
import type { PoolSummary } from '../../../shared/loting/api';
import type { Db } from '../open';

interface PoolRow {
  id: string;
  naam: string;
  aantal: number;
  created_at: string;
  heeft_trekking: number;
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
        `SELECT p.id, p.naam, p.aantal, p.created_at,
                EXISTS (SELECT 1 FROM loting_trekkingen t WHERE t.pool_id = p.id) AS heeft_trekking
         FROM loting_pools p ORDER BY p.created_at DESC, p.rowid DESC`,
      )
      .all() as PoolRow[];
    return rows.map(toSamenvatting);
  }

  samenvatting(id: string): PoolSummary | undefined {
    const row = this.db
      .prepare(
        `SELECT p.id, p.naam, p.aantal, p.created_at,
                EXISTS (SELECT 1 FROM loting_trekkingen t WHERE t.pool_id = p.id) AS heeft_trekking
         FROM loting_pools p WHERE p.id = ?`,
      )
      .get(id) as PoolRow | undefined;
    return row && toSamenvatting(row);
  }

  create(naam: string, gegevens: PoolData): PoolSummary {
    const id = randomUUID();
    this.db
      .prepare(
        'INSERT INTO loting_pools (id, naam, aantal, gegevens, instellingen, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
      )
      .run(id, naam, gegevens.rijen.length, JSON.stringify(gegevens), this.now().toISOString());
    return this.samenvatting(id)!;
  }

  gegevens(id: string): PoolData | undefined {
    const row = this.db.prepare('SELECT gegevens FROM loting_pools WHERE id = ?').get(id) as
      { gegevens: string } | undefined;
    if (!row) return undefined;
    const parsed = PoolData.safeParse(JSON.parse(row.gegevens));
    return parsed.success ? parsed.data : undefined;
  }

  instellingen(id: string): LotingSettings | null {
    const row = this.db.prepare('SELECT instellingen FROM loting_pools WHERE id = ?').get(id) as
      { instellingen: string | null } | undefined;
    if (!row?.instellingen) return null;
    const parsed = LotingSettings.safeParse(JSON.parse(row.instellingen));
    return parsed.success ? parsed.data : null;
  }

  saveInstellingen(id: string, instellingen: LotingSettings): void {
    this.db.prepare('UPDATE loting_pools SET instellingen = ? WHERE id = ?').run(JSON.stringify(instellingen), id);
  }

  /** Stores a draw; returns its id, or undefined when the pool was deleted in the meantime. */
  saveTrekking(poolId: string, resultaat: LotingResult): string | undefined {
    if (!this.samenvatting(poolId)) return undefined;
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO loting_trekkingen (id, pool_id, resultaat, created_at) VALUES (?, ?, ?, ?)')
      .run(id, poolId, JSON.stringify(resultaat), this.now().toISOString());
    return id;
  }

  laatsteTrekking(poolId: string): LotingResult | null {
    const row = this.db
      .prepare('SELECT resultaat FROM loting_trekkingen WHERE pool_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1')
      .get(poolId) as { resultaat: string } | undefined;
    if (!row) return null;
    const parsed = LotingResult.safeParse(JSON.parse(row.resultaat));
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

function toSamenvatting(row: PoolRow): PoolSummary {
  return {
    id: row.id,
    naam: row.naam,
    aantal: row.aantal,
    aangemaakt: row.created_at,
    heeftTrekking: row.heeft_trekking === 1,
  };
}
