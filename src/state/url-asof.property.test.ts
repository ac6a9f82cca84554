// `as_of` (a pinned view): example-based and property-based, like the other URL keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDay } from '../domain/dates';
import { parseQuery, pinnedBounds, type DateBounds } from './url';

const B: DateBounds = { min: '2014-02-20', max: '2026-05-31', initial: '2025-07-01' };
const RUNS = { numRuns: 1500 };
const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const junk = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('2025-02-30', '2025-6-1', '20250601', ' 2025-06-01', '<b>x</b>', 'live', ''));
const query = fc.record({
  as_of: fc.option(fc.oneof(day, junk)),
  date: fc.option(fc.oneof(day, junk)),
  from: fc.option(fc.oneof(day, junk)),
  embed: fc.option(fc.constantFrom('1', '0')),
});
const search = (q: Record<string, string | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== null) p.set(k, v);
  return '?' + p.toString();
};

describe('as_of: examples', () => {
  it('pins the view: the date may not pass as_of, and the canonical query keeps it', () => {
    const r = parseQuery('?as_of=2026-03-31&date=2026-05-01&embed=1', B);
    expect(r.state).toMatchObject({ asOf: '2026-03-31', date: '2026-03-31', embed: true });
    expect(r.canonical).toBe('?date=2026-03-31&lang=en&as_of=2026-03-31&embed=1');
  });

  it('without a date, a pinned view opens at the usual first day when that is before as_of, else at as_of', () => {
    expect(parseQuery('?as_of=2026-03-31', B).state.date).toBe(B.initial);
    expect(parseQuery('?as_of=2025-01-15', B).state.date).toBe('2025-01-15');
  });

  it('an as_of after the record is clamped to its last day; junk is dropped (live)', () => {
    expect(parseQuery('?as_of=2030-01-01', B).state.asOf).toBe(B.max);
    expect(parseQuery('?as_of=2025-02-30', B).state.asOf).toBeUndefined();
    expect(parseQuery('?as_of=yesterday&date=2026-05-01', B).state).toMatchObject({ date: '2026-05-01' });
    expect(parseQuery('?as_of=yesterday', B).canonical).not.toContain('as_of');
  });

  it('compare mode stays inside the pinned range', () => {
    const s = parseQuery('?as_of=2026-01-31&from=2026-03-01&date=2025-12-01', B).state;
    expect(s).toMatchObject({ asOf: '2026-01-31', from: '2025-12-01', date: '2026-01-31' });
  });

  it('pinnedBounds cuts only the end', () => {
    expect(pinnedBounds(B, '2025-01-01')).toEqual({ min: B.min, max: '2025-01-01', initial: '2025-01-01' });
    expect(pinnedBounds(B, undefined)).toBe(B);
    expect(pinnedBounds(B, '2027-01-01').max).toBe(B.max);
  });
});

describe('as_of: properties', () => {
  it('any query gives an as_of inside the record, and no date or from after it', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state } = parseQuery(search(q), B);
        if (state.asOf !== undefined) {
          expect(isValidDay(state.asOf)).toBe(true);
          expect(state.asOf >= B.min && state.asOf <= B.max).toBe(true);
          expect(state.date <= state.asOf).toBe(true);
          if (state.from) expect(state.from <= state.asOf).toBe(true);
        }
        expect(state.date >= B.min && state.date <= B.max).toBe(true);
      }),
      RUNS,
    );
  });

  it('a valid as_of in range is kept as given', () => {
    fc.assert(
      fc.property(day.filter((d) => d >= B.min && d <= B.max), (d) => {
        expect(parseQuery(`?as_of=${d}`, B).state.asOf).toBe(d);
      }),
      RUNS,
    );
  });

  it('the canonical query is a fixed point: parsing it gives the same state and the same query', () => {
    fc.assert(
      fc.property(query, (q) => {
        const first = parseQuery(search(q), B);
        const again = parseQuery(first.canonical, B);
        expect(again.state).toEqual(first.state);
        expect(again.canonical).toBe(first.canonical);
      }),
      RUNS,
    );
  });
});
