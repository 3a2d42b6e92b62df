import { parentPort, workerData } from 'node:worker_threads';
import { computeLoting, type ComputeOptions, type ComputeOutcome } from '../../shared/loting/compute';
import { computeReselection, type ReselectionInput } from '../../shared/loting/reselection';
import type { LotingSettings, PoolData } from '../../shared/loting/model';
import { createPool } from '../../shared/loting/validation';
import { highsSolver } from './highs';

/**
 * The worker thread of one loting job (jobs.ts starts it). The whole computation — LEXIMIN
 * with its HiGHS solves (synchronous WebAssembly), the greedy comparison and the draw — runs
 * here, so the Electron main process and the HTTP host only pass messages and stay responsive.
 * Storing the result stays in the main thread (it owns the database).
 *
 * In: `workerData` (WerkOpdracht) and a shared Int32Array whose first cell becomes 1 on cancel;
 * it is read without waiting for the event loop, so a cancel is seen at the next check inside
 * a long step. Out: `WerkBericht` messages on the parent port.
 */
export interface WerkOpdracht {
  gegevens: PoolData;
  instellingen: LotingSettings;
  seed: number;
  maxSeconden: number;
  herselectie?: ReselectionInput;
  /** Int32Array over a SharedArrayBuffer: [0] = 1 means cancel. */
  afbreken: SharedArrayBuffer;
}

export type WerkBericht =
  | { soort: 'voortgang'; fase: string; voortgang?: number; panels?: number }
  | { soort: 'uitkomst'; uitkomst: ComputeOutcome }
  | { soort: 'fout'; bericht: string };

/** Progress is sent at most this often (ms), except when the phase changes. */
const VOORTGANG_INTERVAL = 100;

async function voerUit(opdracht: WerkOpdracht, stuur: (b: WerkBericht) => void): Promise<void> {
  const vlag = new Int32Array(opdracht.afbreken);
  const { pool } = createPool(opdracht.gegevens);
  let laatsteFase = '';
  let laatsteTijd = 0;
  const opties: ComputeOptions = {
    solver: await highsSolver(),
    seed: opdracht.seed,
    heeftHuishoudkolom: opdracht.gegevens.kolommen.some((k) => k.rol === 'huishouden'),
    maxSeconden: opdracht.maxSeconden,
    isAfgebroken: () => Atomics.load(vlag, 0) === 1,
    onVoortgang: (v) => {
      const nu = Date.now();
      if (v.fase === laatsteFase && nu - laatsteTijd < VOORTGANG_INTERVAL) return;
      laatsteFase = v.fase;
      laatsteTijd = nu;
      stuur(
        'vast' in v
          ? { soort: 'voortgang', fase: v.fase, voortgang: v.totaal === 0 ? 0 : v.vast / v.totaal, panels: v.panels }
          : { soort: 'voortgang', fase: v.fase },
      );
    },
  };
  const uitkomst = opdracht.herselectie
    ? await computeReselection(pool, opdracht.instellingen, opdracht.herselectie, opties)
    : await computeLoting(pool, opdracht.instellingen, opties);
  stuur({ soort: 'uitkomst', uitkomst });
}

if (parentPort) {
  const poort = parentPort;
  const stuur = (b: WerkBericht) => poort.postMessage(b);
  voerUit(workerData as WerkOpdracht, stuur).catch((error: unknown) => {
    stuur({ soort: 'fout', bericht: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  });
}
