// The claim-kind registry: every kind of the schema has one definition, and "strongest claim first"
// is one order, read by the oblast headline, the table's facets and the CSV's list of claims.
import { describe, expect, it } from 'vitest';
import { claimsAt, claimsOn } from '../join';
import { CLAIM_KINDS, type Claim } from '../schema';
import { KINDS, kindOf, strongestFirst } from './registry';
import { validateDataset } from '../validate';
import { readRaw } from '../../../tests/support/helpers';

const ev = { date: '2025-06-01', precision: 'day' as const, status: 'claimed' as const, source: 's', quote: 'q', quote_lang: 'en' };
const place = { name_en: 'P', name_uk: 'P', admin: 'a', lon: 35, lat: 48, uncertainty_km: 1, coords_kind: 'gazetteer' as const, coords_source: 's' };
const subjectFor: Record<Claim['kind'], Claim['subject']> = {
  'area-control': { oblasts: ['UA-09'] },
  annexation: { oblasts: ['UA-09'] },
  'point-control': { oblasts: ['UA-09'], point: place },
  'troop-concentration': { oblasts: ['UA-09'] },
  'buffer-zone': { oblasts: ['UA-09'], zone: 'z' },
  statement: { oblasts: ['UA-09'] },
};
const claimOf = (kind: Claim['kind'], share?: number): Claim => ({ id: kind, kind, title: { en: kind, uk: kind }, subject: subjectFor[kind], claimant: 't', ...(share ? { share } : {}), events: [ev] });

describe('claim kinds', () => {
  it('one definition per schema kind, no more, no fewer', () => {
    expect(KINDS.map((k) => k.id).sort()).toEqual([...CLAIM_KINDS].sort());
    for (const id of CLAIM_KINDS) expect(kindOf(id).id).toBe(id);
    expect(() => kindOf('no-such-kind' as Claim['kind'])).toThrow(/no definition/);
  });

  it('the oblast headline, the claims on an oblast and strongestFirst follow the registry order', () => {
    // fed weakest first, so data order would give the wrong answer
    const claims = [...KINDS].reverse().map((k) => claimOf(k.id, 1));
    const o = claimsAt({ claims }, '2025-06-30').oblasts['UA-09']!;
    expect(claimsOn(o).map((a) => a.claim.kind)).toEqual(KINDS.map((k) => k.id));
    expect(o.lead!.claim.kind).toBe(KINDS[0]!.id);
    expect(o.headline).toBe('full-control');
    expect(strongestFirst(claims.map((claim) => ({ claim }))).map((x) => x.claim.kind)).toEqual(KINDS.map((k) => k.id));
    // without the strongest kind, the next one leads
    const rest = claimsAt({ claims: claims.filter((c) => c.kind !== KINDS[0]!.id) }, '2025-06-30').oblasts['UA-09']!;
    expect(rest.lead!.claim.kind).toBe(KINDS[1]!.id);
    expect(rest.headline).toBe(kindOf(KINDS[1]!.id).headline(rest.lead!.claim));
  });

  it('each kind sits in the join slot it declares', () => {
    for (const k of KINDS) {
      const o = claimsAt({ claims: [claimOf(k.id)] }, '2025-06-30').oblasts['UA-09']!;
      const v = o[k.slot];
      expect(Array.isArray(v) ? v.length : v ? 1 : 0, k.id).toBe(1);
    }
  });

  it('a legal claim and the kinds without a footprint can never give a matching verdict', () => {
    expect(kindOf('annexation').verdicts).not.toContain('matches');
    expect(kindOf('annexation').verdicts).not.toContain('does_not_match');
    expect(kindOf('buffer-zone').verdicts.filter((v) => v !== 'no_verdict' && v !== 'not_measurable')).toEqual([]);
    expect(kindOf('statement').verdicts).toEqual(['not_measurable']);
    expect(kindOf('troop-concentration').verdicts).toEqual(['not_measurable']);
    const est = { kind: 'point' as const, index: 0, place: { ...place, coords_kind: 'estimate' as const } };
    expect(kindOf('point-control').measure(claimOf('point-control'), est)).toBe('estimate');
  });

  it('the data check asks each claim for the subject its kind needs', () => {
    const raw = readRaw();
    const claims = (raw.claims as { claims: Array<{ id: string; subject: Record<string, unknown> }> }).claims;
    const dachne = claims.find((c) => c.id === 'dachne-capture-2025')!;
    delete dachne.subject.point;
    const { errors } = validateDataset(raw);
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/"point-control" claim must name its point/));
  });
});
