import type { Catalogue, Instrument } from './instrument';
import type { Goal, Level, Phase, Reach, Requirement } from './vocabulary';
import { HEAVY_COST_CLASS } from './rules';
import { levelRank } from './vocabulary';

/** Per-instrument facts the engine asks for many times, precomputed once per catalogue. */
export interface IndexedInstrument {
  instrument: Instrument;
  phases: ReadonlySet<Phase>;
  levels: ReadonlySet<Level>;
  goals: ReadonlySet<Goal>;
  reach: ReadonlySet<Reach>;
  requires: ReadonlySet<Requirement>;
  /** Lowest rung it can carry; above the room's maximum it cannot be used honestly. */
  minLevelRank: number;
  /**
   * Participants are drawn by lot or sample. Only then can the result stand for all residents:
   * with open or targeted recruitment, who takes part decides who is heard.
   */
  drawsSample: boolean;
  givesFeedback: boolean;
  /** Can inform and reports back: may accompany a phase at any level (see suggestMix). */
  informingCompanion: boolean;
  /** Expensive and deliberative: weeks of work for many people. */
  heavy: boolean;
  /** Gathers ideas or deliberates: uses an open question well. */
  open: boolean;
}

export interface CatalogueIndex {
  catalogue: Catalogue;
  instruments: IndexedInstrument[];
  byId: ReadonlyMap<string, IndexedInstrument>;
}

// Keyed on the catalogue object so repeated calls (the UI re-ranks on every answer) reuse the index.
const cache = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const instruments = catalogue.instruments.map((instrument): IndexedInstrument => ({
    instrument,
    phases: new Set(instrument.phases),
    levels: new Set(instrument.levels),
    goals: new Set(instrument.goals),
    reach: new Set(instrument.reach),
    requires: new Set(instrument.requires),
    minLevelRank: Math.min(...instrument.levels.map(levelRank)),
    drawsSample: instrument.recruitment.some((r) => r === 'loting' || r === 'gestratificeerde-loting'),
    givesFeedback: instrument.feedback !== 'geen',
    informingCompanion: instrument.levels.includes('informeren') && instrument.feedback === 'is-terugkoppeling',
    heavy: instrument.cost >= HEAVY_COST_CLASS && instrument.interaction.includes('delibereren'),
    open: instrument.decisionMethod === 'ideeen' || instrument.interaction.includes('delibereren'),
  }));
  const index: CatalogueIndex = {
    catalogue,
    instruments,
    byId: new Map(instruments.map((i) => [i.instrument.id, i])),
  };
  cache.set(catalogue, index);
  return index;
}
