import { durationWords as words } from './api/messages';

/**
 * Dutch formatting in one place, on top of Intl. Dates are local to the Netherlands whatever the
 * computer's time zone, so a plan exported just after midnight carries today's date, not
 * yesterday's (toISOString gives the UTC date).
 */

export const NL_TIME_ZONE = 'Europe/Amsterdam';

const isoDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: NL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in the Netherlands as yyyy-mm-dd. */
export const localIsoDate = (now: Date = new Date()): string => isoDay.format(now);

const listFormat = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: NL_TIME_ZONE });

/** "29 nov 2026, 14:05": when something was last changed, as the lists show it. */
export const formatDateTime = (iso: string | Date): string => dateTime.format(new Date(iso));

/** "a, b en c" — a Dutch enumeration. */
export const formatList = (items: readonly string[]): string => listFormat.format(items);

/** The text with its first character in upper case ("het college" → "Het college"). */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A number with a decimal comma and exactly `digits` decimals ("0,125"); no grouping. */
export const formatDecimal = (value: number, digits = 1): string =>
  new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);

/** A number as a Dutch reader writes it, with thousands grouping ("20.000", "1,5"). */
export const formatNumber = (value: number, maxDigits = 2): string =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: maxDigits }).format(value);

/** A fraction (0.125) as a percentage with a decimal comma ("12,5%"), no space as usual in Dutch texts. */
export const formatPercent = (fraction: number, digits = 1): string => `${formatDecimal(fraction * 100, digits)}%`;

/** An amount in euros ("€ 12.500"). */
export const formatEuro = (amount: number): string =>
  new Intl.NumberFormat('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);

const longDate = new Intl.DateTimeFormat('nl-NL', {
  timeZone: NL_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "29 november 2026", in Dutch time. */
export const formatLongDate = (date: Date = new Date()): string => longDate.format(date);

/**
 * "2026-11-22" (or a timestamp starting with it) → "22 november 2026": the calendar date as written,
 * whatever the time zone. Anything that is not such a date is returned as it is.
 */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(`${m[0]}T12:00:00Z`);
  return date.getUTCDate() === Number(m[3]) ? formatLongDate(date) : iso;
}

/** "20 minuten", "1 minuut en 30 seconden": a duration as a person says it. */
export function formatDuration(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  const parts = [
    minutes > 0 ? `${minutes} ${minutes === 1 ? words.minute : words.minutes}` : '',
    seconds > 0 ? `${seconds} ${seconds === 1 ? words.second : words.seconds}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? formatList(parts) : `0 ${words.seconds}`;
}

/** "4:05" or "1:04:05": a duration as a clock shows it. */
export function formatClock(totalSeconds: number): string {
  const total = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
