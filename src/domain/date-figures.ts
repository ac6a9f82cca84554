// The observed figures of one date that several views show: the claim ledger, the not-occupied ground in each
// oblast and each oblast's observed share. Each is computed once per (history, snapshot day) and kept
// among the last few results: the ledger panel, the status table and the exports read the same arrays, and a
// date that falls on the snapshot already shown computes nothing again.
import { claimLedger, type LedgerRow } from './ledger.ts';
import { snapshotIndex, type ObservedHistory } from './observed-format.ts';
import { notOccupiedAt, notOccupiedOblasts, oblastShares, type NotOccupiedGround } from './observed-metrics.ts';
import type { IsoDate } from './dates.ts';
import type { Claim } from './schema.ts';

export interface DateFigures {
  /** Snapshot index at or before the date (-1 before the first snapshot). */
  day: number;
  snapshot: IsoDate | null;
  /** The ledger of these claims on that snapshot (claimLedger: rows of claims made after the date included). */
  ledger: (claims: readonly Claim[]) => LedgerRow[];
  /** Not-occupied ground in each oblast the file has it for, on that snapshot (empty before the first). */
  notOccupied: () => NotOccupiedGround[];
  /** Observed share (0–1) of each oblast on that snapshot (empty before the first). */
  shares: () => ReadonlyMap<string, number>;
}

/** Computed on first use, then kept. */
function once<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) [v, done] = [f(), true];
    return v;
  };
}

// The last few snapshots' figures per history: views that follow the date at different moments (the
// visible panels at once, a panel out of view when the date rests) read their own without evicting
// each other's.
const LAST = new WeakMap<ObservedHistory, DateFigures[]>();
const KEEP = 4;

/** The figures of `date`'s snapshot: the same object (and the same arrays) for every date on that snapshot. */
export function figuresAt(h: ObservedHistory, date: IsoDate): DateFigures {
  const day = snapshotIndex(h.dates, date);
  const kept = LAST.get(h) ?? [];
  const hit = kept.find((f) => f.day === day);
  if (hit) return hit;
  let ledger: { claims: readonly Claim[]; rows: LedgerRow[] } | null = null;
  const figures: DateFigures = {
    day,
    snapshot: day >= 0 ? h.dates[day]! : null,
    // claimLedger reads the date only through its snapshot: any date on it gives the same rows.
    ledger: (claims) => (ledger?.claims === claims ? ledger.rows : (ledger = { claims, rows: claimLedger(claims, h, date) }).rows),
    notOccupied: once(() => (day < 0 ? [] : notOccupiedOblasts(h).map((id) => notOccupiedAt(h, id, day)).filter((g): g is NotOccupiedGround => !!g))),
    shares: once(() => new Map(day < 0 ? [] : oblastShares(h, day).map((o) => [o.id, o.share] as const))),
  };
  LAST.set(h, [figures, ...kept].slice(0, KEEP));
  return figures;
}
