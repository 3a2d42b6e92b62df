import type { LotingInstance, Distribution } from './model';
import { createRandom } from './prng';
import { choosePanel } from './draw';

/**
 * A proeftrekking: example panels drawn from a computed distribution, each with its own seed,
 * exactly as the real draw picks a panel and its members — but nothing is recorded, no reserves
 * are chosen, and every screen, file and line of output says "proeftrekking".
 */
export interface TrialPanel {
  seed: number;
  /** 1-based number of the panel in the distribution. */
  panelnummer: number;
  /** Pool positions (0-based), ascending. */
  leden: number[];
}

export function trialPanels(instance: LotingInstance, verdeling: Distribution, seeds: number[]): TrialPanel[] {
  return seeds.map((seed) => {
    const { panelIndex, panel } = choosePanel(
      verdeling,
      instance.types.map((t) => t.leden),
      createRandom(seed),
    );
    return { seed, panelnummer: panelIndex + 1, leden: panel };
  });
}
