// The measures the kinds share against a decoded observed record: an oblast's ground not shown as
// occupied (from the importer's packed figures), the share of a place's uncertainty circle in the
// occupied area, and the occupied km² in a band. Pure and turf-free, like the rest of the page side.
import { isOn, type ObservedHistory } from '../observed-format.ts';
import { notOccupiedAt, oblastShares, pointVsObserved, zoneKm2 } from '../observed-metrics.ts';
import type { Place } from '../schema.ts';
import { pointInRing } from '../ring.ts';
import type { CellVerdict, Evaluator, LedgerCell } from './types.ts';

/** A circle share at or above this is "inside" (and the claim matches the map). */
export const INSIDE_SHARE = 0.9;
/** Sample spacing across an uncertainty circle, as a fraction of its radius (≈ 310 samples). */
const SAMPLE_STEP = 0.1;
const KM_PER_DEG = 111.32;

/** Offsets (km east, km north) of sample points filling a circle of radius r. */
function circleSamples(r: number): Array<[number, number]> {
  if (r <= 0) return [[0, 0]];
  const out: Array<[number, number]> = [];
  const step = r * SAMPLE_STEP;
  for (let y = -r + step / 2; y < r; y += step) for (let x = -r + step / 2; x < r; x += step) if (x * x + y * y <= r * r) out.push([x, y]);
  return out;
}

/**
 * Which face each sample of a place's uncertainty circle lies in (-1: none). Faces never change, only
 * whether they are drawn, so the share on any day is the count of samples whose face is on.
 */
export function circleFaces(h: ObservedHistory, place: Pick<Place, 'lon' | 'lat' | 'uncertainty_km'>): Int32Array {
  const k = Math.cos((place.lat * Math.PI) / 180);
  const pts = circleSamples(place.uncertainty_km).map(([dx, dy]) => [place.lon + dx / (KM_PER_DEG * k), place.lat + dy / KM_PER_DEG] as const);
  const out = new Int32Array(pts.length).fill(-1);
  const r = place.uncertainty_km / KM_PER_DEG;
  const near = h.faces.features
    .map((_, i) => i)
    .filter((i) => {
      const b = h.faceBox[i]!;
      return !(place.lon + r / k < b[0]! || place.lon - r / k > b[2]! || place.lat + r < b[1]! || place.lat - r > b[3]!);
    });
  pts.forEach(([lon, lat], s) => {
    for (const i of near) {
      const b = h.faceBox[i]!;
      if (lon < b[0]! || lon > b[2]! || lat < b[1]! || lat > b[3]!) continue;
      const [outer, ...holes] = h.faces.features[i]!.geometry.coordinates;
      if (outer && pointInRing(lon, lat, outer) && !holes.some((ring) => pointInRing(lon, lat, ring))) {
        out[s] = i;
        break;
      }
    }
  });
  return out;
}

export function circleShare(h: ObservedHistory, samples: Int32Array, day: number): number {
  if (day < 0 || !samples.length) return 0;
  let n = 0;
  for (const f of samples) if (f >= 0 && isOn(h.faceRuns[f]!, day)) n++;
  return n / samples.length;
}

export function shareVerdict(share: number): 'outside' | 'partly' | 'inside' {
  return share <= 0 ? 'outside' : share < INSIDE_SHARE ? 'partly' : 'inside';
}

const SHARES_CACHE = new WeakMap<ObservedHistory, Map<number, Map<string, number>>>();
function occupiedShare(h: ObservedHistory, oblast: string, day: number): number {
  let m = SHARES_CACHE.get(h);
  if (!m) SHARES_CACHE.set(h, (m = new Map()));
  let d = m.get(day);
  if (!d) m.set(day, (d = new Map(oblastShares(h, day).map((o) => [o.id, o.share]))));
  return d.get(oblast) ?? 0;
}

/**
 * An oblast's ground not shown as occupied on any day: parts wide enough to hold the importer's disk
 * (see observed-not-occupied.ts), thinner slivers as boundary mismatch, and the share shown as occupied.
 * `verdict` decides what the kind may say of it (a control claim: matches / does not match; a legal
 * claim: nothing).
 */
export function oblastControl(h: ObservedHistory, oblast: string, verdict: (parts: number) => CellVerdict): Evaluator | null {
  if (!h.packed.notOccupied?.oblasts.some((o) => o.id === oblast)) return null;
  const cell = (day: number): LedgerCell => {
    const g = notOccupiedAt(h, oblast, day)!;
    return {
      snapshot: h.dates[day]!,
      verdict: verdict(g.count),
      notOccupiedKm2: g.notOccupiedKm2,
      notOccupiedAreas: g.count,
      largest: g.parts[0]?.label,
      mismatchKm2: g.mismatchKm2,
      occupiedShare: occupiedShare(h, oblast, day),
    };
  };
  // the verdict rests on the parts not shown as occupied alone: a scan over the days need not add up the day's occupied share
  return { cell, matches: (day) => verdict(notOccupiedAt(h, oblast, day)!.count) === 'matches' };
}

/** A place's uncertainty circle against the occupied area; `verdicts` false gives the share without a verdict. */
export function circleControl(h: ObservedHistory, place: Place, verdicts: boolean): Evaluator {
  const samples = circleFaces(h, place);
  return {
    cell: (day) => {
      const share = circleShare(h, samples, day);
      return {
        snapshot: h.dates[day]!,
        verdict: verdicts ? shareVerdict(share) : 'no_verdict',
        share,
        distanceKm: pointVsObserved(h, day, place.lon, place.lat)?.distanceKm,
      };
    },
    matches: (day) => verdicts && circleShare(h, samples, day) >= INSIDE_SHARE,
  };
}

const ZONE_CACHE = new WeakMap<ObservedHistory, Map<number, ReturnType<typeof zoneKm2>>>();
function zoneOn(h: ObservedHistory, day: number) {
  let m = ZONE_CACHE.get(h);
  if (!m) ZONE_CACHE.set(h, (m = new Map()));
  if (!m.has(day)) m.set(day, zoneKm2(h, day));
  return m.get(day)!;
}

/** Occupied km² of a band in one oblast, and the change since the base cell (the announcement's snapshot). No verdict. */
export function bandMeasure(h: ObservedHistory, oblast: string): Evaluator {
  return {
    cell: (day, base) => {
      const z = zoneOn(h, day)!.get(oblast)!;
      return {
        snapshot: h.dates[day]!,
        verdict: 'no_verdict',
        share: z.bandKm2 > 0 ? Math.min(1, z.km2 / z.bandKm2) : 0,
        zoneKm2: z.km2,
        bandKm2: z.bandKm2,
        changeKm2: base?.zoneKm2 !== undefined ? z.km2 - base.zoneKm2 : undefined,
      };
    },
    matches: () => false,
  };
}
