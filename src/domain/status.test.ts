// The status rule (./status.ts): the status a claim shows on a date, derived from its events.
// Its one home: on the made-up fixture claims (tests/fixtures/claims), on one hand-written claim,
// and property-based on random event sequences, against the rule written out directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimAt, claimsAt } from './join';
import type { Claim, ClaimEvent, Finding, Status } from './schema';
import { statusSteps } from './status';
import { statusRuleErrors } from './validate';
import { fixtureDataset } from '../../tests/support/fixture-data';
import { realDataset } from '../../tests/support/helpers';

const data = fixtureDataset();
const dayIn = (min: string, max: string) =>
  fc.date({ min: new Date(min + 'T00:00:00Z'), max: new Date(max + 'T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('status rule (fixture claims)', () => {
  it('nothing before the first event; the claimant\'s status after it; disputed from the first denial', () => {
    expect(claimsAt(data, '2025-01-09').oblasts['UA-09']?.control ?? null).toBeNull();
    expect(claimsAt(data, '2025-01-10').oblasts['UA-09']?.control?.status).toBe('claimed');
    expect(claimsAt(data, '2025-01-12').oblasts['UA-09']?.control?.status).toBe('disputed');
    expect(claimsAt(data, '2025-01-12').oblasts['UA-09']?.control?.statusSince).toBe('2025-01-12');
  });

  it('a claim repeated after a denial stays disputed, since the first denial', () => {
    expect(claimsAt(data, '2025-01-20').oblasts['UA-09']?.control?.status).toBe('disputed');
    expect(claimsAt(data, '2025-01-20').oblasts['UA-09']?.control?.statusSince).toBe('2025-01-12');
  });

  it('a month-precision event takes effect on the first day of its month', () => {
    expect(claimsAt(data, '2024-04-30').oblasts['UA-43']?.annexation ?? null).toBeNull();
    expect(claimsAt(data, '2024-05-01').oblasts['UA-43']?.annexation?.status).toBe('claimed');
  });

  it('a village claim follows its events: claimed, then disputed once denied', () => {
    const at = (d: string) => claimsAt(data, d).active.find((a) => a.claim.id === 'fx-village')?.status ?? null;
    expect([at('2025-01-31'), at('2025-02-01'), at('2025-02-03')]).toEqual([null, 'claimed', 'disputed']);
  });

  it('an independent assessment replaces the party statuses and carries its finding', () => {
    const village = (d: string) => claimsAt(data, d).active.find((a) => a.claim.id === 'fx-village')!;
    expect([village('2025-02-09').status, village('2025-02-09').finding]).toEqual(['disputed', null]);
    expect([village('2025-02-10').status, village('2025-02-10').finding, village('2025-02-10').statusSince]).toEqual(['assessed', 'contested', '2025-02-10']);
  });
});

describe('status rule on one claim (claimAt)', () => {
  const base: Claim = {
    id: 'x', kind: 'point-control', title: { en: 'x', uk: 'x' }, subject: { oblasts: ['UA-12'] }, claimant: 'c',
    events: [
      { date: '2025-01-10', precision: 'day', status: 'claimed', source: 's', quote: 'q', quote_lang: 'en' },
      { date: '2025-01-12', precision: 'day', status: 'confirmed', source: 's', quote: 'q', quote_lang: 'en', until: '2025-01-20' },
    ],
  };
  it('is null before the first event and after until', () => {
    expect(claimAt(base, '2025-01-09')).toBeNull();
    expect(claimAt(base, '2025-01-20')!.status).toBe('confirmed');
    expect(claimAt(base, '2025-01-21')).toBeNull();
  });
  it('a claim not preceded by a denial stays claimed', () => {
    expect(claimAt(base, '2025-01-11')!.status).toBe('claimed');
  });
  it('a denial before any claim is shown as denied; the claim after it makes it disputed', () => {
    const c: Claim = { ...base, events: [
      { date: '2025-01-05', precision: 'day', status: 'denied', source: 's', quote: 'q', quote_lang: 'en' },
      { date: '2025-01-10', precision: 'day', status: 'claimed', source: 's', quote: 'q', quote_lang: 'en' },
    ] };
    expect(claimAt(c, '2025-01-06')!.status).toBe('denied');
    expect(claimAt(c, '2025-01-10')!).toMatchObject({ status: 'disputed', statusSince: '2025-01-10', finding: null });
  });
});

describe('status rule (property-based)', () => {
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
    const dachne = realDataset().claims.find((c) => c.id === 'dachne-capture-2025')!.events;
    const errors = statusRuleErrors(dachne, oldSteps(dachne));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ index: 1 });
    expect(errors[0]!.message).toMatch(/must show "disputed"/);
  });
});
