// The corrections log's entries point at claims, events and sources that exist (the record branch's
// schema validates the shape; this checks the entries the editorial desk wrote against the data).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (f: string) => JSON.parse(readFileSync(`data/${f}`, 'utf8'));

interface Entry { date: string; claim_id: string; event_id?: string; source_id?: string; what: { en: string; uk: string }; why: { en: string; uk: string } }

/** Every reference an entry makes that the data does not hold, as "corrections[i].field: id". */
function danglingRefs(corrections: Entry[], claims: any[], sources: any[]): string[] {
  const claimIds = new Set(claims.map((c) => c.id));
  const eventIds = new Set(claims.flatMap((c) => c.events.map((e: any) => e.id).filter(Boolean)));
  const sourceIds = new Set(sources.map((s) => s.id));
  const out: string[] = [];
  corrections.forEach((c, i) => {
    if (!claimIds.has(c.claim_id)) out.push(`corrections[${i}].claim_id: ${c.claim_id}`);
    if (c.event_id !== undefined && !eventIds.has(c.event_id)) out.push(`corrections[${i}].event_id: ${c.event_id}`);
    if (c.event_id !== undefined && !claims.find((x) => x.id === c.claim_id)?.events.some((e: any) => e.id === c.event_id)) out.push(`corrections[${i}].event_id: ${c.event_id} is not an event of ${c.claim_id}`);
    if (c.source_id !== undefined && !sourceIds.has(c.source_id)) out.push(`corrections[${i}].source_id: ${c.source_id}`);
  });
  return out;
}

describe('data/corrections.json entries', () => {
  const { corrections } = read('corrections.json') as { corrections: Entry[] };
  const claims = read('claims.json').claims;
  const sources = read('sources.json').sources;

  it('point only at claims, events (of that claim) and sources that exist', () => {
    expect(danglingRefs(corrections, claims, sources)).toEqual([]);
  });

  it('fails on an entry that points at a dropped event or an unknown source', () => {
    const bad = [{ ...corrections[0]!, event_id: 'dachne-2025-08-31-isw' }, { ...corrections[0]!, source_id: 'nowhere' }];
    expect(danglingRefs(bad, claims, sources)).toEqual([
      'corrections[0].event_id: dachne-2025-08-31-isw',
      'corrections[0].event_id: dachne-2025-08-31-isw is not an event of ' + corrections[0]!.claim_id,
      'corrections[1].source_id: nowhere',
    ]);
  });

  it('has the agreed shape: a day on or after 1 July 2025, what and why in both languages, in date order', () => {
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) {
      expect(Object.keys(c).filter((k) => !['date', 'claim_id', 'event_id', 'source_id', 'what', 'why'].includes(k))).toEqual([]);
      expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.date >= '2025-07-01').toBe(true);
      for (const t of [c.what, c.why]) {
        expect(Object.keys(t).sort()).toEqual(['en', 'uk']);
        expect(t.en.trim()).not.toBe('');
        expect(t.uk.trim()).not.toBe('');
      }
    }
    expect(corrections.map((c) => c.date)).toEqual(corrections.map((c) => c.date).sort());
  });
});
