// The age of a claim's last report on the selected date: units, rounding and plural forms in both languages.
import { describe, expect, it } from 'vitest';
import { monthsBetween, reportAge } from '../domain/age';
import { claimsAt } from '../domain/join';
import { reportAgeText } from './report-age';
import { realDataset } from '../../tests/support/helpers';

describe('report age', () => {
  it('counts whole months once the day of the month is reached, days under a month, years from two', () => {
    expect(monthsBetween('2025-08-10', '2026-12-09')).toBe(15);
    expect(monthsBetween('2025-08-10', '2026-12-10')).toBe(16);
    expect(reportAge('2025-08-10', '2026-12-10')).toEqual({ unit: 'month', n: 16, days: 487 });
    expect(reportAge('2025-06-30', '2025-07-08')).toEqual({ unit: 'day', n: 8, days: 8 });
    expect(reportAge('2014-03-18', '2025-12-31')).toMatchObject({ unit: 'year', n: 11 });
    expect(reportAge('2025-07-08', '2025-07-01')).toEqual({ unit: 'day', n: 0, days: 0 });
  });

  it('writes the sentence with the plural rules of each language', () => {
    const ev = { date: '2025-08-10', precision: 'day' as const };
    expect(reportAgeText(ev, '2025-08-10', '2026-12-10', 'en')).toBe('last report 10 August 2025, 16 months earlier');
    expect(reportAgeText(ev, '2025-08-10', '2025-09-10', 'en')).toBe('last report 10 August 2025, 1 month earlier');
    expect(reportAgeText(ev, '2025-08-10', '2025-08-11', 'en')).toBe('last report 10 August 2025, 1 day earlier');
    expect(reportAgeText(ev, '2025-08-10', '2025-08-10', 'en')).toBe('last report 10 August 2025, on this day');
    expect(reportAgeText(ev, '2025-08-10', '2026-12-10', 'uk')).toBe('останнє повідомлення 10 серпня 2025 р., на 16 місяців раніше');
    expect(reportAgeText(ev, '2025-08-10', '2025-10-10', 'uk')).toBe('останнє повідомлення 10 серпня 2025 р., на 2 місяці раніше');
    expect(reportAgeText(ev, '2025-08-10', '2025-09-10', 'uk')).toBe('останнє повідомлення 10 серпня 2025 р., на 1 місяць раніше');
    expect(reportAgeText(ev, '2025-08-10', '2027-05-10', 'uk')).toBe('останнє повідомлення 10 серпня 2025 р., на 21 місяць раніше');
    expect(reportAgeText({ date: '2014', precision: 'year' }, '2014-01-01', '2025-12-31', 'en')).toBe('last report 2014, 11 years earlier');
  });

  it('every active claim on the last snapshot day says how old its last report is, never negative', () => {
    const join = claimsAt(realDataset(), '2025-12-31');
    expect(join.active.length).toBeGreaterThan(0);
    for (const a of join.active) {
      const text = reportAgeText(a.event, a.since, join.date, 'en');
      expect(text).toMatch(/^last report .+, (on this day|\d+ (day|month|year)s? earlier)$/);
      expect(reportAge(a.since, join.date).days).toBeGreaterThanOrEqual(0);
    }
  });
});
