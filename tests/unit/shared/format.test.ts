import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDecimal,
  formatDuration,
  formatEuro,
  formatIsoDate,
  formatList,
  formatLongDate,
  formatNumber,
  formatPercent,
  localIsoDate,
} from '../../../shared/format';

describe('shared/format', () => {
  it('gives the calendar date in the Netherlands, not the UTC date', () => {
    // 23:30 UTC on 28 November is 00:30 on 29 November in Amsterdam (winter time, UTC+1).
    expect(localIsoDate(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (summer time, UTC+2).
    expect(localIsoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localIsoDate(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-29');
  });
});

describe('Dutch formatting helpers', () => {
  it('joins lists with commas and "en"', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b'])).toBe('a en b');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b en c');
  });
  it('writes decimals, numbers, percentages and euros the Dutch way', () => {
    expect(formatDecimal(0.1254, 3)).toBe('0,125');
    expect(formatDecimal(1234.5, 1)).toBe('1234,5');
    expect(formatNumber(20000)).toBe('20.000');
    expect(formatPercent(0.125)).toBe('12,5%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatEuro(12500).replace(/\s/g, ' ')).toBe('€ 12.500');
  });
  it('writes long dates in Dutch time', () => {
    expect(formatLongDate(new Date('2026-11-28T23:30:00Z'))).toBe('29 november 2026');
  });
  it('writes an ISO date as the calendar date it names, in every month, and leaves anything else as it is', () => {
    expect(formatIsoDate('2026-11-22')).toBe('22 november 2026');
    expect(formatIsoDate('2026-03-01')).toBe('1 maart 2026');
    expect(formatIsoDate('2026-12-31T23:30:00Z')).toBe('31 december 2026');
    expect(formatIsoDate('2026-01-01T00:30:00+01:00')).toBe('1 januari 2026');
    const months = [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ];
    months.forEach((month, i) =>
      expect(formatIsoDate(`2027-${String(i + 1).padStart(2, '0')}-15`)).toBe(`15 ${month} 2027`),
    );
    expect(formatIsoDate('2026-02-31')).toBe('2026-02-31');
    expect(formatIsoDate('2026-13-01')).toBe('2026-13-01');
    expect(formatIsoDate('volgend jaar')).toBe('volgend jaar');
    expect(formatIsoDate('')).toBe('');
  });
  it('says durations as a person does and as a clock shows them', () => {
    expect(formatDuration(0)).toBe('0 seconden');
    expect(formatDuration(60)).toBe('1 minuut');
    expect(formatDuration(90)).toBe('1 minuut en 30 seconden');
    expect(formatDuration(1200)).toBe('20 minuten');
    expect(formatClock(245)).toBe('4:05');
    expect(formatClock(3845)).toBe('1:04:05');
  });
});
