// Importer side of "not-occupied ground": for each oblast a claim says Russia holds or annexed, the parts of
// the oblast outside DeepState's observed area on each snapshot day. A part counts as ground not shown as
// occupied only if a disk of NOT_OCCUPIED_RADIUS_KM fits inside it (it survives that inward buffer); thinner
// parts are where Natural Earth's lines and DeepState's disagree and are summed as "boundary mismatch".
// Also the observed km² inside the buffer-zone band per oblast. Node-only (turf, polygon-clipping):
// `npm run observed:derive` writes the result beside the packed faces, and the page reads it from there.
// Both work from the packed faces, never from the snapshots, so a changed claim needs no re-import.
import { area, bbox, bboxClip, buffer, intersect, pointOnFeature, simplify } from '@turf/turf';
import polygonClipping, { type Geom as ClipGeom } from 'polygon-clipping';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { OblastCollection } from '../../src/domain/geo.ts';
import { encodeDeltas, type PackedNotOccupied, type PackedNotOccupiedPart, type PackedZone } from '../../src/domain/observed-format.ts';
import { pointInRing } from '../../src/domain/ring.ts';

/** A part of an oblast outside the observed area is not-occupied ground when a disk of this radius fits in it. */
export const NOT_OCCUPIED_RADIUS_KM = 2;
/** Part outlines shipped to the page: simplified to ~200 m and stored on a 10⁻⁴° grid. */
export const NOT_OCCUPIED_SCALE = 1e4;
const SIMPLIFY_DEG = 0.002;
const KM_PER_DEG_LAT = 111.32;

type Geom = Polygon | MultiPolygon;
const feat = (geometry: Geom): Feature<Geom> => ({ type: 'Feature', properties: {}, geometry });

export interface NotOccupiedPart {
  polygon: Polygon;
  km2: number;
  /** A point well inside the part (inside its 2 km inward buffer), for the label. */
  label: [number, number];
}

export interface Classified {
  notOccupied: NotOccupiedPart[];
  /** Summed area of the parts too thin to hold a disk of the radius, km². */
  mismatchKm2: number;
}

const GRID = 12;

/** Of a GRID×GRID lattice over the box, the point inside the polygon farthest from its edges (km, local projection). */
function deepestGridPoint(p: Polygon, [w, s, e, n]: number[], kx: number): { at: [number, number]; km: number } | null {
  let best: { at: [number, number]; km: number } | null = null;
  const [outer, ...holes] = p.coordinates;
  if (!outer) return null;
  for (let i = 0; i < GRID; i++) for (let j = 0; j < GRID; j++) {
    const x = w! + ((i + 0.5) / GRID) * (e! - w!), y = s! + ((j + 0.5) / GRID) * (n! - s!);
    if (!pointInRing(x, y, outer) || holes.some((h) => pointInRing(x, y, h))) continue;
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

/** Splits the area of an oblast outside the observed area into not-occupied parts and boundary mismatch. */
export function classifyParts(outside: Geom | null, radiusKm = NOT_OCCUPIED_RADIUS_KM): Classified {
  const notOccupied: NotOccupiedPart[] = [];
  let mismatchKm2 = 0;
  if (!outside) return { notOccupied, mismatchKm2 };
  const polys = outside.type === 'Polygon' ? [outside.coordinates] : outside.coordinates;
  for (const coordinates of polys) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const km2 = area(polygon) / 1e6;
    const label = innerPoint(polygon, km2, radiusKm);
    if (label) notOccupied.push({ polygon, km2, label });
    else mismatchKm2 += km2;
  }
  notOccupied.sort((a, b) => b.km2 - a.km2);
  return { notOccupied, mismatchKm2 };
}

/**
 * The part of `region` outside the observed geometry (clipped to the region's box first, for speed).
 * polygon-clipping (floating point with robust predicates) rather than turf's difference (arbitrary
 * precision numbers): the same areas to 10⁻¹² and 3–7 times faster, which is most of derive's time.
 */
export function outsideObserved(region: Feature<Geom>, observed: Geom | null | readonly Position[][][]): Geom | null {
  if (!observed) return region.geometry;
  const box = bbox(region);
  const pad = 0.01;
  const clipBox: [number, number, number, number] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
  // a list of polygons (the faces drawn on a day) is already local; a whole snapshot is cut to the box
  let polys: Position[][][];
  if (Array.isArray(observed)) polys = observed as Position[][][];
  else {
    const clipped = bboxClip(feat(observed as Geom), clipBox);
    // box clipping leaves rings collapsed onto the box edge; drop those with fewer than 4 positions
    const g = clipped.geometry as Geom;
    const all: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    polys = all.map((rings) => rings.filter((r) => r.length >= 4)).filter((rings, k) => rings.length > 0 && rings[0] === all[k]![0]);
  }
  if (!polys.length) return region.geometry;
  const r = region.geometry;
  const diff = polygonClipping.difference((r.type === 'Polygon' ? [r.coordinates] : r.coordinates) as ClipGeom, ...(polys as ClipGeom[]));
  if (!diff.length) return null;
  return diff.length === 1 ? { type: 'Polygon', coordinates: diff[0]! as Position[][] } : { type: 'MultiPolygon', coordinates: diff as Position[][][] };
}

/** Arc ends as node numbers, computed once, so chaining a day's rings compares integers. */
export function arcEnds(arcs: readonly Position[][]): { start: Int32Array; end: Int32Array; nodes: number } {
  const ids = new Map<string, number>();
  const id = (p: Position) => {
    const k = `${p[0]},${p[1]}`;
    let n = ids.get(k);
    if (n === undefined) ids.set(k, (n = ids.size));
    return n;
  };
  const start = new Int32Array(arcs.length), end = new Int32Array(arcs.length);
  arcs.forEach((a, i) => {
    start[i] = a.length ? id(a[0]!) : -1;
    end[i] = a.length ? id(a.at(-1)!) : -1;
  });
  return { start, end, nodes: ids.size };
}

/**
 * The closed rings a day draws, chained from its arcs (an arc is drawn whole or not at all, and every
 * node has an even number of drawn arcs). Under the even-odd rule they bound exactly that day's
 * occupied area, with far fewer edges than the faces it is made of.
 */
export function dayRings(arcs: readonly Position[][], drawn: (arc: number) => boolean, ends = arcEnds(arcs)): Position[][] {
  const at = new Map<number, number[]>();
  const on: number[] = [];
  for (let i = 0; i < arcs.length; i++) {
    if (!drawn(i) || arcs[i]!.length < 2) continue;
    on.push(i);
    for (const k of [ends.start[i]!, ends.end[i]!]) {
      const l = at.get(k);
      if (l) l.push(i);
      else at.set(k, [i]);
    }
  }
  const used = new Uint8Array(arcs.length);
  const rings: Position[][] = [];
  for (const a0 of on) {
    if (used[a0]) continue;
    used[a0] = 1;
    const ring = [...arcs[a0]!];
    const start = ends.start[a0]!;
    let cur = ends.end[a0]!;
    while (cur !== start) {
      const next = at.get(cur)?.find((b) => !used[b]);
      if (next === undefined) throw new Error(`not-occupied ground: the arcs drawn on a day do not close at node ${cur}`);
      used[next] = 1;
      const forward = ends.start[next] === cur;
      const seq = arcs[next]!;
      if (forward) for (let k = 1; k < seq.length; k++) ring.push(seq[k]!);
      else for (let k = seq.length - 2; k >= 0; k--) ring.push(seq[k]!);
      cur = forward ? ends.end[next]! : ends.start[next]!;
    }
    rings.push(ring);
  }
  return rings;
}

/** A day's occupied area inside a box, from its rings (even-odd: clipped to the box, then xor-ed). */
export function observedInBox(rings: readonly Position[][], box: [number, number, number, number]): Position[][][] {
  const clipped: Position[][] = [];
  for (const r of rings) {
    let inBox = false;
    for (const [x, y] of r) if (x! >= box[0] && x! <= box[2] && y! >= box[1] && y! <= box[3]) { inBox = true; break; }
    const rb = bbox({ type: 'LineString', coordinates: r });
    // a ring wholly outside the box adds nothing; one enclosing the box still counts
    if (!inBox && (rb[2] < box[0] || rb[0] > box[2] || rb[3] < box[1] || rb[1] > box[3])) continue;
    const c = (bboxClip(feat({ type: 'Polygon', coordinates: [r] }), box).geometry as Polygon).coordinates[0];
    if (c && c.length >= 4) clipped.push(c);
  }
  if (!clipped.length) return [];
  const [first, ...rest] = clipped.map((r) => [r] as ClipGeom);
  return (rest.length ? polygonClipping.xor(first!, ...rest) : [first]) as Position[][][];
}

function encodeRing(ring: readonly Position[]): number[] {
  return encodeDeltas(ring.map(([lon, lat]) => [Math.round(lon! * NOT_OCCUPIED_SCALE), Math.round(lat! * NOT_OCCUPIED_SCALE)] as const));
}

function packPart(p: NotOccupiedPart): PackedNotOccupiedPart {
  let shape: Polygon = p.polygon;
  try {
    shape = simplify(feat(p.polygon), { tolerance: SIMPLIFY_DEG, highQuality: false }).geometry as Polygon;
  } catch {
    // keep the unsimplified outline
  }
  const r = (v: number) => Math.round(v * NOT_OCCUPIED_SCALE) / NOT_OCCUPIED_SCALE;
  return { rings: shape.coordinates.map(encodeRing), km2: Math.round(p.km2 * 10) / 10, label: [r(p.label[0]), r(p.label[1])] };
}

export interface NotOccupiedInput {
  oblasts: OblastCollection;
  /** Arcs (degrees) and, per arc and day, drawn or not: a day's outline is chained from them. */
  arcs: readonly Position[][];
  arcOn: readonly Uint8Array[];
  /** The arcs' end nodes (as arcEnds gives them), when the caller has them already. */
  ends?: ReturnType<typeof arcEnds>;
  /** Per face and day: drawn or not. */
  faceOn: readonly Uint8Array[];
  /** Per face: [oblast index, km², …] as in the packed file. */
  faceOblastKm2: readonly number[][];
  /** Oblasts to compute, by id (those a claim says Russia holds or annexed). */
  ids: readonly string[];
  radiusKm?: number;
  /** First day to compute (an update computes only the days it appends); `days` then starts there. */
  from?: number;
  /**
   * Not-occupied ground computed before for the days before `from`: a new day on which the same faces touching
   * the oblast are drawn as on an earlier day takes that day's state, as a full import would.
   */
  seed?: PackedNotOccupied;
  progress?: (stage: string, done: number, total: number) => void;
}

/**
 * Not-occupied ground per oblast and day, from the faces drawn that day. Days on which the same faces touching
 * the oblast are drawn share one result (most days repeat), so the overlay runs once per distinct
 * set; and a part whose outline another set already produced (most parts do not move when the front
 * moves elsewhere in the oblast) reuses that part's disk test and packed outline.
 */
export function computeNotOccupied(i: NotOccupiedInput): PackedNotOccupied {
  const radiusKm = i.radiusKm ?? NOT_OCCUPIED_RADIUS_KM;
  const parts: PackedNotOccupiedPart[] = [];
  const partIndex = new Map<string, number>();
  const D = i.faceOn[0]?.length ?? 0;
  const from = i.from ?? 0;
  const touching = i.oblasts.features.map(() => [] as number[]);
  i.faceOblastKm2.forEach((pairs, f) => {
    for (let k = 0; k + 1 < pairs.length; k += 2) touching[pairs[k]!]!.push(f);
  });
  // outline (exact coordinates) -> packed part index, or -1 for a thin sliver with its km²
  const seenPart = new Map<string, { part: number } | { mismatchKm2: number }>();
  const ends = i.ends ?? arcEnds(i.arcs);
  const out: PackedNotOccupied['oblasts'] = [];
  let done = 0;
  for (const id of i.ids) {
    const oi = i.oblasts.features.findIndex((f) => f.properties.id === id);
    if (oi < 0) throw new Error(`not-occupied ground: oblast ${id} is not in the oblast boundaries`);
    const region = i.oblasts.features[oi]! as Feature<Geom>;
    const rb = bbox(region);
    const box: [number, number, number, number] = [rb[0] - 0.01, rb[1] - 0.01, rb[2] + 0.01, rb[3] + 0.01];
    const cache = new Map<string, number>();
    const states: PackedNotOccupied['oblasts'][number]['states'] = [];
    const days: number[] = [];
    const seeded = i.seed?.oblasts.find((o) => o.id === id);
    const before = new Map<string, number>();
    const tf = touching[oi]!;
    // the faces touching the oblast drawn on day d, as a key; most days draw the same as the day before
    // (the days a face touching it changes state, found by native scans: an update seeds from every packed day)
    const changed = new Uint8Array(D);
    for (const f of tf) {
      const on = i.faceOn[f]!;
      let v = on[0]!;
      for (let d = on.indexOf(v ^ 1, 1); d > 0; v ^= 1, d = on.indexOf(v ^ 1, d + 1)) changed[d] = 1;
    }
    const sameAsBefore = (d: number) => d > 0 && changed[d] === 0;
    const keyOf = (d: number) => tf.filter((f) => i.faceOn[f]![d]).join(',');
    if (seeded) {
      let key = '';
      for (let d = 0; d < from; d++) {
        if (!sameAsBefore(d)) key = keyOf(d);
        if (!before.has(key)) before.set(key, seeded.days[d]!);
      }
    }
    let on: number[] = [];
    let key = '';
    for (let d = from; d < D; d++) {
      if (d === from || !sameAsBefore(d)) {
        on = tf.filter((f) => i.faceOn[f]![d]);
        key = on.join(',');
      }
      let s = cache.get(key);
      const earlier = s === undefined ? before.get(key) : undefined;
      if (earlier !== undefined) {
        const st = seeded!.states[earlier]!;
        const notOccupied = st.parts.map((n) => {
          const part = i.seed!.parts[n]!;
          const pk = JSON.stringify(part.rings);
          let m = partIndex.get(pk);
          if (m === undefined) partIndex.set(pk, (m = parts.push(part) - 1));
          return m;
        });
        s = states.push({ parts: notOccupied, mismatchKm2: st.mismatchKm2 }) - 1;
        cache.set(key, s);
      }
      if (s === undefined) {
        const rings = dayRings(i.arcs, (a) => i.arcOn[a]![d] === 1, ends);
        const outside = outsideObserved(region, on.length ? observedInBox(rings, box) : null);
        const polys = !outside ? [] : outside.type === 'Polygon' ? [outside.coordinates] : outside.coordinates;
        const notOccupied: Array<{ part: number; km2: number }> = [];
        let mismatchKm2 = 0;
        for (const coordinates of polys) {
          const k = JSON.stringify(coordinates);
          let r = seenPart.get(k);
          if (!r) {
            const c = classifyParts({ type: 'Polygon', coordinates }, radiusKm);
            const p = c.notOccupied[0];
            if (p) {
              const packed = packPart(p);
              const pk = JSON.stringify(packed.rings);
              let n = partIndex.get(pk);
              if (n === undefined) {
                n = parts.push(packed) - 1;
                partIndex.set(pk, n);
              }
              r = { part: n };
            } else r = { mismatchKm2: c.mismatchKm2 };
            seenPart.set(k, r);
          }
          if ('part' in r) notOccupied.push({ part: r.part, km2: parts[r.part]!.km2 });
          else mismatchKm2 += r.mismatchKm2;
        }
        // largest first, as classifyParts orders them (a stable sort keeps ties in outline order)
        notOccupied.sort((a, b) => b.km2 - a.km2);
        s = states.push({ parts: notOccupied.map((h) => h.part), mismatchKm2: Math.round(mismatchKm2 * 10) / 10 }) - 1;
        cache.set(key, s);
      }
      days.push(s);
      i.progress?.(`not-occupied ground ${id}`, ++done, (D - from) * i.ids.length);
    }
    out.push({ id, states, days });
  }
  return { radiusKm, scale: NOT_OCCUPIED_SCALE, parts: renumberParts(out, parts), oblasts: out };
}

/**
 * Numbers the parts in the order the states list them (oblasts, then states, then largest first), so
 * the file does not depend on the order outlines came out of the overlay; rewrites the states' indices
 * and returns the parts in that order.
 */
function renumberParts(oblasts: PackedNotOccupied['oblasts'], parts: readonly PackedNotOccupiedPart[]): PackedNotOccupiedPart[] {
  const order: number[] = [];
  const renum = new Map<number, number>();
  for (const o of oblasts) for (const st of o.states) for (const n of st.parts) if (!renum.has(n)) renum.set(n, order.push(n) - 1);
  for (const o of oblasts) for (const st of o.states) st.parts = st.parts.map((n) => renum.get(n)!);
  return order.map((n) => parts[n]!);
}

/**
 * Not-occupied ground of an earlier history with that of appended days joined on: the parts and states the new
 * days bring that the earlier ones already had (same outline, km² and label; same parts and mismatch)
 * are shared, the others added; parts are numbered again in the order states list them. `next` holds
 * only the appended days (computeNotOccupied with `from`).
 */
export function appendNotOccupied(prev: PackedNotOccupied, next: PackedNotOccupied): PackedNotOccupied {
  if (prev.radiusKm !== next.radiusKm || prev.scale !== next.scale || prev.oblasts.map((o) => o.id).join() !== next.oblasts.map((o) => o.id).join()) {
    throw new Error('not-occupied ground: the earlier figures were computed for other oblasts or another radius');
  }
  const parts = [...prev.parts];
  const partIndex = new Map(parts.map((p, n) => [JSON.stringify(p), n] as const));
  const partOf = next.parts.map((p) => {
    const k = JSON.stringify(p);
    let n = partIndex.get(k);
    if (n === undefined) partIndex.set(k, (n = parts.push(p) - 1));
    return n;
  });
  const oblasts = prev.oblasts.map((o, oi) => {
    const states = o.states.map((st) => ({ parts: [...st.parts], mismatchKm2: st.mismatchKm2 }));
    const stateIndex = new Map(states.map((st, n) => [JSON.stringify(st), n] as const));
    const add = next.oblasts[oi]!.states.map((st) => {
      const s = { parts: st.parts.map((n) => partOf[n]!), mismatchKm2: st.mismatchKm2 };
      const k = JSON.stringify(s);
      let n = stateIndex.get(k);
      if (n === undefined) stateIndex.set(k, (n = states.push(s) - 1));
      return n;
    });
    return { id: o.id, states, days: [...o.days, ...next.oblasts[oi]!.days.map((n) => add[n]!)] };
  });
  return { radiusKm: prev.radiusKm, scale: prev.scale, parts: renumberParts(oblasts, parts), oblasts };
}

/** Per face, [oblast index, km² of the face inside the band and that oblast, …]; and the band's km² per oblast. */
export function computeZone(
  zone: Feature<Geom, { id?: unknown }>, oblasts: OblastCollection, facePolys: readonly Position[][][],
  /**
   * Figures computed before for the same band and oblasts: per face by outline (JSON of the face's
   * rings, with each face's key), and the band's km² per oblast. Bands are then cut only for oblasts a
   * face that is not reused lies in.
   */
  reuse?: { keys: readonly string[]; faceKm2: ReadonlyMap<string, number[]>; bandKm2: readonly number[] },
): PackedZone {
  const asClip = (g: Geom) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as ClipGeom;
  const cutBand = (o: OblastCollection['features'][number]): Feature<Geom> | null => {
    if (reuse) {
      // an update cuts a band only for the few faces it measures: the floating-point overlay (same
      // algorithm as turf's, areas equal to 1e-12) instead of turf's arbitrary-precision one
      const cut = polygonClipping.intersection(asClip(zone.geometry), asClip(o.geometry as Geom));
      return cut.length ? feat({ type: 'MultiPolygon', coordinates: cut as Position[][][] }) : null;
    }
    const cut = intersect({ type: 'FeatureCollection', features: [zone, o as Feature<Geom>] });
    return cut ? (cut as Feature<Geom>) : null;
  };
  // a band is cut when a face needs it (all of them when nothing is reused)
  const bands: Array<{ band: Feature<Geom>; box: number[] } | null | undefined> = oblasts.features.map(() => undefined);
  const bandOf = (oi: number) => {
    if (bands[oi] === undefined) {
      const band = cutBand(oblasts.features[oi]!);
      bands[oi] = band ? { band, box: bbox(band) } : null;
    }
    return bands[oi];
  };
  if (!reuse) oblasts.features.forEach((_, oi) => bandOf(oi));
  const bandKm2 = reuse ? [...reuse.bandKm2] : bands.map((b) => (b ? Math.round((area(b.band) / 1e6) * 10) / 10 : 0));
  // the band of an oblast lies in the box common to the zone and the oblast
  const zb = bbox(zone);
  const near = oblasts.features.map((o) => {
    const ob = bbox(o);
    return [Math.max(ob[0], zb[0]), Math.max(ob[1], zb[1]), Math.min(ob[2], zb[2]), Math.min(ob[3], zb[3])] as const;
  });
  const apart = (fb: readonly number[], bb: readonly number[]) => fb[0]! > bb[2]! || bb[0]! > fb[2]! || fb[1]! > bb[3]! || bb[1]! > fb[3]!;
  const faceKm2 = facePolys.map((coordinates, fi) => {
    const again = reuse?.faceKm2.get(reuse.keys[fi]!);
    if (again) return again;
    const fb = bbox({ type: 'Polygon', coordinates });
    const pairs: number[] = [];
    oblasts.features.forEach((_, oi) => {
      if (apart(fb, near[oi]!)) return;
      const b = bandOf(oi);
      if (!b || apart(fb, b.box)) return;
      const bg = b.band.geometry;
      const cut = polygonClipping.intersection(coordinates as ClipGeom, (bg.type === 'Polygon' ? [bg.coordinates] : bg.coordinates) as ClipGeom);
      const km2 = cut.length ? area({ type: 'MultiPolygon', coordinates: cut as Position[][][] }) / 1e6 : 0;
      if (km2 > 0.0005) pairs.push(oi, Math.round(km2 * 1000) / 1000);
    });
    return pairs;
  });
  return { id: String(zone.properties?.id ?? 'zone'), bandKm2, faceKm2 };
}
