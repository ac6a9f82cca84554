// The claim ledger: every claim set against an observed source's record, one row per claim and subject
// (oblast, place or band), with a verdict on a chosen date, at the claim's own date and over the whole
// record (first snapshot on which it was borne out, and the lag). Pure and turf-free: it reads only
// figures the importer packed (held ground, band km²) and the decoded faces, so the panel, the
// exports and the importer's --ledger CSV all call this one module.
//
// Verdict rules:
//   area-control, annexation: borne_out when no held-ground part is left in the oblast, else not_borne_out
//   point-control: share of the place's uncertainty circle inside the observed area:
//                  outside (0), partly (< 90 %), inside (≥ 90 %, counts as borne out)
//   buffer-zone:   the same three steps on the share of the band (per oblast) inside the observed area
//   anything else (statements, troop reports): not_measurable
import { daysBetween, type IsoDate } from './dates';
import { effectiveDate } from './events';
import { heldAt, isOn, pointVsObserved, snapshotIndex, zoneKm2, type ObservedHistory } from './observed';
import type { Claim, Place } from './schema';

export const VERDICTS = ['borne_out', 'not_borne_out', 'partly', 'outside', 'inside', 'not_measurable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A circle share at or above this is "inside" (and the claim borne out). */
export const INSIDE_SHARE = 0.9;
/** Sample spacing across an uncertainty circle, as a fraction of its radius (≈ 310 samples). */
const SAMPLE_STEP = 0.1;
const KM_PER_DEG = 111.32;

export type LedgerSubject =
  | { kind: 'oblast'; id: string }
  | { kind: 'point'; place: Place; index: number }
  | { kind: 'zone'; id: string; zone: string }
  | { kind: 'none'; label: string };

/** What the record says on one snapshot. */
export interface LedgerCell {
  snapshot: IsoDate;
  verdict: Exclude<Verdict, 'not_measurable'>;
  /** Area claims: held ground left (km², number of parts), the largest part's label point, mismatch km². */
  heldKm2?: number;
  heldAreas?: number;
  largest?: [number, number];
  mismatchKm2?: number;
  /** Points: share of the uncertainty circle inside the observed area, distance from the point to the observed edge. */
  share?: number;
  distanceKm?: number;
  /** Band: observed km² inside the band in this oblast, the band's km², change since the claim's snapshot. */
  zoneKm2?: number;
  bandKm2?: number;
  changeKm2?: number;
}

export interface LedgerRow {
  claim: Claim;
  subject: LedgerSubject;
  /** Subject as written in the CSV: oblast id, place name (English) or the claim's subject list. */
  subjectLabel: string;
  /** Day the claim counts from (its earliest event). */
  claimDate: IsoDate;
  measurable: boolean;
  /** On the chosen date's snapshot (null: not measurable, or before the first snapshot). */
  at: LedgerCell | null;
  /** On the snapshot at or before the claim's date (null when the claim predates the record). */
  atClaim: LedgerCell | null;
  /** On the last snapshot. */
  last: LedgerCell | null;
  /** First snapshot on or after the claim's date on which it was borne out, and days after the claim. */
  firstBorneOut: IsoDate | null;
  lagDays: number | null;
  lastDate: IsoDate | null;
  /** Days from the claim to the last snapshot. */
  lastLagDays: number | null;
}

export function claimDate(c: Claim): IsoDate {
  return c.events.map(effectiveDate).sort()[0]!;
}

/** One subject per row: each oblast of an area claim, each place of a point claim, each oblast the band crosses. */
export function ledgerSubjects(c: Claim, h: ObservedHistory | null): LedgerSubject[] {
  if (c.kind === 'area-control' || c.kind === 'annexation') return (c.subject.oblasts ?? []).map((id) => ({ kind: 'oblast', id }));
  if (c.kind === 'point-control') {
    const places = [...(c.subject.point ? [c.subject.point] : []), ...(c.subject.points ?? [])];
    return places.map((place, index) => ({ kind: 'point', place, index }));
  }
  if (c.kind === 'buffer-zone' && h?.packed.zone && c.subject.zone === h.packed.zone.id) {
    const band = h.packed.zone;
    const ids = (c.subject.oblasts ?? []).filter((id) => (band.bandKm2[h.oblastIndex.get(id) ?? -1] ?? 0) > 0);
    if (ids.length) return ids.map((id) => ({ kind: 'zone', id, zone: band.id }));
  }
  const label = [...(c.subject.oblasts ?? []), ...(c.subject.country ? [c.subject.country] : [])].join(' ');
  return [{ kind: 'none', label }];
}

function subjectLabel(s: LedgerSubject): string {
  return s.kind === 'oblast' || s.kind === 'zone' ? s.id : s.kind === 'point' ? s.place.name_en : s.label;
}

/** Offsets (km east, km north) of sample points filling a circle of radius r. */
function circleSamples(r: number): Array<[number, number]> {
  if (r <= 0) return [[0, 0]];
  const out: Array<[number, number]> = [];
  const step = r * SAMPLE_STEP;
  for (let y = -r + step / 2; y < r; y += step) for (let x = -r + step / 2; x < r; x += step) if (x * x + y * y <= r * r) out.push([x, y]);
  return out;
}

function inRing(lon: number, lat: number, ring: ReadonlyArray<readonly number[]>): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
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
      if (outer && inRing(lon, lat, outer) && !holes.some((ring) => inRing(lon, lat, ring))) {
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

export const isBorneOut = (v: Verdict): boolean => v === 'borne_out' || v === 'inside';

/** Evaluates one subject on any snapshot day; the per-subject work that does not depend on the day is done once. */
interface Evaluator {
  cell: (day: number, base?: LedgerCell | null) => LedgerCell;
  /** Borne out on that day (cheaper than a whole cell). */
  borne: (day: number) => boolean;
}

/** Per history: evaluators and over-the-record results, so moving the date only evaluates that day. */
type RecordPart = Pick<LedgerRow, 'atClaim' | 'last' | 'firstBorneOut' | 'lagDays'>;
const CACHE = new WeakMap<ObservedHistory, Map<string, { ev: Evaluator | null; record?: RecordPart }>>();
const ZONE_CACHE = new WeakMap<ObservedHistory, Map<number, ReturnType<typeof zoneKm2>>>();

function zoneOn(h: ObservedHistory, day: number) {
  let m = ZONE_CACHE.get(h);
  if (!m) ZONE_CACHE.set(h, (m = new Map()));
  if (!m.has(day)) m.set(day, zoneKm2(h, day));
  return m.get(day)!;
}

function evaluator(h: ObservedHistory, s: LedgerSubject): Evaluator | null {
  const withBorne = (cell: Evaluator['cell']): Evaluator => ({ cell, borne: (d) => isBorneOut(cell(d).verdict) });
  if (s.kind === 'oblast') {
    if (!h.packed.held?.oblasts.some((o) => o.id === s.id)) return null;
    return withBorne((day) => {
      const g = heldAt(h, s.id, day)!;
      return {
        snapshot: h.dates[day]!,
        verdict: g.count === 0 ? 'borne_out' : 'not_borne_out',
        heldKm2: g.heldKm2,
        heldAreas: g.count,
        largest: g.parts[0]?.label,
        mismatchKm2: g.mismatchKm2,
      };
    });
  }
  if (s.kind === 'point') {
    const samples = circleFaces(h, s.place);
    return {
      cell: (day) => {
        const share = circleShare(h, samples, day);
        return { snapshot: h.dates[day]!, verdict: shareVerdict(share), share, distanceKm: pointVsObserved(h, day, s.place.lon, s.place.lat)?.distanceKm };
      },
      borne: (day) => circleShare(h, samples, day) >= INSIDE_SHARE,
    };
  }
  if (s.kind === 'zone') {
    return withBorne((day, base) => {
      const z = zoneOn(h, day)!.get(s.id)!;
      const share = z.bandKm2 > 0 ? Math.min(1, z.km2 / z.bandKm2) : 0;
      return {
        snapshot: h.dates[day]!,
        verdict: shareVerdict(share),
        share,
        zoneKm2: z.km2,
        bandKm2: z.bandKm2,
        changeKm2: base?.zoneKm2 !== undefined ? z.km2 - base.zoneKm2 : undefined,
      };
    });
  }
  return null;
}

/**
 * The ledger on `date` (the snapshot at or before it) and over the whole record, for every claim.
 * Without observed data every row is there but nothing is measured.
 */
export function claimLedger(claims: readonly Claim[], h: ObservedHistory | null, date: IsoDate): LedgerRow[] {
  const rows: LedgerRow[] = [];
  const lastDay = h ? h.dates.length - 1 : -1;
  const lastDate = h && lastDay >= 0 ? h.dates[lastDay]! : null;
  const day = h ? snapshotIndex(h.dates, date) : -1;
  for (const claim of claims) {
    const cd = claimDate(claim);
    for (const subject of ledgerSubjects(claim, h)) {
      const key = `${claim.id}|${subjectLabel(subject)}|${cd}|${subject.kind === 'point' ? `${subject.place.lon},${subject.place.lat},${subject.place.uncertainty_km}` : ''}`;
      let cached = h ? CACHE.get(h)?.get(key) : undefined;
      if (h && !cached) {
        cached = { ev: lastDay >= 0 ? evaluator(h, subject) : null };
        if (!CACHE.has(h)) CACHE.set(h, new Map());
        CACHE.get(h)!.set(key, cached);
      }
      const ev = cached?.ev ?? null;
      const row: LedgerRow = {
        claim, subject, subjectLabel: subjectLabel(subject), claimDate: cd, measurable: !!ev,
        at: null, atClaim: null, last: null, firstBorneOut: null, lagDays: null,
        lastDate: ev ? lastDate : null, lastLagDays: ev && lastDate ? daysBetween(cd, lastDate) : null,
      };
      if (ev && h && cached) {
        const claimDay = snapshotIndex(h.dates, cd);
        // the band's change is counted from the snapshot of the order (or the first one after it)
        const base = ev.cell(claimDay >= 0 ? claimDay : 0);
        if (!cached.record) {
          const rec: RecordPart = { atClaim: claimDay >= 0 ? base : null, last: ev.cell(lastDay, base), firstBorneOut: null, lagDays: null };
          for (let d = Math.max(0, claimDay); d <= lastDay; d++) {
            if (h.dates[d]! < cd) continue;
            if (ev.borne(d)) {
              rec.firstBorneOut = h.dates[d]!;
              rec.lagDays = daysBetween(cd, h.dates[d]!);
              break;
            }
          }
          cached.record = rec;
        }
        Object.assign(row, cached.record);
        row.at = day >= 0 ? ev.cell(day, base) : null;
      }
      rows.push(row);
    }
  }
  return rows;
}

export const LEDGER_COLUMNS = [
  'claim_id', 'subject', 'claim_date', 'verdict_at_claim', 'first_borne_out', 'lag_days',
  'held_km2_at_claim', 'held_areas_at_claim', 'held_km2_last', 'held_areas_last', 'last_date',
] as const;

/** Verdict of a row on a cell: not_measurable for rows nothing can measure, '' where the record has no snapshot. */
export function verdictOf(row: LedgerRow, cell: LedgerCell | null): Verdict | '' {
  return !row.measurable ? 'not_measurable' : cell ? cell.verdict : '';
}

const csvCell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(Math.round(v * 10) / 10) : v;
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The importer's --ledger CSV (columns LEDGER_COLUMNS); cells with nothing to say stay empty. */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  const lines = [LEDGER_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([
      r.claim.id, r.subjectLabel, r.claimDate, verdictOf(r, r.atClaim), r.firstBorneOut, r.lagDays,
      r.atClaim?.heldKm2, r.atClaim?.heldAreas, r.last?.heldKm2, r.last?.heldAreas, r.lastDate,
    ].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}
