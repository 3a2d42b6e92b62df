import type { LotingInstance } from '../model';
import { PanelSearch } from '../panel-search';
import type { ModelSpec, Solver, SolverModel } from '../solver';
import { createProgressReporter, type ProgressReporter } from './progress';
import type { LeximinOptions } from './types';

/** Thrown from `pause` when the user cancelled; `leximin` turns it into `{ reden: 'afgebroken' }`. */
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
  options: LeximinOptions;
  T: number;
  /** Members per type. */
  n: number[];
  total: number;
  /** Every panel found so far (counts per type), each once. */
  panels: number[][];
  seen: Set<string>;
  searcher: PanelSearch;
  /** The pricing MIP: the feasible panel with the largest weight. */
  pricing: SolverModel;
  pause: () => Promise<void>;
  /** A solver model that is disposed when the computation ends. */
  make: (spec: ModelSpec) => SolverModel;
  progress: ProgressReporter;
  start: number;
  now: () => number;
}

/** The context and the models to dispose at the end. */
export function createContext(
  instance: LotingInstance,
  options: LeximinOptions,
): { ctx: Context; models: SolverModel[] } {
  const { solver } = options;
  const now = options.now ?? (() => Date.now());
  const models: SolverModel[] = [];
  const make = (spec: ModelSpec) => {
    const m = solver.createModel(spec);
    models.push(m);
    return m;
  };
  const n = instance.types.map((t) => t.members.length);
  const total = n.reduce((a, b) => a + b, 0);
  const panels: number[][] = [];
  const ctx: Context = {
    instance,
    solver,
    options,
    T: n.length,
    n,
    total,
    panels,
    seen: new Set(),
    searcher: new PanelSearch(instance),
    pricing: undefined as unknown as SolverModel,
    pause: async () => {
      await options.pause?.();
      if (options.isCancelled?.()) throw new Aborted();
    },
    make,
    progress: createProgressReporter(options.onProgress, { total, panelCount: () => panels.length, now }),
    start: now(),
    now,
  };
  return { ctx, models };
}

/** Adds a panel unless it was found before; true when it is new. */
export function addPanel(ctx: Context, panel: number[]): boolean {
  const key = panel.join(',');
  if (ctx.seen.has(key)) return false;
  ctx.seen.add(key);
  ctx.panels.push(panel);
  return true;
}

/** Options for a solve: the seconds left before the time limit (none without a limit). */
export function remainingTime(ctx: Context): { maxSeconds?: number } {
  const max = ctx.options.maxSeconds;
  return max === undefined ? {} : { maxSeconds: Math.max(0.05, max - (ctx.now() - ctx.start) / 1000) };
}

export function timeUp(ctx: Context): boolean {
  const max = ctx.options.maxSeconds;
  return max !== undefined && (ctx.now() - ctx.start) / 1000 > max;
}
