// Observed control: the packed DeepState history (see docs/observed-packing.md) decoded for the map,
// and the figures read from it — per-oblast shares, monthly gains, claims against what is observed.
// Pure and free of turf, so it can ship in the page bundle: every area was computed by the importer.
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import { addDays, daysBetween, periodEnd, periodStart, type IsoDate } from './dates.ts';
import type { JoinResult } from './join.ts';
import type { Claim } from './schema.ts';

export const OBSERVED_FORMAT = 'observed-history/2';
/** Older files (no held ground, no buffer-zone figures) still decode. */
export const OBSERVED_FORMATS_READ = ['observed-history/1', OBSERVED_FORMAT] as const;

/** One held-ground part: outline rings (delta-encoded integers on a grid of `scale` per degree), km², label point. */
export interface PackedHeldPart {
  rings: number[][];
  km2: number;
  label: [number, number];
}

/** Held ground (see observed-held.ts): per oblast, distinct states and, per day, which state applies. */
export interface PackedHeld {
  /** A part is held ground when a disk of this radius fits inside it. */
  radiusKm: number;
  scale: number;
  /** Every distinct part over the history. */
  parts: PackedHeldPart[];
  oblasts: Array<{
    id: string;
    /** Distinct states: the held parts (indices into `parts`, largest first) and the thin mismatch total. */
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

/** The file the importer writes and the app fetches. Integers are on a grid of `scale` units per degree. */
export interface PackedObserved {
  format: (typeof OBSERVED_FORMATS_READ)[number];
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
  /** Held ground per claimed oblast and day (format 2). */
  held?: PackedHeld;
  /** Observed area inside the buffer-zone band (format 2). */
  zone?: PackedZone;
}

export interface HeldPartProps {
  /** Index into packed.held.parts. */
  part: number;
  oblast: string;
  km2: number;
}

export interface ObservedHistory {
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
  /** Held-ground parts as polygons and label points (feature id = part index); null in format 1 files. */
  heldParts: FeatureCollection<Polygon, HeldPartProps> | null;
  heldLabels: FeatureCollection<Point, HeldPartProps> | null;
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
export function decodeObserved(raw: unknown): ObservedHistory {
  const p = raw as Partial<PackedObserved>;
  if (!p || !(OBSERVED_FORMATS_READ as readonly unknown[]).includes(p.format)) throw new ObservedFormatError(`not an ${OBSERVED_FORMAT} file`);
  for (const k of ['dates', 'arcs', 'faces', 'faceRuns', 'arcRuns', 'faceKm2', 'faceOblastKm2', 'oblasts'] as const) {
    if (!Array.isArray(p[k])) throw new ObservedFormatError(`"${k}" is missing`);
  }
  const packed = p as PackedObserved;
  if (packed.faces.length !== packed.faceRuns.length || packed.arcs.length !== packed.arcRuns.length) {
    throw new ObservedFormatError('faces or arcs do not match their runs');
  }
  const s = packed.scale;
  let x = 0, y = 0;
  const arcCoords: Position[][] = packed.arcs.map((flat) => {
    const pts: Position[] = [];
    for (let k = 0; k + 1 < flat.length; k += 2) {
      x += flat[k]!;
      y += flat[k + 1]!;
      pts.push([x / s, y / s]);
    }
    return pts;
  });
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
    const b = new Float64Array([Infinity, Infinity, -Infinity, -Infinity]);
    for (const [lon, lat] of coordinates[0] ?? []) {
      b[0] = Math.min(b[0]!, lon!); b[1] = Math.min(b[1]!, lat!); b[2] = Math.max(b[2]!, lon!); b[3] = Math.max(b[3]!, lat!);
    }
    faceBox.push(b);
    return { type: 'Feature', id, properties: { km2: packed.faceKm2[id] ?? 0 }, geometry: { type: 'Polygon', coordinates } };
  });
  const held = decodeHeld(packed);
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
    heldParts: held?.parts ?? null,
    heldLabels: held?.labels ?? null,
  };
}

function decodeHeld(packed: PackedObserved) {
  const hp = packed.held;
  if (!hp) return null;
  if (!Array.isArray(hp.parts) || !Array.isArray(hp.oblasts)) throw new ObservedFormatError('"held" is malformed');
  const owner = new Map<number, string>();
  for (const o of hp.oblasts) {
    if (!Array.isArray(o.states) || !Array.isArray(o.days) || o.days.length !== packed.dates.length) {
      throw new ObservedFormatError(`"held" for ${String(o.id)} does not cover every snapshot day`);
    }
    for (const st of o.states) for (const n of st.parts) {
      if (!hp.parts[n]) throw new ObservedFormatError(`"held" for ${o.id} refers to missing part ${n}`);
      owner.set(n, o.id);
    }
    for (const d of o.days) if (!o.states[d]) throw new ObservedFormatError(`"held" for ${o.id} refers to missing state ${d}`);
  }
  const parts: Array<Feature<Polygon, HeldPartProps>> = [];
  const labels: Array<Feature<Point, HeldPartProps>> = [];
  hp.parts.forEach((p, part) => {
    const coordinates = p.rings.map((flat) => {
      const ring: Position[] = [];
      let x = 0, y = 0;
      for (let k = 0; k + 1 < flat.length; k += 2) {
        x += flat[k]!;
        y += flat[k + 1]!;
        ring.push([x / hp.scale, y / hp.scale]);
      }
      return ring;
    });
    const properties = { part, oblast: owner.get(part) ?? '', km2: p.km2 };
    parts.push({ type: 'Feature', id: part, properties, geometry: { type: 'Polygon', coordinates } });
    labels.push({ type: 'Feature', id: part, properties, geometry: { type: 'Point', coordinates: p.label } });
  });
  return { parts: { type: 'FeatureCollection' as const, features: parts }, labels: { type: 'FeatureCollection' as const, features: labels } };
}

export interface HeldGround {
  oblast: string;
  /** The snapshot this describes. */
  snapshot: IsoDate;
  /** Held parts, largest first. */
  parts: Array<{ part: number; km2: number; label: [number, number] }>;
  heldKm2: number;
  count: number;
  /** Parts too thin to hold a disk of `radiusKm`, summed (Natural Earth vs DeepState lines), km². */
  mismatchKm2: number;
  radiusKm: number;
}

/** Held ground in an oblast on a snapshot day; null when the file has none for it (or day < 0). */
export function heldAt(h: ObservedHistory, oblast: string, day: number): HeldGround | null {
  const hp = h.packed.held;
  const o = hp?.oblasts.find((x) => x.id === oblast);
  if (!hp || !o || day < 0 || day >= o.days.length) return null;
  const st = o.states[o.days[day]!]!;
  const parts = st.parts.map((n) => ({ part: n, km2: hp.parts[n]!.km2, label: hp.parts[n]!.label }));
  return {
    oblast,
    snapshot: h.dates[day]!,
    parts,
    heldKm2: parts.reduce((s, p) => s + p.km2, 0),
    count: parts.length,
    mismatchKm2: st.mismatchKm2,
    radiusKm: hp.radiusKm,
  };
}

/** Oblasts the file has held ground for. */
export function heldOblasts(h: ObservedHistory): string[] {
  return h.packed.held?.oblasts.map((o) => o.id) ?? [];
}

/** Held-ground part indices drawn on a day (every held oblast). */
export function heldPartsOn(h: ObservedHistory, day: number): number[] {
  const hp = h.packed.held;
  if (!hp || day < 0) return [];
  return hp.oblasts.flatMap((o) => o.states[o.days[day]!]?.parts ?? []);
}

/** Observed km² inside the buffer-zone band per oblast on a day; null when the file has no band figures. */
export function zoneKm2(h: ObservedHistory, day: number): Map<string, { km2: number; bandKm2: number }> | null {
  const z = h.packed.zone;
  if (!z) return null;
  const km2 = new Float64Array(h.packed.oblasts.length);
  if (day >= 0) {
    h.faceRuns.forEach((r, f) => {
      if (!isOn(r, day)) return;
      const pairs = z.faceKm2[f] ?? [];
      for (let k = 0; k + 1 < pairs.length; k += 2) km2[pairs[k]!]! += pairs[k + 1]!;
    });
  }
  const out = new Map<string, { km2: number; bandKm2: number }>();
  h.packed.oblasts.forEach((o, i) => out.set(o.id, { km2: km2[i]!, bandKm2: z.bandKm2[i] ?? 0 }));
  return out;
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

export interface OblastObserved {
  id: string;
  km2: number;
  /** Share of the oblast's area, 0–1. */
  share: number;
}

/** Occupied km² and share per oblast on a snapshot, in the packed oblast order. */
export function oblastShares(h: ObservedHistory, day: number): OblastObserved[] {
  const km2 = new Float64Array(h.packed.oblasts.length);
  if (day >= 0) {
    h.faceRuns.forEach((r, f) => {
      if (!isOn(r, day)) return;
      const pairs = h.packed.faceOblastKm2[f]!;
      for (let k = 0; k + 1 < pairs.length; k += 2) km2[pairs[k]!]! += pairs[k + 1]!;
    });
  }
  return h.packed.oblasts.map((o, i) => ({ id: o.id, km2: km2[i]!, share: o.km2 > 0 ? Math.min(1, km2[i]! / o.km2) : 0 }));
}

/** Occupied area inside the oblasts (Natural Earth Ukraine), km². */
export function totalKm2(h: ObservedHistory, day: number): number {
  return oblastShares(h, day).reduce((s, o) => s + o.km2, 0);
}

/** Combined share of several oblasts (area-weighted). */
export function combinedShare(rows: readonly OblastObserved[], ids: readonly string[], oblasts: PackedObserved['oblasts']): number | null {
  let held = 0, total = 0;
  for (const id of ids) {
    const i = oblasts.findIndex((o) => o.id === id);
    if (i < 0) return null;
    held += rows[i]!.km2;
    total += oblasts[i]!.km2;
  }
  return total > 0 ? held / total : null;
}

/** Areas held by Russia since 2014 and so fully inside any snapshot: Crimea and Sevastopol. */
export const FULLY_HELD = ['UA-43', 'UA-40'] as const;

/**
 * The boundary error band: how far below 100 % the fully held areas come out, because the snapshot's
 * coast and border lines are not Natural Earth's. Shares near 100 % are uncertain by about this much.
 */
export function boundaryError(rows: readonly OblastObserved[], oblasts: PackedObserved['oblasts']): number | null {
  const s = combinedShare(rows, FULLY_HELD, oblasts);
  return s === null ? null : Math.max(0, 1 - s);
}

export interface ObservedGain {
  /** "YYYY-MM". */
  month: string;
  /** Net change of the occupied area inside the oblasts between the two snapshots, km² (negative: ground lost). */
  km2: number;
  /** The snapshots compared. */
  from: IsoDate;
  to: IsoDate;
  /** Days between them. */
  days: number;
  /**
   * True when the two snapshots do not span the calendar month: the history starts or ends inside it,
   * or a gap longer than the tolerance surrounds its ends. The dates say which days were compared.
   */
  partial: boolean;
}

/**
 * Monthly net change from the snapshots, for every month the history touches. A month is the change
 * from the last snapshot of the previous month to the last snapshot of this one. When the previous
 * month has no snapshot within `maxDays` of its end but this month has one within `maxDays` of its
 * start (a sparse history), that one is the start instead; when the history starts inside the month,
 * its first snapshot is. Such months, and a month whose last snapshot is not its last day, are
 * `partial`; their dates say which days were compared.
 */
export function monthlyGains(h: ObservedHistory, maxDays = 3): ObservedGain[] {
  const dates = h.dates;
  if (!dates.length) return [];
  const totals = new Map<number, number>();
  const total = (i: number) => {
    let t = totals.get(i);
    if (t === undefined) totals.set(i, (t = totalKm2(h, i)));
    return t;
  };
  /** Index of the last date ≤ d, or -1. */
  const atOrBefore = (d: IsoDate) => {
    let lo = 0, hi = dates.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid]! <= d) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return best;
  };
  const out: ObservedGain[] = [];
  const nextMonth = (m: string) => addDays(periodEnd(m), 1).slice(0, 7);
  for (let m = dates[0]!.slice(0, 7); m <= dates[dates.length - 1]!.slice(0, 7); m = nextMonth(m)) {
    const prevEnd = addDays(periodStart(m), -1);
    const end = periodEnd(m);
    const b = atOrBefore(end);
    if (b < 0 || dates[b]! < periodStart(m)) continue; // no snapshot in this month
    let a = atOrBefore(prevEnd);
    const firstIn = a + 1; // first snapshot inside this month
    const startGap = a >= 0 ? daysBetween(dates[a]!, prevEnd) : Infinity;
    if (startGap > maxDays && firstIn < b && daysBetween(prevEnd, dates[firstIn]!) <= maxDays) a = firstIn;
    else if (a < 0) a = firstIn;
    if (a >= b) continue;
    const from = dates[a]!, to = dates[b]!;
    const partial = Math.abs(daysBetween(from, prevEnd)) > 0 || to !== end;
    out.push({ month: m, km2: total(b) - total(a), from, to, days: daysBetween(from, to), partial });
  }
  return out;
}

/** The `--gains` CSV: month,first_date,last_date,days,gain_km2 (km² to one decimal). */
export function gainsCsv(gains: readonly ObservedGain[]): string {
  const rows = gains.map((g) => `${g.month},${g.from},${g.to},${g.days},${g.km2.toFixed(1)}`);
  return ['month,first_date,last_date,days,gain_km2', ...rows].join('\n') + '\n';
}

/** Whether a point lies in a snapshot's occupied area, and its distance in km to the area's edge. */
export interface PointObserved {
  inside: boolean;
  distanceKm: number;
}

function inRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]! as [number, number], [xj, yj] = ring[j]! as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const EARTH_KM = 6371.0088;

/** Distance in km from a point to a segment, on a local equirectangular projection (accurate to well under 1 % within ~100 km). */
function segmentKm(lon: number, lat: number, a: Position, b: Position): number {
  const k = Math.cos((lat * Math.PI) / 180);
  const ax = (a[0]! - lon) * k, ay = a[1]! - lat, bx = (b[0]! - lon) * k, by = b[1]! - lat;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
  const px = ax + t * dx, py = ay + t * dy;
  return (Math.sqrt(px * px + py * py) * Math.PI * EARTH_KM) / 180;
}

export function pointVsObserved(h: ObservedHistory, day: number, lon: number, lat: number): PointObserved | null {
  if (day < 0) return null;
  let inside = false;
  h.faces.features.forEach((f, i) => {
    if (inside) return;
    const b = h.faceBox[i]!;
    if (lon < b[0]! || lon > b[2]! || lat < b[1]! || lat > b[3]!) return;
    if (!isOn(h.faceRuns[i]!, day)) return;
    const [outer, ...holes] = f.geometry.coordinates;
    if (outer && inRing(lon, lat, outer) && !holes.some((r) => inRing(lon, lat, r))) inside = true;
  });
  let best = Infinity;
  h.arcs.features.forEach((a, i) => {
    if (!isOn(h.arcRuns[i]!, day)) return;
    const c = a.geometry.coordinates;
    for (let k = 0; k + 1 < c.length; k++) best = Math.min(best, segmentKm(lon, lat, c[k]!, c[k + 1]!));
  });
  return { inside, distanceKm: best };
}

export interface AreaClaimVsObserved {
  kind: 'area';
  claim: Claim;
  oblast: string;
  /** Share the claim asserts (1 = the whole oblast). */
  claimedShare: number;
  observedShare: number;
}

export interface PointClaimVsObserved {
  kind: 'point';
  claim: Claim;
  /** Index of the place within the claim's places. */
  place: number;
  name_en: string;
  name_uk: string;
  observed: PointObserved;
}

export interface ClaimsVsObserved {
  /** The snapshot compared; null when the date is before the first one. */
  snapshot: IsoDate | null;
  /** ± band on shares (from Crimea and Sevastopol), 0–1; null when those oblasts are missing. */
  error: number | null;
  areas: AreaClaimVsObserved[];
  points: PointClaimVsObserved[];
}

/** Every area and point claim in effect on the join's date against the snapshot at or before it. */
export function claimsVsObserved(join: JoinResult, h: ObservedHistory): ClaimsVsObserved {
  const day = snapshotIndex(h.dates, join.date);
  if (day < 0) return { snapshot: null, error: null, areas: [], points: [] };
  const rows = oblastShares(h, day);
  const areas: AreaClaimVsObserved[] = [];
  const points: PointClaimVsObserved[] = [];
  for (const a of join.active) {
    const c = a.claim;
    if (c.kind === 'area-control' || c.kind === 'annexation') {
      for (const id of c.subject.oblasts ?? []) {
        const i = h.oblastIndex.get(id);
        if (i === undefined) continue;
        areas.push({ kind: 'area', claim: c, oblast: id, claimedShare: c.share ?? 1, observedShare: rows[i]!.share });
      }
    } else if (c.kind === 'point-control') {
      const places = [...(c.subject.point ? [c.subject.point] : []), ...(c.subject.points ?? [])];
      places.forEach((p, n) => {
        const observed = pointVsObserved(h, day, p.lon, p.lat);
        if (observed) points.push({ kind: 'point', claim: c, place: n, name_en: p.name_en, name_uk: p.name_uk, observed });
      });
    }
  }
  return { snapshot: h.dates[day]!, error: boundaryError(rows, h.packed.oblasts), areas, points };
}
