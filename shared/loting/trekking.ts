import type { LotingInstance, Verdeling } from './model';
import { createRandom, type Random } from './prng';

/**
 * The draw itself: one panel from the LEXIMIN distribution, then the members per type, then the
 * reserve order — all from one seeded stream, so an auditor with the same distribution and seed
 * gets the same people. Respondent numbers are 0-based positions in the pool.
 */
export interface Trekking {
  /** Index of the chosen panel in the distribution. */
  panelIndex: number;
  panel: number[];
  /** Ordered reserve list. */
  reserves: number[];
  /** Per panel member: the first reserve who keeps every quotum when that member drops out. */
  vervangers: Array<{ lid: number; reserve: number | null; zelfdeProfiel: boolean }>;
}

function schud<T>(lijst: T[], random: Random): T[] {
  for (let i = lijst.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [lijst[i], lijst[j]] = [lijst[j]!, lijst[i]!];
  }
  return lijst;
}

export function trekPanel(
  instance: LotingInstance,
  verdeling: Verdeling,
  seed: number,
  aantalPersonen: number,
): Trekking {
  const random = createRandom(seed);
  let u = random.next();
  let panelIndex = verdeling.gewichten.findIndex((w) => (u -= w) < 0);
  if (panelIndex < 0) panelIndex = verdeling.gewichten.length - 1;
  const aantallen = verdeling.panels[panelIndex]!;
  const typeVan = new Array<number>(aantalPersonen).fill(-1);
  const panel: number[] = [];
  instance.types.forEach((type, t) => {
    for (const p of type.leden) typeVan[p] = t;
    const leden = schud(
      [...type.leden].sort((a, b) => a - b),
      random,
    );
    panel.push(...leden.slice(0, aantallen[t] ?? 0));
  });
  panel.sort((a, b) => a - b);

  const inPanel = new Set(panel);
  const volgorde = schud(
    Array.from({ length: aantalPersonen }, (_, p) => p).filter((p) => !inPanel.has(p) && typeVan[p]! >= 0),
    random,
  );
  const vervangers = kiesVervangers(instance, aantallen, panel, volgorde, typeVan);
  const positie = new Map(volgorde.map((p, i) => [p, i]));
  const reserves = [...new Set(vervangers.flatMap((v) => (v.reserve === null ? [] : [v.reserve])))].sort(
    (a, b) => positie.get(a)! - positie.get(b)!,
  );
  return { panelIndex, panel, reserves, vervangers };
}

/**
 * For each member: the first person in the reserve order of the same profile (quota trivially
 * kept), otherwise the first whose swap keeps every quotum and household rule. Each reserve is
 * suggested for one member only, so the suggestions can be used side by side.
 */
function kiesVervangers(
  instance: LotingInstance,
  aantallen: number[],
  panel: number[],
  volgorde: number[],
  typeVan: number[],
): Trekking['vervangers'] {
  const perKenmerk = new Array<number>(instance.kenmerken.length).fill(0);
  aantallen.forEach((x, t) => instance.types[t]!.kenmerken.forEach((f) => (perKenmerk[f]! += x)));
  const groepVan = new Map<number, number>();
  instance.huishoudGroepen.forEach((g, i) => g.forEach((t) => groepVan.set(t, i)));
  const bezetteGroepen = new Set(panel.flatMap((p) => (groepVan.has(typeVan[p]!) ? [groepVan.get(typeVan[p]!)!] : [])));
  const gebruikt = new Set<number>();

  const past = (lid: number, kandidaat: number) => {
    const a = instance.types[typeVan[lid]!]!.kenmerken;
    const b = instance.types[typeVan[kandidaat]!]!.kenmerken;
    const groep = groepVan.get(typeVan[kandidaat]!);
    if (groep !== undefined && groep !== groepVan.get(typeVan[lid]!) && bezetteGroepen.has(groep)) return false;
    return a.every((fa, i) => {
      const fb = b[i]!;
      if (fa === fb) return true;
      return perKenmerk[fa]! - 1 >= instance.kenmerken[fa]!.min && perKenmerk[fb]! + 1 <= instance.kenmerken[fb]!.max;
    });
  };

  return panel.map((lid) => {
    const zelfde = volgorde.find((p) => !gebruikt.has(p) && typeVan[p] === typeVan[lid] && past(lid, p));
    const reserve = zelfde ?? volgorde.find((p) => !gebruikt.has(p) && past(lid, p)) ?? null;
    if (reserve !== null) gebruikt.add(reserve);
    return { lid, reserve, zelfdeProfiel: zelfde !== undefined };
  });
}
