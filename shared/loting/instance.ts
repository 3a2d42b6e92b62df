import type { LotingInstance, LotingSettings, Pool } from './model';

/**
 * Groups respondents into types (equal values on every kenmerk). With household exclusion on,
 * people who share a household with another respondent each become their own type, because
 * the rule "at most one per household" tells them apart; everyone else still groups.
 * Assumes the input passed `validateLoting` (every value has a quotum).
 */
export function buildInstance(pool: Pool, instellingen: LotingSettings): LotingInstance {
  const kenmerken: LotingInstance['kenmerken'] = [];
  const kenmerkIndex = new Map<string, number>();
  const sleutel = (categorie: string, waarde: string) => `${categorie}\u0000${waarde}`;
  for (const q of instellingen.quota) {
    if (!pool.categorieen.includes(q.categorie)) continue;
    kenmerkIndex.set(sleutel(q.categorie, q.waarde), kenmerken.length);
    kenmerken.push({ categorie: q.categorie, waarde: q.waarde, min: q.min, max: q.max });
  }

  const gedeeld = new Set<string>();
  if (instellingen.huishoudensUitsluiten) {
    const gezien = new Set<string>();
    for (const r of pool.respondenten) {
      if (!r.huishouden) continue;
      if (gezien.has(r.huishouden)) gedeeld.add(r.huishouden);
      gezien.add(r.huishouden);
    }
  }

  const types: LotingInstance['types'] = [];
  const typeIndex = new Map<string, number>();
  const groepen = new Map<string, number[]>();
  pool.respondenten.forEach((r, persoon) => {
    const ids = pool.categorieen.map((c, i) => {
      const id = kenmerkIndex.get(sleutel(c, r.waarden[i] ?? ''));
      if (id === undefined) throw new Error(`Geen quotum voor ${c} = ${r.waarden[i]}`);
      return id;
    });
    const eigenType = r.huishouden !== undefined && gedeeld.has(r.huishouden);
    const key = eigenType ? `persoon:${persoon}` : ids.join(',');
    let t = typeIndex.get(key);
    if (t === undefined) {
      t = types.length;
      typeIndex.set(key, t);
      types.push({ kenmerken: ids, leden: [] });
    }
    types[t]!.leden.push(persoon);
    if (eigenType) {
      const groep = groepen.get(r.huishouden!) ?? [];
      groep.push(t);
      groepen.set(r.huishouden!, groep);
    }
  });

  return { panelgrootte: instellingen.panelgrootte, kenmerken, types, huishoudGroepen: [...groepen.values()] };
}

/** Per-person probabilities from per-type probabilities. */
export function probabilityPerPerson(
  instance: LotingInstance,
  typeKans: ArrayLike<number>,
  aantalPersonen: number,
): number[] {
  const kans = new Array<number>(aantalPersonen).fill(0);
  instance.types.forEach((type, t) => {
    for (const p of type.leden) kans[p] = typeKans[t] ?? 0;
  });
  return kans;
}
