// A theme switch re-sets paint properties only: no source, layer or style is replaced, and the map
// ends with exactly the paint the dark style would have been built with. Compare mode's layers show
// and hide by visibility and set feature-state only where a face's change differs.
import { LIGHT } from '../symbols/palettes';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyCompare, compareLayers } from './compare-layer';
import { DARK_THEME } from '../symbols/palettes';
import { buildStyle, type StyleInputs } from './style';
import { applyPalette } from './theme-apply';

const empty = (): FeatureCollection<Point> => ({ type: 'FeatureCollection', features: [] });
const base: StyleInputs = { oblasts: empty(), context: empty(), zone: empty(), labels: empty(), places: empty(), fonts: { regular: [], bold: [] }, lang: 'en', palette: LIGHT, observed: { faces: empty(), arcs: empty() } };

/** A stand-in map holding a style's paint values; any call outside the allowed list throws. */
function fakeMap(style: StyleSpecification, extra: Record<string, unknown> = {}) {
  const paint = new Map<string, unknown>();
  for (const l of style.layers) for (const [k, v] of Object.entries(('paint' in l && l.paint) || {})) paint.set(`${l.id}|${k}`, v);
  const layers = new Set(style.layers.map((l) => l.id));
  const calls: string[] = [];
  const api: Record<string, unknown> = {
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    getPaintProperty: (id: string, k: string) => paint.get(`${id}|${k}`),
    setPaintProperty: (id: string, k: string, v: unknown) => (calls.push(`paint ${id} ${k}`), paint.set(`${id}|${k}`, v)),
    hasImage: () => false,
    ...extra,
  };
  const map = new Proxy(api, {
    get(t, key) {
      if (key in t) return t[key as string];
      throw new Error(`unexpected map.${String(key)}`);
    },
  }) as unknown as MapLibreMap;
  return { map, paint, calls };
}

describe('theme switch', () => {
  it('sets only the paint properties that differ, ending at the dark style', () => {
    const { map, paint, calls } = fakeMap(buildStyle(base));
    const n = applyPalette(map, base, 'dark');
    expect(n).toBe(calls.length);
    expect(n).toBeGreaterThan(10);
    const dark = buildStyle({ ...base, palette: DARK_THEME });
    for (const l of dark.layers) for (const [k, v] of Object.entries(('paint' in l && l.paint) || {})) expect(paint.get(`${l.id}|${k}`)).toEqual(v);
    expect(calls).toContain('paint background background-color');
    expect(calls).toContain('paint observed-fill fill-color');
    // the same palette again changes nothing
    expect(applyPalette(map, base, 'dark')).toBe(0);
  });
});

describe('compare layers', () => {
  it('are hidden until compare mode; feature-state is set only where a face changes', () => {
    const ids = [...compareLayers('light', true).map((l) => l.id), 'observed-fill', 'observed-line'];
    const vis = new Map<string, string>();
    const states: string[] = [];
    const { map } = fakeMap({ version: 8, sources: {}, layers: ids.map((id) => ({ id, type: 'background' })) } as StyleSpecification, {
      getSource: () => ({}),
      setLayoutProperty: (id: string, _k: string, v: string) => vis.set(id, v),
      setFeatureState: (f: { source: string; id: number | string }, s: Record<string, unknown>) => states.push(`${f.source}:${f.id}:${JSON.stringify(s)}`),
    });
    const on = applyCompare(map, true, new Uint8Array([0, 1, 2, 3]), ['UA-09'], { faces: null, changed: new Set() });
    expect(vis.get('compare-gained')).toBe('visible');
    expect(vis.get('observed-fill')).toBe('none');
    expect(states).toEqual(['observed-faces:1:{"cmp":1}', 'observed-faces:2:{"cmp":2}', 'observed-faces:3:{"cmp":3}', 'oblasts:UA-09:{"changed":true}']);
    states.length = 0;
    applyCompare(map, true, new Uint8Array([0, 1, 3, 3]), ['UA-09'], on);
    expect(states).toEqual(['observed-faces:2:{"cmp":3}']);
    states.length = 0;
    applyCompare(map, false, null, [], on);
    expect(vis.get('compare-gained')).toBe('none');
    expect(vis.get('observed-fill')).toBe('visible');
    expect(states).toEqual(['oblasts:UA-09:{"changed":false}']);
  });
});
