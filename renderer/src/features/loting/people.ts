import type { PoolDetail } from '@shared/loting/api';
import type { LotingSettings } from '@shared/loting/model';
import type { LotingResult } from '@shared/loting/result';
import { defaultMaxDropouts } from '@shared/loting/replacement';

/**
 * How a person is shown in the panel and reserve lists: the id and the columns the user chose to
 * show (by default every column kept for the list, such as a name), never a row number unless the
 * pool has nothing else. Cells come from the stored data of the people on the lists.
 */
export function defaultColumns(pool: PoolDetail): string[] {
  return pool.columns.filter((k) => k.role === 'keep').map((k) => k.name);
}

export function personDisplay(
  pool: PoolDetail,
  columns: string[],
  people: Record<string, string[]> = pool.people,
): (p: number) => string {
  const idIndex = pool.columns.findIndex((k) => k.role === 'id');
  const extra = pool.columns.flatMap((k, i) => (i !== idIndex && columns.includes(k.name) ? [i] : []));
  return (p) => {
    const cells = people[String(p)] ?? [];
    const parts = [...(idIndex >= 0 ? [cells[idIndex] ?? ''] : []), ...extra.map((i) => cells[i] ?? '')].filter(
      (x) => x.trim() !== '',
    );
    return parts.length > 0 ? parts.join(' · ') : `nummer ${p + 1}`;
  };
}

/**
 * True when a result no longer matches what is on the screen: other quota, panel size, household
 * rule or dropout guarantee, or other respondents (the pool's fingerprint).
 */
export function isOutdated(pool: PoolDetail, r: LotingResult, settings: LotingSettings): boolean {
  if (r.poolFingerprint ? r.poolFingerprint !== pool.fingerprint : r.poolSize !== pool.size) return true;
  if (r.panelSize !== settings.panelSize || r.excludeHouseholds !== settings.excludeHouseholds) return true;
  const maxDropouts = settings.maxDropouts ?? defaultMaxDropouts(Math.max(1, settings.panelSize));
  if (r.maxDropouts !== undefined && r.maxDropouts !== maxDropouts) return true;
  const key = (q: { category: string; value: string; min: number; max: number }) =>
    `${q.category}\u0000${q.value}\u0000${q.min}\u0000${q.max}`;
  const now = new Set(settings.quota.map(key));
  return r.quota.length !== now.size || r.quota.some((q) => !now.has(key(q)));
}

/** "29 november 2026 om 14:05". */
export function moment(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} om ${d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}`;
}
