import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { claimAt, claimsAt, eventDates } from '../../src/domain/join';
import { effectiveDate } from '../../src/domain/events';
import type { Claim, ClaimEvent, Finding, Status } from '../../src/domain/schema';
import { statusSteps } from '../../src/domain/status';
import { statusRuleErrors } from '../../src/domain/validate';
import { realDataset } from './helpers';

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

  const status = fc.constantFrom<Status>('claimed', 'disputed', 'denied', 'confirmed', 'assessed');
  const finding = fc.constantFrom<Finding | undefined>('held', 'contested', 'not-held', undefined);
  const events = fc.array(fc.tuple(dayIn('2020-01-01', '2026-01-01'), status, finding), { minLength: 1, maxLength: 8 }).map((xs) =>
    xs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, s, f]): ClaimEvent => ({
      date, precision: 'day', status: s, source: 's', quote: 'q', quote_lang: 'en', ...(s === 'assessed' && f ? { finding: f } : {}),
    })),
  );

  it('on random claims: claimed, then disputed once claimed and denied, then the latest independent finding', () => {
    fc.assert(
      fc.property(events, dayIn('2019-06-01', '2026-06-01'), (evs, d) => {
        const claim: Claim = { id: 'p', kind: 'point-control', title: { en: 'p', uk: 'p' }, subject: { oblasts: ['UA-12'] }, claimant: 'c', events: evs };
        const a = claimAt(claim, d);
        const past = evs.filter((e) => e.date <= d);
        if (!past.length) {
          expect(a).toBeNull();
          return;
        }
        expect(a!.history).toEqual(past);
        // Written out directly from the rule, independently of statusSteps.
        const lastIndependent = past.filter((e) => e.status === 'assessed' || e.status === 'confirmed').at(-1);
        const party = past.filter((e) => e.status !== 'assessed' && e.status !== 'confirmed');
        const contested = party.some((e) => e.status === 'disputed') || (party.some((e) => e.status === 'claimed') && party.some((e) => e.status === 'denied'));
        if (lastIndependent) {
          expect(a!.status).toBe(lastIndependent.status);
          expect(a!.finding).toBe(lastIndependent.status === 'assessed' ? lastIndependent.finding ?? null : null);
        } else {
          expect(a!.status).toBe(contested ? 'disputed' : past.at(-1)!.status);
          expect(a!.finding).toBeNull();
        }
        expect(a!.statusSince <= d).toBe(true);
        expect(a!.statusSince <= a!.since).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('on random claims: the data check finds no break of the rule in the derived sequence, and once disputed it never goes back', () => {
    fc.assert(
      fc.property(events, (evs) => {
        const steps = statusSteps(evs);
        expect(steps).toHaveLength(evs.length);
        expect(statusRuleErrors(evs, steps)).toEqual([]);
        let independentSeen = false;
        let disputedSeen = false;
        steps.forEach((s, j) => {
          if (evs[j]!.status === 'assessed' || evs[j]!.status === 'confirmed') independentSeen = true;
          if (!independentSeen && disputedSeen) expect(s.status).toBe('disputed');
          if (s.status === 'disputed') disputedSeen = true;
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('the data check rejects the old rule (latest event wins, a claim after a denial is disputed)', () => {
    const oldSteps = (evs: readonly ClaimEvent[]) =>
      evs.map((e, j) => ({
        status: e.status === 'claimed' && evs.slice(0, j).some((x) => x.status === 'denied') ? ('disputed' as const) : e.status,
        finding: null,
        since: e.date,
      }));
    const dachne = data.claims.find((c) => c.id === 'dachne-capture-2025')!.events;
    const errors = statusRuleErrors(dachne, oldSteps(dachne));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ index: 1 });
    expect(errors[0]!.message).toMatch(/must show "disputed"/);
  });
});
