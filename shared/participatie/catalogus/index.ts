import { Catalogue } from '../instrument';
import { beslissenEnInitiatief } from './beslissen-en-initiatief';
import { gesprekEnAdvies } from './gesprek-en-advies';
import { informerenEnOphalen } from './informeren-en-ophalen';
import { samenOntwerpen } from './samen-ontwerpen';

/**
 * Bump the minor version when instruments are added or scores change, the major version when
 * ids are removed: saved trajecten refer to instrument ids.
 */
export const CATALOGUE_VERSION = '1.1.0';

/** Parsed at load time so a typo in the data fails loudly at start-up, not silently in a ranking. */
export const catalogue: Catalogue = Catalogue.parse({
  catalogueVersion: CATALOGUE_VERSION,
  instruments: [...informerenEnOphalen, ...gesprekEnAdvies, ...samenOntwerpen, ...beslissenEnInitiatief],
});
