import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceToBoundaryKm, findOblast, OBLAST_LINE_TOLERANCE_KM, pointInOblastFn, type OblastCollection } from './geo';
import { claimsAt } from './join';
import { featureStates, placesCollection, pointSymbol } from './places';
import { realDataset } from '../../tests/support/helpers';
import { fixtureDataset, fixtureGeo } from '../../tests/support/fixture-data';

const oblasts = JSON.parse(readFileSync('public/geo/oblasts.geojson', 'utf8')) as OblastCollection;
const data = realDataset();
const dachne = data.claims.find((c) => c.id === 'dachne-capture-2025')!.subject.point!;

describe("today's data: places against the boundaries", () => {
  it('Dachne (an estimate, ±4 km) lies in Dnipropetrovsk oblast (UA-12) within the boundary tolerance, right on the Donetsk line', () => {
    expect(dachne.coords_kind).toBe('estimate');
    expect(dachne.uncertainty_km).toBe(4);
    const km = distanceToBoundaryKm(dachne.lon, dachne.lat, findOblast(oblasts, 'UA-14')!);
    expect(km).toBeLessThanOrEqual(OBLAST_LINE_TOLERANCE_KM);
    expect(pointInOblastFn(oblasts)(dachne.lon, dachne.lat, 'UA-12')).toBe(true);
    // Without the tolerance Natural Earth's generalised line puts the estimate just inside Donetsk oblast.
    expect(pointInOblastFn(oblasts, 0)(dachne.lon, dachne.lat, 'UA-12')).toBe(false);
  });

  it('the tolerance accepts a point just outside the line and still rejects one 5 km out', () => {
    const inside = pointInOblastFn(oblasts);
    const ua12 = findOblast(oblasts, 'UA-12')!;
    // Walk east from the estimate into Donetsk oblast until 1 km and 5 km from UA-12's line.
    const at = (km: number) => {
      for (let lon = dachne.lon; lon < dachne.lon + 0.5; lon += 0.001) {
        if (!pointInOblastFn(oblasts, 0)(lon, dachne.lat, 'UA-12') && distanceToBoundaryKm(lon, dachne.lat, ua12) >= km) return lon;
      }
      throw new Error('no such point');
    };
    expect(inside(at(1), dachne.lat, 'UA-12')).toBe(true);
    expect(inside(at(5), dachne.lat, 'UA-12')).toBe(false);
  });
});

describe("today's data: feature-state for the map", () => {
  const places = placesCollection(data.claims, oblasts);
  const stateOf = (date: string, source: string, id: string) =>
    featureStates(claimsAt(data, date), places, ['buffer-zone-30km']).find((u) => u.source === source && u.id === id)!.state;

  it('one keyed point per place', () => {
    expect(places.features.map((f) => f.properties.key)).toEqual(['dachne-capture-2025#0', 'troops-sumy-kharkiv-2025#0', 'troops-sumy-kharkiv-2025#1']);
  });

  it('Luhansk control and Dachne status (and its symbol) follow the date', () => {
    expect(stateOf('2025-06-29', 'oblasts', 'UA-09')).toEqual({ control: 'none', annex: 'disputed' });
    expect(stateOf('2025-06-30', 'oblasts', 'UA-09')).toEqual({ control: 'claimed', annex: 'disputed' });
    expect(stateOf('2025-06-29', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'none', symbol: 'none' });
    expect(stateOf('2025-07-01', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'claimed', symbol: 'claimed' });
    expect(stateOf('2025-07-02', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'disputed', symbol: 'disputed' });
    expect(stateOf('2025-07-08', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'assessed', symbol: 'contested' });
    expect(stateOf('2025-09-01', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'assessed', symbol: 'not-held' });
    // Crimea's control claim is Russia's own (no assessor is cited): the observed record speaks for it.
    expect(stateOf('2022-10-01', 'oblasts', 'UA-43')).toEqual({ control: 'claimed', annex: 'disputed' });
  });

  it('the buffer zone is on from 22 May 2025', () => {
    expect(stateOf('2025-05-21', 'zone', 'buffer-zone-30km')).toEqual({ active: 'no' });
    expect(stateOf('2025-05-22', 'zone', 'buffer-zone-30km')).toEqual({ active: 'yes' });
  });
});

// The troop marker and the point symbol each have this one home (today's data and the fixture claims).
const fx = fixtureDataset();

describe('troop markers', () => {
  it('troop reports are region reports: one marker per subject oblast, at its label point, inside it', () => {
    const troops = data.claims.find((c) => c.kind === 'troop-concentration')!;
    expect(troops.subject.points).toBeUndefined();
    expect(troops.subject.oblasts).toEqual(['UA-59', 'UA-63']);
    const markers = placesCollection(data.claims, oblasts).features.filter((f) => f.properties.claimId === troops.id);
    expect(markers.map((f) => f.properties.name_en)).toEqual(['Sumy', 'Kharkiv'].map((n) => oblasts.features.find((o) => o.properties.name_en.startsWith(n))!.properties.name_en));
    for (const [f, id] of markers.map((f, n) => [f, troops.subject.oblasts![n]!] as const)) {
      const o = findOblast(oblasts, id)!.properties;
      expect(f.geometry.coordinates).toEqual([o.label_lon, o.label_lat]);
      expect(pointInOblastFn(oblasts, 0)(o.label_lon!, o.label_lat!, id)).toBe(true);
    }
  });

  it('a troop report without points is a region report: one marker at the label point of each subject oblast', () => {
    const geo = fixtureGeo();
    const markers = placesCollection(fx.claims, geo.oblasts).features.filter((f) => f.properties.claimId === 'fx-troops');
    const west = geo.oblasts.features.find((f) => f.properties.id === 'UA-14')!.properties;
    expect(markers.map((f) => [f.properties.key, f.properties.name_en, f.geometry.coordinates])).toEqual([['fx-troops#0', 'West', [west.label_lon, west.label_lat]]]);
  });
});

describe('point symbol', () => {
  it('an assessment’s finding has its own symbol, never a claim’s diamond', () => {
    expect(pointSymbol('assessed', 'held')).toBe('held');
    expect(pointSymbol('assessed', 'contested')).toBe('contested');
    expect(pointSymbol('assessed', 'not-held')).toBe('not-held');
    expect(pointSymbol('claimed', null)).toBe('claimed');
    expect(pointSymbol('assessed', null)).toBe('none');
    expect(pointSymbol('denied', null)).toBe('denied');
  });

  it('on the fixture claims, the village symbol follows the finding of the assessment', () => {
    const geo = fixtureGeo();
    const places = placesCollection(fx.claims, geo.oblasts);
    const state = (d: string) => featureStates(claimsAt(fx, d), places, []).find((u) => u.id === 'fx-village#0')!.state;
    expect(state('2025-02-03')).toEqual({ status: 'disputed', symbol: 'disputed' });
    expect(state('2025-02-10')).toEqual({ status: 'assessed', symbol: 'contested' });
  });
});
