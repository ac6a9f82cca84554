// Snapshot readers per source: which files are snapshots of which day, which features count, and
// the importer's --source choosing among them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PackedObserved } from '../../src/domain/observed-format';
import { importObserved, OBSERVED_FILE } from '../observed';
import { snapshotSource } from './sources';

const tmp = mkdtempSync(join(tmpdir(), 'sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const square = (w: number, s: number, d: number) => [[[w, s], [w + d, s], [w + d, s + d], [w, s + d], [w, s]]];
const watchDay = (grow: number) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { layer: 'occupied' }, geometry: { type: 'Polygon', coordinates: square(37.6, 47.9, 0.2 + grow) } },
      { type: 'Feature', properties: { layer: 'contested' }, geometry: { type: 'Polygon', coordinates: square(36, 47, 1) } },
    ],
  });

describe('snapshot sources', () => {
  it('deepstate: the mirror file name gives the day; other names are not snapshots', () => {
    const s = snapshotSource('deepstate');
    expect(s.dateOf('deepstatemap_data_20260531.geojson')).toBe('2026-05-31');
    expect(s.dateOf('deepstatemap_data_20260231.geojson')).toBeNull();
    expect(s.dateOf('fixture-watch-2026-05-31.geojson')).toBeNull();
  });

  it('fixture-watch: keeps only the occupied layer, and names the file in errors', () => {
    const s = snapshotSource('fixture-watch');
    const snap = s.read('fixture-watch-2026-01-02.geojson', watchDay(0));
    expect(snap.date).toBe('2026-01-02');
    expect(snap.geometry).toEqual({ type: 'MultiPolygon', coordinates: [square(37.6, 47.9, 0.2)] });
    expect(() => s.read('fixture-watch-2026-01-03.geojson', '{"type":"FeatureCollection","features":[]}')).toThrow(/^fixture-watch-2026-01-03\.geojson: no feature with properties.layer "occupied"/);
  });

  it('an unknown source is refused with the known ones', () => {
    expect(() => snapshotSource('nope')).toThrow(/--source nope: unknown source \(known: deepstate, fixture-watch\)/);
  });

  it('the importer packs the source it is given, ignoring the other source\'s files', () => {
    const dir = join(tmp, 'watch');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fixture-watch-2026-01-01.geojson'), watchDay(0));
    writeFileSync(join(dir, 'fixture-watch-2026-01-02.geojson'), watchDay(0.05));
    writeFileSync(join(dir, 'deepstatemap_data_20260103.geojson'), 'not read');
    const s = importObserved({ input: dir, out: join(tmp, 'out'), source: 'fixture-watch', log: () => {} });
    expect(s.days).toBe(2);
    const p = JSON.parse(readFileSync(join(tmp, 'out', OBSERVED_FILE), 'utf8')) as PackedObserved;
    expect(p.snapshots!.map((f) => f.file)).toEqual(['fixture-watch-2026-01-01.geojson', 'fixture-watch-2026-01-02.geojson']);
  }, 60_000);
});
