// The view's URL keys — from, view, focus, theme — example-based and property-based, as for `date`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBLAST_IDS } from '../domain/oblasts';
import { parseQuery, toQuery, type DateBounds } from './url';
import { focusTarget, formatFocus, formatView, parseFocus, parseView, VIEW_LIMITS, type FocusTarget } from './url-view';

const B: DateBounds = { min: '2014-02-20', max: '2025-12-31', initial: '2025-07-01' };
const RUNS = { numRuns: 1500 };
const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const inRange = day.filter((d) => d >= B.min && d <= B.max);
const junk = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('NaN,NaN,5', '1e3,2,3', '30,50', '30,50,5,1', '200,50,5', '30,91,5', '30,50,-1', '30,50,23', 'UA-99', 'ua-09', 'Dark', 'AUTO', ' light', '2025-02-30', '<b>x</b>', 'Infinity,0,1'),
);
const lonLatZoom = fc.tuple(
  fc.double({ min: -VIEW_LIMITS.lon, max: VIEW_LIMITS.lon, noNaN: true }),
  fc.double({ min: -85, max: 85, noNaN: true }),
  fc.double({ min: 0, max: VIEW_LIMITS.maxZoom, noNaN: true }),
);
const query = fc.record({
  date: fc.option(fc.oneof(day, junk)),
  from: fc.option(fc.oneof(day, junk)),
  view: fc.option(fc.oneof(lonLatZoom.map(([a, b, c]) => `${a},${b},${c}`), junk)),
  focus: fc.option(fc.oneof(fc.constantFrom(...OBLAST_IDS), junk)),
  theme: fc.option(fc.oneof(fc.constantFrom('light', 'dark', 'auto'), junk)),
});
const search = (q: Record<string, string | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== null) p.set(k, v);
  return '?' + p.toString();
};

describe('from / view / focus / theme: examples', () => {
  it('compare mode keeps both dates; a `from` after `date` is swapped; out of range is clamped', () => {
    expect(parseQuery('?from=2025-06-01&date=2025-06-30', B).state).toMatchObject({ from: '2025-06-01', date: '2025-06-30' });
    expect(parseQuery('?from=2025-06-30&date=2025-06-01', B).state).toMatchObject({ from: '2025-06-01', date: '2025-06-30' });
    const r = parseQuery('?from=1990-01-01&date=2025-06-30', B);
    expect(r.state.from).toBe(B.min);
    expect(r.canonical).toBe('?from=2014-02-20&date=2025-06-30&lang=en');
    expect(parseQuery('?from=2025-02-30&date=2025-06-30', B).state.from).toBeUndefined();
  });
  it('a view is rounded to 5 decimals (2 for the zoom) and written with plain commas', () => {
    const r = parseQuery('?view=37.123456789,48.9876543,7.456', B);
    expect(r.state.view).toEqual({ lon: 37.12346, lat: 48.98765, zoom: 7.46 });
    expect(r.canonical).toBe('?date=2025-07-01&lang=en&view=37.12346,48.98765,7.46');
  });
  it('bad views, unknown oblasts and unknown themes fall back to the default (dropped from the canonical query)', () => {
    for (const v of ['NaN,48,5', '30,48', '190,48,5', '30,86,5', '30,48,30', 'a,b,c', '30,48,5,', 'Infinity,1,1']) {
      const r = parseQuery(`?view=${encodeURIComponent(v)}`, B);
      expect(r.state.view, v).toBeUndefined();
      expect(r.canonical).toBe('?date=2025-07-01&lang=en');
    }
    expect(parseQuery('?focus=UA-99', B).state.focus).toBeUndefined();
    expect(parseQuery('?theme=sepia', B).state.theme).toBeUndefined();
  });
  it('focus wins over view; theme light is the default and not written', () => {
    const r = parseQuery('?focus=UA-09&view=30,48,5&theme=dark', B);
    expect(r.state).toMatchObject({ focus: 'UA-09', theme: 'dark' });
    expect(r.state.view).toBeUndefined();
    expect(r.canonical).toBe('?date=2025-07-01&lang=en&focus=UA-09&theme=dark');
    expect(parseQuery('?theme=light', B).canonical).toBe('?date=2025-07-01&lang=en');
    expect(parseQuery('?theme=auto', B).state.theme).toBe('auto');
  });
});

describe('from / view / focus / theme (property-based)', () => {
  it('any query yields from ≤ date within bounds, a view on the world, a known oblast and a known theme', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state } = parseQuery(search(q), B);
        expect(state.date >= B.min && state.date <= B.max).toBe(true);
        expect(state.from === undefined || (state.from >= B.min && state.from <= state.date)).toBe(true);
        expect(state.focus === undefined || (OBLAST_IDS as readonly string[]).includes(state.focus)).toBe(true);
        expect(state.focus !== undefined && state.view !== undefined).toBe(false);
        const v = state.view;
        expect(v === undefined || (Math.abs(v.lon) <= 180 && Math.abs(v.lat) <= VIEW_LIMITS.lat && v.zoom >= 0 && v.zoom <= VIEW_LIMITS.maxZoom)).toBe(true);
        expect([undefined, 'dark', 'auto']).toContain(state.theme);
      }),
      RUNS,
    );
  });

  it('the canonical query is a fixed point', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state, canonical } = parseQuery(search(q), B);
        const again = parseQuery(canonical, B);
        expect(again.state).toEqual(state);
        expect(again.canonical).toBe(canonical);
      }),
      RUNS,
    );
  });

  it('valid from/date pairs are kept, ordered', () => {
    fc.assert(
      fc.property(inRange, inRange, (a, b) => {
        const { state } = parseQuery(`?from=${a}&date=${b}`, B);
        expect([state.from, state.date]).toEqual(a <= b ? [a, b] : [b, a]);
      }),
      RUNS,
    );
  });

  it('every view on the world round-trips through the URL at its rounded precision', () => {
    fc.assert(
      fc.property(lonLatZoom, ([lon, lat, zoom]) => {
        const text = formatView({ lon, lat, zoom });
        const v = parseView(text)!;
        expect(Math.abs(v.lon - lon)).toBeLessThanOrEqual(0.5e-5 + 1e-9);
        expect(Math.abs(v.lat - lat)).toBeLessThanOrEqual(0.5e-5 + 1e-9);
        expect(Math.abs(v.zoom - zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(formatView(v)).toBe(text);
      }),
      RUNS,
    );
  });

  it('round-trips every state with the new keys', () => {
    fc.assert(
      fc.property(inRange, inRange, fc.option(fc.constantFrom(...OBLAST_IDS)), fc.constantFrom<'dark' | 'auto' | undefined>('dark', 'auto', undefined), (a, b, focus, theme) => {
        const [from, date] = a <= b ? [a, b] : [b, a];
        const s = { date, from, lang: 'uk' as const, embed: true, chart: false, ...(focus ? { focus } : {}), ...(theme ? { theme } : {}) };
        expect(parseQuery(toQuery(s), B).state).toEqual(s);
      }),
      RUNS,
    );
  });
});

// `focus` names an oblast (as before), a claim's place or an area of not-occupied ground.
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,47}$/);
const target: fc.Arbitrary<FocusTarget> = fc.oneof(
  fc.constantFrom(...OBLAST_IDS).map((oblast) => ({ kind: 'oblast' as const, oblast })),
  fc.record({ kind: fc.constant('place' as const), claimId: slug, n: fc.integer({ min: 0, max: 999 }) }),
  fc.record({ kind: fc.constant('area' as const), oblast: fc.constantFrom(...OBLAST_IDS), part: fc.integer({ min: 0, max: 999999 }) }),
);

describe('focus: oblasts, places and areas', () => {
  it('examples: old oblast links still work; places and areas read back; junk is dropped', () => {
    expect(parseQuery('?focus=UA-09', B).state.focus).toBe('UA-09');
    expect(focusTarget('place:dachne-capture-2025:0')).toEqual({ kind: 'place', claimId: 'dachne-capture-2025', n: 0 });
    expect(focusTarget('area:UA-09:17')).toEqual({ kind: 'area', oblast: 'UA-09', part: 17 });
    expect(parseQuery('?focus=place:dachne-capture-2025:0', B).canonical).toBe('?date=2025-07-01&lang=en&focus=place%3Adachne-capture-2025%3A0');
    for (const bad of ['area:UA-99:1', 'area:UA-09:-1', 'area:UA-09:01', 'place:Dachne:0', 'place:x:', 'place::0', 'area:UA-09', 'UA-09:1', 'place:a:1000']) {
      expect(focusTarget(bad), bad).toBeNull();
      expect(parseQuery(`?focus=${encodeURIComponent(bad)}`, B).state.focus, bad).toBeUndefined();
    }
  });

  it('every target round-trips through its text and through the whole query', () => {
    fc.assert(
      fc.property(target, inRange, (t, date) => {
        const text = formatFocus(t);
        expect(focusTarget(text)).toEqual(t);
        expect(text.length).toBeLessThanOrEqual(64);
        const s = { date, lang: 'en' as const, embed: false, chart: true, focus: text };
        expect(parseQuery(toQuery(s), B).state).toEqual(s);
      }),
      RUNS,
    );
  });

  it('any string parses to nothing or to a value that formats back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.string({ maxLength: 70 }), target.map(formatFocus).map((s) => s + fc.sample(fc.constantFrom('', 'x', ':', ' '), 1)[0])), (v) => {
        const f = parseFocus(v);
        if (f !== null) {
          expect(f).toBe(v);
          expect(parseFocus(f)).toBe(f);
        }
      }),
      RUNS,
    );
  });
});
