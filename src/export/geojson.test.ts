// The claims GeoJSON export of a date on today's data.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import { claimsGeoJson } from './geojson';
import type { GeoBundle } from '../state/load';
import { realDataset } from '../../tests/support/helpers';

const data = realDataset();
const readGeo = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as FeatureCollection;
const geo: GeoBundle = { oblasts: readGeo('oblasts.geojson') as OblastCollection, context: readGeo('context.geojson'), zone: readGeo('buffer-zone.geojson') };

describe('claims GeoJSON', () => {
  it('points for places, oblast polygons for oblast claims, the zone polygon, null for country-wide statements', () => {
    const fc = claimsGeoJson(claimsAt(data, '2025-07-08'), geo, data.sources);
    expect(fc.metadata.date).toBe('2025-07-08');
    const byClaim = (id: string) => fc.features.filter((f) => f.properties.claim_id === id);
    const dachne = byClaim('dachne-capture-2025');
    expect(dachne).toHaveLength(1);
    expect(dachne[0]!.geometry).toMatchObject({ type: 'Point' });
    expect(dachne[0]!.properties).toMatchObject({ status: 'assessed', finding: 'contested', status_since: '2025-07-08', quote_kind: 'paraphrase', place_uk: expect.any(String), oblasts: ['UA-12'] });
    // A region report: one feature with the two oblasts' polygons, not city-centre points.
    const troops = byClaim('troops-sumy-kharkiv-2025');
    expect(troops).toHaveLength(1);
    expect(troops[0]!.geometry?.type).toBe('MultiPolygon');
    expect(troops[0]!.properties.oblasts).toEqual(['UA-59', 'UA-63']);
    const annex = byClaim('annexation-2022')[0]!;
    expect(annex.geometry?.type).toBe('MultiPolygon');
    expect((annex.geometry as { coordinates: unknown[] }).coordinates.length).toBeGreaterThanOrEqual(4);
    expect(byClaim('buffer-zone-2025')[0]!.geometry?.type).toBe('Polygon');
    // Today's data: the SPIEF statement has no place, so its feature has no geometry.
    const spief = byClaim('spief-statement-2025');
    expect(spief.map((f) => f.geometry)).toEqual([null]);
    expect(JSON.parse(JSON.stringify(fc)).type).toBe('FeatureCollection');
    for (const f of fc.features) expect(f.properties.quote.length).toBeGreaterThan(0);
  });

  it('is empty before the first claim', () => {
    expect(claimsGeoJson(claimsAt(data, '2014-02-20'), geo, data.sources).features).toHaveLength(0);
  });
});
