/**
 * The household rule ("at most one person per household on the panel") needs to know who lives
 * together. The address can be in one column or spread over several (street, house number,
 * postcode): every column with the role `household` counts, and two respondents share a
 * household when all those cells are equal after normalising what people type differently:
 * case, spaces and dots ("1234 AB" = "1234ab", "Dorpsstraat 1" = "dorpsstraat  1."). Cells that
 * are empty in every address column mean: no known household (the respondent lives alone).
 */
export function normalizeAddressPart(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLocaleLowerCase('nl')
    .replace(/[\s.,]+/g, '');
}

/** The household key of one row, or undefined when every address cell is empty. */
export function householdKey(row: readonly string[], columns: readonly number[]): string | undefined {
  const parts = columns.map((k) => normalizeAddressPart(row[k] ?? ''));
  if (parts.every((d) => d === '')) return undefined;
  // A separator no one types, so "12" + "3" never equals "1" + "23".
  return parts.join('\u001f');
}
