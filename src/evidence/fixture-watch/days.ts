// FixtureWatch's hand-drawn daily polygons (test data only): rectangles over the squares of
// tests/fixtures/observed-mini/oblasts.geojson, growing from Donetsk's square into Luhansk's.
import type { FeatureCollection, MultiPolygon } from 'geojson';

const box = (w: number, s: number, e: number, n: number) => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];

function day(...boxes: number[][][][]): FeatureCollection<MultiPolygon> {
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: boxes } }] };
}

/** Snapshot day → the area FixtureWatch draws as occupied that day. */
export const FIXTURE_WATCH_DAYS: Record<string, FeatureCollection<MultiPolygon>> = {
  '2025-06-01': day(box(30, 48, 30.5, 49)),
  '2025-06-20': day(box(30, 48, 31, 49), box(31, 48, 31.4, 49)),
  '2025-07-10': day(box(30, 48, 31, 49), box(31, 48, 32, 49)),
};
