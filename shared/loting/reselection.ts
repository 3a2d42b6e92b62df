import { computeLoting, type ComputeOptions, type ComputeOutcome } from './compute';
import { buildInstance } from './instance';
import type { LotingSettings, Pool } from './model';
import { createRandom } from './prng';
import type { LotingResult } from './result';
import { gini } from './statistics';
import { defaultMaxDropouts, replacementPlan } from './replacement';
import { poolFingerprint } from './verification';
import { reselectionMessages } from './messages';

/**
 * A re-selection round: some members dropped out; the members who stay are fixed, and the open
 * seats are filled by a new LEXIMIN draw from the rest of the pool. The quota for the open seats
 * are the original quota minus what the members who stay already fill (a minimum never below 0),
 * so the whole new panel meets every original quotum. The fairness guarantee is the same as for
 * the first draw, now over the remaining pool given the fixed members: the lowest chance of a
 * remaining respondent to get an open seat is as high as possible, then the next lowest, and so on.
 *
 * The remaining pool: everyone who was not on the panel (so not the members who stay, nor those
 * who dropped out), and with the household rule nobody from a household that stays on the panel.
 */
export interface ReselectionInput {
  previous: LotingResult;
  /** Positions in the pool of the members who dropped out; all must be on `vorige.panel`. */
  dropouts: number[];
}

/**
 * The reasons of the sub-computation speak of the reduced quota; stated with the original quota
 * they say the same about the whole panel (members who stay + open seats), which is what a
 * reader knows. A value whose reduced maximum is 0 is "full" (vol), unless its own maximum is 0.
 */
function backToOriginal(
  g: LotingResult['excluded'][number],
  settings: LotingSettings,
  toFull: (p: number) => number,
): LotingResult['excluded'][number] {
  const quota = g.quota.map((q) => {
    const o = settings.quota.find((x) => x.category === q.category && x.value === q.value);
    return o ? { ...q, min: o.min, max: o.max } : q;
  });
  const kind = g.kind === 'zero-maximum' && quota.some((q) => q.max > 0) ? 'full' : g.kind;
  return { ...g, kind, quota, people: g.people.map(toFull) };
}

export function reselectionNotice(previous: LotingResult, dropouts: number[]): string | null {
  const inPanel = new Set(previous.panel);
  if (dropouts.length === 0) return reselectionMessages.nobodyChosen;
  if (new Set(dropouts).size !== dropouts.length) return reselectionMessages.duplicate;
  if (dropouts.some((p) => !inPanel.has(p))) return reselectionMessages.notOnPanel;
  return null;
}

export async function computeReselection(
  pool: Pool,
  settings: LotingSettings,
  input: ReselectionInput,
  options: ComputeOptions,
): Promise<ComputeOutcome> {
  const { previous, dropouts } = input;
  const message = reselectionNotice(previous, dropouts);
  if (message) return { ok: false, messages: [{ severity: 'error', text: message }] };
  const gone = new Set(dropouts);
  const stayers = previous.panel.filter((p) => !gone.has(p));
  const onPanel = new Set(previous.panel);
  const occupied = new Set(
    settings.excludeHouseholds
      ? stayers.flatMap((p) => (pool.respondents[p]?.household ? [pool.respondents[p]!.household!] : []))
      : [],
  );
  // Position in the remaining pool → position in the whole pool.
  const original = pool.respondents.flatMap((r, p) =>
    onPanel.has(p) || (r.household !== undefined && occupied.has(r.household)) ? [] : [p],
  );
  const rest: Pool = { categories: pool.categories, respondents: original.map((p) => pool.respondents[p]!) };

  // What the members who stay already fill, per (kenmerk, waarde).
  const tally = new Map<string, number>();
  const key = (c: string, w: string) => `${c}\u0000${w}`;
  for (const p of stayers)
    pool.categories.forEach((c, i) => {
      const k = key(c, pool.respondents[p]!.values[i]!);
      tally.set(k, (tally.get(k) ?? 0) + 1);
    });
  const open = dropouts.length;
  const quota = settings.quota.map((q) => {
    const already = tally.get(key(q.category, q.value)) ?? 0;
    return { ...q, min: Math.max(0, q.min - already), max: Math.max(0, Math.min(open, q.max - already)) };
  });
  const sub = await computeLoting(
    rest,
    // No reserves are needed inside the sub-computation: they are chosen for the whole panel below.
    { ...settings, panelSize: open, quota, maxDropouts: 0 },
    options,
  );
  if (!sub.ok) return sub;
  const s = sub.result;
  const toFull = (p: number) => original[p]!;
  const n = pool.respondents.length;
  const probabilities = new Array<number>(n).fill(0);
  s.probabilities.forEach((k, p) => (probabilities[toFull(p)] = k));
  const legacyProbabilities = new Array<number>(n).fill(0);
  s.legacy.probabilities.forEach((k, p) => (legacyProbabilities[toFull(p)] = k));
  const panel = [...stayers, ...s.panel.map(toFull)].sort((a, b) => a - b);

  // Reserves for the whole new panel, chosen jointly as in the first draw; the order of the
  // remaining respondents comes from the same seed (a separate stream), so a replay gives the same.
  const instance = buildInstance(pool, settings);
  const typeOf = new Array<number>(n).fill(-1);
  instance.types.forEach((type, t) => type.members.forEach((p) => (typeOf[p] = t)));
  const added = new Set(panel);
  const order = original.filter((p) => !added.has(p));
  const random = createRandom((options.seed + 0x3c6ef372) % Number.MAX_SAFE_INTEGER);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const maxDropouts = settings.maxDropouts ?? defaultMaxDropouts(settings.panelSize);
  const replacements = replacementPlan(
    instance,
    panel,
    order,
    typeOf,
    maxDropouts,
    settings.excludeHouseholds ? (p) => pool.respondents[p]?.household : undefined,
  );
  const position = new Map(order.map((p, i) => [p, i]));
  const reserves = replacements
    .flatMap((v) => (v.reserve === null ? [] : [v.reserve]))
    .sort((a, b) => position.get(a)! - position.get(b)!);
  const restProbabilities = original.map((p) => probabilities[p]!);

  return {
    ok: true,
    result: {
      ...s,
      panelSize: settings.panelSize,
      poolSize: n,
      quota: settings.quota.filter((q) => pool.categories.includes(q.category)),
      probabilities,
      // Fairness of this round is about the remaining respondents: statistics over them.
      minimum: s.minimum,
      gini: gini(restProbabilities),
      legacy: {
        ...s.legacy,
        probabilities: legacyProbabilities,
        ...(s.legacy.lowest ? { lowest: { ...s.legacy.lowest, person: toFull(s.legacy.lowest.person) } } : {}),
      },
      panel,
      reserves,
      replacements,
      maxDropouts,
      excluded: s.excluded.map((g) => backToOriginal(g, settings, toFull)),
      poolFingerprint: poolFingerprint(pool),
      reselection: {
        stayers,
        dropouts: [...dropouts].sort((a, b) => a - b),
        openSeats: open,
        previousSeed: previous.seed,
        previousComputedAt: previous.computedAt,
      },
    },
  };
}
