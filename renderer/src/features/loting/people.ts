import type { PoolDetail } from '@shared/loting/api';
import type { LotingSettings } from '@shared/loting/model';
import type { LotingResult } from '@shared/loting/result';
import { defaultMaxDropouts } from '@shared/loting/replacement';

/**
 * How a person is shown in the panel and reserve lists: the id and the columns the user chose to
 * show (by default every column kept for the list, such as a name), never a row number unless the
 * pool has nothing else. Cells come from the stored data of the people on the lists.
 */
export function standaardKolommen(pool: PoolDetail): string[] {
  return pool.kolommen.filter((k) => k.rol === 'meenemen').map((k) => k.naam);
}

export function persoonWeergave(
  pool: PoolDetail,
  kolommen: string[],
  personen: Record<string, string[]> = pool.personen,
): (p: number) => string {
  const idIndex = pool.kolommen.findIndex((k) => k.rol === 'id');
  const extra = pool.kolommen.flatMap((k, i) => (i !== idIndex && kolommen.includes(k.naam) ? [i] : []));
  return (p) => {
    const cellen = personen[String(p)] ?? [];
    const delen = [...(idIndex >= 0 ? [cellen[idIndex] ?? ''] : []), ...extra.map((i) => cellen[i] ?? '')].filter(
      (x) => x.trim() !== '',
    );
    return delen.length > 0 ? delen.join(' · ') : `nummer ${p + 1}`;
  };
}

/**
 * True when a result no longer matches what is on the screen: other quota, panel size, household
 * rule or dropout guarantee, or other respondents (the pool's fingerprint).
 */
export function isVerouderd(pool: PoolDetail, r: LotingResult, instellingen: LotingSettings): boolean {
  if (r.poolVingerafdruk ? r.poolVingerafdruk !== pool.vingerafdruk : r.poolgrootte !== pool.aantal) return true;
  if (r.panelgrootte !== instellingen.panelgrootte || r.huishoudensUitsluiten !== instellingen.huishoudensUitsluiten)
    return true;
  const maxUitval = instellingen.maxUitval ?? defaultMaxDropouts(Math.max(1, instellingen.panelgrootte));
  if (r.maxUitval !== undefined && r.maxUitval !== maxUitval) return true;
  const sleutel = (q: { categorie: string; waarde: string; min: number; max: number }) =>
    `${q.categorie}\u0000${q.waarde}\u0000${q.min}\u0000${q.max}`;
  const nu = new Set(instellingen.quota.map(sleutel));
  return r.quota.length !== nu.size || r.quota.some((q) => !nu.has(sleutel(q)));
}

/** "29 november 2026 om 14:05". */
export function tijdstip(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })} om ${d.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })}`;
}
