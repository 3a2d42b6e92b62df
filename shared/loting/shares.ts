import type { Quotum } from './model';

/**
 * Quota from target shares (for example CBS figures for the municipality): the target number is
 * share × panel size; the margin (in panel members) widens it to a whole-number minimum and
 * maximum. The unrounded target is returned too, so the UI and the report can show the rounding.
 */
export interface TargetShare {
  category: string;
  value: string;
  /** Share of the population, 0..1. */
  share: number;
}

export interface DerivedQuotum extends Quotum {
  target: number;
}

export function quotaFromShares(shares: TargetShare[], panelSize: number, margin: number): DerivedQuotum[] {
  return shares.map((a) => {
    const target = a.share * panelSize;
    // Rounding to 9 decimals first keeps 0.3 × 10 = 2.9999999999999996 from flooring to 2.
    const exact = Math.round(target * 1e9) / 1e9;
    return {
      category: a.category,
      value: a.value,
      target,
      min: Math.max(0, Math.floor(Math.round((exact - margin) * 1e9) / 1e9)),
      max: Math.min(panelSize, Math.ceil(Math.round((exact + margin) * 1e9) / 1e9)),
    };
  });
}
