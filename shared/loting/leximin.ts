import { Aborted, createContext, timeUp, addPanel } from './leximin-steps/context';
import { typeProbabilities, distributionFor } from './leximin-steps/distribution';
import { pel, peelDistribution, uitPel } from './leximin-steps/peel';
import { eerstePanel } from './leximin-steps/pricing';
import { rondes } from './leximin-steps/rounds';
import { bereikDoel } from './leximin-steps/target';
import type { LeximinOptions, LeximinOutcome, Relaxation } from './leximin-steps/types';
import type { LotingInstance } from './model';
import { pricingModel, relaxationModel } from './panelmodel';
import { createRandom } from './prng';
import { leximinRelaxatie } from './relaxation';
import type { Solver } from './solver';
import { bereikbaarheid, zeroMaximumTypes, type ExclusionReason } from './exclusion';

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

export async function leximin(instance: LotingInstance, opties: LeximinOptions): Promise<LeximinOutcome> {
  const { solver } = opties;
  const { ctx, modellen } = createContext(instance, opties);
  const { n, now } = ctx;
  try {
    ctx.pricing = ctx.maak(pricingModel(instance, solver.infinity));
    if (!(await eerstePanel(ctx))) return { ok: false, reden: 'geen-panel', relaxatie: diagnose(instance, solver) };
    // Who can be on no panel: values with maximum 0 are known at once. Everyone else is proven
    // reachable as soon as the distribution gives them a positive chance (its panels are valid);
    // only when that fails, the exact check of exclusion.ts runs (a few MIPs) — so the usual
    // case costs nothing extra, and the answer is exact either way.
    const nul = zeroMaximumTypes(instance);
    let onbereikbaar = [...nul.keys()];
    let redenen: Array<ExclusionReason | null> = onbereikbaar.map((t) => ({
      soort: 'maximum-nul',
      kenmerken: nul.get(t)!.map((kenmerk) => ({ kenmerk, richting: 'nul' as const })),
    }));
    let bewezen = false;
    let uitgesloten = new Set(onbereikbaar);
    const isBereikbaar = (t: number) => !uitgesloten.has(t);
    // The lowest probability among reachable types, and an upper bound for it that never falls
    // below what was achieved (LP values carry ~1e-9 noise).
    const minBereikbaar = (kans: number[]) => {
      const k = kans.filter((_, t) => isBereikbaar(t));
      return k.length === 0 ? 0 : Math.min(...k);
    };
    const iedereenKans = (typeKans: number[]) => typeKans.every((k, t) => !isBereikbaar(t) || k > 1e-12);
    const bewijsBereikbaarheid = async () => {
      const bereik = await bereikbaarheid(instance, solver, { pauze: ctx.pauze, now }, ctx.pricing);
      if (!bereik) throw new Error('geen panel meer');
      for (const panel of bereik.panels) addPanel(ctx, panel);
      const anders = bereik.onbereikbaar.length !== onbereikbaar.length;
      onbereikbaar = bereik.onbereikbaar;
      redenen = bereik.redenen;
      uitgesloten = new Set(onbereikbaar);
      bewezen = true;
      return anders;
    };
    let relax: Awaited<ReturnType<typeof leximinRelaxatie>> = null;
    for (let poging = 0; poging < 2; poging++) {
      ctx.progress.report('relaxatie');
      relax = await leximinRelaxatie(instance, solver, ctx.pauze, onbereikbaar);
      if (relax) {
        const random = createRandom(1);
        // Peeling decomposes the fractional optimum into real panels (almost) exactly; a few
        // rounded samples add variety for the column generation if a remainder is left.
        const gepeld = await pel(ctx, relax.x, random);
        let doel = await uitPel(ctx, gepeld, relax.typeKans, random);
        if (doel.uitkomst === 'onbereikbaar' && !timeUp(ctx)) {
          for (let i = 0; i < 50; i++) {
            const panel = ctx.zoeker.rondAf(relax.x, random);
            if (panel) addPanel(ctx, panel);
          }
          ctx.progress.report('panels');
          doel = await bereikDoel(ctx, relax.typeKans, ctx.panels);
        }
        // Out of time without a master: the primal over all panels (its own short time limit,
        // so the job's limit is not overshot), else the peeled panels alone.
        if (doel.uitkomst === 'tijd')
          doel = {
            uitkomst: 'tijd',
            verdeling: doel.verdeling ?? distributionFor(ctx, relax.typeKans, 2) ?? peelDistribution(gepeld),
          };
        // Out of time: the panels found still give every type its bound minus a known gap.
        if (doel.uitkomst !== 'onbereikbaar') {
          ctx.progress.report('verdeling', ctx.totaal);
          const verdeling = doel.verdeling ?? (timeUp(ctx) ? null : distributionFor(ctx, relax.typeKans));
          const typeKans = verdeling ? typeProbabilities(verdeling, n) : null;
          if (verdeling && typeKans && (bewezen || iedereenKans(typeKans))) {
            const exact = doel.uitkomst === 'bereikt';
            const bereikt = minBereikbaar(typeKans);
            return {
              ok: true,
              verdeling,
              typeKans,
              exact,
              methode: 'relaxatiegrens',
              rondes: relax.rondes,
              bovengrensMinimum: exact ? bereikt : Math.max(bereikt, minBereikbaar(relax.typeKans)),
              onbereikbaar,
              redenen,
            };
          }
        }
      }
      // The LP promised someone a chance that no real panel gives (e.g. parity): find out who,
      // exactly, and try once more with them at 0.
      if (bewezen || !(await bewijsBereikbaarheid())) break;
    }
    if (!bewezen) await bewijsBereikbaarheid();
    const uitRondes = await rondes(ctx, onbereikbaar);
    const { vast, exact } = uitRondes;
    ctx.progress.report('verdeling', ctx.totaal, uitRondes.rondes);
    const verdeling = distributionFor(ctx, vast);
    if (!verdeling) throw new Error('primal LP zonder oplossing');
    const typeKans = typeProbabilities(verdeling, n);
    // Exact rounds prove the achieved minimum optimal; the LP bound may lie above it (an
    // integrality gap), so it is only shown when the time limit stopped the rounds.
    const bereikt = minBereikbaar(typeKans);
    // Without the LP (never expected) the panel size spread over all reachable people still bounds it.
    const bereikbaarAantal = n.reduce((s, nt, t) => s + (isBereikbaar(t) ? nt : 0), 0);
    const lpGrens = relax ? minBereikbaar(relax.typeKans) : instance.panelgrootte / Math.max(1, bereikbaarAantal);
    const bovengrensMinimum = exact ? bereikt : Math.max(bereikt, lpGrens);
    return {
      ok: true,
      verdeling,
      typeKans,
      exact,
      methode: 'rondes',
      rondes: uitRondes.rondes,
      bovengrensMinimum,
      onbereikbaar,
      redenen,
    };
  } catch (error) {
    if (error instanceof Aborted) return { ok: false, reden: 'afgebroken' };
    throw error;
  } finally {
    for (const m of modellen) m.dispose();
  }
}

function diagnose(instance: LotingInstance, solver: Solver): Relaxation[] {
  const T = instance.types.length;
  const model = solver.createModel(relaxationModel(instance, solver.infinity));
  try {
    const r = model.solve();
    if (r.status !== 'optimal') return [];
    return instance.kenmerken.flatMap((_, f) => {
      const tekort = Math.round(r.colValue[T + 2 * f] ?? 0);
      const teveel = Math.round(r.colValue[T + 2 * f + 1] ?? 0);
      return tekort > 0 || teveel > 0 ? [{ kenmerk: f, tekort, teveel }] : [];
    });
  } finally {
    model.dispose();
  }
}
