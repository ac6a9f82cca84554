// The claim ledger on the synthetic squares of tests/fixtures/observed-mini (not DeepState data):
// each kind's result (a verdict only where the kind may give one), the record over time (first match,
// lag, "no match by"), and the --ledger CSV.
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { OblastCollection } from './geo';
import { claimDate, claimLedger, circleFaces, circleShare, LEDGER_COLUMNS, ledgerCsv, shareVerdict, verdictOf } from './ledger';
import { decodeObserved } from './observed-format';
import { notOccupiedSubjects, packHistory, parseSnapshot, withZone } from '../../scripts/pipeline/observed-pack';
import type { Claim, Place } from './schema';
import { statusRows, CSV_COLUMNS } from '../export/csv';
import { claimsGeoJson } from '../export/geojson';
import { claimsAt } from './join';
import type { Dataset } from './schema';
import { miniOblasts, miniSnapshots, testClaim } from '../../tests/support/helpers';

const oblasts = miniOblasts();
const snaps = miniSnapshots().map((f) => parseSnapshot(f.name, f.text));

const claim = testClaim;
const place = (name: string, lon: number, lat: number, uncertainty_km: number, coords_kind: Place['coords_kind'] = 'gazetteer'): Place => ({ name_en: name, name_uk: name, admin: 'test', lon, lat, uncertainty_km, coords_kind, coords_source: 'synthetic' });

// a band along the north edge of "East" (31–32° E, 48.9–49° N)
const band: Feature<Polygon, { id: string }> = {
  type: 'Feature', properties: { id: 'band' },
  geometry: { type: 'Polygon', coordinates: [[[31, 48.9], [32, 48.9], [32, 49], [31, 49], [31, 48.9]]] },
};
const claims: Claim[] = [
  claim('east-control', 'area-control', { oblasts: ['UA-09'] }, '2025-06-01'),
  claim('occupied-annexed', 'annexation', { oblasts: ['UA-43'] }, '2014-03-18'),
  claim('occupied-control', 'area-control', { oblasts: ['UA-43'] }, '2014-04-01'),
  claim('village', 'point-control', { oblasts: ['UA-09'], point: place('Front', 31.3, 48.5, 1) }, '2025-06-01'),
  claim('pocket', 'point-control', { oblasts: ['UA-09'], point: place('Pocket', 31.65, 48.45, 2) }, '2025-06-20'),
  claim('edge', 'point-control', { oblasts: ['UA-09'], point: place('Edge', 31.25, 48.5, 5) }, '2025-06-15'),
  claim('guess', 'point-control', { oblasts: ['UA-09'], point: place('Guess', 31.25, 48.5, 5, 'estimate') }, '2025-06-15'),
  claim('order', 'buffer-zone', { oblasts: ['UA-09', 'UA-14'], zone: 'band' }, '2025-05-31'),
  claim('speech', 'statement', { country: 'UA' }, '2025-06-01'),
  claim('troops', 'troop-concentration', { oblasts: ['UA-14'], points: [place('Camp', 30.5, 48.5, 10)] }, '2025-06-01'),
];
const res = packHistory(snaps, oblasts, undefined, { notOccupied: notOccupiedSubjects(claims), zone: band });
const h = decodeObserved(JSON.parse(JSON.stringify(res.packed)));
// days: 0 = 31 May, 1 = 15 Jun, 2 = 30 Jun, 3 = 31 Jul
const at = (date: string) => claimLedger(claims, h, date);
const row = (rows: ReturnType<typeof at>, id: string, subject?: string) => rows.find((r) => r.claim.id === id && (subject === undefined || r.subjectLabel === subject))!;

describe('verdict rules', () => {
  it('area control: does not match while ground not shown as occupied remains, with km² and count', () => {
    const r = row(at('2025-06-30'), 'east-control');
    expect(r.subjectLabel).toBe('UA-09');
    expect(r.measure).toBe('control');
    expect(r.at!.verdict).toBe('does_not_match');
    expect(r.at!.notOccupiedAreas).toBe(1);
    expect(r.at!.notOccupiedKm2).toBeGreaterThan(75);
    expect(r.at!.notOccupiedKm2).toBeLessThan(90);
    expect(r.at!.largest![0]).toBeGreaterThan(31.6);
    expect(r.at!.snapshot).toBe('2025-06-30');
  });
  it('area control: matches when no part is left outside the occupied area (a thin strip is mismatch only)', () => {
    const r = row(at('2025-06-30'), 'occupied-control');
    expect(r.at!.verdict).toBe('matches');
    expect(r.at!.notOccupiedAreas).toBe(0);
    expect(r.at!.mismatchKm2).toBeGreaterThan(70);
  });
  it('annexation: the same control measure and never a verdict, whatever the map shows', () => {
    for (const date of ['2025-05-31', '2025-06-30', '2025-07-31']) {
      const r = row(at(date), 'occupied-annexed');
      expect(r.measure).toBe('legal');
      expect(r.at!.verdict).toBe('no_verdict');
      expect(r.last!.verdict).toBe('no_verdict');
      expect(r.firstMatch).toBeNull();
      expect(r.at!.notOccupiedAreas).toBe(0);
      expect(r.at!.occupiedShare).toBeGreaterThan(0.9);
    }
  });
  it('an estimated position: the circle share without a verdict', () => {
    const guess = row(at('2025-06-15'), 'guess');
    const edge = row(at('2025-06-15'), 'edge');
    expect(guess.measure).toBe('estimate');
    expect(guess.at!.verdict).toBe('no_verdict');
    expect(guess.at!.share).toBe(edge.at!.share);
    expect(row(at('2025-07-31'), 'guess').firstMatch).toBeNull();
  });
  it('point control: outside (0 %), partly (< 90 %), inside (≥ 90 %) of the uncertainty circle, with the distance to the edge', () => {
    const pocket = row(at('2025-06-30'), 'pocket');
    expect(pocket.at!.share).toBe(0);
    expect(pocket.at!.verdict).toBe('outside');
    expect(pocket.at!.distanceKm).toBeGreaterThan(3.6);
    expect(pocket.at!.distanceKm).toBeLessThan(3.8);
    // the 15 June front runs through 31.25° E: half of a circle centred on it is inside
    const edge = row(at('2025-06-15'), 'edge');
    expect(edge.at!.verdict).toBe('partly');
    expect(edge.at!.share).toBeGreaterThan(0.4);
    expect(edge.at!.share).toBeLessThan(0.6);
    expect(edge.at!.distanceKm).toBeLessThan(0.1);
    const village = row(at('2025-06-15'), 'village');
    expect(village.at!.verdict).toBe('inside');
    expect(village.at!.share).toBe(1);
    expect(shareVerdict(0.9)).toBe('inside');
    expect(shareVerdict(0.899)).toBe('partly');
    expect(shareVerdict(0)).toBe('outside');
  });
  it('a circle share counts samples whose face is drawn that day', () => {
    const samples = circleFaces(h, { lon: 31.25, lat: 48.5, uncertainty_km: 5 });
    expect(samples.length).toBeGreaterThan(250);
    expect(circleShare(h, samples, 0)).toBe(0);
    expect(circleShare(h, samples, 2)).toBe(1);
    expect(circleShare(h, samples, -1)).toBe(0);
  });
  it('buffer zone: observed km² in the band per oblast, and the change since the announcement, no verdict', () => {
    const rows = at('2025-06-30').filter((r) => r.claim.id === 'order');
    expect(rows.map((r) => r.subjectLabel)).toEqual(['UA-09']); // the band does not reach UA-14
    const r = rows[0]!;
    const bandKm2 = r.at!.bandKm2!;
    expect(r.atClaim!.zoneKm2! / bandKm2).toBeCloseTo(0.5, 2); // 31 May: the eastern half
    expect(r.at!.zoneKm2! / bandKm2).toBeCloseTo(1, 2);
    expect(r.at!.changeKm2).toBeCloseTo(r.at!.zoneKm2! - r.atClaim!.zoneKm2!, 6);
    expect(r.measure).toBe('zone');
    expect(r.atClaim!.verdict).toBe('no_verdict');
    expect(r.at!.verdict).toBe('no_verdict');
  });
  it('statements and troop reports are not measurable', () => {
    for (const id of ['speech', 'troops']) {
      const r = row(at('2025-06-30'), id);
      expect(r.measurable).toBe(false);
      expect(r.at).toBeNull();
      expect(verdictOf(r, r.at)).toBe('not_measurable');
    }
  });
  it('before the first snapshot nothing is measured; without an observed record neither', () => {
    expect(row(at('2025-05-01'), 'east-control').at).toBeNull();
    const none = claimLedger(claims, null, '2025-06-30');
    expect(none.every((r) => !r.measurable && r.at === null)).toBe(true);
  });
});

describe('band figures recomputed for another band (npm run observed:zone)', () => {
  // the same band widened west into "West" (30.5–32° E)
  const wide: Feature<Polygon, { id: string }> = {
    ...band,
    geometry: { type: 'Polygon', coordinates: [[[30.5, 48.9], [32, 48.9], [32, 49], [30.5, 49], [30.5, 48.9]]] },
  };
  it('with the band the history was packed with, the file is unchanged byte for byte', () => {
    expect(JSON.stringify(withZone(res.packed, oblasts, band))).toBe(JSON.stringify(res.packed));
  });
  it('with another band, only the band figures change, as a fresh import would give them', () => {
    const again = withZone(res.packed, oblasts, wide);
    const fresh = packHistory(snaps, oblasts, undefined, { notOccupied: notOccupiedSubjects(claims), zone: wide }).packed;
    expect(again.zone).toEqual(fresh.zone);
    expect(again.zone!.bandKm2[1]!).toBeGreaterThan(0); // now reaches UA-14
    expect({ ...again, zone: undefined }).toEqual({ ...res.packed, zone: undefined });
    const rows = claimLedger(claims, decodeObserved(JSON.parse(JSON.stringify(again))), '2025-06-30').filter((r) => r.claim.id === 'order');
    expect(rows.map((r) => r.subjectLabel)).toEqual(['UA-09', 'UA-14']);
  });
  it('stops when the oblasts are not those the history was packed with', () => {
    const moved: OblastCollection = JSON.parse(JSON.stringify(oblasts));
    moved.features[0]!.geometry = { type: 'Polygon', coordinates: [[[31, 48], [32.1, 48], [32.1, 49], [31, 49], [31, 48]]] };
    expect(() => withZone(res.packed, moved, band)).toThrow(/oblasts differ from those the history was packed with.*re-import/);
    expect(() => withZone(res.packed, { ...oblasts, features: oblasts.features.slice(1) }, band)).toThrow(/oblasts differ/);
  });
});

describe('over the record', () => {
  const rows = at('2025-07-31');
  it('first snapshot on which the claim matched the map, and the lag in days', () => {
    const v = row(rows, 'village');
    expect(v.firstMatch).toBe('2025-06-15');
    expect(v.lagDays).toBe(14);
  });
  it('a claim that predates the record says so and shows no lag', () => {
    const crimea = row(rows, 'occupied-control');
    expect(claimDate(crimea.claim)).toBe('2014-04-01');
    expect(crimea.predatesRecord).toBe(true);
    expect(crimea.firstDate).toBe('2025-05-31');
    expect(crimea.firstMatch).toBe('2025-05-31');
    expect(crimea.lagDays).toBeNull(); // the gap to the first snapshot is not a lag
    expect(crimea.lastLagDays).toBeNull();
    expect(crimea.atClaim).toBeNull();
    expect(row(rows, 'east-control').predatesRecord).toBe(false);
  });
  it('never matched: no date, and the last snapshot with the days since the claim', () => {
    const r = row(rows, 'east-control');
    expect(r.firstMatch).toBeNull();
    expect(r.lagDays).toBeNull();
    expect(r.lastDate).toBe('2025-07-31');
    expect(r.lastLagDays).toBe(60);
    expect(r.last!.verdict).toBe('does_not_match');
  });
  it('a claim never matches by snapshots before it', () => {
    // the pocket circle is inside on 15 June, before the claim of 20 June, and outside after
    const p = row(rows, 'pocket');
    expect(p.firstMatch).toBe('2025-07-31');
    expect(p.lagDays).toBe(41);
  });
});

describe('the --ledger CSV', () => {
  const csv = ledgerCsv(at('2025-07-31')).trim().split('\r\n');
  it('has exactly the columns asked for and one row per claim and subject', () => {
    expect(csv[0]).toBe('claim_id,subject,claim_date,verdict_at_claim,first_match,lag_days,not_occupied_km2_at_claim,not_occupied_areas_at_claim,not_occupied_km2_last,not_occupied_areas_last,last_date');
    expect(LEDGER_COLUMNS).toHaveLength(11);
    expect(csv).toHaveLength(1 + 10);
  });
  it('leaves cells empty where there is nothing to say', () => {
    const cells = (id: string) => csv.find((l) => l.startsWith(id + ','))!.split(',');
    expect(cells('occupied-annexed').slice(2, 6)).toEqual(['2014-03-18', '', '', '']);
    expect(cells('occupied-control').slice(2, 6)).toEqual(['2014-04-01', '', '2025-05-31', '']);
    expect(cells('speech')).toEqual(['speech', 'UA', '2025-06-01', 'not_measurable', '', '', '', '', '', '', '']);
    const east = cells('east-control');
    expect(east[3]).toBe('does_not_match');
    expect(east[4]).toBe('');
    expect(Number(east[8])).toBeGreaterThan(0);
    expect(east[10]).toBe('2025-07-31');
    for (const l of csv.slice(1)) expect(['matches', 'does_not_match', 'partly', 'outside', 'inside', 'no_verdict', 'not_measurable', '']).toContain(l.split(',')[3]);
  });
});

describe('exports', () => {
  it('the status CSV carries ground not shown as occupied and the ledger per oblast', () => {
    const join = { date: '2025-06-30', active: [], oblasts: {} } as unknown as Parameters<typeof statusRows>[0];
    const rows = statusRows(join, oblasts, [], at('2025-06-30'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const east = rows.find((r) => r[0] === 'UA-09')!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => east[CSV_COLUMNS.indexOf(name)]!;
    expect(col('observed_snapshot')).toBe('2025-06-30');
    expect(col('not_occupied_areas')).toBe('1');
    expect(col('ledger')).toContain('east-control:does_not_match');
    expect(col('ledger')).toContain('pocket:outside');
    expect(col('ledger')).toContain('order:no_verdict');
    const none = statusRows(join, oblasts, [], null).find((r) => r[0] === 'UA-09')!;
    expect(none.slice(-4)).toEqual(['', '', '', '']);
  });
});

describe('GeoJSON export', () => {
  it('each claim feature carries its ledger rows on the date', () => {
    const data = { claims, sources: [], areas: [], gains: { basis: 'b', months: [] } } as unknown as Dataset;
    const join = claimsAt(data, '2025-06-30');
    const geo = { oblasts, context: { type: 'FeatureCollection' as const, features: [] }, zone: { type: 'FeatureCollection' as const, features: [band] } };
    const fc = claimsGeoJson(join, geo, [], undefined, at('2025-06-30'));
    const east = fc.features.find((f) => f.properties.claim_id === 'east-control')!;
    expect(east.properties.ledger).toHaveLength(1);
    expect(east.properties.ledger[0]).toMatchObject({ subject: 'UA-09', verdict: 'does_not_match', observed_snapshot: '2025-06-30', not_occupied_areas: 1 });
    const pocket = fc.features.find((f) => f.properties.claim_id === 'pocket')!;
    expect(pocket.properties.ledger[0]).toMatchObject({ subject: 'Pocket', verdict: 'outside', circle_share: 0 });
    expect(fc.features.find((f) => f.properties.claim_id === 'speech')!.properties.ledger[0]!.verdict).toBe('not_measurable');
    expect(claimsGeoJson(join, geo, []).features.every((f) => f.properties.ledger.length === 0)).toBe(true);
  });
});
