// Small, dependency-free geometry helpers used when writing the output files.
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

export type Area = Polygon | MultiPolygon;
type Ring = Position[];

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r; // no "-0" in the output
}

/** Twice the signed planar area; positive = counter-clockwise. */
function signedArea2(ring: Ring): number {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    s += x1! * y2! - x2! * y1!;
  }
  return s;
}

function roundPath(path: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const p of path) {
    const q = [round(p[0]!, decimals), round(p[1]!, decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

/** Round, drop repeated points and degenerate rings; RFC 7946 winding (outer CCW, holes CW). */
function cleanRing(ring: Ring, decimals: number, outer: boolean): Ring | null {
  const r = roundPath(ring, decimals);
  const first = r[0];
  const last = r[r.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push([first[0]!, first[1]!]);
  if (r.length < 4) return null;
  const a = signedArea2(r);
  if (a === 0) return null;
  if (outer !== a > 0) r.reverse();
  return r;
}

export function cleanArea(g: Area, decimals: number): Area | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Ring[][] = [];
  for (const poly of polys) {
    const outer = poly[0] && cleanRing(poly[0], decimals, true);
    if (!outer) continue;
    const rings = [outer];
    for (const hole of poly.slice(1)) {
      const h = cleanRing(hole, decimals, false);
      if (h) rings.push(h);
    }
    out.push(rings);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}

export function cleanLines(g: LineString | MultiLineString, decimals: number): LineString | MultiLineString | null {
  const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates)
    .map((l) => roundPath(l, decimals))
    .filter((l) => l.length >= 2);
  if (lines.length === 0) return null;
  return lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
}

/** Code-unit string order: locale-independent, so output order never depends on the machine. */
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function polygonsOf(g: Area): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Deterministic FeatureCollection text: fixed key order, one feature per line for readable diffs. */
export function stringifyCollection(features: Feature[]): string {
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
