// The place search: matching (accents, case, Cyrillic, other spellings, ranking), the entries
// (oblasts, claim places, areas of not-occupied ground once the record has loaded) and what a focus frames.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OblastCollection } from '../domain/geo';
import type { ObservedHistory } from '../domain/observed-format';
import type { Claim } from '../domain/schema';
import { buildEntries, focusBounds, focusClaims, matchRank, normalize, search, type SearchInput } from './place-search-model';

const square = (x: number, y: number, id: string, name_en: string, name_uk: string) => ({
  type: 'Feature' as const,
  properties: { id, name_en, name_uk, label_lon: x + 0.5, label_lat: y + 0.5 },
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
});
const OBLASTS = {
  type: 'FeatureCollection',
  features: [
    square(38, 48, 'UA-09', 'Luhansk', 'Луганська область'),
    square(34, 48, 'UA-12', 'Dnipropetrovsk', 'Дніпропетровська область'),
    square(35, 47, 'UA-23', 'Zaporizhzhia', 'Запорізька область'),
    square(30, 50, 'UA-30', 'Kyiv', 'Київ'),
    square(30, 49, 'UA-32', 'Kyiv Oblast', 'Київська область'),
    square(33, 44, 'UA-43', 'Crimea', 'Автономна Республіка Крим'),
  ],
} as unknown as OblastCollection;

const claim = (id: string, oblasts: string[], point?: Partial<Claim['subject']['point']>) =>
  ({
    id,
    kind: point ? 'point-control' : 'area-control',
    title: { en: `Claim ${id}`, uk: `Заява ${id}` },
    subject: { oblasts, ...(point ? { point } : {}) },
    events: [],
  }) as unknown as Claim;
const DACHNE = { name_en: 'Dachne', name_uk: 'Дачне', lon: 34.68, lat: 48.08, uncertainty_km: 4, coords_kind: 'estimate' as const };
const CLAIMS = [claim('dachne', ['UA-12'], DACHNE), claim('luhansk', ['UA-09']), claim('annex', ['UA-09', 'UA-23'])];

/** A decoded record with not-occupied ground in Luhansk: four parts on its one day, one of them below 1 km². */
function observed(): ObservedHistory {
  const parts = [171.2, 40, 12.5, 3, 0.4].map((km2, i) => ({ km2, label: [38.5, 48.5] as [number, number], rings: [], i }));
  return {
    dates: ['2025-06-30'],
    packed: { notOccupied: { radiusKm: 2, parts, oblasts: [{ id: 'UA-09', days: [0], states: [{ parts: [0, 1, 2, 3, 4], mismatchKm2: 0 }] }] } },
    notOccupiedParts: {
      type: 'FeatureCollection',
      features: parts.map((p, i) => ({ type: 'Feature', id: i, properties: {}, geometry: { type: 'Polygon', coordinates: [[[38.1 + i / 10, 48.1], [38.2 + i / 10, 48.1], [38.2 + i / 10, 48.3], [38.1 + i / 10, 48.1]]] } })),
    },
  } as unknown as ObservedHistory;
}

const input = (over: Partial<SearchInput> = {}): SearchInput => ({ oblasts: OBLASTS, claims: CLAIMS, observed: null, date: '2025-07-01', sourceName: 'DeepState', ...over });
const first = (q: string, lang: 'en' | 'uk' = 'en', inp = input()) => search(buildEntries(inp, lang), q)[0];

describe('normalize and matchRank', () => {
  it('ignores case, accents, apostrophes and hyphens; ґ reads as г, ї as і, й as и', () => {
    expect(normalize('  Zaporiʼzhzhia ')).toBe('zaporizhzhia');
    expect(normalize('Lwów')).toBe('lwow');
    expect(normalize('Ivano-Frankivsk')).toBe('ivano frankivsk');
    expect(normalize('Ґалицький Київ Край')).toBe('галицькии киів краи'.normalize('NFD').replace(/\p{M}/gu, ''));
  });
  it('ranks whole name, prefix, word start, substring', () => {
    expect(matchRank('kyiv', 'Kyiv')).toBe(0);
    expect(matchRank('kyiv', 'Kyiv Oblast')).toBe(1);
    expect(matchRank('obl', 'Kyiv Oblast')).toBe(2);
    expect(matchRank('kiev reg', 'Kiev region')).toBe(1);
    expect(matchRank('yiv', 'Kyiv')).toBe(3);
    expect(matchRank('kharkov', 'Kyiv')).toBeNull();
  });
  it('property: normalize is idempotent, and any piece of a name matches it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(), fc.nat(), (name, a, b) => {
        const n = normalize(name);
        expect(normalize(n)).toBe(n);
        const [i, j] = [a % (n.length + 1), b % (n.length + 1)].sort((x, y) => x - y);
        const piece = n.slice(i!, j!).trim();
        if (normalize(piece)) expect(matchRank(normalize(piece), name)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('search: oblasts by their names and other spellings', () => {
  it.each([
    ['Lugansk', 'UA-09', 'Lugansk'],
    ['luhansk', 'UA-09', undefined],
    ['ЛУГАНСЬК', 'UA-09', undefined],
    ['Луганск', 'UA-09', 'Луганск'],
    ['Zaporozhye', 'UA-23', 'Zaporozhye'],
    ['zaporizhia', 'UA-23', 'Zaporizhia'],
    ['Запоріз', 'UA-23', undefined],
    ['Dnepropetrovsk', 'UA-12', 'Dnepropetrovsk'],
    ['Dnipro', 'UA-12', 'Dnipro'],
    ['dnipropetr', 'UA-12', undefined],
    ['Kiev', 'UA-30', 'Kiev'],
    ['Krym', 'UA-43', 'Krym'],
    ['crimea', 'UA-43', undefined],
  ])('%s → %s', (q, id, via) => {
    const m = first(q)!;
    expect(m.entry.focus).toBe(id);
    expect(m.via).toBe(via);
  });
  it('the whole name ranks before a longer one: Kyiv (city) before Kyiv Oblast', () => {
    expect(search(buildEntries(input(), 'en'), 'kyiv').map((m) => m.entry.focus)).toEqual(['UA-30', 'UA-32']);
  });
  it('Ukrainian labels in Ukrainian, and kinds: city, republic, oblast', () => {
    const m = first('kyiv', 'uk')!;
    expect(m.entry.label).toBe('Київ');
    expect(m.entry.detail).toBe('Місто');
    expect(first('krym')!.entry.detail).toBe('Autonomous republic');
    expect(first('lugansk')!.entry.detail).toBe('Oblast');
  });
  it('nothing for an empty query or a word that is no place', () => {
    expect(search(buildEntries(input(), 'en'), '   ')).toEqual([]);
    expect(search(buildEntries(input(), 'en'), 'xyzzy')).toEqual([]);
  });
});

describe('claim places', () => {
  it('Dachne in both scripts, with its oblast, claim and the uncertainty of its position', () => {
    const m = first('dach')!;
    expect(m.entry).toMatchObject({ kind: 'place', focus: 'place:dachne:0', label: 'Dachne' });
    expect(m.entry.detail).toBe('Dnipropetrovsk oblast · Claim dachne · position ±4 km (estimate)');
    expect(first('дачне', 'uk')!.entry.detail).toBe('Дніпропетровська область · Заява dachne · положення ±4 км (оцінка)');
  });
  it('frames a box that holds the uncertainty circle, and selects its claim', () => {
    const [w, s, e, n] = focusBounds('place:dachne:0', input())!;
    expect(w).toBeLessThan(DACHNE.lon);
    expect(e).toBeGreaterThan(DACHNE.lon);
    expect((n - s) * 111.32).toBeGreaterThanOrEqual(2 * DACHNE.uncertainty_km);
    expect((n - s) * 111.32).toBeLessThan(60);
    expect(focusClaims('place:dachne:0', CLAIMS)).toEqual(['dachne']);
    expect(focusBounds('place:dachne:1', input())).toBeNull();
    expect(focusClaims('place:gone:0', CLAIMS)).toEqual([]);
  });
});

describe('areas not shown as occupied', () => {
  it('none before the record has loaded or before its first day', () => {
    expect(buildEntries(input(), 'en').some((e) => e.kind === 'area')).toBe(false);
    expect(buildEntries(input({ observed: observed(), date: '2025-06-01' }), 'en').some((e) => e.kind === 'area')).toBe(false);
  });
  it('the largest three of at least 1 km² per claimed oblast, labelled in both languages', () => {
    const en = buildEntries(input({ observed: observed() }), 'en').filter((e) => e.kind === 'area');
    expect(en.map((e) => e.label)).toEqual([
      'Not shown as occupied: 171 km² in Luhansk oblast',
      'Not shown as occupied: 40 km² in Luhansk oblast',
      'Not shown as occupied: 13 km² in Luhansk oblast',
    ]);
    expect(en[0]!.focus).toBe('area:UA-09:0');
    expect(en[0]!.detail).toBe('DeepState, 30 June 2025');
    const uk = buildEntries(input({ observed: observed() }), 'uk').filter((e) => e.kind === 'area');
    expect(uk[0]!.label).toBe('Не позначено як окуповане: 171 км², Луганська область');
  });
  it('found by "not shown", by the oblast (after the oblast itself) and by "ділянка"', () => {
    const entries = buildEntries(input({ observed: observed() }), 'en');
    expect(search(entries, 'not shown')[0]!.entry.focus).toBe('area:UA-09:0');
    expect(search(entries, 'lugansk').map((m) => m.entry.focus)).toEqual(['UA-09', 'area:UA-09:0', 'area:UA-09:1', 'area:UA-09:2']);
    expect(search(buildEntries(input({ observed: observed() }), 'uk'), 'ділянка')).toHaveLength(3);
  });
  it('frames the area itself, or its oblast when the record does not have it; selects the oblast\'s claims', () => {
    focusBounds('area:UA-09:1', input({ observed: observed() }))!.forEach((v, i) => expect(v).toBeCloseTo([38.2, 48.1, 38.3, 48.3][i]!, 9));
    expect(focusBounds('area:UA-09:1', input())).toEqual([38, 48, 39, 49]);
    expect(focusBounds('area:UA-09:99', input({ observed: observed() }))).toEqual([38, 48, 39, 49]);
    expect(focusClaims('area:UA-09:1', CLAIMS)).toEqual(['luhansk', 'annex']);
  });
});

describe('oblast focus', () => {
  it('frames the oblast and selects every claim naming it; junk frames nothing', () => {
    expect(focusBounds('UA-23', input())).toEqual([35, 47, 36, 48]);
    expect(focusClaims('UA-23', CLAIMS)).toEqual(['annex']);
    expect(focusBounds('nowhere', input())).toBeNull();
    expect(focusClaims(undefined, CLAIMS)).toEqual([]);
  });
  it('property: every entry is found by its own label, typed in any case', () => {
    const entries = buildEntries(input({ observed: observed() }), 'en');
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.boolean(), (e, upper) => {
        const q = upper ? e.label.toUpperCase() : e.label.toLowerCase();
        expect(search(entries, q, 50).map((m) => m.entry.focus)).toContain(e.focus);
      }),
    );
  });
});
