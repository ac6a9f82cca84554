// Rules of the map style that keep its draw cost down (issue 13): pre-blended fills, one tiling for
// every GeoJSON source. Built from small hand-made inputs, not from data/.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Point } from 'geojson';
import { buildStyle, over } from '../../src/map/style';
import { GEO_TILING } from '../../src/map/tiling';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const points: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };
const observed = { faces: empty, arcs: empty };
const style = () => buildStyle({ oblasts: empty, context: empty, zone: empty, labels: points, places: points, fonts: { regular: [], bold: [] }, lang: 'en', observed });

describe('over: a translucent colour pre-blended on an opaque one', () => {
  it('is the source-over blend, rounded per channel', () => {
    expect(over('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(over('#ff0000', 1, '#00ff00')).toBe('#ff0000');
    expect(over('#ff0000', 0, '#00ff00')).toBe('#00ff00');
    // 0xef·0.42 + 0xfb·0.58 = 245.96 → f6; 0x44·0.42 + 0xfa·0.58 = 173.56 → ae; 0x44·0.42 + 0xf7·0.58 = 171.82 → ac
    expect(over('#ef4444', 0.42, '#fbfaf7')).toBe('#f6aeac');
  });
});

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
