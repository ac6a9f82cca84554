import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceToBoundaryKm, findOblast, pointInOblastFn, type OblastCollection } from '../../src/domain/geo';
import { claimsAt } from '../../src/domain/join';
import { featureStates, placesCollection } from '../../src/domain/places';
import { realDataset } from './helpers';

const oblasts = JSON.parse(readFileSync('public/geo/oblasts.geojson', 'utf8')) as OblastCollection;
const data = realDataset();
const dachne = data.claims.find((c) => c.id === 'dachne-capture-2025')!.subject.point!;

describe("today's data: places against the boundaries", () => {
  it('Dachne lies inside Dnipropetrovsk oblast (UA-12), within 15 km of Donetsk oblast (UA-14)', () => {
    const inside = pointInOblastFn(oblasts);
    expect(inside(dachne.lon, dachne.lat, 'UA-12')).toBe(true);
    expect(inside(dachne.lon, dachne.lat, 'UA-14')).toBe(false);
    const km = distanceToBoundaryKm(dachne.lon, dachne.lat, findOblast(oblasts, 'UA-14')!);
    expect(km).toBeLessThanOrEqual(15);
    expect(km).toBeGreaterThan(0);
  });

  it('the troop markers lie in the oblasts they name', () => {
    const inside = pointInOblastFn(oblasts);
    const troops = data.claims.find((c) => c.kind === 'troop-concentration')!;
    const [sumy, kharkiv] = troops.subject.points!;
    expect(inside(sumy!.lon, sumy!.lat, 'UA-59')).toBe(true);
    expect(inside(kharkiv!.lon, kharkiv!.lat, 'UA-63')).toBe(true);
  });
});

describe("today's data: feature-state for the map", () => {
  const places = placesCollection(data.claims);
  const stateOf = (date: string, source: string, id: string) =>
    featureStates(claimsAt(data, date), places, ['buffer-zone-30km']).find((u) => u.source === source && u.id === id)!.state;

  it('one keyed point per place', () => {
    expect(places.features.map((f) => f.properties.key)).toEqual(['dachne-capture-2025#0', 'troops-sumy-kharkiv-2025#0', 'troops-sumy-kharkiv-2025#1']);
  });

  it('Luhansk control and Dachne status follow the date', () => {
    expect(stateOf('2025-06-29', 'oblasts', 'UA-09')).toEqual({ control: 'none', annex: 'disputed' });
    expect(stateOf('2025-06-30', 'oblasts', 'UA-09')).toEqual({ control: 'claimed', annex: 'disputed' });
    expect(stateOf('2025-06-29', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'none' });
    expect(stateOf('2025-07-01', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'claimed' });
    expect(stateOf('2025-07-07', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'disputed' });
    expect(stateOf('2025-07-08', 'places', 'dachne-capture-2025#0')).toEqual({ status: 'denied' });
    expect(stateOf('2022-10-01', 'oblasts', 'UA-43')).toEqual({ control: 'assessed', annex: 'disputed' });
  });

  it('the buffer zone is on from May 2025', () => {
    expect(stateOf('2025-04-30', 'zone', 'buffer-zone-30km')).toEqual({ active: 'no' });
    expect(stateOf('2025-05-01', 'zone', 'buffer-zone-30km')).toEqual({ active: 'yes' });
  });
});
