import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../../shared/format';

describe('shared/format', () => {
  it('gives the calendar date in the Netherlands, not the UTC date', () => {
    // 23:30 UTC on 28 November is 00:30 on 29 November in Amsterdam (winter time, UTC+1).
    expect(localIsoDate(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam (summer time, UTC+2).
    expect(localIsoDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localIsoDate(new Date('2026-11-29T12:00:00Z'))).toBe('2026-11-29');
  });
});
