import { describe, expect, it } from 'vitest';
import { claimsAt, eventDates } from './index';
import { realDataset } from '../../tests/support/helpers';

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

  it('2025-06-30: full control of Luhansk is claimed (Pasechnik via TASS); Dachne capture claimed (Rogov via Reuters)', () => {
    const r = at('2025-06-30');
    const l = r.oblasts['UA-09']!;
    expect(l.headline).toBe('full-control');
    expect(l.control!.status).toBe('claimed');
    expect(l.control!.since).toBe('2025-06-30');
    expect(l.control!.event.source).toBe('tass-2025-06-30');
    expect(l.control!.history.map((e) => e.source)).toEqual(['telegraph-2025-07-01', 'tass-2025-06-30']);
    const d = dachne('2025-06-30')!;
    expect(d.status).toBe('claimed');
    expect(d.event.source).toBe('reuters-2025-06-30');
    expect(d.event.speaker).toMatch(/Rogov/);
    expect(r.oblasts['UA-12']!.headline).toBe('point');
  });

  it('2025-07-02: claimed by Russia and denied by Ukraine, Dachne is disputed from the first denial', () => {
    const d = dachne('2025-07-03')!;
    expect(d.status).toBe('disputed');
    expect(d.event.status).toBe('denied');
    expect(d.statusSince).toBe('2025-07-02');
    expect(d.history).toHaveLength(2);
  });

  it('2025-07-07: the MoD claim keeps it disputed (since 2 July)', () => {
    expect(dachne('2025-07-07')!.status).toBe('disputed');
    expect(dachne('2025-07-07')!.statusSince).toBe('2025-07-02');
    expect(dachne('2025-07-07')!.event.status).toBe('claimed');
  });

  it('2025-07-08: the Black Bird Group assessment (likely a grey zone) is shown, not the same-day denial', () => {
    const d = dachne('2025-07-08')!;
    expect(d.status).toBe('assessed');
    expect(d.finding).toBe('contested');
    expect(d.event.speaker).toMatch(/Black Bird/);
    expect(d.event.quote_kind).toBe('paraphrase');
  });

  it('2025-08-10: a later denial does not replace the independent finding; DeepState on 1 September finds it not held', () => {
    expect(dachne('2025-08-10')!).toMatchObject({ status: 'assessed', finding: 'contested', statusSince: '2025-07-08' });
    expect(dachne('2025-08-10')!.event.status).toBe('denied');
    expect(dachne('2025-08-31')!).toMatchObject({ status: 'assessed', finding: 'contested', statusSince: '2025-07-08' });
    expect(dachne('2025-09-01')!).toMatchObject({ status: 'assessed', finding: 'not-held', statusSince: '2025-09-01' });
  });

  it('2025-12-31: the Skhid group says its forces hold Dachne; a denial after the assessment keeps DeepState\'s finding', () => {
    const d = dachne('2025-12-31')!;
    expect(d.event).toMatchObject({ status: 'denied', source: 'rbc-2025-12-31', quote_lang: 'uk' });
    expect(d).toMatchObject({ status: 'assessed', finding: 'not-held', statusSince: '2025-09-01' });
  });

  it('troop reports hold from the article (about 1 July) to the end of July, at day precision', () => {
    expect(at('2025-06-30').oblasts['UA-59']!.troops).toBeNull();
    expect(at('2025-07-01').oblasts['UA-59']!.troops).not.toBeNull();
    expect(at('2025-07-31').oblasts['UA-63']!.troops).not.toBeNull();
    expect(at('2025-08-01').oblasts['UA-63']!.troops).toBeNull();
  });

  it('the buffer zone applies from its announcement on 22 May 2025, to Kharkiv, Sumy and Chernihiv only', () => {
    expect(at('2025-05-21').active.some((a) => a.claim.kind === 'buffer-zone')).toBe(false);
    expect(at('2025-05-22').active.some((a) => a.claim.kind === 'buffer-zone')).toBe(true);
    const withZone = Object.values(at('2025-07-01').oblasts).filter((o) => o.zone).map((o) => o.id).sort();
    expect(withZone).toEqual(['UA-59', 'UA-63', 'UA-74']);
  });

  it('statements known to the day do not show before that day', () => {
    const has = (d: string, id: string) => at(d).active.some((a) => a.claim.id === id);
    expect(has('2025-06-19', 'spief-statement-2025')).toBe(false);
    expect(has('2025-06-20', 'spief-statement-2025')).toBe(true);
    expect(has('2025-05-15', 'medinsky-threat-2025')).toBe(false);
    expect(has('2025-05-16', 'medinsky-threat-2025')).toBe(true);
  });

  it('every oblast is present at every date and ticks are sorted and unique', () => {
    expect(Object.keys(at('2025-07-01').oblasts)).toHaveLength(27);
    const ticks = eventDates(data);
    expect([...ticks].sort()).toEqual(ticks);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks[0]).toBe('2014-03-18');
    expect(ticks.at(-1)).toBe('2025-12-31');
  });
});
