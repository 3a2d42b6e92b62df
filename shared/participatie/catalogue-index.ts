import type { Catalogue, Instrument } from './instrument';
import type { Domain, Goal, Level, Phase, Reach, Recruitment, Requirement } from './vocabulary';
import { SAMPLING_RECRUITMENTS, levelRank } from './vocabulary';

/** Per-instrument facts the engine asks for many times, precomputed once per catalogue. */
export interface IndexedInstrument {
  instrument: Instrument;
  phases: ReadonlySet<Phase>;
  levels: ReadonlySet<Level>;
  goals: ReadonlySet<Goal>;
  reach: ReadonlySet<Reach>;
  requires: ReadonlySet<Requirement>;
  recruitment: ReadonlySet<Recruitment>;
  /** Domain-bound instruments only; undefined = any domain. */
  domains: ReadonlySet<Domain> | undefined;
  /** Lowest rung it can carry; above the room's maximum it cannot be used honestly. */
  minLevelRank: number;
  /** Highest rung it can carry; below the phase's level it can only support (ondersteunend). */
  maxLevelRank: number;
  /**
   * At least one of its ways of recruiting draws people (sample or lot). Whether a traject's use
   * of it is representative depends on the werving chosen: see drawsSampleAs.
   */
  canSample: boolean;
  /** Every way it recruits draws people: representative whatever the werving says. */
  onlySamples: boolean;
  givesFeedback: boolean;
  /** Can inform and reports back: may accompany a phase at any level (see suggestMix). */
  informingCompanion: boolean;
  /** Gathers ideas or deliberates: uses an open question well. */
  open: boolean;
}

export interface CatalogueIndex {
  catalogue: Catalogue;
  instruments: IndexedInstrument[];
  byId: ReadonlyMap<string, IndexedInstrument>;
}

/**
 * Whether this traject's use of the instrument draws a sample. The werving the user recorded
 * decides; without one, only an instrument that can recruit in no other way counts. So an open
 * online vragenlijst never counts, and a burgerpanel counts once the user says it is drawn.
 */
export function drawsSampleAs(item: IndexedInstrument, werving: Readonly<Record<string, Recruitment>>): boolean {
  const chosen = werving[item.instrument.id];
  if (chosen !== undefined && item.recruitment.has(chosen)) return SAMPLING_RECRUITMENTS.has(chosen);
  return item.onlySamples;
}

// Keyed on the catalogue object so repeated calls (the UI re-ranks on every answer) reuse the index.
const cache = new WeakMap<Catalogue, CatalogueIndex>();

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const hit = cache.get(catalogue);
  if (hit) return hit;
  const instruments = catalogue.instruments.map((instrument): IndexedInstrument => {
    const ranks = instrument.levels.map(levelRank);
    return {
      instrument,
      phases: new Set(instrument.phases),
      levels: new Set(instrument.levels),
      goals: new Set(instrument.goals),
      reach: new Set(instrument.reach),
      requires: new Set(instrument.requires),
      recruitment: new Set(instrument.recruitment),
      domains: instrument.domains === undefined ? undefined : new Set(instrument.domains),
      minLevelRank: Math.min(...ranks),
      maxLevelRank: Math.max(...ranks),
      canSample: instrument.recruitment.some((r) => SAMPLING_RECRUITMENTS.has(r)),
      onlySamples: instrument.recruitment.every((r) => SAMPLING_RECRUITMENTS.has(r)),
      givesFeedback: instrument.feedback !== 'none',
      informingCompanion: instrument.levels.includes('informeren') && instrument.feedback === 'is-feedback',
      open: instrument.decisionMethod === 'ideas' || instrument.interaction.includes('deliberating'),
    };
  });
  const index: CatalogueIndex = {
    catalogue,
    instruments,
    byId: new Map(instruments.map((i) => [i.instrument.id, i])),
  };
  cache.set(catalogue, index);
  return index;
}
