import type { LotingInstance } from '../model';
import { PanelSearch } from '../panel-search';
import type { ModelSpec, Solver, SolverModel } from '../solver';
import { createProgressReporter, type ProgressReporter } from './progress';
import type { LeximinOptions } from './types';

/** Thrown from `pauze` when the user cancelled; `leximin` turns it into `{ reden: 'afgebroken' }`. */
export class Aborted extends Error {}

/** A panel must beat the master's bound by more than this to count as an improvement. */
export const EPS_PRICING = 1e-9;
/** A dual weight above this marks a type as bound by the round's value. */
export const EPS_FIXED = 1e-7;
/** Distance to the LP bound that still counts as reached (a probability difference of 1e-7). */
export const EPS_BOUND = 1e-7;

/** What every step of one LEXIMIN computation shares: the instance, the panels found, the solver, time and progress. */
export interface Context {
  instance: LotingInstance;
  solver: Solver;
  opties: LeximinOptions;
  T: number;
  /** Members per type. */
  n: number[];
  totaal: number;
  /** Every panel found so far (counts per type), each once. */
  panels: number[][];
  gezien: Set<string>;
  zoeker: PanelSearch;
  /** The pricing MIP: the feasible panel with the largest weight. */
  pricing: SolverModel;
  pauze: () => Promise<void>;
  /** A solver model that is disposed when the computation ends. */
  maak: (spec: ModelSpec) => SolverModel;
  progress: ProgressReporter;
  start: number;
  now: () => number;
}

/** The context and the models to dispose at the end. */
export function createContext(
  instance: LotingInstance,
  opties: LeximinOptions,
): { ctx: Context; modellen: SolverModel[] } {
  const { solver } = opties;
  const now = opties.now ?? (() => Date.now());
  const modellen: SolverModel[] = [];
  const maak = (spec: ModelSpec) => {
    const m = solver.createModel(spec);
    modellen.push(m);
    return m;
  };
  const n = instance.types.map((t) => t.leden.length);
  const totaal = n.reduce((a, b) => a + b, 0);
  const panels: number[][] = [];
  const ctx: Context = {
    instance,
    solver,
    opties,
    T: n.length,
    n,
    totaal,
    panels,
    gezien: new Set(),
    zoeker: new PanelSearch(instance),
    pricing: undefined as unknown as SolverModel,
    pauze: async () => {
      await opties.pauze?.();
      if (opties.isAfgebroken?.()) throw new Aborted();
    },
    maak,
    progress: createProgressReporter(opties.onVoortgang, { totaal, panelCount: () => panels.length, now }),
    start: now(),
    now,
  };
  return { ctx, modellen };
}

/** Adds a panel unless it was found before; true when it is new. */
export function addPanel(ctx: Context, panel: number[]): boolean {
  const key = panel.join(',');
  if (ctx.gezien.has(key)) return false;
  ctx.gezien.add(key);
  ctx.panels.push(panel);
  return true;
}

/** Options for a solve: the seconds left before the time limit (none without a limit). */
export function remainingTime(ctx: Context): { maxSeconden?: number } {
  const max = ctx.opties.maxSeconden;
  return max === undefined ? {} : { maxSeconden: Math.max(0.05, max - (ctx.now() - ctx.start) / 1000) };
}

export function timeUp(ctx: Context): boolean {
  const max = ctx.opties.maxSeconden;
  return max !== undefined && (ctx.now() - ctx.start) / 1000 > max;
}
