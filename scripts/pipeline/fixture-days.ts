// Small hand-drawn DeepState-format snapshots for tests of the import, update, verify and refresh
// scripts: a block in Donetsk oblast that grows day by day, with a hole on one day. Written to a
// folder as deepstatemap_data_YYYYMMDD.geojson, exactly the mirror's file shape.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_WATCH_DAYS } from '../../src/evidence/fixture-watch/days.ts';

type Ring = Array<[number, number]>;
const box = (w: number, s: number, e: number, n: number): Ring => [[w, s], [e, s], [e, n], [w, n], [w, s]];

/** Day → polygons (outer ring, then holes). Coordinates on the files' 10⁻⁶° grid. */
export const FIXTURE_DAYS: Record<string, Ring[][]> = {
  '2026-01-01': [[box(37.6, 47.9, 37.9, 48.2)]],
  '2026-01-02': [[box(37.6, 47.9, 38.0, 48.2)]],
  '2026-01-03': [[box(37.6, 47.9, 38.0, 48.3), box(37.7, 48.0, 37.75, 48.05).reverse()]],
  // no snapshot on 4 January (upstream has gaps)
  '2026-01-05': [[box(37.55, 47.9, 38.05, 48.3)], [box(38.2, 48.1, 38.3, 48.2)]],
  '2026-01-06': [[box(37.55, 47.85, 38.05, 48.3)], [box(38.2, 48.1, 38.35, 48.2)]],
};

export const fixtureName = (day: string) => `deepstatemap_data_${day.replaceAll('-', '')}.geojson`;

export function fixtureText(day: string): string {
  const coordinates = FIXTURE_DAYS[day];
  if (!coordinates) throw new Error(`no fixture day ${day}`);
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } }],
  });
}

/** Writes the given fixture days into `dir` (created if needed); returns the folder. */
export function writeFixtureDays(dir: string, days: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const d of days) writeFileSync(join(dir, fixtureName(d)), fixtureText(d));
  return dir;
}

/**
 * The made-up second source's hand-drawn days (src/evidence/fixture-watch/days.ts) as that source's
 * files: fixture-watch-YYYY-MM-DD.geojson, the area in a feature with properties.layer "occupied"
 * beside one that is not (the reader must keep only the first). Returns the folder.
 */
export function writeFixtureWatchDays(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [day, fc] of Object.entries(FIXTURE_WATCH_DAYS)) {
    const features = [
      ...fc.features.map((f) => ({ ...f, properties: { layer: 'occupied' } })),
      { type: 'Feature', properties: { layer: 'contested' }, geometry: { type: 'Polygon', coordinates: [box(29.5, 48, 30, 49)] } },
    ];
    writeFileSync(join(dir, `fixture-watch-${day}.geojson`), JSON.stringify({ type: 'FeatureCollection', features }));
  }
  return dir;
}

// `npx tsx scripts/pipeline/fixture-days.ts fixture-watch <dir>`: writes the made-up source's days, for
// `npm run observed -- --source fixture-watch <dir> --out <packed>` and a build with OBSERVED_DIRS.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [what, dir] = process.argv.slice(2);
  if (what !== 'fixture-watch' || !dir) {
    console.error('usage: npx tsx scripts/pipeline/fixture-days.ts fixture-watch <dir>');
    process.exit(2);
  }
  console.log(`fixture-days: ${Object.keys(FIXTURE_WATCH_DAYS).length} days written to ${writeFixtureWatchDays(dir)}`);
}
