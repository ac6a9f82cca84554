// The packed observed-history file (see docs/observed-packing.md): its format types, the day-run
// encoding the importer writes, and decodeObserved, which checks a fetched file and builds the map
// features once. Kept apart from the figures read from the history (observed-metrics.ts) so the
// format can be read, and changed, in one place. Pure and free of turf: it ships in the page bundle.
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { IsoDate } from './dates.ts';
import { ringBox } from './ring.ts';

export const OBSERVED_FORMAT = 'observed-history/3';
/** Not-occupied ground and the band live in their own file (PackedDerived, `npm run observed:derive`), joined in by mergeDerived. */
export const DERIVED_FORMAT = 'observed-derived/2';

/**
 * Why a derived file is not a current one, or null when it is. `/1` files named the ground not shown as
 * occupied `held`; they are refused by name so an old file never decodes as one without that ground.
 */
export function derivedFormatError(derived: { format?: unknown }): string | null {
  if (derived.format === DERIVED_FORMAT) return null;
  const said = typeof derived.format === 'string' ? ` (it says ${derived.format}` : ' (it has no format';
  const old = derived.format === 'observed-derived/1' ? ', whose field "held" is now "notOccupied"' : '';
  return `not an ${DERIVED_FORMAT} file${said}${old})`;
}

/** One not-occupied-ground part: outline rings (delta-encoded integers on a grid of `scale` per degree), km², label point. */
export interface PackedNotOccupiedPart {
  rings: number[][];
  km2: number;
  label: [number, number];
}

/** Not-occupied ground (see observed-not-occupied.ts): per oblast, distinct states and, per day, which state applies. */
export interface PackedNotOccupied {
  /** A part is not-occupied ground when a disk of this radius fits inside it. */
  radiusKm: number;
  scale: number;
  /** Every distinct part over the history. */
  parts: PackedNotOccupiedPart[];
  oblasts: Array<{
    id: string;
    /** Distinct states: the not-occupied parts (indices into `parts`, largest first) and the thin mismatch total. */
    states: Array<{ parts: number[]; mismatchKm2: number }>;
    /** Per snapshot day: index into `states`. */
    days: number[];
  }>;
}

/** Observed km² inside a band (the buffer zone) per oblast. */
export interface PackedZone {
  id: string;
  /** Per oblast (packed order): area of the band inside it, km². */
  bandKm2: number[];
  /** Per face: [oblast index, km² of the face inside the band and that oblast, …]. */
  faceKm2: number[][];
}

/** One packed day's snapshot file, as read: name, size in bytes, SHA-256 (hex) of its bytes. */
export interface SnapshotProvenance {
  file: string;
  bytes: number;
  sha256: string;
}

/** Where the snapshots came from: the public mirror, its commit when known, and a hash of the day list. */
export interface PackedProvenance {
  mirror: string;
  commit: string | null;
  /** SHA-256 (hex) of the manifest: one line per day, `date file bytes sha256`, joined with \n. */
  manifest: string;
}

/**
 * Figures computed from the packed faces and the claims (not-occupied ground, the band), kept in their own file
 * so a changed claim reruns `npm run observed:derive` in seconds instead of a re-import. `inputs` says
 * what they were computed from; the build compares its hash with the files it ships and stops when stale.
 */
export interface PackedDerived {
  format: typeof DERIVED_FORMAT;
  inputs: {
    /** SHA-256 of the observed.json bytes the figures belong to. */
    observed: string;
    /** Oblasts not-occupied ground is computed for (from the claims), sorted. */
    notOccupied: string[];
    /** SHA-256 of the oblast boundaries file and of the band feature. */
    oblasts: string;
    zone: string;
  };
  /** SHA-256 of `inputs` (JSON): what the build compares. */
  hash: string;
  notOccupied?: PackedNotOccupied;
  zone?: PackedZone;
}

/** The file the importer writes and the app fetches. Integers are on a grid of `scale` units per degree. */
export interface PackedObserved {
  format: typeof OBSERVED_FORMAT;
  source: string;
  license: string;
  /** How the shares are computed (oblast boundaries and areas used). */
  basis: string;
  scale: number;
  /** Snapshot days, ascending. */
  dates: IsoDate[];
  /** Arcs as one delta-encoded stream of integer x,y pairs: each arc starts from the previous arc's last point. */
  arcs: number[][];
  /** Faces: rings (outer first) of arc refs, i forward and ~i reversed. */
  faces: number[][][];
  /** Per face / arc: day-index runs [gap, length, gap, length, …]; each gap counts from the previous run's end. */
  faceRuns: number[][];
  arcRuns: number[][];
  /** Per face: geodesic area in km² (turf.area). */
  faceKm2: number[];
  /** Per face: [oblast index, km² of the face inside that oblast, …]. */
  faceOblastKm2: number[][];
  /** Oblasts the shares refer to, with the area each share is divided by. */
  oblasts: Array<{ id: string; km2: number }>;
  /** Not-occupied ground per claimed oblast and day (format 2 inside; from /3 merged in from the derived file). */
  notOccupied?: PackedNotOccupied;
  /** Observed area inside the buffer-zone band (likewise). */
  zone?: PackedZone;
  /** Per day (parallel to `dates`): the snapshot file it was packed from (format 3). */
  snapshots?: SnapshotProvenance[];
  provenance?: PackedProvenance;
}

/** The packed history with its derived figures joined in: the one object the page decodes. */
export function mergeDerived(packed: PackedObserved, derived: PackedDerived | null): PackedObserved {
  if (!derived) return packed;
  const bad = derivedFormatError(derived);
  if (bad) throw new ObservedFormatError(`derived figures: ${bad}; run npm run observed:derive`);
  const out: PackedObserved = { ...packed };
  if (derived.notOccupied) out.notOccupied = derived.notOccupied;
  if (derived.zone) out.zone = derived.zone;
  return out;
}

export interface NotOccupiedPartProps {
  /** Index into packed.notOccupied.parts. */
  part: number;
  oblast: string;
  km2: number;
}

export interface ObservedHistory {
  /**
   * The file as read. Its raw streams (arcs, faces, runs, not-occupied-ground rings) are decoded into the
   * fields below; the page's copy, decoded in a worker, leaves them empty (src/state/observed-transfer.ts).
   */
  packed: PackedObserved;
  dates: IsoDate[];
  /** Face polygons, feature id = face index (for feature-state). */
  faces: FeatureCollection<Polygon, { km2: number }>;
  /** Outline arcs, feature id = arc index. */
  arcs: FeatureCollection<LineString>;
  faceRuns: Int32Array[];
  arcRuns: Int32Array[];
  /** Per face: bounding box [w, s, e, n] in degrees. */
  faceBox: Float64Array[];
  oblastIndex: Map<string, number>;
  /** Not-occupied-ground parts as polygons and label points (feature id = part index); null when the file has none. */
  notOccupiedParts: FeatureCollection<Polygon, NotOccupiedPartProps> | null;
  notOccupiedLabels: FeatureCollection<Point, NotOccupiedPartProps> | null;
}

export class ObservedFormatError extends Error {}

/** Runs as absolute [start, end) pairs. */
function absRuns(rel: readonly number[]): Int32Array {
  const out = new Int32Array(rel.length);
  let at = 0;
  for (let k = 0; k + 1 < rel.length; k += 2) {
    const start = at + rel[k]!;
    const end = start + rel[k + 1]!;
    out[k] = start;
    out[k + 1] = end;
    at = end;
  }
  return out;
}

/** Day-index runs of a per-day 0/1 array, in the packed (relative) form. */
export function encodeRuns(on: ArrayLike<number>): number[] {
  const out: number[] = [];
  let prevEnd = 0;
  for (let d = 0; d < on.length; d++) {
    if (!on[d] || (d > 0 && on[d - 1])) continue;
    let e = d;
    while (e < on.length && on[e]) e++;
    out.push(d - prevEnd, e - d);
    prevEnd = e;
  }
  return out;
}

export function isOn(runs: Int32Array, day: number): boolean {
  for (let k = 0; k + 1 < runs.length; k += 2) {
    if (day < runs[k]!) return false;
    if (day < runs[k + 1]!) return true;
  }
  return false;
}

/** Checks the shape of a fetched file and builds the map features once. */
/**
 * Delta-encoded integer x,y pairs (grid of `scale` units per degree) → points in degrees. Starts from
 * `at` (grid units) and leaves it at the last point, so consecutive calls can read one stream.
 */
export function decodeDeltas(flat: readonly number[], scale: number, at: [number, number] = [0, 0]): Position[] {
  const pts: Position[] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) {
    at[0] += flat[k]!;
    at[1] += flat[k + 1]!;
    pts.push([at[0] / scale, at[1] / scale]);
  }
  return pts;
}

/**
 * The inverse of decodeDeltas: integer grid points as x,y steps, each from the previous point; `at` is
 * moved along, so arcs written one after another can share one stream.
 */
export function encodeDeltas(points: Iterable<readonly [number, number]>, at: [number, number] = [0, 0]): number[] {
  const flat: number[] = [];
  for (const [x, y] of points) {
    flat.push(x - at[0], y - at[1]);
    at[0] = x;
    at[1] = y;
  }
  return flat;
}

export function decodeObserved(raw: unknown): ObservedHistory {
  const p = raw as Partial<PackedObserved>;
  if (!p || p.format !== OBSERVED_FORMAT) throw new ObservedFormatError(`not an ${OBSERVED_FORMAT} file${p && typeof p.format === 'string' ? ` (it says ${p.format}: re-import it with npm run observed)` : ''}`);
  for (const k of ['dates', 'arcs', 'faces', 'faceRuns', 'arcRuns', 'faceKm2', 'faceOblastKm2', 'oblasts'] as const) {
    if (!Array.isArray(p[k])) throw new ObservedFormatError(`"${k}" is missing`);
  }
  const packed = p as PackedObserved;
  if (packed.faces.length !== packed.faceRuns.length || packed.arcs.length !== packed.arcRuns.length) {
    throw new ObservedFormatError('faces or arcs do not match their runs');
  }
  // one stream: each arc starts where the previous one ended
  const at: [number, number] = [0, 0];
  const arcCoords: Position[][] = packed.arcs.map((flat) => decodeDeltas(flat, packed.scale, at));
  const ring = (refs: readonly number[]): Position[] => {
    const out: Position[] = [];
    for (const r of refs) {
      const arc = arcCoords[r < 0 ? ~r : r];
      if (!arc) throw new ObservedFormatError(`face refers to missing arc ${r}`);
      const seq = r < 0 ? [...arc].reverse() : arc;
      for (let i = out.length ? 1 : 0; i < seq.length; i++) out.push(seq[i]!);
    }
    return out;
  };
  const faceBox: Float64Array[] = [];
  const faces: Array<Feature<Polygon, { km2: number }>> = packed.faces.map((rings, id) => {
    const coordinates = rings.map(ring);
    faceBox.push(new Float64Array(ringBox(coordinates[0] ?? [])));
    return { type: 'Feature', id, properties: { km2: packed.faceKm2[id] ?? 0 }, geometry: { type: 'Polygon', coordinates } };
  });
  const notOccupied = decodeNotOccupied(packed);
  const arcs: Array<Feature<LineString>> = arcCoords.map((coordinates, id) => ({ type: 'Feature', id, properties: {}, geometry: { type: 'LineString', coordinates } }));
  return {
    packed,
    dates: packed.dates,
    faces: { type: 'FeatureCollection', features: faces },
    arcs: { type: 'FeatureCollection', features: arcs },
    faceRuns: packed.faceRuns.map(absRuns),
    arcRuns: packed.arcRuns.map(absRuns),
    faceBox,
    oblastIndex: new Map(packed.oblasts.map((o, i) => [o.id, i])),
    notOccupiedParts: notOccupied?.parts ?? null,
    notOccupiedLabels: notOccupied?.labels ?? null,
  };
}

function decodeNotOccupied(packed: PackedObserved) {
  const hp = packed.notOccupied;
  if (!hp) return null;
  if (!Array.isArray(hp.parts) || !Array.isArray(hp.oblasts)) throw new ObservedFormatError('"notOccupied" is malformed');
  const owner = new Map<number, string>();
  for (const o of hp.oblasts) {
    if (!Array.isArray(o.states) || !Array.isArray(o.days) || o.days.length !== packed.dates.length) {
      throw new ObservedFormatError(`"notOccupied" for ${String(o.id)} does not cover every snapshot day`);
    }
    for (const st of o.states) for (const n of st.parts) {
      if (!hp.parts[n]) throw new ObservedFormatError(`"notOccupied" for ${o.id} refers to missing part ${n}`);
      owner.set(n, o.id);
    }
    for (const d of o.days) if (!o.states[d]) throw new ObservedFormatError(`"notOccupied" for ${o.id} refers to missing state ${d}`);
  }
  const parts: Array<Feature<Polygon, NotOccupiedPartProps>> = [];
  const labels: Array<Feature<Point, NotOccupiedPartProps>> = [];
  hp.parts.forEach((p, part) => {
    const coordinates = p.rings.map((flat) => decodeDeltas(flat, hp.scale));
    const properties = { part, oblast: owner.get(part) ?? '', km2: p.km2 };
    parts.push({ type: 'Feature', id: part, properties, geometry: { type: 'Polygon', coordinates } });
    labels.push({ type: 'Feature', id: part, properties, geometry: { type: 'Point', coordinates: p.label } });
  });
  return { parts: { type: 'FeatureCollection' as const, features: parts }, labels: { type: 'FeatureCollection' as const, features: labels } };
}

/** Index of the latest snapshot on or before `date`; -1 before the first. */
export function snapshotIndex(dates: readonly IsoDate[], date: IsoDate): number {
  let lo = 0, hi = dates.length - 1, best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! <= date) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Which faces and arcs are drawn on a snapshot (day < 0: none). */
export function dayState(h: ObservedHistory, day: number): { faces: Uint8Array; arcs: Uint8Array } {
  const faces = new Uint8Array(h.faceRuns.length);
  const arcs = new Uint8Array(h.arcRuns.length);
  if (day >= 0) {
    h.faceRuns.forEach((r, i) => (faces[i] = isOn(r, day) ? 1 : 0));
    h.arcRuns.forEach((r, i) => (arcs[i] = isOn(r, day) ? 1 : 0));
  }
  return { faces, arcs };
}
