// Not-occupied ground on synthetic shapes (not DeepState data): a compact part of an oblast outside the
// observed area is ground not shown as occupied, a 1 km-wide sliver is boundary mismatch; and the packed
// file carries the result per oblast and day.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { OblastCollection } from '../../src/domain/geo';
import { decodeObserved, mergeDerived, ObservedFormatError, type PackedDerived } from '../../src/domain/observed-format';
import { notOccupiedAt, notOccupiedOblasts, notOccupiedPartsOn } from '../../src/domain/observed-metrics';
import { classifyParts, NOT_OCCUPIED_RADIUS_KM, outsideObserved } from './observed-not-occupied';
import { notOccupiedSubjects, packHistory, parseSnapshot } from './observed-pack';
import { miniSnapshots } from '../../tests/support/helpers';

const KM_LAT = 111.195;
const square = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const feature = (g: Polygon): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: g });

describe('not-occupied ground: compact part against a sliver', () => {
  // an oblast of 0.5° × 0.5°; the observed area covers all of it except a 10 × 10 km block in the
  // middle and a 1 km-wide strip along its western edge
  const lat0 = 48;
  const kmLon = KM_LAT * Math.cos((48.25 * Math.PI) / 180);
  const region = feature(square(37, lat0, 37.5, lat0 + 0.5));
  const strip = 1 / kmLon; // 1 km in degrees of longitude
  const block = { w: 37.2, s: 48.2, e: 37.2 + 10 / kmLon, n: 48.2 + 10 / KM_LAT };
  const observed: Polygon = {
    type: 'Polygon',
    coordinates: [
      [[37 + strip, 47.9], [37.6, 47.9], [37.6, 48.6], [37 + strip, 48.6], [37 + strip, 47.9]],
      [[block.w, block.s], [block.w, block.n], [block.e, block.n], [block.e, block.s], [block.w, block.s]],
    ],
  };
  const outside = outsideObserved(region, observed);
  const c = classifyParts(outside);

  it('the compact block holds a 2 km disk: one not-occupied part with its full area', () => {
    expect(c.notOccupied).toHaveLength(1);
    expect(c.notOccupied[0]!.km2).toBeGreaterThan(98);
    expect(c.notOccupied[0]!.km2).toBeLessThan(102);
    const [lon, lat] = c.notOccupied[0]!.label;
    expect(lon).toBeGreaterThan(block.w);
    expect(lon).toBeLessThan(block.e);
    expect(lat).toBeGreaterThan(block.s);
    expect(lat).toBeLessThan(block.n);
  });

  it('the 1 km strip does not: its area is boundary mismatch', () => {
    const stripKm2 = area(square(37, lat0, 37 + strip, lat0 + 0.5)) / 1e6;
    expect(c.mismatchKm2).toBeCloseTo(stripKm2, 0);
    expect(c.mismatchKm2).toBeGreaterThan(50);
  });

  it('a 5 km strip is not-occupied ground, a 3.9 km strip is not (radius 2 km)', () => {
    const wide = classifyParts(square(37, 48, 37 + 5 / kmLon, 48.5));
    expect(wide.notOccupied).toHaveLength(1);
    const thin = classifyParts(square(37, 48, 37 + 3.9 / kmLon, 48.5));
    expect(thin.notOccupied).toHaveLength(0);
    expect(thin.mismatchKm2).toBeGreaterThan(200);
    expect(NOT_OCCUPIED_RADIUS_KM).toBe(2);
  });

  it('nothing observed: the whole oblast is notOccupied; all observed: nothing is', () => {
    expect(classifyParts(outsideObserved(region, null)).notOccupied).toHaveLength(1);
    const all = classifyParts(outsideObserved(region, square(36.9, 47.9, 37.6, 48.6)));
    expect(all.notOccupied).toHaveLength(0);
    expect(all.mismatchKm2).toBe(0);
  });
});

describe('not-occupied ground in the packed history', () => {
  const dir = join(process.cwd(), 'tests/fixtures/observed-mini');
  const oblasts = JSON.parse(readFileSync(join(dir, 'oblasts.geojson'), 'utf8')) as OblastCollection;
  const snaps = miniSnapshots().map((f) => parseSnapshot(f.name, f.text));
  const ids = notOccupiedSubjects([
    { kind: 'area-control', subject: { oblasts: ['UA-09'] } },
    { kind: 'annexation', subject: { oblasts: ['UA-43', 'UA-09'] } },
    { kind: 'point-control', subject: { oblasts: ['UA-14'] } },
  ]);
  const res = packHistory(snaps, oblasts, undefined, { notOccupied: ids });
  const h = decodeObserved(JSON.parse(JSON.stringify(res.packed)));

  it('takes the oblasts from area-control and annexation claims only', () => {
    expect(ids).toEqual(['UA-09', 'UA-43']);
    expect(notOccupiedOblasts(h)).toEqual(['UA-09', 'UA-43']);
  });

  it('follows the front day by day', () => {
    // 31 May: the western half of "East" (0.5° × 1°) is outside the observed area
    const may = notOccupiedAt(h, 'UA-09', 0)!;
    expect(may.count).toBe(1);
    expect(may.notOccupiedKm2 / (area(oblasts.features[0]!) / 1e6)).toBeCloseTo(0.5, 2);
    // 30 June: only the 0.1° pocket is left
    const june = notOccupiedAt(h, 'UA-09', 2)!;
    expect(june.count).toBe(1);
    expect(june.notOccupiedKm2).toBeGreaterThan(75);
    expect(june.notOccupiedKm2).toBeLessThan(90);
    expect(june.parts[0]!.label[0]).toBeGreaterThan(31.6);
    expect(june.parts[0]!.label[0]).toBeLessThan(31.7);
    // the fixture oblast "Held" (occupied): the 0.01° strip along its western edge (0.74 km) is mismatch, not ground not shown as occupied
    const notOccupied = notOccupiedAt(h, 'UA-43', 0)!;
    expect(notOccupied.count).toBe(0);
    expect(notOccupied.mismatchKm2).toBeGreaterThan(70);
    expect(notOccupiedAt(h, 'UA-14', 0)).toBeNull();
    expect(notOccupiedAt(h, 'UA-09', -1)).toBeNull();
  });

  it('ships each distinct part once, drawn as features with the part index as id', () => {
    expect(h.notOccupiedParts!.features.length).toBe(res.packed.notOccupied!.parts.length);
    const on = notOccupiedPartsOn(h, 2);
    expect(on).toEqual(notOccupiedAt(h, 'UA-09', 2)!.parts.map((p) => p.part));
    expect(h.notOccupiedParts!.features[on[0]!]!.properties.oblast).toBe('UA-09');
    expect(h.notOccupiedLabels!.features[on[0]!]!.geometry.coordinates).toEqual(res.packed.notOccupied!.parts[on[0]!]!.label);
  });

  it('not-occupied ground that does not cover every day is a format error', () => {
    const bad = JSON.parse(JSON.stringify(res.packed));
    bad.notOccupied.oblasts[0].days.pop();
    expect(() => decodeObserved(bad)).toThrow(ObservedFormatError);
    expect(() => decodeObserved(bad)).toThrow(/UA-09 does not cover every snapshot day/);
  });

  it('a derived file of the old format, whose field was "held", is refused by name, not read as one without that ground', () => {
    const old = { format: 'observed-derived/1', inputs: { observed: '', held: ['UA-09'], oblasts: '', zone: '' }, hash: '', held: res.packed.notOccupied };
    expect(() => mergeDerived(res.packed, old as unknown as PackedDerived)).toThrow(
      /derived figures: not an observed-derived\/2 file \(it says observed-derived\/1, whose field "held" is now "notOccupied"\); run npm run observed:derive/,
    );
  });
});
