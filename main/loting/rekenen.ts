import { randomInt, randomUUID } from 'node:crypto';
import { berekenLoting, type BerekenOpties, type BerekenUitkomst } from '../../shared/loting/bereken';
import { berekenHerselectie, type HerselectieInvoer } from '../../shared/loting/herselectie';
import type { LotingInstellingen, PoolGegevens } from '../../shared/loting/model';
import { seedUitWillekeur } from '../../shared/loting/prng';
import type { LotingResultaat } from '../../shared/loting/resultaat';
import { maakPool } from '../../shared/loting/validatie';
import { highsSolver } from './highs';

/**
 * Long computations as jobs: the API starts one and the UI polls its progress. Every solve is
 * synchronous WebAssembly, so between solves the job yields to the event loop (setImmediate):
 * the Electron main process and the HTTP host stay responsive without a worker thread.
 */
export interface Taak {
  id: string;
  poolId: string;
  status: 'bezig' | 'klaar' | 'fout' | 'afgebroken';
  fase: string;
  /** 0..1, respondents with a final probability. */
  voortgang: number;
  panels: number;
  meldingen: string[];
  trekkingId?: string;
  afbreken: boolean;
}

export const standaardMaxSeconden = 120;

export function nieuweSeed(): number {
  return seedUitWillekeur(() => randomInt(0, 0x1_0000_0000));
}

export class Rekentaken {
  private readonly taken = new Map<string, Taak>();

  start(
    poolId: string,
    gegevens: PoolGegevens,
    instellingen: LotingInstellingen,
    seed: number,
    bewaar: (r: LotingResultaat) => string,
    maxSeconden = standaardMaxSeconden,
    /** Set for a re-selection round after an earlier draw. */
    herselectie?: HerselectieInvoer,
  ): Taak {
    // Only one computation per pool: a second click would otherwise race the first.
    for (const t of this.taken.values()) if (t.poolId === poolId && t.status === 'bezig') return t;
    const taak: Taak = {
      id: randomUUID(),
      poolId,
      status: 'bezig',
      fase: 'start',
      voortgang: 0,
      panels: 0,
      meldingen: [],
      afbreken: false,
    };
    this.taken.set(taak.id, taak);
    void this.voerUit(taak, gegevens, instellingen, seed, bewaar, maxSeconden, herselectie);
    return taak;
  }

  get(id: string): Taak | undefined {
    return this.taken.get(id);
  }

  breekAf(id: string): void {
    const t = this.taken.get(id);
    if (t) t.afbreken = true;
  }

  /** Stops the jobs of a deleted pool, so no result of deleted data is stored afterwards. */
  vergeetPool(poolId: string): void {
    for (const t of this.taken.values()) if (t.poolId === poolId) t.afbreken = true;
  }

  private async voerUit(
    taak: Taak,
    gegevens: PoolGegevens,
    instellingen: LotingInstellingen,
    seed: number,
    bewaar: (r: LotingResultaat) => string,
    maxSeconden: number,
    herselectie?: HerselectieInvoer,
  ): Promise<void> {
    let uitkomst: BerekenUitkomst;
    try {
      const { pool } = maakPool(gegevens);
      const opties: BerekenOpties = {
        solver: await highsSolver(),
        seed,
        heeftHuishoudkolom: gegevens.kolommen.some((k) => k.rol === 'huishouden'),
        maxSeconden,
        pauze: () => new Promise<void>((resolve) => setImmediate(resolve)),
        isAfgebroken: () => taak.afbreken,
        onVoortgang: (v) => {
          taak.fase = v.fase;
          if ('vast' in v) {
            taak.voortgang = v.totaal === 0 ? 0 : v.vast / v.totaal;
            taak.panels = v.panels;
          }
        },
      };
      uitkomst = herselectie
        ? await berekenHerselectie(pool, instellingen, herselectie, opties)
        : await berekenLoting(pool, instellingen, opties);
    } catch (error) {
      console.error('[loting]', error);
      taak.status = 'fout';
      taak.meldingen = [
        'De berekening is onverwacht gestopt. Probeer het opnieuw; blijft het misgaan, maak de pool dan kleiner.',
      ];
      return;
    }
    if (uitkomst.ok) {
      if (taak.afbreken) {
        taak.status = 'afgebroken';
        return;
      }
      taak.trekkingId = bewaar(uitkomst.resultaat);
      taak.voortgang = 1;
      taak.status = 'klaar';
    } else if ('afgebroken' in uitkomst) {
      taak.status = 'afgebroken';
    } else {
      taak.status = 'fout';
      taak.meldingen = uitkomst.meldingen.filter((m) => m.ernst === 'fout').map((m) => m.tekst);
    }
  }
}
