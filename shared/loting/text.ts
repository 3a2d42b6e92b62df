import { formatPercent } from '../format';
import { listMessages } from './messages';

/**
 * The loting's own text helpers on top of shared/format.ts: a list that stops after a few items
 * and a probability that stays readable when it is tiny.
 */

/** "a, b, c, d, e en nog 3": the first `max` items and how many more there are. */
export function formatShortList(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  return rest > 0 ? listMessages.andMore(shown.join(', '), rest) : shown.join(', ');
}

/** A probability as a percentage that stays readable when it is tiny (e.g. a 99 % bound of 0,0023%). */
export function formatProbability(p: number): string {
  return formatPercent(p, p > 0 && p < 0.001 ? 4 : 2);
}
