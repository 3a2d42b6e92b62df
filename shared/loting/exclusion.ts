import { formatList } from '../format';
import type { LotingInstance } from './model';
import { roundedPanel, pricingModel, relaxationModel } from './panelmodel';
import { PanelSearch } from './panel-search';
import type { Solver, SolverModel } from './solver';

/**
 * Who can never be selected, and why — computed before LEXIMIN, so every 0 % has a reason.
 *
 * A type is reachable when at least one panel that meets every quotum (and the household rule)
 * contains one of its members. The check is exact: panels found cover types; the pricing MIP
 * with weight 1 on every type not yet covered then either finds a panel with a new type, or
 * proves (optimum 0) that none of the remaining types fits any valid panel. A local search
 * covers most types first without a solver, so only a few MIPs run.
 *
 * Reasons:
 * - `maximum-nul`: the type has a value whose quotum maximum is 0;
 * - `combinatie`: every quotum allows the value, but not together with the other quota. The
 *   quota named are those a panel with this person would have to break (the smallest total
 *   break, from the slack model in panelmodel.ts). This includes "parity" cases, where a
 *   fractional panel would fit but no panel of whole people does.
 * - `huishouden`: only the household rule stands in the way (no quotum needs to break).
 */
export type ExclusionKind = 'maximum-nul' | 'combinatie' | 'huishouden';

export interface ExclusionReason {
  soort: ExclusionKind;
  /** Feature ids (index in instance.kenmerken) that exclude the type. */
  kenmerken: Array<{ kenmerk: number; richting: 'nul' | 'tekort' | 'teveel' }>;
}

export interface Reachability {
  /** Types on no valid panel (ascending). */
  onbereikbaar: number[];
  /** The reason per unreachable type (same order). Null when the diagnosis was skipped (time). */
  redenen: Array<ExclusionReason | null>;
  /** Valid panels found on the way; useful as first columns for LEXIMIN. */
  panels: number[][];
  /** False when the time limit stopped the proof: `onbereikbaar` then holds the types not yet covered. */
  volledig: boolean;
}

export interface ReachabilityOptions {
  pauze?: () => Promise<void>;
  /** Stop proving after this (the UI check); LEXIMIN calls it without a limit. */
  maxSeconden?: number;
  now?: () => number;
  /** At most this many reasons are diagnosed with a MIP each (the rest: a generic reason). */
  maxDiagnoses?: number;
}

/** Types with a value whose maximum is 0: no solver needed. */
export function zeroMaximumTypes(instance: LotingInstance): Map<number, number[]> {
  const uit = new Map<number, number[]>();
  instance.types.forEach((type, t) => {
    const nul = type.kenmerken.filter((f) => instance.kenmerken[f]!.max === 0);
    if (nul.length > 0) uit.set(t, nul);
  });
  return uit;
}

/** Returns null when no valid panel exists at all. */
export async function bereikbaarheid(
  instance: LotingInstance,
  solver: Solver,
  opties: ReachabilityOptions = {},
  pricing?: SolverModel,
): Promise<Reachability | null> {
  const T = instance.types.length;
  const now = opties.now ?? (() => Date.now());
  const start = now();
  const tijdOm = () => opties.maxSeconden !== undefined && (now() - start) / 1000 > opties.maxSeconden;
  const pauze = opties.pauze ?? (async () => {});
  const eigen = pricing ? null : solver.createModel(pricingModel(instance, solver.infinity));
  const model = pricing ?? eigen!;
  try {
    const nul = zeroMaximumTypes(instance);
    model.setColCosts(new Array<number>(T).fill(0));
    const eerste = model.solve();
    await pauze();
    if (eerste.status !== 'optimal') return null;
    const panels: number[][] = [];
    const gedekt = new Array<boolean>(T).fill(false);
    for (const t of nul.keys()) gedekt[t] = true; // known unreachable: never a target
    const neem = (panel: number[]) => {
      let nieuw = false;
      panel.forEach((x, t) => {
        if (x > 0 && !gedekt[t]) {
          gedekt[t] = true;
          nieuw = true;
        }
      });
      if (nieuw) panels.push(panel);
      return nieuw;
    };
    const basis = roundedPanel(eerste.colValue, T);
    panels.push(basis);
    neem(basis);
    const zoeker = new PanelSearch(instance);
    let volledig = true;
    for (;;) {
      if (gedekt.every(Boolean)) break;
      const w = gedekt.map((g) => (g ? 0 : 1));
      // Cheap first: local search from the panels found so far.
      let lokaal = false;
      for (const p of panels.slice(-3)) if (neem(zoeker.verbeter(p, w).panel)) lokaal = true;
      if (lokaal) continue;
      if (tijdOm()) {
        volledig = false;
        break;
      }
      model.setColCosts(w);
      const r = model.solve();
      await pauze();
      if (r.status !== 'optimal' || r.objective < 0.5) break;
      if (!neem(roundedPanel(r.colValue, T))) break;
    }
    const onbereikbaar: number[] = [];
    for (let t = 0; t < T; t++) if (nul.has(t) || !gedekt[t]) onbereikbaar.push(t);
    const maxDiagnoses = opties.maxDiagnoses ?? 25;
    let diagnoses = 0;
    const redenen: Array<ExclusionReason | null> = [];
    for (const t of onbereikbaar) {
      const nulKenmerken = nul.get(t);
      if (nulKenmerken) {
        redenen.push({
          soort: 'maximum-nul',
          kenmerken: nulKenmerken.map((kenmerk) => ({ kenmerk, richting: 'nul' })),
        });
      } else if (volledig && diagnoses < maxDiagnoses && !tijdOm()) {
        diagnoses++;
        redenen.push(diagnoseType(instance, solver, t));
        await pauze();
      } else redenen.push(null);
    }
    return { onbereikbaar, redenen, panels, volledig };
  } finally {
    eigen?.dispose();
  }
}

/** Which quota a panel with one member of type t has to break, at the least total break. */
function diagnoseType(instance: LotingInstance, solver: Solver, t: number): ExclusionReason {
  const T = instance.types.length;
  const spec = relaxationModel(instance, solver.infinity);
  spec.colLower[t] = 1;
  const model = solver.createModel(spec);
  try {
    const r = model.solve();
    if (r.status !== 'optimal') return { soort: 'huishouden', kenmerken: [] };
    const kenmerken = instance.kenmerken.flatMap((_, f): ExclusionReason['kenmerken'] => {
      const tekort = Math.round(r.colValue[T + 2 * f] ?? 0);
      const teveel = Math.round(r.colValue[T + 2 * f + 1] ?? 0);
      return tekort > 0 ? [{ kenmerk: f, richting: 'tekort' }] : teveel > 0 ? [{ kenmerk: f, richting: 'teveel' }] : [];
    });
    return { soort: kenmerken.length > 0 ? 'combinatie' : 'huishouden', kenmerken };
  } finally {
    model.dispose();
  }
}

/** The excluded respondents as stored with a draw: grouped per profile, with the quota that exclude them. */
export interface ExcludedGroup {
  personen: number[];
  soort: ExclusionKind | 'vol' | 'onbekend';
  quota: Array<{ categorie: string; waarde: string; min: number; max: number; richting: 'nul' | 'tekort' | 'teveel' }>;
}

export function excludedGroups(
  instance: LotingInstance,
  onbereikbaar: number[],
  redenen: Array<ExclusionReason | null>,
): ExcludedGroup[] {
  return onbereikbaar.map((t, i) => {
    const reden = redenen[i] ?? null;
    return {
      personen: [...instance.types[t]!.leden].sort((a, b) => a - b),
      soort: reden?.soort ?? 'onbekend',
      quota: (reden?.kenmerken ?? []).map(({ kenmerk, richting }) => {
        const { categorie, waarde, min, max } = instance.kenmerken[kenmerk]!;
        return { categorie, waarde, min, max, richting };
      }),
    };
  });
}

/** Plain Dutch (B1) for one group: why these people can never be on the panel. */
export function exclusionText(groep: Pick<ExcludedGroup, 'soort' | 'quota'>): string {
  const q = (x: ExcludedGroup['quota'][number]) =>
    x.richting === 'tekort'
      ? `onder het minimum van ${x.categorie} = ${x.waarde} (${x.min}) komt`
      : x.richting === 'teveel'
        ? `boven het maximum van ${x.categorie} = ${x.waarde} (${x.max}) gaat`
        : `${x.categorie} = ${x.waarde}`;
  switch (groep.soort) {
    case 'maximum-nul':
      return groep.quota.length > 1
        ? `de quota voor ${formatList(groep.quota.map(q))} hebben maximum 0, dus niemand met een van deze waarden mag in het panel.`
        : `het quotum voor ${formatList(groep.quota.map(q))} heeft maximum 0, dus niemand met deze waarde mag in het panel.`;
    case 'vol':
      return `de panelleden die bleven, vullen het maximum van ${formatList(groep.quota.map((x) => `${x.categorie} = ${x.waarde} (${x.max})`))} al, dus niemand met deze waarde kan een open plaats krijgen.`;
    case 'combinatie':
      return `ieder quotum apart laat deze persoon toe, maar samen niet. Met deze persoon erin voldoet geen enkel panel aan alle quota; het dichtst erbij komt een panel dat ${formatList(groep.quota.map(q))}.`;
    case 'huishouden':
      return 'de regel ‘hoogstens één persoon per huishouden’ laat geen panel met deze persoon toe.';
    case 'onbekend':
      return 'samen met de quota past deze persoon in geen enkel panel (welke quota dat veroorzaken, is niet uitgezocht).';
  }
}

/**
 * The check before the computation (the quota screen): who can never be selected, as warnings
 * grouped by reason. With a time limit, types not yet covered are not called unreachable (the
 * computation decides); people excluded by a maximum of 0 are always named.
 */
export async function bereikbaarheidsMeldingen(
  pool: { respondenten: Array<{ id: string; waarden: string[] }>; categorieen: string[] },
  instance: LotingInstance,
  solver: Solver,
  maxSeconden: number,
): Promise<Array<{ ernst: 'waarschuwing'; tekst: string }>> {
  const b = await bereikbaarheid(instance, solver, { maxSeconden, maxDiagnoses: 10 });
  if (!b) return []; // no panel at all: the computation explains which quota clash
  const groepen = excludedGroups(instance, b.onbereikbaar, b.redenen).filter(
    (g) => b.volledig || g.soort === 'maximum-nul',
  );
  const perReden = new Map<string, number[]>();
  for (const g of groepen) {
    const tekst = exclusionText(g);
    perReden.set(tekst, [...(perReden.get(tekst) ?? []), ...g.personen]);
  }
  const meldingen = [...perReden.entries()].map(([reden, personen]) => {
    const namen = personen.slice(0, 8).map((p) => pool.respondenten[p]?.id ?? String(p + 1));
    const rest = personen.length - namen.length;
    return {
      ernst: 'waarschuwing' as const,
      tekst: `${personen.length === 1 ? 'Deze respondent kan' : `Deze ${personen.length} respondenten kunnen`} nooit in het panel komen (kans 0%): ${namen.join(', ')}${rest > 0 ? ` en nog ${rest}` : ''}. Waarom: ${reden}`,
    };
  });
  if (!b.volledig) {
    meldingen.push({
      ernst: 'waarschuwing',
      tekst: `Binnen ${maxSeconden} seconden is niet voor iedereen nagegaan of hij of zij in een panel past. De berekening gaat dat na en noemt in het resultaat wie kans 0% heeft en waarom.`,
    });
  }
  return meldingen;
}
