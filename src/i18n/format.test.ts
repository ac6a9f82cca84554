// Units from the one formatter, in both languages.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatKm2, formatLatLon, formatPercent, formatUnit, UNITS } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('units', () => {
  it('every unit has a symbol in each language', () => {
    for (const u of Object.values(UNITS)) expect([u.en.length > 0, u.uk.length > 0]).toEqual([true, true]);
  });

  it('km, km², %, in en and uk', () => {
    expect(formatUnit(3.25, 'km', 'en', 1)).toBe('3.3 km');
    expect(formatUnit(3.25, 'km', 'uk', 1)).toBe('3,3 км');
    expect(nbsp(formatKm2(12345, 'en'))).toBe('12,345 km²');
    expect(nbsp(formatKm2(12345, 'uk'))).toBe('12 345 км²');
    expect(nbsp(formatPercent(0.125, 'en'))).toBe('12.5%');
    expect(nbsp(formatPercent(0.125, 'uk'))).toBe('12,5%');
  });

  it('file sizes and positions', () => {
    expect(formatBytes(2048, 'en')).toBe('2 KB');
    expect(formatBytes(3 * 1024 * 1024, 'uk')).toBe('3,0 МБ');
    expect(formatLatLon([31.65, 48.45], 'en')).toBe('48.45° N, 31.65° E');
    expect(formatLatLon([31.65, 48.45], 'uk')).toBe('48,45° пн. ш., 31,65° сх. д.');
  });
});
