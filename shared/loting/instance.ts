import type { LotingInstance, LotingSettings, Pool } from './model';

/**
 * Groups respondents into types (equal values on every kenmerk). With household exclusion on,
 * people who share a household with another respondent each become their own type, because
 * the rule "at most one per household" tells them apart; everyone else still groups.
 * Assumes the input passed `validateLoting` (every value has a quotum).
 */
export function buildInstance(pool: Pool, settings: LotingSettings): LotingInstance {
  const features: LotingInstance['features'] = [];
  const featureIndex = new Map<string, number>();
  const key = (category: string, value: string) => `${category}\u0000${value}`;
  for (const q of settings.quota) {
    if (!pool.categories.includes(q.category)) continue;
    featureIndex.set(key(q.category, q.value), features.length);
    features.push({ category: q.category, value: q.value, min: q.min, max: q.max });
  }

  const shared = new Set<string>();
  if (settings.excludeHouseholds) {
    const seen = new Set<string>();
    for (const r of pool.respondents) {
      if (!r.household) continue;
      if (seen.has(r.household)) shared.add(r.household);
      seen.add(r.household);
    }
  }

  const types: LotingInstance['types'] = [];
  const typeIndex = new Map<string, number>();
  const groups = new Map<string, number[]>();
  pool.respondents.forEach((r, person) => {
    const ids = pool.categories.map((c, i) => {
      const id = featureIndex.get(key(c, r.values[i] ?? ''));
      if (id === undefined) throw new Error(`No quotum for ${c} = ${r.values[i]}`);
      return id;
    });
    const ownType = r.household !== undefined && shared.has(r.household);
    const typeKey = ownType ? `persoon:${person}` : ids.join(',');
    let t = typeIndex.get(typeKey);
    if (t === undefined) {
      t = types.length;
      typeIndex.set(typeKey, t);
      types.push({ features: ids, members: [] });
    }
    types[t]!.members.push(person);
    if (ownType) {
      const group = groups.get(r.household!) ?? [];
      group.push(t);
      groups.set(r.household!, group);
    }
  });

  return { panelSize: settings.panelSize, features, types, householdGroups: [...groups.values()] };
}

/** Per-person probabilities from per-type probabilities. */
export function probabilityPerPerson(
  instance: LotingInstance,
  typeProbability: ArrayLike<number>,
  peopleCount: number,
): number[] {
  const probability = new Array<number>(peopleCount).fill(0);
  instance.types.forEach((type, t) => {
    for (const p of type.members) probability[p] = typeProbability[t] ?? 0;
  });
  return probability;
}
