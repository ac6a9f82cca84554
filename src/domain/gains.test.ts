import { describe, expect, it } from 'vitest';
import { projectionBasis, projectionFor, yearsToTakeRest } from './';
import { realDataset } from '../../tests/support/helpers';

const data = realDataset();

describe("today's data: gains and the projection", () => {
  it("today's data: ISW monthly gains for March–June 2025", () => {
    expect(data.gains.months.map((m) => m.km2)).toEqual([240, 379, 507, 588]);
  });

  it('derives the article\'s "70 years" from June\'s 588 km² and the stated area basis', () => {
    const p = projectionFor(data, '2025-06')!;
    expect(p.basis.total.km2).toBe(603628);
    expect(p.basis.occupied.km2).toBe(113588);
    expect(p.basis.remaining).toBe(490040);
    expect(p.years).toBeGreaterThanOrEqual(69);
    expect(p.years).toBeLessThanOrEqual(70);
    expect(p.years).toBeCloseTo(490040 / 588 / 12, 6);
  });

  it('slower months give longer projections; a month without data gives null', () => {
    const years = ['2025-03', '2025-04', '2025-05', '2025-06'].map((m) => projectionFor(data, m)!.years);
    expect(years[0]).toBeCloseTo(170.15, 1);
    for (let i = 1; i < years.length; i++) expect(years[i]).toBeLessThan(years[i - 1]!);
    expect(projectionFor(data, '2025-07')).toBeNull();
  });

  it('zero gain never finishes', () => {
    expect(yearsToTakeRest(1000, 0)).toBe(Infinity);
    expect(() => projectionBasis([])).toThrow(/ukraine-total/);
  });
});
