import loadHighs, { type Highs, type Model } from 'highs';
import type { ModelSpec, SolveOptions, SolveResult, Solver, SolverModel, SparseRow } from '../../shared/loting/solver';

/**
 * The Solver interface of shared/loting with HiGHS compiled to WebAssembly (the `highs`
 * package): no native add-on, no licence, runs offline in Node and in Electron's main process.
 * The Wasm module is loaded once per process.
 */
let loading: Promise<Highs> | undefined;

export async function highsSolver(): Promise<Solver> {
  loading ??= loadHighs();
  const highs = await loading;
  return { infinity: highs.infinity, createModel: (spec) => new HighsModel(highs, spec) };
}

const OPTIMAL = 7;
const INFEASIBLE = 8;
const TIME_LIMIT = 13;

class HighsModel implements SolverModel {
  private readonly model: Model;
  private readonly numCols: number;
  private limit = Infinity;

  constructor(
    private readonly highs: Highs,
    spec: ModelSpec,
  ) {
    this.numCols = spec.colCost.length;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of spec.rows) {
      indices.push(...row.indices);
      values.push(...row.values);
      starts.push(indices.length);
    }
    const { maximize, minimize } = highs.constants.objectiveSense;
    this.model = highs.createModel({
      numCols: this.numCols,
      numRows: spec.rows.length,
      sense: spec.sense === 'max' ? maximize : minimize,
      colCost: spec.colCost,
      colLower: spec.colLower,
      colUpper: spec.colUpper,
      rowLower: spec.rows.map((r) => r.lower),
      rowUpper: spec.rows.map((r) => r.upper),
      matrix: { format: 'csr', numRows: spec.rows.length, numCols: this.numCols, starts, indices, values },
      ...(spec.integer ? { integrality: spec.integer.map((i) => (i ? 1 : 0)) } : {}),
    });
    this.model.options.set({
      output_flag: false,
      // The pricing MIP decides when column generation stops, so solve it (nearly) to optimality;
      // the default 1e-4 gap would stop rounds early and cost fairness.
      mip_rel_gap: 1e-7,
      mip_abs_gap: 1e-9,
      random_seed: 0,
    });
  }

  solve(options: SolveOptions = {}): SolveResult {
    // HiGHS counts its time limit over all runs of a model since the last clock reset.
    const limit = options.maxSeconds === undefined ? Infinity : Math.max(0.01, options.maxSeconds);
    if (limit !== this.limit) {
      this.model.options.set({ time_limit: limit });
      this.limit = limit;
    }
    if (limit !== Infinity) this.model.zeroAllClocks();
    const run = this.model.run();
    const status =
      run.modelStatus === OPTIMAL
        ? 'optimal'
        : run.modelStatus === INFEASIBLE
          ? 'infeasible'
          : run.modelStatus === TIME_LIMIT
            ? 'time'
            : 'other';
    if (status !== 'optimal') return { status, objective: Number.NaN, colValue: [], rowDual: [] };
    const solution = this.model.getSolution();
    return {
      status,
      objective: this.model.raw.getObjectiveValue(),
      colValue: solution.colValue,
      rowDual: solution.rowDual,
    };
  }

  setColCosts(costs: number[]): void {
    if (costs.length === 0) return;
    this.model.changeColsCost({ kind: 'range', from: 0, to: costs.length - 1 }, costs);
  }

  setColBounds(col: number, lower: number, upper: number): void {
    this.model.changeColBounds(col, lower, upper);
  }

  setCoefficient(row: number, col: number, value: number): void {
    this.model.changeCoefficient(row, col, value);
  }

  addRow(row: SparseRow): void {
    this.model.addRow(row.lower, row.upper, { indices: row.indices, values: row.values });
  }

  dispose(): void {
    if (!this.model.disposed) this.model.dispose();
    void this.highs;
  }
}
