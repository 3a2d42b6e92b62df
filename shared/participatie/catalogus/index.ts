import { Catalogue } from '../instrument';
import { decideAndInitiate } from './decide-and-initiate';
import { dialogueAndAdvice } from './dialogue-and-advice';
import { informAndGather } from './inform-and-gather';
import { designTogether } from './design-together';

/**
 * Bump the minor version when instruments are added or scores change, the major version when
 * ids are removed: saved trajecten refer to instrument ids.
 */
export const CATALOGUE_VERSION = '1.1.0';

/** Parsed at load time so a typo in the data fails loudly at start-up, not silently in a ranking. */
export const catalogue: Catalogue = Catalogue.parse({
  catalogueVersion: CATALOGUE_VERSION,
  instruments: [...informAndGather, ...dialogueAndAdvice, ...designTogether, ...decideAndInitiate],
});
