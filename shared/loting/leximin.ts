import { Aborted, createContext, timeUp, addPanel } from './leximin-steps/context';
import { typeProbabilities, distributionFor } from './leximin-steps/distribution';
import { peel, peelDistribution, fromPeel } from './leximin-steps/peel';
import { firstPanel } from './leximin-steps/pricing';
import { rounds } from './leximin-steps/rounds';
import { reachTarget } from './leximin-steps/target';
import type { LeximinOptions, LeximinOutcome, Relaxation } from './leximin-steps/types';
import type { LotingInstance } from './model';
import { pricingModel, relaxationModel } from './panelmodel';
import { createRandom } from './prng';
import { leximinRelaxation } from './relaxation';
import type { Solver } from './solver';
import { reachability, zeroMaximumTypes, type ExclusionReason } from './exclusion';

/**
 * LEXIMIN (Flanigan, Gölz, Gupta, Hennig & Procaccia, Nature 2021): among all probability
 * distributions over quota-satisfying panels, the one that maximises the lowest selection
 * probability, then the second lowest, and so on. Everything works on types (see
 * LotingInstance): one variable per type instead of per person.
 *
 * The computation, fastest path first:
 * 1. a local search and a few MIPs find a panel for every type that can be on one at all; the
 *    others are proven unreachable, get 0 and a reason (exclusion.ts);
 * 2. LEXIMIN over the LP relaxation (fractional panels) gives an upper bound per type;
 * 3. the fractional optimum is peeled into real panels (Carathéodory-style, no solver: round on
 *    its face, subtract the largest multiple that stays in the polytope, repeat; about one step
 *    per profile, each a few milliseconds), which usually decomposes it up to ~1e-5. The peeled
 *    panels with their weights are the distribution; the small remainder is decomposed by column
 *    generation on its own (a master over the panels of the last peeling steps, pricing = local
 *    search in batches, then a MIP), needing only precision 1e-7 / remainder. Reaching the bound
 *    (within 1e-7 in probability) proves optimality. Only when that fails, a master over all
 *    panels found tries the same (slower: its LP grows with the number of profiles);
 * 4. otherwise the paper's algorithm runs, starting from all panels found: rounds of column
 *    generation on the dual master; types with positive dual weight are fixed at the round's value.
 *
 * The steps live in leximin-steps/: context.ts (what they share), progress.ts (the one progress
 * reporter), pricing.ts (finding panels), target.ts (step 3's master), peel.ts (step 3's
 * peeling), rounds.ts (step 4), distribution.ts (weights and probabilities).
 */

export type { LeximinOptions, LeximinOutcome, Progress } from './leximin-steps/types';

export async function leximin(instance: LotingInstance, options: LeximinOptions): Promise<LeximinOutcome> {
  const { solver } = options;
  const { ctx, models } = createContext(instance, options);
  const { n, now } = ctx;
  try {
    ctx.pricing = ctx.make(pricingModel(instance, solver.infinity));
    if (!(await firstPanel(ctx)))
      return { ok: false, reason: 'geen-panel', relaxationOutcome: diagnose(instance, solver) };
    // Who can be on no panel: values with maximum 0 are known at once. Everyone else is proven
    // reachable as soon as the distribution gives them a positive chance (its panels are valid);
    // only when that fails, the exact check of exclusion.ts runs (a few MIPs) — so the usual
    // case costs nothing extra, and the answer is exact either way.
    const zero = zeroMaximumTypes(instance);
    let unreachable = [...zero.keys()];
    let reasons: Array<ExclusionReason | null> = unreachable.map((t) => ({
      kind: 'zero-maximum',
      features: zero.get(t)!.map((feature) => ({ feature, direction: 'zero' as const })),
    }));
    let proven = false;
    let excluded = new Set(unreachable);
    const isReachable = (t: number) => !excluded.has(t);
    // The lowest probability among reachable types, and an upper bound for it that never falls
    // below what was achieved (LP values carry ~1e-9 noise).
    const minReachable = (probability: number[]) => {
      const k = probability.filter((_, t) => isReachable(t));
      return k.length === 0 ? 0 : Math.min(...k);
    };
    const everyoneChance = (typeProbability: number[]) => typeProbability.every((k, t) => !isReachable(t) || k > 1e-12);
    const proveReachability = async () => {
      const reach = await reachability(instance, solver, { pause: ctx.pause, now }, ctx.pricing);
      if (!reach) throw new Error('no panel left');
      for (const panel of reach.panels) addPanel(ctx, panel);
      const otherwise = reach.unreachable.length !== unreachable.length;
      unreachable = reach.unreachable;
      reasons = reach.reasons;
      excluded = new Set(unreachable);
      proven = true;
      return otherwise;
    };
    let relax: Awaited<ReturnType<typeof leximinRelaxation>> = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      ctx.progress.report('relaxation');
      relax = await leximinRelaxation(instance, solver, ctx.pause, unreachable);
      if (relax) {
        const random = createRandom(1);
        // Peeling decomposes the fractional optimum into real panels (almost) exactly; a few
        // rounded samples add variety for the column generation if a remainder is left.
        const peeled = await peel(ctx, relax.x, random);
        let target = await fromPeel(ctx, peeled, relax.typeProbability, random);
        if (target.outcome === 'unreachable' && !timeUp(ctx)) {
          for (let i = 0; i < 50; i++) {
            const panel = ctx.searcher.roundOff(relax.x, random);
            if (panel) addPanel(ctx, panel);
          }
          ctx.progress.report('panels');
          target = await reachTarget(ctx, relax.typeProbability, ctx.panels);
        }
        // Out of time without a master: the primal over all panels (its own short time limit,
        // so the job's limit is not overshot), else the peeled panels alone.
        if (target.outcome === 'time')
          target = {
            outcome: 'time',
            distribution:
              target.distribution ?? distributionFor(ctx, relax.typeProbability, 2) ?? peelDistribution(peeled),
          };
        // Out of time: the panels found still give every type its bound minus a known gap.
        if (target.outcome !== 'unreachable') {
          ctx.progress.report('distribution', ctx.total);
          const distribution =
            target.distribution ?? (timeUp(ctx) ? null : distributionFor(ctx, relax.typeProbability));
          const typeProbability = distribution ? typeProbabilities(distribution, n) : null;
          if (distribution && typeProbability && (proven || everyoneChance(typeProbability))) {
            const exact = target.outcome === 'reached';
            const reached = minReachable(typeProbability);
            return {
              ok: true,
              distribution,
              typeProbability,
              exact,
              method: 'relaxation-bound',
              rounds: relax.rounds,
              minimumUpperBound: exact ? reached : Math.max(reached, minReachable(relax.typeProbability)),
              unreachable,
              reasons,
            };
          }
        }
      }
      // The LP promised someone a chance that no real panel gives (e.g. parity): find out who,
      // exactly, and try once more with them at 0.
      if (proven || !(await proveReachability())) break;
    }
    if (!proven) await proveReachability();
    const fromRounds = await rounds(ctx, unreachable);
    const { fixed, exact } = fromRounds;
    ctx.progress.report('distribution', ctx.total, fromRounds.rounds);
    const distribution = distributionFor(ctx, fixed);
    if (!distribution) throw new Error('primal LP zonder oplossing');
    const typeProbability = typeProbabilities(distribution, n);
    // Exact rounds prove the achieved minimum optimal; the LP bound may lie above it (an
    // integrality gap), so it is only shown when the time limit stopped the rounds.
    const reached = minReachable(typeProbability);
    // Without the LP (never expected) the panel size spread over all reachable people still bounds it.
    const reachableCount = n.reduce((s, nt, t) => s + (isReachable(t) ? nt : 0), 0);
    const lpBound = relax ? minReachable(relax.typeProbability) : instance.panelSize / Math.max(1, reachableCount);
    const minimumUpperBound = exact ? reached : Math.max(reached, lpBound);
    return {
      ok: true,
      distribution,
      typeProbability,
      exact,
      method: 'rounds',
      rounds: fromRounds.rounds,
      minimumUpperBound,
      unreachable,
      reasons,
    };
  } catch (error) {
    if (error instanceof Aborted) return { ok: false, reason: 'cancelled' };
    throw error;
  } finally {
    for (const m of models) m.dispose();
  }
}

function diagnose(instance: LotingInstance, solver: Solver): Relaxation[] {
  const T = instance.types.length;
  const model = solver.createModel(relaxationModel(instance, solver.infinity));
  try {
    const r = model.solve();
    if (r.status !== 'optimal') return [];
    return instance.features.flatMap((_, f) => {
      const shortage = Math.round(r.colValue[T + 2 * f] ?? 0);
      const excess = Math.round(r.colValue[T + 2 * f + 1] ?? 0);
      return shortage > 0 || excess > 0 ? [{ feature: f, shortage, excess }] : [];
    });
  } finally {
    model.dispose();
  }
}
