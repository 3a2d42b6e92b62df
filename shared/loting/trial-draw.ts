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
  panelNumber: number;
  /** Pool positions (0-based), ascending. */
  members: number[];
}

export function trialPanels(instance: LotingInstance, distribution: Distribution, seeds: number[]): TrialPanel[] {
  return seeds.map((seed) => {
    const { panelIndex, panel } = choosePanel(
      distribution,
      instance.types.map((t) => t.members),
      createRandom(seed),
    );
    return { seed, panelNumber: panelIndex + 1, members: panel };
  });
}
