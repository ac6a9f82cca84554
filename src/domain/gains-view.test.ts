import { describe, expect, it } from 'vitest';
import { gainRows, gainsView, mapperOf, monthEndDate, quoteSource, roundedYears } from './gains-view';
import { languageName } from '../i18n/names';
import { pluralForm } from '../i18n/plural';
import { fillParts, fillTemplate, splitTemplate } from '../i18n/template';
import { GAINS_STRINGS } from '../components/gains.i18n';
import type { Dataset } from './';
import { formatKm2, formatNumber } from '../i18n/format';
import { realDataset } from '../../tests/support/helpers';
import { yearsToTakeRest } from './gains';
import type { ObservedGain } from './observed-metrics';

const data = realDataset();

describe('gains panel model', () => {
  it('lists the months in order with their counter and publisher, selecting the month of the date', () => {
    const rows = gainRows(data, '2025-05');
    expect(rows.map((r) => [r.month, r.km2])).toEqual([['2025-03', 240], ['2025-04', 379], ['2025-05', 507], ['2025-06', 588]]);
    expect(rows.every((r) => r.countedBy === 'ISW' && r.publisher === 'AFP (via BSS)')).toBe(true);
    expect(rows.filter((r) => r.selected).map((r) => r.month)).toEqual(['2025-05']);
  });

  it('a chosen month jumps to its last day, when its figure is complete', () => {
    expect(monthEndDate('2025-03')).toBe('2025-03-31');
    expect(monthEndDate('2025-06')).toBe('2025-06-30');
    expect(monthEndDate('2024-02')).toBe('2024-02-29');
  });

  it('projects from the selected month, with the basis and its sources', () => {
    const v = gainsView(data, '2025-06-30');
    expect(v.selectedMonth).toBe('2025-06');
    expect(v.hasSelected).toBe(true);
    expect(v.rate!.fallback).toBe(false);
    expect(v.rate!.km2).toBe(588);
    expect(v.rate!.basis.remaining).toBe(490040);
    expect(formatNumber(v.rate!.years, 'en', 0)).toBe('69');
    expect(formatNumber(v.rate!.years, 'en', 1)).toBe('69.5');
    expect(roundedYears(v.rate!.years)).toBe(69);
    expect(v.totalSource!.publisher).toBe('State Statistics Service of Ukraine');
    expect(v.occupiedSource!.publisher).toBe('Reuters (reprinted by Global Banking & Finance Review)');
    expect(v.occupiedMapper).toBe('DeepState');
    expect(v.countedBy).toEqual(['ISW']);
    expect(v.quote!.text).toMatch(/70 years/);
    expect(v.quote!.source!.id).toBe('telegraph-2025-07-01');
    expect(gainsView(data, '2025-03-01').rate!.km2).toBe(240);
  });

  it('a month without a figure falls back to the latest month and says what the chart covers', () => {
    for (const date of ['2025-07-01', '2014-03-18']) {
      const v = gainsView(data, date);
      expect(v.hasSelected).toBe(false);
      expect(v.rate!.fallback).toBe(true);
      expect(v.coverage).toEqual({ first: '2025-03', last: '2025-06' });
      expect(v.rate!.month).toBe('2025-06');
      expect(v.rows.some((r) => r.selected)).toBe(false);
    }
  });

  it('copes with no monthly figures and with a month of zero gain', () => {
    const empty: Dataset = { ...data, gains: { ...data.gains, months: [], quote: undefined, quote_source: undefined } };
    const v = gainsView(empty, '2025-06-15');
    expect(v.rows).toEqual([]);
    expect(v.coverage).toBeNull();
    expect(v.rate).toBeNull();
    expect(v.totalSource).toBeNull();
    expect(v.quote).toBeNull();
    expect(quoteSource(empty)).toBeNull();
    const zero: Dataset = { ...data, gains: { ...data.gains, months: [{ month: '2025-08', km2: 0, source: 'telegraph-2025-07-01', counted_by: 'ISW' }] } };
    const z = gainsView(zero, '2025-08-31');
    expect(z.rate!.years).toBe(Infinity);
    expect(roundedYears(z.rate!.years)).toBe(Infinity);
  });

  it('reads the mapper from the area basis', () => {
    expect(mapperOf('Territory held by Russia as mapped by DeepState on 28 June 2025')).toBe('DeepState');
    expect(mapperOf('Official area of Ukraine')).toBeNull();
  });

  it('splits and fills templates without parsing markup', () => {
    expect(splitTemplate("At {month}'s rate")).toEqual([{ text: 'At ' }, { slot: 'month' }, { text: "'s rate" }]);
    expect(splitTemplate('{a}{b}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
    expect(fillTemplate('<b>{x}</b> {y}', { x: '1' })).toBe('<b>1</b> {y}');
    expect(fillTemplate('до {m}.', { m: 'червень 2025 р.' })).toBe('до червень 2025 р.');
    expect(fillTemplate('to {m}.', { m: 'June 2025' })).toBe('to June 2025.');
    expect(fillParts('{a} and {b}', { a: 1, b: 'x' })).toEqual([1, ' and ', 'x']);
  });

  it('builds the English and Ukrainian sentences from the real data', () => {
    const p = gainsView(data, '2025-06-30').rate!;
    const en = GAINS_STRINGS.en;
    const years = roundedYears(p.years);
    expect(
      fillTemplate(en.projection, {
        month: 'June 2025', km2: formatKm2(p.km2, 'en'), years: formatNumber(years, 'en'), yearsUnit: en.years[pluralForm(years, 'en')] ?? en.years.other,
      }),
    ).toBe("At June 2025's rate of 588 km² a month, taking the rest of Ukraine would take about 69 years.");
    const uk = GAINS_STRINGS.uk;
    expect(uk.years[pluralForm(69, 'uk')]).toBe('років');
    expect(uk.years[pluralForm(2, 'uk')]).toBe('роки');
    expect(uk.years[pluralForm(21, 'uk')]).toBe('рік');
    expect(uk.years[pluralForm(69.5, 'uk', 1)]).toBe('року');
    expect(en.years[pluralForm(1, 'en', 1)] ?? en.years.other).toBe('years');
    expect(formatKm2(p.basis.remaining, 'uk').replace(/\s/g, ' ')).toBe('490 040 км²');
    expect(languageName('en', 'en')).toBe('English');
  });

  // Keys, {slots} and empty strings of every table, GAINS_STRINGS included: src/i18n/i18n.test.ts.
});

describe('the rate chart over the whole record, either series', () => {
  // Synthetic computed months: a partial start, a gain, a zero month, a net loss.
  const obs: ObservedGain[] = [
    { month: '2025-02', km2: 120, from: '2025-02-10', to: '2025-02-28', days: 18, partial: true },
    { month: '2025-03', km2: 300, from: '2025-02-28', to: '2025-03-31', days: 31, partial: false },
    { month: '2025-04', km2: 0, from: '2025-03-31', to: '2025-04-30', days: 30, partial: false },
    { month: '2025-05', km2: -45.5, from: '2025-04-30', to: '2025-05-31', days: 31, partial: false },
  ];
  const ok = (y: number) => Number.isNaN(y) === false && y >= 0;

  it('rows cover every month of either series, in order, with the selected one marked', () => {
    const v = gainsView(data, '2025-05-12', obs, 'observed');
    expect(v.months.map((m) => [m.month, m.reported?.km2 ?? null, m.observed?.km2 ?? null])).toEqual([
      ['2025-02', null, 120], ['2025-03', 240, 300], ['2025-04', 379, 0], ['2025-05', 507, -45.5], ['2025-06', 588, null],
    ]);
    expect(v.months.filter((m) => m.selected).map((m) => m.month)).toEqual(['2025-05']);
  });

  it('zero and negative net change: never taken at this rate (Infinity), never a negative or NaN number of years', () => {
    expect(yearsToTakeRest(490_040, 0)).toBe(Infinity);
    expect(yearsToTakeRest(490_040, -45.5)).toBe(Infinity);
    expect(yearsToTakeRest(490_040, Number.NaN)).toBe(Infinity);
    expect(yearsToTakeRest(0, 300)).toBe(0);
    expect(() => yearsToTakeRest(Number.NaN, 300)).toThrow(/finite/);
    const zero = gainsView(data, '2025-04-30', obs, 'observed').rate!;
    expect([zero.series, zero.month, zero.km2, zero.years]).toEqual(['observed', '2025-04', 0, Infinity]);
    const loss = gainsView(data, '2025-05-31', obs, 'observed').rate!;
    expect([loss.month, loss.km2, loss.years]).toEqual(['2025-05', -45.5, Infinity]);
    expect(roundedYears(loss.years)).toBe(Infinity);
    expect(fillTemplate(GAINS_STRINGS.en.projectionNever, { month: 'May 2025', km2: formatKm2(loss.km2, 'en') })).toMatch(/would never be taken/);
  });

  it('projects for any month in either series, with the basis and the days compared', () => {
    for (const date of ['2025-02-15', '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-09-30', '2014-03-18']) {
      for (const s of ['reported', 'observed'] as const) {
        const r = gainsView(data, date, obs, s).rate!;
        expect(r.series).toBe(s);
        expect(ok(r.years)).toBe(true);
        expect(r.basis.remaining).toBe(490_040);
      }
    }
    const mar = gainsView(data, '2025-03-31', obs, 'observed').rate!;
    expect([mar.from, mar.to, mar.partial, mar.fallback]).toEqual(['2025-02-28', '2025-03-31', false, false]);
    expect(mar.years).toBeCloseTo(490_040 / 300 / 12, 9);
    const feb = gainsView(data, '2025-02-15', obs, 'reported').rate!;
    expect([feb.month, feb.fallback]).toEqual(['2025-06', true]); // no ISW figure for February: latest month
    expect(gainsView(data, '2025-02-15', obs, 'observed').rate!.partial).toBe(true);
    // Without snapshots the observed series is not offered: ISW's is used.
    expect(gainsView(data, '2025-06-30', [], 'observed').rate!.series).toBe('reported');
  });
});
