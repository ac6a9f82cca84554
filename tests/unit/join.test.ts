import { describe, expect, it } from 'vitest';
import { claimAt, claimsAt, eventDates, type Claim } from '../../src/domain';
import { realDataset } from './helpers';

const data = realDataset();
const at = (d: string) => claimsAt(data, d);
const dachne = (d: string) => at(d).active.find((a) => a.claim.id === 'dachne-capture-2025');

describe("today's data: claimsAt on the real dataset", () => {
  it('2014-03-01: before the Crimea annexation nothing is claimed', () => {
    const r = at('2014-03-01');
    expect(r.active).toHaveLength(0);
    expect(Object.values(r.oblasts).every((o) => o.headline === 'none')).toBe(true);
  });

  it('2022-10-01: Crimea annexed (disputed by the UN GA) and four oblasts claimed, not yet disputed', () => {
    const r = at('2022-10-01');
    expect(r.oblasts['UA-43']!.annexation!.status).toBe('disputed');
    expect(r.oblasts['UA-40']!.annexation!.status).toBe('disputed');
    expect(r.oblasts['UA-43']!.headline).toBe('full-control');
    for (const id of ['UA-09', 'UA-14', 'UA-23', 'UA-65']) {
      expect(r.oblasts[id]!.annexation!.status).toBe('claimed');
      expect(r.oblasts[id]!.annexation!.since).toBe('2022-09-30');
      expect(r.oblasts[id]!.headline).toBe('annexation');
    }
    expect(r.oblasts['UA-12']!.headline).toBe('none');
  });

  it('2025-06-29: Luhansk is annexation-claimed but full control is not yet claimed', () => {
    const l = at('2025-06-29').oblasts['UA-09']!;
    expect(l.control).toBeNull();
    expect(l.headline).toBe('annexation');
    expect(l.annexation!.status).toBe('disputed');
    expect(dachne('2025-06-29')).toBeUndefined();
  });

  it('2025-06-30: full control of Luhansk is claimed; Dachne capture claimed', () => {
    const r = at('2025-06-30');
    const l = r.oblasts['UA-09']!;
    expect(l.headline).toBe('full-control');
    expect(l.control!.status).toBe('claimed');
    expect(l.control!.since).toBe('2025-06-30');
    expect(l.control!.event.source).toBe('telegraph-2025-07-01');
    expect(dachne('2025-06-30')!.status).toBe('claimed');
    expect(r.oblasts['UA-12']!.headline).toBe('point');
  });

  it('2025-07-03: Dachne denied by the General Staff', () => {
    const d = dachne('2025-07-03')!;
    expect(d.status).toBe('denied');
    expect(d.since).toBe('2025-07-02');
    expect(d.history).toHaveLength(2);
  });

  it('2025-07-07: the MoD claim after a denial makes Dachne disputed', () => {
    expect(dachne('2025-07-07')!.status).toBe('disputed');
    expect(dachne('2025-07-07')!.event.status).toBe('claimed');
  });

  it('2025-07-08: denied again by the Khortytsia group', () => {
    const d = dachne('2025-07-08')!;
    expect(d.status).toBe('denied');
    expect(d.event.source).toBe('kyivindependent-2025-07-08');
  });

  it('troop concentrations show for their window only; month-precision events start on the 1st', () => {
    expect(at('2025-05-31').oblasts['UA-59']!.troops).toBeNull();
    expect(at('2025-06-01').oblasts['UA-59']!.troops).not.toBeNull();
    expect(at('2025-07-31').oblasts['UA-63']!.troops).not.toBeNull();
    expect(at('2025-08-01').oblasts['UA-63']!.troops).toBeNull();
  });

  it('the buffer zone applies from May 2025', () => {
    expect(at('2025-04-30').active.some((a) => a.claim.kind === 'buffer-zone')).toBe(false);
    expect(at('2025-05-01').active.some((a) => a.claim.kind === 'buffer-zone')).toBe(true);
  });

  it('every oblast is present at every date and ticks are sorted and unique', () => {
    expect(Object.keys(at('2025-07-01').oblasts)).toHaveLength(27);
    const ticks = eventDates(data);
    expect([...ticks].sort()).toEqual(ticks);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks[0]).toBe('2014-03-18');
    expect(ticks.at(-1)).toBe('2025-08-10');
  });
});

describe('claimAt rules on a fixture claim', () => {
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
});
