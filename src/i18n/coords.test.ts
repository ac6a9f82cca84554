import { describe, expect, it } from 'vitest';
import { coordDigits, formatCoords } from './coords';
import { dataText } from './data-text';

describe('coordinates carry the precision of their uncertainty', () => {
  it('±4 km gives 2 decimals (a 1.1 km step), ±10 km one, ±100 m three', () => {
    expect(coordDigits(4)).toBe(2);
    expect(coordDigits(1)).toBe(2);
    expect(coordDigits(10)).toBe(1);
    expect(coordDigits(0.1)).toBe(3);
    expect(coordDigits(500)).toBe(0);
  });

  it('writes Dachne\'s estimate as 48.08° N, 36.68° E, never 48.0800, and localises the unit and separators', () => {
    const dachne = { lat: 48.08, lon: 36.68, uncertainty_km: 4 };
    expect(formatCoords(dachne, 'en')).toBe('48.08° N, 36.68° E, ±4 km');
    expect(formatCoords(dachne, 'uk')).toBe('48,08° пн. ш., 36,68° сх. д., ±4 км');
    expect(formatCoords(dachne, 'en')).not.toMatch(/48\.0800/);
    // A finer position keeps its digits; a coarser one drops them.
    expect(formatCoords({ lat: 48.0812, lon: 36.6789, uncertainty_km: 0.1 }, 'en')).toBe('48.081° N, 36.679° E, ±0.1 km');
    expect(formatCoords({ lat: 48.08, lon: 36.68, uncertainty_km: 10 }, 'en')).toBe('48.1° N, 36.7° E, ±10 km');
    expect(formatCoords({ lat: -33.9, lon: -70.65, uncertainty_km: 4 }, 'en')).toBe('33.90° S, 70.65° W, ±4 km');
  });
});

describe('data text in the reader\'s language', () => {
  it('the Ukrainian page shows the Ukrainian text and marks its language; English otherwise or when none is given', () => {
    expect(dataText('Russian Federation', 'Російська Федерація', 'uk')).toEqual({ text: 'Російська Федерація', lang: 'uk' });
    expect(dataText('Russian Federation', 'Російська Федерація', 'en')).toEqual({ text: 'Russian Federation', lang: 'en' });
    expect(dataText('Fixture', undefined, 'uk')).toEqual({ text: 'Fixture', lang: 'en' });
  });
});

describe('a figure dated to a span of days', () => {
  it('says "about 28–30 June 2025" in both languages, and a single day as before', async () => {
    const { formatDaySpan } = await import('./date-range');
    expect(formatDaySpan('2025-06-28', '2025-06-30', 'en')).toBe('about 28–30 June 2025');
    expect(formatDaySpan('2025-06-28', '2025-06-30', 'uk')).toMatch(/^28–30 червня 2025 р\. \(приблизно\)$/);
    expect(formatDaySpan('2025-06-28', undefined, 'en')).toBe('28 June 2025');
  });
});
