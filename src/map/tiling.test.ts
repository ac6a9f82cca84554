// Rules of the map style that keep its draw cost down: one tiling for every GeoJSON
// source, one shader program variant per layer type. Built from small hand-made inputs, not from data/.
import { LIGHT } from '../symbols/palettes';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { buildStyle } from './style';
import { GEO_TILING } from './tiling';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const points: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const observed = { faces: empty, arcs: empty };
const style = () => buildStyle({ oblasts: empty, context: empty, zone: empty, labels: points, places: points, fonts: { regular: [], bold: [] }, lang: 'en', palette: LIGHT, observed });

describe('tiling', () => {
  it('every GeoJSON source of the map is cut with the same maxzoom and tolerance', () => {
    const sources = Object.entries(style().sources);
    expect(sources.length).toBeGreaterThanOrEqual(7);
    for (const [id, s] of sources) {
      expect(s.type, id).toBe('geojson');
      expect((s as { maxzoom?: number }).maxzoom, id).toBe(GEO_TILING.maxzoom);
    }
  });
});

describe('one shader program variant per layer type', () => {
  // MapLibre compiles a program per layer type and per set of paint properties that vary by feature
  // (src/map/variants.ts); layers of one kind must agree on that set.
  it('layers of one kind make the same paint properties per-feature', () => {
    const byKind = new Map<string, Map<string, string[]>>();
    for (const l of style().layers) {
      if (l.type === 'background' || !('paint' in l) || !l.paint) continue;
      const paint = l.paint as Record<string, unknown>;
      const layout = ('layout' in l ? l.layout : {}) as Record<string, unknown>;
      const kind = [l.type, paint['fill-pattern'] ? 'pattern' : '', paint['line-dasharray'] ? 'dash' : '', l.type === 'symbol' ? (layout['text-field'] ? 'text' : 'icon') : ''].join(':');
      const perFeature = Object.entries(paint)
        .filter(([k, v]) => k !== 'line-dasharray' && Array.isArray(v) && typeof v[0] === 'string')
        .map(([k]) => k)
        .sort()
        .join(',');
      const sigs = byKind.get(kind) ?? new Map<string, string[]>();
      sigs.set(perFeature, [...(sigs.get(perFeature) ?? []), l.id]);
      byKind.set(kind, sigs);
    }
    expect(byKind.size).toBeGreaterThanOrEqual(6);
    for (const [kind, sigs] of byKind) expect(Object.fromEntries(sigs), kind).toSatisfy((o: object) => Object.keys(o).length === 1);
  });
});
