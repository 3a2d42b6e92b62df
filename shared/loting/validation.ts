import { hasControlCharacter } from '../api/text';
import type { Column, LotingSettings, Pool, PoolData, Quotum } from './model';
import { householdKey } from './household';
import { formatNumber } from '../format';
import { formatShortList } from './text';
import { validationMessages } from './messages';

/**
 * Checks before any computation, with messages that say what is wrong and what to do. Errors
 * (`error`) block the draw; warnings do not. The solver catches the remaining case — quota that
 * are each fine but cannot be met together — and names the quota it had to stretch.
 */
export interface PoolIssue {
  severity: 'error' | 'warning';
  text: string;
}

/**
 * Cells holding NUL or another C0 control character (tab, line feed and carriage return are text),
 * each with a message that names the row in the file (the header is row 1) and the column. Such
 * characters come from a broken export or a crafted request and would end up in the report and
 * the CSV files; the pool is refused instead. Stops after `max` cells.
 */
export function controlCharacterCells(
  columns: readonly Pick<Column, 'name'>[],
  rows: readonly (readonly string[])[],
  max = 5,
): Array<{ row: number; column: number; text: string }> {
  const found: Array<{ row: number; column: number; text: string }> = [];
  for (let i = 0; i < rows.length && found.length < max; i++) {
    const row = rows[i]!;
    for (let k = 0; k < row.length && found.length < max; k++) {
      if (!hasControlCharacter(row[k]!)) continue;
      const name = columns[k]?.name ?? String(k + 1);
      found.push({
        row: i,
        column: k,
        text: validationMessages.controlCharacter(i + 2, name),
      });
    }
  }
  return found;
}

/** Respondents from stored rows; checks ids and empty cells. */
export function createPool(poolData: PoolData): { pool: Pool; messages: PoolIssue[] } {
  const messages: PoolIssue[] = [];
  const featureColumns = poolData.columns.flatMap((k, i) => (k.role === 'feature' ? [i] : []));
  const idColumn = poolData.columns.findIndex((k) => k.role === 'id');
  // The address may be spread over several columns (street, house number, postcode): all count.
  const houseColumns = poolData.columns.flatMap((k, i) => (k.role === 'household' ? [i] : []));
  if (featureColumns.length === 0) {
    messages.push({ severity: 'error', text: validationMessages.noFeatureColumn });
  }
  const empty: string[] = [];
  poolData.rows.forEach((row, i) => {
    for (const k of featureColumns) {
      if ((row[k] ?? '').trim() === '') empty.push(validationMessages.emptyCellAt(i + 2, poolData.columns[k]!.name));
    }
  });
  if (empty.length > 0) {
    messages.push({
      severity: 'error',
      text: validationMessages.emptyCells(formatNumber(empty.length), formatShortList(empty)),
    });
  }
  const ids = poolData.rows.map((row, i) => (idColumn >= 0 ? (row[idColumn] ?? '').trim() : `rij-${i + 2}`));
  if (idColumn >= 0) {
    const seen = new Map<string, number>();
    const duplicate: string[] = [];
    const without: number[] = [];
    ids.forEach((id, i) => {
      if (id === '') without.push(i + 2);
      else if (seen.has(id)) duplicate.push(validationMessages.duplicateIdAt(id, seen.get(id)!, i + 2));
      else seen.set(id, i + 2);
    });
    if (duplicate.length > 0) {
      messages.push({
        severity: 'error',
        text: validationMessages.duplicateIds(formatShortList(duplicate)),
      });
    }
    if (without.length > 0) {
      messages.push({
        severity: 'error',
        text: validationMessages.missingIds(formatShortList(without.map(String))),
      });
    }
  }
  const respondents = poolData.rows.map((row, i) => {
    const household = householdKey(row, houseColumns);
    return {
      row: i + 1,
      id: ids[i]!,
      values: featureColumns.map((k) => (row[k] ?? '').trim()),
      ...(household === undefined ? {} : { household }),
    };
  });
  return { pool: { categories: featureColumns.map((k) => poolData.columns[k]!.name), respondents }, messages };
}

/** The counts per value of every kenmerk, for the quota screen. */
export function categoryCounts(
  pool: Pool,
): Array<{ category: string; values: Array<{ value: string; count: number }> }> {
  return pool.categories.map((category, i) => {
    const tally = new Map<string, number>();
    for (const r of pool.respondents) tally.set(r.values[i]!, (tally.get(r.values[i]!) ?? 0) + 1);
    return {
      category,
      values: [...tally.entries()]
        .sort((a, b) => a[0].localeCompare(b[0], 'nl'))
        .map(([value, count]) => ({ value, count })),
    };
  });
}

export function validateLoting(pool: Pool, settings: LotingSettings, hasHouseholdColumn: boolean): PoolIssue[] {
  const messages: PoolIssue[] = [];
  const error = (text: string) => messages.push({ severity: 'error', text });
  const k = settings.panelSize;
  const n = pool.respondents.length;
  if (n === 0) error(validationMessages.emptyPool);
  if (k > n) error(validationMessages.panelLargerThanPool(k, formatNumber(n)));
  if (settings.excludeHouseholds && !hasHouseholdColumn) {
    error(validationMessages.noHouseholdColumn);
  }
  if (settings.excludeHouseholds) {
    const households = new Set(pool.respondents.map((r) => r.household ?? `los-${r.row}`));
    if (households.size < k) error(validationMessages.tooFewHouseholds(formatNumber(households.size), k));
  }

  const perCategory = new Map<string, Quotum[]>();
  for (const q of settings.quota) perCategory.set(q.category, [...(perCategory.get(q.category) ?? []), q]);
  const ignored = [...perCategory.keys()].filter((c) => !pool.categories.includes(c));
  // A quotum for a kenmerk the pool does not have is an error: silently dropping it would draw a
  // panel that ignores what the organiser asked for (a typo, or the wrong file).
  if (ignored.length > 0) error(unknownCategoryText(ignored, pool.categories));

  for (const { category, values } of categoryCounts(pool)) {
    const quota = perCategory.get(category) ?? [];
    if (quota.length === 0) {
      error(validationMessages.featureWithoutQuota(category));
      continue;
    }
    const without = values.filter((w) => !quota.some((q) => q.value === w.value));
    if (without.length > 0) {
      error(
        validationMessages.valuesWithoutQuotum(
          category,
          formatShortList(without.map((w) => validationMessages.valueCount(w.value, w.count))),
        ),
      );
    }
    const duplicate = quota.filter((q, i) => quota.findIndex((r) => r.value === q.value) !== i);
    if (duplicate.length > 0) error(validationMessages.duplicateQuotum(category, duplicate[0]!.value));
    for (const q of quota) {
      const count = values.find((w) => w.value === q.value)?.count ?? 0;
      if (q.min > count) {
        error(
          count === 0
            ? validationMessages.minimumNobody(category, q.value, q.min)
            : validationMessages.minimumTooFew(category, q.value, q.min, count),
        );
      }
      if (q.min > k) error(validationMessages.minimumAbovePanel(category, q.value, q.min, k));
    }
    const sumMin = quota.reduce((s, q) => s + q.min, 0);
    const sumMax = quota.reduce((s, q) => s + Math.min(q.max, values.find((w) => w.value === q.value)?.count ?? 0), 0);
    if (sumMin > k) error(validationMessages.minimaAbovePanel(category, sumMin, k));
    if (sumMax < k) {
      error(validationMessages.maximaBelowPanel(category, sumMax, k));
    }
  }
  return messages;
}

/** "Het quotabestand noemt “leeftijd”, maar de pool heeft geen kenmerk met die naam …" */
export function unknownCategoryText(unknown: string[], categories: string[]): string {
  const names = formatShortList(unknown.map((c) => `“${c}”`));
  const inPool =
    categories.length > 0
      ? formatShortList(
          categories.map((c) => `“${c}”`),
          20,
        )
      : undefined;
  return validationMessages.unknownCategories(unknown.length, names, inPool);
}
