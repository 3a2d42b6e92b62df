import type { Quotum } from './model';

/**
 * Quota from target shares (for example CBS figures for the municipality): the target number is
 * share × panel size; the margin (in panel members) widens it to a whole-number minimum and
 * maximum. The unrounded target is returned too, so the UI and the report can show the rounding.
 */
export interface TargetShare {
  categorie: string;
  waarde: string;
  /** Share of the population, 0..1. */
  aandeel: number;
}

export interface DerivedQuotum extends Quotum {
  doel: number;
}

export function quotaFromShares(aandelen: TargetShare[], panelgrootte: number, marge: number): DerivedQuotum[] {
  return aandelen.map((a) => {
    const doel = a.aandeel * panelgrootte;
    // Rounding to 9 decimals first keeps 0.3 × 10 = 2.9999999999999996 from flooring to 2.
    const exact = Math.round(doel * 1e9) / 1e9;
    return {
      categorie: a.categorie,
      waarde: a.waarde,
      doel,
      min: Math.max(0, Math.floor(Math.round((exact - marge) * 1e9) / 1e9)),
      max: Math.min(panelgrootte, Math.ceil(Math.round((exact + marge) * 1e9) / 1e9)),
    };
  });
}
