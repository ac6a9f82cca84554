import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { claimsAt, eventDates } from './join';
import { effectiveDate } from './events';
import { realDataset } from '../../tests/support/helpers';

const data = realDataset();
const dayIn = (min: string, max: string) =>
  fc.date({ min: new Date(min + 'T00:00:00Z'), max: new Date(max + 'T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const anyDay = dayIn('2010-01-01', '2030-12-31');

describe('date join (property-based)', () => {
  it('every claim in effect has its latest event on or before the date, and none is missing', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const r = claimsAt(data, d);
        expect(Object.keys(r.oblasts)).toHaveLength(27);
        for (const c of data.claims) {
          const a = r.active.find((x) => x.claim.id === c.id);
          const past = c.events.filter((e) => effectiveDate(e) <= d);
          const last = past.at(-1);
          const expired = !!last?.until && d > last.until;
          expect(!!a).toBe(!!last && !expired);
          if (a) {
            expect(a.event).toBe(last);
            expect(a.since <= d).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('nothing changes between consecutive change days (events, and the day after an `until`)', () => {
    const ends = data.claims.flatMap((c) => c.events.flatMap((e) => (e.until ? [addDays(e.until, 1)] : [])));
    const ticks = [...new Set([...eventDates(data), ...ends])].sort();
    expect(ends.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ticks.length - 2 }), fc.integer({ min: 0, max: 400 }), (i, k) => {
        const a = ticks[i]!;
        const b = ticks[i + 1]!;
        const d = addDays(a, k);
        if (d >= b) return;
        const ids = (x: string) => claimsAt(data, x).active.map((y) => `${y.claim.id}:${y.status}`);
        expect(ids(d)).toEqual(ids(a));
      }),
      { numRuns: 500 },
    );
  });
});
