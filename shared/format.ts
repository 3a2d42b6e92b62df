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
