import { describe, expect, it } from 'vitest';
import type { ActiveClaim, JoinResult } from '../domain/join';
import type { LedgerCell, LedgerRow } from '../domain/ledger';
import type { Claim, Place } from '../domain/schema';
import { describeMap } from './description';

const SRC = { name: 'DeepState', assessor: 'DeepState, a Ukrainian OSINT project' };

const ev = (date: string) => ({ date, precision: 'day' as const, status: 'claimed' as const, source: 's', quote: 'q', quote_lang: 'ru' });
const claim = (id: string, kind: Claim['kind'], en: string, subject: Claim['subject'], date = '2022-09-30'): Claim => ({
  id, kind, title: { en, uk: `${en} (uk)` }, subject, claimant: 'x', events: [ev(date)],
});
const active = (c: Claim): ActiveClaim => ({ claim: c, event: c.events[0]!, status: 'claimed', finding: null, statusSince: c.events[0]!.date, since: c.events[0]!.date, history: c.events });
const place = (kind: Place['coords_kind']): Place => ({ name_en: 'Dachne', name_uk: 'Дачне', admin: 'x', lon: 36, lat: 47, uncertainty_km: 2, coords_kind: kind, coords_source: 'x' });
const row = (c: Claim, subject: LedgerRow['subject'], at: LedgerCell | null): LedgerRow => ({
  claim: c, subject, subjectLabel: '', claimDate: '2022-09-30', measurable: true, at, atClaim: null, last: null, firstMatch: null, lagDays: null, lastDate: null, lastLagDays: null,
  measure: subject.kind === 'point' ? (subject.place.coords_kind === 'estimate' ? 'estimate' : 'point') : c.kind === 'annexation' ? 'legal' : 'control',
  predatesRecord: false, firstDate: '2024-07-08',
});

const annex = claim('annex', 'annexation', 'Claimed annexation of four oblasts', { oblasts: ['luhansk'] });
const luhansk = claim('lu', 'area-control', 'Claim of full control of Luhansk oblast', { oblasts: ['luhansk'] }, '2025-06-30');
const gaz = claim('pt', 'point-control', 'Claimed capture of Dachne', { point: place('gazetteer') });
const est = claim('pt2', 'point-control', 'Claimed capture of Dachne', { point: place('estimate') });
const join: JoinResult = { date: '2025-06-30', oblasts: {}, active: [annex, luhansk, gaz, est].map(active) };
const names = (id: string) => (id === 'luhansk' ? 'Luhansk oblast' : id);
const snap = '2025-06-29';
const ledger = [
  row(annex, { kind: 'oblast', id: 'luhansk' }, { snapshot: snap, verdict: 'does_not_match', notOccupiedKm2: 171, notOccupiedAreas: 2 }),
  row(luhansk, { kind: 'oblast', id: 'luhansk' }, { snapshot: snap, verdict: 'does_not_match', notOccupiedKm2: 171, notOccupiedAreas: 2 }),
  row(gaz, { kind: 'point', place: place('gazetteer'), index: 0 }, { snapshot: snap, verdict: 'outside', share: 0 }),
  row(est, { kind: 'point', place: place('estimate'), index: 0 }, { snapshot: snap, verdict: 'inside', share: 1 }),
];

describe('describeMap', () => {
  it('says the date, each claim, the comparison with the map and the credit', () => {
    const s = describeMap({ join, lang: 'en', ledger, oblastName: names, source: SRC });
    expect(s).toMatch(/^30 June 2025\. /);
    expect(s).toContain('Claimed annexation of four oblasts: claimed 2022, not recognised.');
    expect(s).toContain("Luhansk oblast: does not match DeepState's map; 171 km² in 2 areas not shown as occupied.");
    expect(s).toContain("Dachne: does not match DeepState's map");
    expect(s).toContain('the position is estimated');
    expect(s).toMatch(/Compared with DeepState's map of the occupied area on 29 June 2025 \(DeepState, a Ukrainian OSINT project\)\.$/);
  });

  it('gives an annexation and an estimated point no verdict, and never says "held by Ukraine" or "borne out"', () => {
    for (const lang of ['en', 'uk'] as const) {
      const s = describeMap({ join, lang, ledger, oblastName: names, source: SRC });
      expect(s).not.toMatch(/held by Ukraine|borne out|утримує Україна/i);
      // one comparison for Luhansk (the control claim), none for the annexation of the same oblast
      expect(s.match(/Luhansk oblast:/g)?.length).toBe(1);
      // the estimated point (a ledger "inside") is not called a match
      expect(s.match(/: matches|(?<!не )відповідає карті/g)).toBeNull();
    }
  });

  it('says a match when no ground outside the layer is left, and uk plural forms', () => {
    const m = [row(luhansk, { kind: 'oblast', id: 'luhansk' }, { snapshot: snap, verdict: 'matches', notOccupiedKm2: 0, notOccupiedAreas: 0 })];
    expect(describeMap({ join: { ...join, active: [active(luhansk)] }, lang: 'en', ledger: m, oblastName: names, source: SRC })).toContain("Luhansk oblast: matches DeepState's map.");
    const uk = describeMap({ join, lang: 'uk', ledger, oblastName: () => 'Луганська область', source: SRC });
    expect(uk).toContain('у 2 ділянках не показано як окуповані');
    expect(uk).toContain('(uk)');
    expect(uk).toMatch(/^30 червня 2025 р\. [^.]/);
  });

  it('without the record: no comparison, and says it is loading when it is', () => {
    const s = describeMap({ join, lang: 'en', ledger: null, oblastName: names, source: SRC, pending: true });
    expect(s).not.toMatch(/match DeepState|matches DeepState|Compared with/);
    expect(s).toContain("DeepState's map is still loading.");
    expect(describeMap({ join: { ...join, active: [] }, lang: 'en', ledger: null, oblastName: names, source: SRC })).toBe('30 June 2025. No claims in effect on this date.');
  });
});
