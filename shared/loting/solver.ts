/**
 * The LP/MIP solver as the loting algorithm needs it. The algorithm lives in shared/ (pure, runs
 * anywhere); the implementation with HiGHS (WebAssembly) lives in main/loting/highs.ts. A model is
 * persistent so column generation can add rows and change costs without rebuilding it, which
 * lets the solver warm-start from the previous basis.
 */
export interface SparseRow {
  lower: number;
  upper: number;
  indices: number[];
  values: number[];
}

export interface ModelSpec {
  sense: 'max' | 'min';
  colCost: number[];
  colLower: number[];
  colUpper: number[];
  /** Columns that must take whole values (the pricing MIP); absent means an LP. */
  integer?: boolean[];
  rows: SparseRow[];
}

/** `time`: the solve stopped at its time limit (nothing proven). */
export type SolveStatus = 'optimal' | 'infeasible' | 'time' | 'other';

export interface SolveResult {
  status: SolveStatus;
  objective: number;
  colValue: ArrayLike<number>;
  /** Row duals (shadow prices); only meaningful for an LP. */
  rowDual: ArrayLike<number>;
}

export interface SolveOptions {
  /** Stop after this many seconds (status `time`); long MIPs must not run past a job's time limit. */
  maxSeconds?: number;
}

export interface SolverModel {
  solve(options?: SolveOptions): SolveResult;
  setColCosts(costs: number[]): void;
  setColBounds(col: number, lower: number, upper: number): void;
  setCoefficient(row: number, col: number, value: number): void;
  addRow(row: SparseRow): void;
  dispose(): void;
}

export interface Solver {
  /** Positive infinity as the solver understands it (for open bounds). */
  readonly infinity: number;
  createModel(spec: ModelSpec): SolverModel;
}
