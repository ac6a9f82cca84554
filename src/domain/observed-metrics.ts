// Figures read from a decoded observed record (observed-format.ts): per-oblast shares and totals,
// monthly gains, not-occupied ground and the buffer-zone band per day, and where a point stands against a
// snapshot. Pure and free of turf, so it can ship in the page bundle: every area was computed by the
// importer.
import type { Position } from 'geojson';
import { addDays, daysBetween, periodEnd, periodStart, type IsoDate } from './dates.ts';
import { isOn, snapshotIndex, type ObservedHistory } from './observed-format.ts';
import { pointInRing } from './ring.ts';
import { toCsv } from './csv.ts';

export interface NotOccupiedGround {
  oblast: string;
  /** The snapshot this describes. */
  snapshot: IsoDate;
  /** Not-occupied parts, largest first. */
  parts: Array<{ part: number; km2: number; label: [number, number] }>;
  notOccupiedKm2: number;
  count: number;
  /** Parts too thin to hold a disk of `radiusKm`, summed (Natural Earth vs the source's lines), km². */
  mismatchKm2: number;
  radiusKm: number;
}

/** Not-occupied ground in an oblast on a snapshot day; null when the file has none for it (or day < 0). */
export function notOccupiedAt(h: ObservedHistory, oblast: string, day: number): NotOccupiedGround | null {
  const hp = h.packed.notOccupied;
  const o = hp?.oblasts.find((x) => x.id === oblast);
  if (!hp || !o || day < 0 || day >= o.days.length) return null;
  const st = o.states[o.days[day]!]!;
  const parts = st.parts.map((n) => ({ part: n, km2: hp.parts[n]!.km2, label: hp.parts[n]!.label }));
  return {
    oblast,
    snapshot: h.dates[day]!,
    parts,
    notOccupiedKm2: parts.reduce((s, p) => s + p.km2, 0),
    count: parts.length,
    mismatchKm2: st.mismatchKm2,
    radiusKm: hp.radiusKm,
  };
}

/** Oblasts the file has not-occupied ground for. */
export function notOccupiedOblasts(h: ObservedHistory): string[] {
  return h.packed.notOccupied?.oblasts.map((o) => o.id) ?? [];
}

/** Not-occupied-ground part indices drawn on a day (every oblast that has it). */
export function notOccupiedPartsOn(h: ObservedHistory, day: number): number[] {
  const hp = h.packed.notOccupied;
  if (!hp || day < 0) return [];
  return hp.oblasts.flatMap((o) => o.states[o.days[day]!]?.parts ?? []);
}

/** Whether the map outlines any ground not shown as occupied on the snapshot at or before `date` (its legend entry then shows). */
export function showsNotOccupied(h: ObservedHistory, date: string): boolean {
  return notOccupiedPartsOn(h, snapshotIndex(h.dates, date)).length > 0;
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
  const atOrBefore = (d: IsoDate) => snapshotIndex(dates, d);
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
  return toCsv([['month', 'first_date', 'last_date', 'days', 'gain_km2'], ...gains.map((g) => [g.month, g.from, g.to, g.days, g.km2.toFixed(1)])], { bom: false });
}

/** Whether a point lies in a snapshot's occupied area, and its distance in km to the area's edge. */
export interface PointObserved {
  inside: boolean;
  distanceKm: number;
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
    if (outer && pointInRing(lon, lat, outer) && !holes.some((r) => pointInRing(lon, lat, r))) inside = true;
  });
  // The arcs nearest first (by their bounding boxes), stopping at the first arc whose box is already
  // farther than the nearest edge found: the same minimum as reading every arc, at a fraction of the
  // work (the ledger asks this for each place on every date shown).
  const { order, bound } = arcsByDistance(h, lon, lat);
  let best = Infinity;
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    if (bound[i]! >= best) break;
    if (!isOn(h.arcRuns[i]!, day)) continue;
    const c = h.arcs.features[i]!.geometry.coordinates;
    for (let k = 0; k + 1 < c.length; k++) best = Math.min(best, segmentKm(lon, lat, c[k]!, c[k + 1]!));
  }
  return { inside, distanceKm: best };
}

/** Per history and place: the arcs sorted by a lower bound of their distance (segmentKm's metric to their box). */
const ARC_ORDER = new WeakMap<ObservedHistory, Map<string, { order: Int32Array; bound: Float64Array }>>();

function arcsByDistance(h: ObservedHistory, lon: number, lat: number): { order: Int32Array; bound: Float64Array } {
  let byPlace = ARC_ORDER.get(h);
  if (!byPlace) ARC_ORDER.set(h, (byPlace = new Map()));
  const key = `${lon},${lat}`;
  const hit = byPlace.get(key);
  if (hit) return hit;
  const k = Math.cos((lat * Math.PI) / 180);
  const n = h.arcs.features.length;
  const bound = new Float64Array(n);
  h.arcs.features.forEach((a, i) => {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of a.geometry.coordinates) {
      x0 = Math.min(x0, p[0]!);
      x1 = Math.max(x1, p[0]!);
      y0 = Math.min(y0, p[1]!);
      y1 = Math.max(y1, p[1]!);
    }
    const dx = Math.max(x0 - lon, 0, lon - x1) * k;
    const dy = Math.max(y0 - lat, 0, lat - y1);
    bound[i] = (Math.sqrt(dx * dx + dy * dy) * Math.PI * EARTH_KM) / 180;
  });
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => bound[a]! - bound[b]!);
  const out = { order, bound };
  byPlace.set(key, out);
  return out;
}
