// Importer side of "held ground": for each oblast a claim says Russia holds or annexed, the parts of
// the oblast outside the observed area on each snapshot day. A part counts as ground held by
// Ukraine only if a disk of HELD_RADIUS_KM fits inside it (it survives that inward buffer); thinner
// parts are where Natural Earth's lines and the source's disagree and are summed as "boundary mismatch".
// Also the observed km² inside the buffer-zone band per oblast. Uses turf, so only the importer and
// tests import it; the page reads the result from the packed file (see observed.ts).
import { area, bbox, bboxClip, buffer, difference, intersect, pointOnFeature, simplify } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { OblastCollection } from './geo';
import type { PackedHeld, PackedHeldPart, PackedZone } from './observed';
import type { SnapshotInput } from './observed-topology';

/** A part of an oblast outside the observed area is held ground when a disk of this radius fits in it. */
export const HELD_RADIUS_KM = 2;
/** Part outlines shipped to the page: simplified to ~200 m and stored on a 10⁻⁴° grid. */
export const HELD_SCALE = 1e4;
const SIMPLIFY_DEG = 0.002;
const KM_PER_DEG_LAT = 111.32;

type Geom = Polygon | MultiPolygon;
const feat = (geometry: Geom): Feature<Geom> => ({ type: 'Feature', properties: {}, geometry });

export interface HeldPart {
  polygon: Polygon;
  km2: number;
  /** A point well inside the part (inside its 2 km inward buffer), for the label. */
  label: [number, number];
}

export interface Classified {
  held: HeldPart[];
  /** Summed area of the parts too thin to hold a disk of the radius, km². */
  mismatchKm2: number;
}

const GRID = 12;

function inRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Of a GRID×GRID lattice over the box, the point inside the polygon farthest from its edges (km, local projection). */
function deepestGridPoint(p: Polygon, [w, s, e, n]: number[], kx: number): { at: [number, number]; km: number } | null {
  let best: { at: [number, number]; km: number } | null = null;
  const [outer, ...holes] = p.coordinates;
  if (!outer) return null;
  for (let i = 0; i < GRID; i++) for (let j = 0; j < GRID; j++) {
    const x = w! + ((i + 0.5) / GRID) * (e! - w!), y = s! + ((j + 0.5) / GRID) * (n! - s!);
    if (!inRing(x, y, outer) || holes.some((h) => inRing(x, y, h))) continue;
    let d2 = Infinity;
    for (const ring of p.coordinates) for (let k = 0; k + 1 < ring.length; k++) {
      const ax = (ring[k]![0]! - x) * kx, ay = (ring[k]![1]! - y) * KM_PER_DEG_LAT;
      const bx = (ring[k + 1]![0]! - x) * kx, by = (ring[k + 1]![1]! - y) * KM_PER_DEG_LAT;
      const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
      const px = ax + t * dx, py = ay + t * dy;
      d2 = Math.min(d2, px * px + py * py);
    }
    const km = Math.sqrt(d2);
    if (!best || km > best.km) best = { at: [x, y], km };
  }
  return best;
}

/** Whether a disk of `radiusKm` fits inside the polygon: returns a point inside the inward buffer, or null. */
function innerPoint(p: Polygon, km2: number, radiusKm: number): [number, number] | null {
  // cheap exact rejections: a disk needs its own area and a box at least its diameter wide and high
  if (km2 < Math.PI * radiusKm * radiusKm) return null;
  const [w, s, e, n] = bbox(p);
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180) * KM_PER_DEG_LAT;
  if ((n - s) * KM_PER_DEG_LAT < 2 * radiusKm || (e - w) * kx < 2 * radiusKm) return null;
  // sufficient test first: a grid point inside the part at least the radius from every edge
  const best = deepestGridPoint(p, [w, s, e, n], kx);
  if (best && best.km >= radiusKm) return best.at;
  // otherwise the exact test: does anything survive the inward buffer?
  const inner = buffer(feat(p), -radiusKm, { units: 'kilometers', steps: 8 });
  if (!inner || !inner.geometry || area(inner) <= 0) return null;
  const at = pointOnFeature(inner).geometry.coordinates;
  return [at[0]!, at[1]!];
}

/** Splits the area of an oblast outside the observed area into held parts and boundary mismatch. */
export function classifyParts(outside: Geom | null, radiusKm = HELD_RADIUS_KM): Classified {
  const held: HeldPart[] = [];
  let mismatchKm2 = 0;
  if (!outside) return { held, mismatchKm2 };
  const polys = outside.type === 'Polygon' ? [outside.coordinates] : outside.coordinates;
  for (const coordinates of polys) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const km2 = area(polygon) / 1e6;
    const label = innerPoint(polygon, km2, radiusKm);
    if (label) held.push({ polygon, km2, label });
    else mismatchKm2 += km2;
  }
  held.sort((a, b) => b.km2 - a.km2);
  return { held, mismatchKm2 };
}

/** The part of `region` outside the observed geometry (clipped to the region's box first, for speed). */
export function outsideObserved(region: Feature<Geom>, observed: Geom | null): Geom | null {
  if (!observed) return region.geometry;
  const box = bbox(region);
  const pad = 0.01;
  const clipped = bboxClip(feat(observed), [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad]);
  // box clipping leaves rings collapsed onto the box edge; drop those with fewer than 4 positions
  const g = clipped.geometry as Geom;
  const all: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const polys = all.map((rings) => rings.filter((r) => r.length >= 4)).filter((rings, k) => rings.length > 0 && rings[0] === all[k]![0]);
  if (!polys.length) return region.geometry;
  const diff = difference({ type: 'FeatureCollection', features: [region, feat({ type: 'MultiPolygon', coordinates: polys })] });
  return diff ? diff.geometry : null;
}

function encodeRing(ring: readonly Position[]): number[] {
  const out: number[] = [];
  let px = 0, py = 0;
  for (const [lon, lat] of ring) {
    const x = Math.round(lon! * HELD_SCALE), y = Math.round(lat! * HELD_SCALE);
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

function packPart(p: HeldPart): PackedHeldPart {
  let shape: Polygon = p.polygon;
  try {
    shape = simplify(feat(p.polygon), { tolerance: SIMPLIFY_DEG, highQuality: false }).geometry as Polygon;
  } catch {
    // keep the unsimplified outline
  }
  const r = (v: number) => Math.round(v * HELD_SCALE) / HELD_SCALE;
  return { rings: shape.coordinates.map(encodeRing), km2: Math.round(p.km2 * 10) / 10, label: [r(p.label[0]), r(p.label[1])] };
}

export interface HeldInput {
  snaps: readonly SnapshotInput[];
  oblasts: OblastCollection;
  /** Per face and day: drawn or not. */
  faceOn: readonly Uint8Array[];
  /** Per face: [oblast index, km², …] as in the packed file. */
  faceOblastKm2: readonly number[][];
  /** Oblasts to compute, by id (those a claim says Russia holds or annexed). */
  ids: readonly string[];
  radiusKm?: number;
  progress?: (stage: string, done: number, total: number) => void;
}

/**
 * Held ground per oblast and day. Days on which the same faces touching the oblast are drawn share
 * one result (most days repeat), so the expensive overlay runs once per distinct set.
 */
export function computeHeld(i: HeldInput): PackedHeld {
  const radiusKm = i.radiusKm ?? HELD_RADIUS_KM;
  const parts: PackedHeldPart[] = [];
  const partIndex = new Map<string, number>();
  const D = i.snaps.length;
  const touching = i.oblasts.features.map(() => [] as number[]);
  i.faceOblastKm2.forEach((pairs, f) => {
    for (let k = 0; k + 1 < pairs.length; k += 2) touching[pairs[k]!]!.push(f);
  });
  const out: PackedHeld['oblasts'] = [];
  let done = 0;
  for (const id of i.ids) {
    const oi = i.oblasts.features.findIndex((f) => f.properties.id === id);
    if (oi < 0) throw new Error(`held ground: oblast ${id} is not in the oblast boundaries`);
    const region = i.oblasts.features[oi]! as Feature<Geom>;
    const cache = new Map<string, number>();
    const states: PackedHeld['oblasts'][number]['states'] = [];
    const days: number[] = [];
    for (let d = 0; d < D; d++) {
      const key = touching[oi]!.filter((f) => i.faceOn[f]![d]).join(',');
      let s = cache.get(key);
      if (s === undefined) {
        const c = classifyParts(outsideObserved(region, key ? (i.snaps[d]!.geometry as Geom) : null), radiusKm);
        const refs = c.held.map((p) => {
          const packed = packPart(p);
          const k = JSON.stringify(packed.rings);
          let n = partIndex.get(k);
          if (n === undefined) {
            n = parts.push(packed) - 1;
            partIndex.set(k, n);
          }
          return n;
        });
        s = states.push({ parts: refs, mismatchKm2: Math.round(c.mismatchKm2 * 10) / 10 }) - 1;
        cache.set(key, s);
      }
      days.push(s);
      i.progress?.(`held ground ${id}`, ++done, D * i.ids.length);
    }
    out.push({ id, states, days });
  }
  return { radiusKm, scale: HELD_SCALE, parts, oblasts: out };
}

/** Per face, [oblast index, km² of the face inside the band and that oblast, …]; and the band's km² per oblast. */
export function computeZone(zone: Feature<Geom, { id?: unknown }>, oblasts: OblastCollection, facePolys: readonly Position[][][]): PackedZone {
  const bands = oblasts.features.map((o) => {
    const cut = intersect({ type: 'FeatureCollection', features: [zone, o as Feature<Geom>] });
    return cut ? (cut as Feature<Geom>) : null;
  });
  const bandKm2 = bands.map((b) => (b ? Math.round((area(b) / 1e6) * 10) / 10 : 0));
  const boxes = bands.map((b) => (b ? bbox(b) : null));
  const faceKm2 = facePolys.map((coordinates) => {
    const fb = bbox({ type: 'Polygon', coordinates });
    const pairs: number[] = [];
    bands.forEach((b, oi) => {
      const bb = boxes[oi];
      if (!b || !bb || fb[0] > bb[2] || bb[0] > fb[2] || fb[1] > bb[3] || bb[1] > fb[3]) return;
      const cut = intersect({ type: 'FeatureCollection', features: [feat({ type: 'Polygon', coordinates }), b] });
      const km2 = cut ? area(cut) / 1e6 : 0;
      if (km2 > 0.0005) pairs.push(oi, Math.round(km2 * 1000) / 1000);
    });
    return pairs;
  });
  return { id: String(zone.properties?.id ?? 'zone'), bandKm2, faceKm2 };
}
