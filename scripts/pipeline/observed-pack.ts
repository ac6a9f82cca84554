// Importer side of observed control: checks DeepState snapshot files and packs a whole history into
// one PackedObserved (format in docs/observed-packing.md). Pure (text in, data out) but uses turf:
// node-only pipeline code, never imported by the page (dependency-cruiser: page-never-imports-pipeline).
import { area, booleanPointInPolygon, point as turfPoint } from '@turf/turf';
import polygonClipping, { type Geom as ClipGeom } from 'polygon-clipping';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { toCsv } from '../../src/domain/csv.ts';
import { isValidDay, type IsoDate } from '../../src/domain/dates.ts';
import type { OblastCollection } from '../../src/domain/geo.ts';
import { decodeObserved, encodeDeltas, mergeDerived, OBSERVED_FORMAT, type PackedObserved, type SnapshotProvenance } from '../../src/domain/observed-format.ts';
import { computeZone } from './observed-not-occupied.ts';
import { deriveFigures, MIRROR, provenanceOf } from './observed-derive.ts';
import { arcFlats, buildTopology, outlineKey, ringCoords, type BuildProgress, type SnapshotInput, type Topology } from './observed-topology.ts';

export const SNAPSHOT_NAME = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/;
export const SOURCE = 'DeepStateMap (deepstatemap.live) via cyterat/deepstate-map-data';
export const LICENSE = 'GPL-3.0';
export const BASIS =
  'Shares are the geodesic area (turf.area) of the snapshot inside each oblast of public/geo/oblasts.geojson ' +
  '(Natural Earth 1:10m admin-1, simplified), divided by the turf area of that same oblast polygon. ' +
  'Natural Earth oblast areas are the basis, not official ones.';

export class SnapshotError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
  }
}

/** The snapshot day a file name encodes, or null if the name is not deepstatemap_data_YYYYMMDD.geojson. */
export function snapshotDate(file: string): IsoDate | null {
  const m = SNAPSHOT_NAME.exec(file);
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidDay(d) ? d : null;
}

function checkRing(ring: unknown, file: string, where: string): void {
  if (!Array.isArray(ring) || ring.length < 4) throw new SnapshotError(file, `${where}: a ring needs at least 4 positions`);
  for (const p of ring as unknown[]) {
    if (!Array.isArray(p) || p.length < 2) throw new SnapshotError(file, `${where}: a position is not [lon, lat]`);
    const [lon, lat] = p as number[];
    if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new SnapshotError(file, `${where}: position ${JSON.stringify(p)} is not a lon/lat pair`);
    }
  }
  const a = ring[0] as number[], b = ring[ring.length - 1] as number[];
  if (a[0] !== b[0] || a[1] !== b[1]) throw new SnapshotError(file, `${where}: ring is not closed`);
}

/** Parses and checks one snapshot file: one FeatureCollection, one (Multi)Polygon feature, CRS84. */
export function parseSnapshot(file: string, text: string): SnapshotInput {
  const date = snapshotDate(file);
  if (!date) throw new SnapshotError(file, 'name is not deepstatemap_data_YYYYMMDD.geojson with a valid date');
  let j: unknown;
  try {
    // A file saved with a UTF-8 byte-order mark (some editors and Windows tools add one) is still JSON.
    j = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new SnapshotError(file, `not JSON (${(e as Error).message})`);
  }
  const fc = j as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new SnapshotError(file, 'not a GeoJSON FeatureCollection');
  const crs = fc.crs?.properties?.name;
  if (crs !== undefined && !/CRS84$/.test(String(crs))) throw new SnapshotError(file, `CRS is ${String(crs)}, expected CRS84 (lon/lat)`);
  if (fc.features.length !== 1) throw new SnapshotError(file, `expected one feature, found ${fc.features.length}`);
  const g = (fc.features[0] as Feature | null)?.geometry as Polygon | MultiPolygon | null | undefined;
  if (!g || (g.type !== 'MultiPolygon' && g.type !== 'Polygon') || !Array.isArray(g.coordinates)) {
    throw new SnapshotError(file, `geometry is ${g?.type ?? 'missing'}, expected MultiPolygon`);
  }
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  if (!polys.length) throw new SnapshotError(file, 'geometry is empty');
  polys.forEach((poly, i) => {
    if (!Array.isArray(poly) || !poly.length) throw new SnapshotError(file, `polygon ${i} has no rings`);
    poly.forEach((ring, k) => checkRing(ring, file, `polygon ${i} ring ${k}`));
  });
  return { date, geometry: g };
}

export interface PackStats {
  days: number;
  faces: number;
  arcs: number;
  nodes: number;
  /** Largest relative difference between a day's summed face areas and turf.area of the snapshot itself. */
  maxAreaError: number;
  maxAreaErrorDate: IsoDate | null;
}

export interface PackResult {
  packed: PackedObserved;
  stats: PackStats;
  /** Per day, per oblast (packed order): occupied km²; empty for the days in `opts.checked`. */
  byDay: Float64Array[];
  /** Per face: its outline key (outlineKey), when figures were reused by it (`opts.reuse`); else empty. */
  outlines: string[];
  /** Per face: its rings (degrees); empty for a face whose figures were reused. */
  polys: Position[][][];
}

type Box = [number, number, number, number];

/**
 * encodeRuns for 0/1 flags, with the scans done by indexOf (native): a record's faces and arcs are
 * mostly on or off for long spans, and the per-day loop was a good part of an update's time.
 */
function runsOf(on: Uint8Array): number[] {
  const out: number[] = [];
  let prevEnd = 0;
  for (let d = on.indexOf(1); d >= 0;) {
    let e = on.indexOf(0, d);
    if (e < 0) e = on.length;
    out.push(d - prevEnd, e - d);
    prevEnd = e;
    d = e < on.length ? on.indexOf(1, e) : -1;
  }
  return out;
}

function boxOf(rings: readonly Position[][]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings) for (const [x, y] of r) {
    b[0] = Math.min(b[0], x!); b[1] = Math.min(b[1], y!); b[2] = Math.max(b[2], x!); b[3] = Math.max(b[3], y!);
  }
  return b;
}
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** True when segment p–q touches the box (Liang–Barsky clip). */
function segmentHitsBox(p: Position, q: Position, b: Box): boolean {
  let t0 = 0, t1 = 1;
  const dx = q[0]! - p[0]!, dy = q[1]! - p[1]!;
  // the part of the segment with pk * t <= qk on every side
  const clip = (pk: number, qk: number) => {
    if (pk === 0) return qk >= 0;
    const r = qk / pk;
    if (pk < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, p[0]! - b[0]) && clip(dx, b[2] - p[0]!) && clip(-dy, p[1]! - b[1]) && clip(dy, b[3] - p[1]!);
}

/**
 * Packs snapshots (any order; sorted here) with the oblast boundaries the shares refer to.
 * Intersections with an oblast are computed per face, and only for faces whose box overlaps the oblast's;
 * a face no oblast edge runs through is wholly inside or outside, decided by one point test.
 */
export interface PackOptions {
  /** Snapshot files as read, per day (any order; matched by date): recorded as provenance. */
  files?: ReadonlyArray<SnapshotProvenance & { date: IsoDate }>;
  /** The mirror's commit the snapshots were taken from, when known. */
  commit?: string | null;
  /** Face figures of an earlier pack by outline (outlineKey): reused instead of re-measured. */
  reuse?: ReadonlyMap<string, { km2: number; oblastKm2: number[] }>;
  /** Days already checked against their own snapshot's area (rebuilt from a pack): not checked again. */
  checked?: ReadonlySet<string>;
  /**
   * Oblasts to compute not-occupied ground for (those a claim says Russia holds or annexed). The importer
   * writes these figures to their own file (observed-derive.ts); given here, they are joined into the
   * returned pack as the page sees it.
   */
  notOccupied?: readonly string[];
  /** The buffer-zone band: observed km² inside it per oblast is packed too. */
  zone?: Feature<Polygon | MultiPolygon, { id?: unknown }>;
}

/** Oblasts a claim of area control or annexation names: not-occupied ground is computed for these. */
export function notOccupiedSubjects(claims: ReadonlyArray<{ kind: string; subject: { oblasts?: readonly string[] } }>): string[] {
  const ids = new Set<string>();
  for (const c of claims) if (c.kind === 'area-control' || c.kind === 'annexation') for (const id of c.subject.oblasts ?? []) ids.add(id);
  return [...ids].sort();
}

export function packHistory(input: readonly SnapshotInput[], oblasts: OblastCollection, progress?: BuildProgress, opts: PackOptions = {}): PackResult {
  const snaps = [...input].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < snaps.length; i++) if (snaps[i]!.date === snaps[i - 1]!.date) throw new Error(`two snapshots for ${snaps[i]!.date}`);
  return packTopology(buildTopology(snaps, 1e6, progress), snaps, oblasts, progress, opts);
}

/**
 * The pack of a built topology: face areas and oblast figures (reused by outline where `opts.reuse` has
 * them), the per-day self-check against each snapshot's own area (skipped for `opts.checked` days, whose
 * geometry may then be empty), arcs as one delta stream, provenance.
 */
export function packTopology(topo: Topology, snaps: readonly SnapshotInput[], oblasts: OblastCollection, progress?: BuildProgress, opts: PackOptions = {}): PackResult {
  const D = snaps.length;

  // faces as polygons (degrees), their areas and boxes
  // a face an earlier pack already measured (same outline) keeps its figures: an update re-measures only
  // new faces, and needs the coordinates of those only
  let outlines: string[] = [];
  if (opts.reuse) {
    const flats = arcFlats(topo);
    outlines = topo.faces.map((rings) => outlineKey(rings, (a) => flats[a]!));
  }
  const reused = topo.faces.map((_, fi) => (opts.reuse ? opts.reuse.get(outlines[fi]!) : undefined));
  const polys = topo.faces.map((rings, fi) => (reused[fi] ? [] : rings.map((r) => ringCoords(topo, r))));
  const faceKm2 = polys.map((coordinates, fi) => reused[fi]?.km2 ?? area({ type: 'Polygon', coordinates }) / 1e6);
  const faceBox = polys.map(boxOf);

  // oblast areas, boxes and edge lists
  const obl = oblasts.features.map((f) => {
    const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
    const segs: Array<[Position, Position]> = [];
    for (const r of rings) for (let i = 0; i + 1 < r.length; i++) segs.push([r[i]!, r[i + 1]!]);
    return { f, id: f.properties.id, km2: area(f) / 1e6, box: boxOf(rings), segs };
  });
  const faceOblastKm2: number[][] = polys.map((coordinates, fi) => {
    const again = reused[fi];
    if (again) return again.oblastKm2;
    const out: number[] = [];
    const fb = faceBox[fi]!;
    obl.forEach((o, oi) => {
      if (!overlaps(fb, o.box)) return;
      let km2: number;
      if (!o.segs.some(([p, q]) => segmentHitsBox(p, q, fb))) {
        km2 = booleanPointInPolygon(turfPoint(coordinates[0]![0]!), o.f) ? faceKm2[fi]! : 0;
      } else {
        const g = o.f.geometry;
        const cut = polygonClipping.intersection(coordinates as ClipGeom, (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as ClipGeom);
        km2 = cut.length ? area({ type: 'MultiPolygon', coordinates: cut as Position[][][] }) / 1e6 : 0;
      }
      if (km2 > 0) out.push(oi, Math.round(km2 * 1000) / 1000);
    });
    progress?.('oblasts', fi + 1, polys.length);
    return out;
  });

  // per-day figures and the self-check against turf areas of the snapshots themselves
  const byDay: Float64Array[] = [];
  let maxAreaError = 0;
  let maxAreaErrorDate: IsoDate | null = null;
  for (let d = 0; d < D; d++) {
    // days rebuilt from an earlier pack's arcs were checked against their files when first packed; their
    // rows are not needed (only the importer's --csv reads byDay), so an update skips them
    if (opts.checked?.has(snaps[d]!.date)) {
      byDay.push(new Float64Array(0));
      continue;
    }
    const row = new Float64Array(obl.length);
    let drawn = 0;
    topo.faceOn.forEach((on, f) => {
      if (!on[d]) return;
      drawn += faceKm2[f]!;
      const pairs = faceOblastKm2[f]!;
      for (let k = 0; k + 1 < pairs.length; k += 2) row[pairs[k]!]! += pairs[k + 1]!;
    });
    byDay.push(row);
    const exact = area(snaps[d]!.geometry) / 1e6;
    const err = exact > 0 ? Math.abs(drawn - exact) / exact : drawn;
    if (err > maxAreaError) {
      maxAreaError = err;
      maxAreaErrorDate = snaps[d]!.date;
    }
  }

  // arcs as one delta stream
  const at: [number, number] = [0, 0];
  const arcs = topo.arcs.map((chain) => encodeDeltas(chain.map((n) => topo.nodes[n]!), at));
  const packed: PackedObserved = {
    format: OBSERVED_FORMAT,
    source: SOURCE,
    license: LICENSE,
    basis: BASIS,
    scale: topo.scale,
    dates: snaps.map((s) => s.date),
    arcs,
    faces: topo.faces,
    faceRuns: topo.faceOn.map(runsOf),
    arcRuns: topo.arcOn.map(runsOf),
    faceKm2: faceKm2.map((a) => Math.round(a * 1000) / 1000),
    faceOblastKm2,
    oblasts: obl.map((o) => ({ id: o.id, km2: Math.round(o.km2 * 1000) / 1000 })),
  };
  if (opts.files) {
    const byDate = new Map(opts.files.map((f) => [f.date, f]));
    packed.snapshots = packed.dates.map((d) => {
      const f = byDate.get(d);
      if (!f) throw new Error(`no file recorded for ${d}`);
      return { file: f.file, bytes: f.bytes, sha256: f.sha256 };
    });
    packed.provenance = provenanceOf(packed.dates, packed.snapshots, MIRROR, opts.commit ?? null);
  }
  const withDerived = opts.notOccupied?.length || opts.zone ? mergeDerived(packed, deriveFigures(packed, oblasts, opts.notOccupied ?? [], opts.zone)) : packed;
  return {
    packed: withDerived,
    byDay,
    outlines,
    polys,
    stats: { days: D, faces: topo.faces.length, arcs: topo.arcs.length, nodes: topo.nodes.length, maxAreaError, maxAreaErrorDate },
  };
}

/**
 * The packed history with its band figures (`zone`) computed afresh for another band, from the faces it
 * already holds: what `npm run observed:zone` writes when only the band changed (seconds instead of a
 * re-import). The oblasts must be those the history was packed with (same ids, order and km²),
 * otherwise the per-face oblast figures would not match and the history has to be re-imported.
 */
export function withZone(packed: PackedObserved, oblasts: OblastCollection, zone: NonNullable<PackOptions['zone']>): PackedObserved {
  const now = oblasts.features.map((f) => ({ id: f.properties.id, km2: Math.round((area(f) / 1e6) * 1000) / 1000 }));
  const same = now.length === packed.oblasts.length && now.every((o, i) => o.id === packed.oblasts[i]!.id && o.km2 === packed.oblasts[i]!.km2);
  if (!same) throw new Error('the oblasts differ from those the history was packed with (ids, order or km²): re-import it with npm run observed');
  const polys = decodeObserved(packed).faces.features.map((f) => f.geometry.coordinates);
  return { ...packed, zone: computeZone(zone, oblasts, polys) };
}

/** The CSV the importer writes with --csv: one row per date and oblast. */
export function sharesCsv(res: PackResult): string {
  const rows: string[][] = [['date', 'id', 'occupied_km2', 'share']];
  res.packed.dates.forEach((date, d) => {
    res.packed.oblasts.forEach((o, i) => {
      const km2 = res.byDay[d]![i]!;
      rows.push([date, o.id, km2.toFixed(3), (o.km2 > 0 ? Math.min(1, km2 / o.km2) : 0).toFixed(6)]);
    });
  });
  return toCsv(rows, { bom: false });
}
