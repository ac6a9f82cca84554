// The observed layer restyles by feature-state only: per date, exactly the faces and arcs that change.
import { LIGHT } from '../symbols/palettes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { OblastCollection } from '../domain/geo';
import { dayState, decodeObserved } from '../domain/observed-format';
import { packHistory, parseSnapshot } from '../../scripts/pipeline/observed-pack';
import { applyObservedDate, observedLayers, observedSources, OBSERVED_SOURCES } from './observed-layer';
import { buildStyle, type StyleInputs } from './style';
import type { FeatureCollection, Point } from 'geojson';
import { miniSnapshots } from '../../tests/support/helpers';

const DIR = join(process.cwd(), 'tests/fixtures/observed-mini');
const oblasts = JSON.parse(readFileSync(join(DIR, 'oblasts.geojson'), 'utf8')) as OblastCollection;
const snaps = miniSnapshots().map((f) => parseSnapshot(f.name, f.text));
const h = decodeObserved(JSON.parse(JSON.stringify(packHistory(snaps, oblasts).packed)));

/** A stand-in map that records feature-state calls and fails on anything else. */
function fakeMap() {
  const calls: Array<{ source: string; id: number; on: boolean }> = [];
  const map = new Proxy({} as Record<string, unknown>, {
    get(_t, key) {
      if (key === 'setFeatureState') return (f: { source: string; id: number }, s: { on: boolean }) => calls.push({ source: f.source, id: f.id, on: s.on });
      throw new Error(`unexpected map.${String(key)}`);
    },
  }) as unknown as MapLibreMap;
  return { map, calls };
}

describe('observed map layer', () => {
  it('adds two sources and two layers only when the observed record is shipped', () => {
    const empty = (): FeatureCollection<Point> => ({ type: 'FeatureCollection', features: [] });
    const base: StyleInputs = { oblasts: empty(), context: empty(), zone: empty(), labels: empty(), places: empty(), fonts: { regular: [], bold: [] }, lang: 'en', palette: LIGHT };
    const without = buildStyle(base);
    expect(Object.keys(without.sources).some((k) => k.startsWith('observed'))).toBe(false);
    const withObs = buildStyle({ ...base, observed: h });
    expect(Object.keys(withObs.sources)).toEqual(expect.arrayContaining([OBSERVED_SOURCES.faces, OBSERVED_SOURCES.arcs]));
    const ids = withObs.layers.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['observed-fill', 'observed-line']));
    expect(ids.indexOf('observed-fill')).toBeLessThan(ids.indexOf('oblast-lines'));
    expect(observedSources(null)).toEqual({});
    expect(observedLayers(null, LIGHT)).toEqual([]);
  });

  it('first date: sets on only the features that are on; later dates: only those that change', () => {
    const { map, calls } = fakeMap();
    let drawn = applyObservedDate(map, h, '2025-05-31', null);
    const s0 = dayState(h, 0);
    expect(calls.filter((c) => c.source === OBSERVED_SOURCES.faces).length).toBe(s0.faces.reduce((a, b) => a + b, 0));
    expect(calls.every((c) => c.on)).toBe(true);

    calls.length = 0;
    drawn = applyObservedDate(map, h, '2025-06-10', drawn); // same snapshot: nothing to do
    expect(calls).toEqual([]);

    drawn = applyObservedDate(map, h, '2025-06-15', drawn);
    const s1 = dayState(h, 1);
    const changedFaces = [...s1.faces].filter((v, i) => v !== s0.faces[i]).length;
    const changedArcs = [...s1.arcs].filter((v, i) => v !== s0.arcs[i]).length;
    expect(calls.filter((c) => c.source === OBSERVED_SOURCES.faces)).toHaveLength(changedFaces);
    expect(calls.filter((c) => c.source === OBSERVED_SOURCES.arcs)).toHaveLength(changedArcs);
    expect(changedFaces).toBeGreaterThan(0);
    expect(changedFaces).toBeLessThan(h.faces.features.length);

    calls.length = 0;
    applyObservedDate(map, h, '2025-01-01', drawn); // before the first snapshot: everything off
    expect(calls.every((c) => !c.on)).toBe(true);
    expect(calls.filter((c) => c.source === OBSERVED_SOURCES.faces)).toHaveLength(s1.faces.reduce((a, b) => a + b, 0));
  });
});
