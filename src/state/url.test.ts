import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDay } from '../domain/dates';
import { MAX_VALUE_LENGTH, parseQuery, preferredLang, toQuery, type DateBounds } from './url';

const B: DateBounds = { min: '2014-02-20', max: '2025-08-10', initial: '2025-07-01' };
const RUNS = { numRuns: 2000 };

const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const junk = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '2025-02-30', '2025-13-01', '0000-00-00', '%00', 'uk ', ' en', 'UK'),
);
const query = fc.record({ date: fc.option(fc.oneof(day, junk)), lang: fc.option(fc.oneof(fc.constantFrom('en', 'uk'), junk)), embed: fc.option(fc.oneof(fc.constantFrom('1', '0', 'true'), junk)), extra: fc.option(junk) });

function toSearch(q: { date: string | null; lang: string | null; embed: string | null; extra: string | null }): string {
  const p = new URLSearchParams();
  if (q.date !== null) p.set('date', q.date);
  if (q.lang !== null) p.set('lang', q.lang);
  if (q.embed !== null) p.set('embed', q.embed);
  if (q.extra !== null) p.set('x' + q.extra.slice(0, 5), q.extra);
  return '?' + p.toString();
}

describe('URL parser (property-based)', () => {
  it('any query yields a valid state within bounds', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state } = parseQuery(toSearch(q), B);
        expect(isValidDay(state.date)).toBe(true);
        expect(state.date >= B.min && state.date <= B.max).toBe(true);
        expect(['en', 'uk']).toContain(state.lang);
        expect(typeof state.embed).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('the canonical query is a fixed point and holds only known keys', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state, canonical } = parseQuery(toSearch(q), B);
        const again = parseQuery(canonical, B);
        expect(again.state).toEqual(state);
        expect(again.canonical).toBe(canonical);
        for (const k of new URLSearchParams(canonical).keys()) expect(['date', 'lang', 'embed', 'chart']).toContain(k);
      }),
      RUNS,
    );
  });

  it('valid in-range dates are kept exactly; out-of-range ones are clamped', () => {
    fc.assert(
      fc.property(day, (d) => {
        const { state } = parseQuery(`?date=${d}`, B);
        const expected = d < B.min ? B.min : d > B.max ? B.max : d;
        expect(state.date).toBe(expected);
      }),
      RUNS,
    );
  });

  it('over-long values are ignored, not truncated into something else', () => {
    const long = '2025-07-02' + ' '.repeat(MAX_VALUE_LENGTH);
    expect(parseQuery(`?date=${encodeURIComponent(long)}`, B).state.date).toBe(B.initial);
  });

  it('round-trips every state', () => {
    fc.assert(
      fc.property(day.filter((d) => d >= B.min && d <= B.max), fc.constantFrom('en' as const, 'uk' as const), fc.boolean(), fc.boolean(), (date, lang, embed, chart) => {
        const s = { date, lang, embed, chart };
        expect(parseQuery(toQuery(s), B).state).toEqual(s);
      }),
      RUNS,
    );
  });
});

describe('preferredLang', () => {
  it('opens in Ukrainian only when the browser asks for it first', () => {
    expect(preferredLang({ language: 'uk-UA' })).toBe('uk');
    expect(preferredLang({ language: 'UK' })).toBe('uk');
    expect(preferredLang({ language: 'en-GB' })).toBe('en');
    expect(preferredLang({ language: 'ru' })).toBe('en');
  });
});
