import { buildInstance, probabilityPerPerson } from './instance';
import { leximin, type LeximinOptions, type Progress } from './leximin';
import { estimateLegacy } from './greedy';
import type { LotingSettings, Pool } from './model';
import { prngDescription } from './prng';
import type { LotingResult } from './result';
import { gini, minimum } from './statistics';
import { drawPanel } from './draw';
import { excludedGroups } from './exclusion';
import { validateLoting, type PoolIssue } from './validation';
import { poolFingerprint } from './verification';
import { infeasibleMessages } from './messages';

export type { Progress };

export type ComputeOutcome =
  { ok: true; result: LotingResult } | { ok: false; messages: PoolIssue[] } | { ok: false; cancelled: true };

export interface ComputeOptions extends Omit<LeximinOptions, 'onProgress'> {
  seed: number;
  hasHouseholdColumn: boolean;
  /** Repetitions of the greedy method to estimate its probabilities (a second series bounds the lowest). */
  legacyDraws?: number;
  /** Limits for that second series (default 10 000 to 200 000 draws). */
  legacyBoundDraws?: { min: number; max: number };
  onProgress?: (v: Progress | { phase: 'comparison' | 'draw' }) => void;
}

/** The whole gewogen loting: validate, LEXIMIN, the greedy comparison, the seeded draw. */
export async function computeLoting(
  pool: Pool,
  settings: LotingSettings,
  options: ComputeOptions,
): Promise<ComputeOutcome> {
  const start = (options.now ?? Date.now)();
  const messages = validateLoting(pool, settings, options.hasHouseholdColumn);
  if (messages.some((m) => m.severity === 'error')) return { ok: false, messages };
  const instance = buildInstance(pool, settings);
  const outcome = await leximin(instance, { ...options, onProgress: options.onProgress });
  if (!outcome.ok) {
    if (outcome.reason === 'cancelled') return { ok: false, cancelled: true };
    const details = outcome.relaxationOutcome.map(({ feature, shortage, excess }) => {
      const k = instance.features[feature]!;
      return shortage > 0
        ? infeasibleMessages.minimum(k.category, k.value, k.min, k.min - shortage)
        : infeasibleMessages.maximum(k.category, k.value, k.max, k.max + excess);
    });
    return {
      ok: false,
      messages: [
        {
          severity: 'error',
          text: infeasibleMessages.noPanel(details),
        },
      ],
    };
  }
  const n = pool.respondents.length;
  const probabilities = probabilityPerPerson(instance, outcome.typeProbability, n);
  options.onProgress?.({ phase: 'comparison' });
  await options.pause?.();
  const legacy = await estimateLegacy(instance, {
    draws: options.legacyDraws ?? 2000,
    seed: options.seed,
    excluded: new Set(outcome.unreachable),
    ...(options.pause ? { pause: options.pause } : {}),
    ...(options.legacyBoundDraws
      ? { minBoundDraws: options.legacyBoundDraws.min, maxBoundDraws: options.legacyBoundDraws.max }
      : {}),
  });
  const legacyProbabilities = probabilityPerPerson(instance, legacy.typeProbability, n);
  options.onProgress?.({ phase: 'draw' });
  const draw = drawPanel(instance, outcome.distribution, options.seed, n, {
    ...(settings.maxDropouts === undefined ? {} : { maxDropouts: settings.maxDropouts }),
    ...(settings.excludeHouseholds ? { householdOf: (p: number) => pool.respondents[p]?.household } : {}),
  });
  const unreachable = outcome.unreachable.reduce((s, t) => s + instance.types[t]!.members.length, 0);
  const excluded = excludedGroups(instance, outcome.unreachable, outcome.reasons);
  const isExcluded = new Set(excluded.flatMap((g) => g.people));
  const reachable = probabilities.filter((_, p) => !isExcluded.has(p));
  const legacyReachable = legacyProbabilities.filter((_, p) => !isExcluded.has(p));
  return {
    ok: true,
    result: {
      formatVersion: 2,
      method: 'leximin',
      exact: outcome.exact,
      proof: outcome.method,
      seed: options.seed,
      prng: prngDescription,
      panelSize: settings.panelSize,
      poolSize: n,
      quota: instance.features.map(({ category, value, min, max }) => ({ category, value, min, max })),
      excludeHouseholds: settings.excludeHouseholds,
      typeCount: instance.types.length,
      probabilities,
      minimum: unreachable > 0 ? 0 : minimum(probabilities),
      // Someone who fits no panel has 0 in every distribution: the bound for the overall minimum is 0 too.
      minimumUpperBound: unreachable > 0 ? 0 : outcome.minimumUpperBound,
      minimumReachable: minimum(reachable),
      reachableUpperBound: outcome.minimumUpperBound,
      gini: gini(probabilities),
      legacy: {
        probabilities: legacyProbabilities,
        minimum: minimum(legacyReachable),
        gini: gini(legacyProbabilities),
        draws: legacy.draws,
        failed: legacy.failed,
        ...(legacy.lowest
          ? {
              lowest: {
                person: instance.types[legacy.lowest.type]!.members[0]!,
                estimate: legacy.lowest.estimate,
                upperBound99: legacy.lowest.upperBound99,
                draws: legacy.lowest.draws,
                hits: legacy.lowest.hits,
              },
            }
          : {}),
      },
      distribution: outcome.distribution,
      panelIndex: draw.panelIndex,
      panel: draw.panel,
      reserves: draw.reserves,
      replacements: draw.replacements,
      maxDropouts: draw.maxDropouts,
      unreachable,
      excluded,
      poolFingerprint: poolFingerprint(pool),
      computeTimeMs: Math.max(0, (options.now ?? Date.now)() - start),
      computedAt: new Date(start).toISOString(),
    },
  };
}
