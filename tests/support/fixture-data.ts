// The small made-up dataset under tests/fixtures/claims/ (four claims on the synthetic squares of
// tests/fixtures/observed-mini), validated like the real data: rule tests run on it, so they test
// the rules and not whatever today's data happens to hold.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { Dataset, OblastCollection } from '../../src/domain';
import type { GeoBundle } from '../../src/state/load';
import { readRaw } from './helpers';
import { validateDataset } from '../../src/domain';

export function fixtureDataset(): Dataset {
  const { dataset, errors } = validateDataset(readRaw('tests/fixtures/claims'));
  if (!dataset) throw new Error('tests/fixtures/claims: ' + errors.map((e) => `${e.file} ${e.path} ${e.message}`).join('\n'));
  return dataset;
}

/** The four synthetic squares as oblasts (with label points at their centres), no context, no zone. */
export function fixtureGeo(): GeoBundle {
  const oblasts = JSON.parse(readFileSync('tests/fixtures/observed-mini/oblasts.geojson', 'utf8')) as OblastCollection;
  for (const f of oblasts.features) {
    const ring = (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0]![0])!;
    const xs = ring.map((p) => p[0]!), ys = ring.map((p) => p[1]!);
    f.properties.label_lon = (Math.min(...xs) + Math.max(...xs)) / 2;
    f.properties.label_lat = (Math.min(...ys) + Math.max(...ys)) / 2;
  }
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  return { oblasts, context: empty, zone: empty };
}
