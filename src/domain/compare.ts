// Compare mode: what changed in the observed record between two dates, and which claims changed
// status. Pure: reads the packed faces (a face is one piece of the plane that is either wholly in or
// wholly out of each snapshot) and their per-oblast areas computed by the importer. Nothing is
// interpolated: each date is read from the snapshot at or before it, and days the record lacks are
// listed as such.
import type { FeatureCollection, Polygon } from 'geojson';
import { addDays, daysBetween, type IsoDate } from './dates.ts';
import { claimsAt, type JoinResult } from './join.ts';
import { isOn, snapshotIndex, type ObservedHistory } from './observed-format.ts';
import type { Claim, Dataset, Status } from './schema.ts';

export type FaceChange = 'gained' | 'lost' | 'same' | 'none';

export interface SnapshotUsed {
  /** The date asked for. */
  requested: IsoDate;
  /** The snapshot read for it (the latest on or before it); null when it is before the record starts. */
  snapshot: IsoDate | null;
  /** True when a snapshot exists for exactly that day. */
  exact: boolean;
}

export interface OblastChange {
  id: string;
  gained: number;
  lost: number;
  net: number;
}

export interface ObservedComparison {
  from: SnapshotUsed;
  to: SnapshotUsed;
  /** Per oblast in the packed order: km² observed at `to` and not at `from` (gained), the reverse (lost), and gained − lost. */
  oblasts: OblastChange[];
  totals: { gained: number; lost: number; net: number };
  /** Per face: how it changed between the two snapshots (for the map). */
  faces: Uint8Array;
  /** Days between the two requested dates (inclusive) for which the record has no snapshot, as runs. */
  missing: Array<{ from: IsoDate; to: IsoDate; days: number }>;
  missingDays: number;
}

/** Codes of `ObservedComparison.faces`. */
export const FACE_CODE: Record<FaceChange, number> = { none: 0, same: 1, gained: 2, lost: 3 };
export const FACE_CHANGES: readonly FaceChange[] = ['none', 'same', 'gained', 'lost'];

function used(dates: readonly IsoDate[], requested: IsoDate): SnapshotUsed & { day: number } {
  const day = snapshotIndex(dates, requested);
  const snapshot = day >= 0 ? dates[day]! : null;
  return { requested, snapshot, exact: snapshot === requested, day };
}

/** Runs of days in [from, to] that have no snapshot (walks the snapshot list, not every day). */
export function missingRuns(dates: readonly IsoDate[], from: IsoDate, to: IsoDate): Array<{ from: IsoDate; to: IsoDate; days: number }> {
  const out: Array<{ from: IsoDate; to: IsoDate; days: number }> = [];
  const first = dates[0];
  // Before the record starts nothing is "missing": there is no record yet.
  if (!first || to < first) return out;
  const push = (a: IsoDate, b: IsoDate) => {
    if (a <= b) out.push({ from: a, to: b, days: daysBetween(a, b) + 1 });
  };
  let cursor = from < first ? first : from; // first day not yet accounted for
  for (let i = Math.max(0, snapshotIndex(dates, cursor)); i < dates.length && cursor <= to; i++) {
    const d = dates[i]!;
    if (d < cursor) continue;
    if (d > to) break;
    push(cursor, addDays(d, -1));
    cursor = addDays(d, 1);
  }
  push(cursor, to);
  return out;
}

/** Gained, lost and net km² per oblast between the snapshots at or before `from` and `to` (`from` ≤ `to`). */
export function compareObserved(h: ObservedHistory, from: IsoDate, to: IsoDate): ObservedComparison {
  if (from > to) [from, to] = [to, from];
  const a = used(h.dates, from);
  const b = used(h.dates, to);
  const n = h.packed.oblasts.length;
  const gained = new Float64Array(n);
  const lost = new Float64Array(n);
  const faces = new Uint8Array(h.faceRuns.length);
  h.faceRuns.forEach((runs, f) => {
    const was = a.day >= 0 && isOn(runs, a.day);
    const is = b.day >= 0 && isOn(runs, b.day);
    if (!was && !is) return;
    const change: FaceChange = was && is ? 'same' : is ? 'gained' : 'lost';
    faces[f] = FACE_CODE[change];
    if (change === 'same') return;
    const target = change === 'gained' ? gained : lost;
    const pairs = h.packed.faceOblastKm2[f]!;
    for (let k = 0; k + 1 < pairs.length; k += 2) target[pairs[k]!]! += pairs[k + 1]!;
  });
  const oblasts = h.packed.oblasts.map((o, i) => ({ id: o.id, gained: gained[i]!, lost: lost[i]!, net: gained[i]! - lost[i]! }));
  const totals = oblasts.reduce((t, o) => ({ gained: t.gained + o.gained, lost: t.lost + o.lost, net: t.net + o.net }), { gained: 0, lost: 0, net: 0 });
  const missing = missingRuns(h.dates, from, to);
  const { day: _a, ...fromUsed } = a;
  const { day: _b, ...toUsed } = b;
  return { from: fromUsed, to: toUsed, oblasts, totals, faces, missing, missingDays: missing.reduce((s, r) => s + r.days, 0) };
}

export interface ClaimChange {
  claim: Claim;
  /** Status on each date; null when the claim was not in effect. */
  before: Status | null;
  after: Status | null;
}

/** Claims whose status on `to` differs from their status on `from` (including claims that appeared or ended). */
export function claimChanges(data: Pick<Dataset, 'claims'>, from: IsoDate, to: IsoDate, joins?: { from: JoinResult; to: JoinResult }): ClaimChange[] {
  const a = joins?.from ?? claimsAt(data, from);
  const b = joins?.to ?? claimsAt(data, to);
  const status = (j: JoinResult, id: string) => j.active.find((x) => x.claim.id === id)?.status ?? null;
  return data.claims
    .map((claim) => ({ claim, before: status(a, claim.id), after: status(b, claim.id) }))
    .filter((c) => c.before !== c.after);
}

/** Oblasts touched by a changed claim (their outline is marked on the map in compare mode). */
export function changedOblasts(changes: readonly ClaimChange[]): string[] {
  return [...new Set(changes.flatMap((c) => c.claim.subject.oblasts ?? []))].sort();
}

/**
 * Bounding box [west, south, east, north] of the faces a comparison marks gained or lost (`codes`
 * as compareObserved's `faces`, indexed like `faces`' features), or null when nothing changed.
 * Gains along the front are slivers at national scale: the map frames them on entering compare.
 */
export function changeBounds(faces: FeatureCollection<Polygon>, codes: Uint8Array): [number, number, number, number] | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  faces.features.forEach((f, i) => {
    const c = codes[i];
    if (c !== FACE_CODE.gained && c !== FACE_CODE.lost) return;
    for (const ring of f.geometry.coordinates) {
      for (const [x, y] of ring) {
        if (x! < w) w = x!;
        if (x! > e) e = x!;
        if (y! < s) s = y!;
        if (y! > n) n = y!;
      }
    }
  });
  return w <= e ? [w, s, e, n] : null;
}
