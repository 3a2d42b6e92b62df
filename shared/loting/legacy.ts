import type { LotingInstance } from './model';
import { createRandom } from './prng';

/**
 * The greedy method older tools use (LEGACY in Flanigan et al.): repeatedly take the kenmerk whose
 * minimum is least filled relative to the people still available with it, and pick a random
 * person with that kenmerk; a kenmerk at its maximum removes everyone with it. It is shown next
 * to LEXIMIN so users see what it costs the rarest respondents. Its probabilities have no
 * formula, so they are estimated by repeating the draw.
 */
export function legacyTrekking(instance: LotingInstance, random: { next(): number }): number[] | null {
  const T = instance.types.length;
  const F = instance.kenmerken.length;
  const over = instance.types.map((t) => t.leden.length);
  const gekozen = new Array<number>(F).fill(0);
  const beschikbaar = new Array<number>(F).fill(0);
  const perKenmerk: number[][] = instance.kenmerken.map(() => []);
  instance.types.forEach((type, t) => type.kenmerken.forEach((f) => perKenmerk[f]!.push(t)));
  const groep = new Array<number[] | undefined>(T);
  for (const g of instance.huishoudGroepen) for (const t of g) groep[t] = g;
  for (let t = 0; t < T; t++) for (const f of instance.types[t]!.kenmerken) beschikbaar[f]! += over[t]!;
  const haalWeg = (t: number, aantal: number) => {
    over[t]! -= aantal;
    for (const f of instance.types[t]!.kenmerken) beschikbaar[f]! -= aantal;
  };
  const panel = new Array<number>(T).fill(0);
  for (let plek = 0; plek < instance.panelgrootte; plek++) {
    let beste = -1;
    let besteRatio = -Infinity;
    for (let f = 0; f < F; f++) {
      const nodig = instance.kenmerken[f]!.min - gekozen[f]!;
      if (nodig > beschikbaar[f]!) return null;
      if (beschikbaar[f]! === 0) continue;
      const ratio = nodig / beschikbaar[f]!;
      if (ratio > besteRatio) {
        besteRatio = ratio;
        beste = f;
      }
    }
    if (beste < 0) return null;
    let u = random.next() * beschikbaar[beste]!;
    let t = perKenmerk[beste]!.find((s) => (u -= over[s]!) < 0);
    t ??= perKenmerk[beste]!.findLast((s) => over[s]! > 0)!;
    panel[t]!++;
    haalWeg(t, 1);
    for (const s of groep[t] ?? []) if (over[s]! > 0) haalWeg(s, over[s]!);
    for (const f of instance.types[t]!.kenmerken) {
      gekozen[f]!++;
      if (gekozen[f]! >= instance.kenmerken[f]!.max)
        for (const s of perKenmerk[f]!) if (over[s]! > 0) haalWeg(s, over[s]!);
    }
  }
  // The method has no look-ahead: it can end with a minimum unmet, which counts as a failed draw.
  const telling = new Array<number>(F).fill(0);
  panel.forEach((x, t) => instance.types[t]!.kenmerken.forEach((f) => (telling[f]! += x)));
  return instance.kenmerken.every((k, f) => telling[f]! >= k.min) ? panel : null;
}

export interface LegacySchatting {
  /** Estimated probability per person of each type. */
  typeKans: number[];
  trekkingen: number;
  /** Draws that got stuck (the method then starts again, as older tools do). */
  mislukt: number;
}

export function schatLegacy(instance: LotingInstance, trekkingen: number, seed: number): LegacySchatting {
  const random = createRandom(seed);
  const telling = new Array<number>(instance.types.length).fill(0);
  let gelukt = 0;
  let mislukt = 0;
  while (gelukt < trekkingen && mislukt < 20 * trekkingen) {
    const panel = legacyTrekking(instance, random);
    if (!panel) {
      mislukt++;
      continue;
    }
    gelukt++;
    panel.forEach((x, t) => (telling[t]! += x));
  }
  const typeKans = telling.map((c, t) => (gelukt === 0 ? 0 : c / gelukt / instance.types[t]!.leden.length));
  return { typeKans, trekkingen: gelukt, mislukt };
}
