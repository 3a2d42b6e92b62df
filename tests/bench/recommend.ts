import { type Catalogue, catalogue, recommendInstruments, exampleCasussen } from '../../shared/participatie/index';
import { type BenchRow, summarise } from './types';

const RUNS = 2000;
const WARMUP = 200;

/** The workshop casus answers all five phases: the realistic worst case for one traject. */
const fivePhases = exampleCasussen['aardgasvrij-de-horst'].answers;

/** The catalogue ten times over (ids suffixed), to see how the engine scales with catalogue size. */
function timesTen(base: Catalogue): Catalogue {
  const instruments = Array.from({ length: 10 }, (_, n) =>
    base.instruments.map((i) => ({ ...i, id: `${i.id}-${n}` })),
  ).flat();
  return { catalogueVersion: base.catalogueVersion, instruments };
}

function measure(name: string, cat: Catalogue, targetMs?: number): BenchRow {
  for (let i = 0; i < WARMUP; i++) recommendInstruments(fivePhases, cat);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    recommendInstruments(fivePhases, cat);
    samples.push(performance.now() - start);
  }
  const { medianMs, p95Ms } = summarise(samples);
  return {
    name,
    medianMs,
    p95Ms,
    runs: RUNS,
    ...(targetMs === undefined ? {} : { targetMs }),
    note: `${cat.instruments.length} instruments`,
  };
}

export async function benchRecommend(): Promise<BenchRow[]> {
  return [
    measure('recommendInstruments: five phases, real catalogue', catalogue, 1),
    measure('recommendInstruments: five phases, catalogue ×10', timesTen(catalogue)),
  ];
}
