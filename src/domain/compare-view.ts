// Compare mode as the views need it: the comparison of the observed record and the claims whose
// status changed, between the URL's `from` and the shown date. Pure; the components' hook
// (components/compare-model.ts) memoises it, and the map, panel, embed and exports read its result.
import { changedOblasts, claimChanges, compareObserved, type ClaimChange, type ObservedComparison } from './compare.ts';
import type { IsoDate } from './dates.ts';
import { claimsAt, type JoinResult } from './join.ts';
import type { ObservedHistory } from './observed-format.ts';
import type { Dataset } from './schema.ts';

export interface CompareView {
  from: IsoDate;
  to: IsoDate;
  /** Null when the build has no observed record. */
  observed: ObservedComparison | null;
  claims: ClaimChange[];
  changedOblasts: string[];
  /** What MapView draws. */
  map: { faces: Uint8Array | null; changedOblasts: readonly string[] };
}

export function compareView(data: { dataset: Dataset; observed: ObservedHistory | null }, from: IsoDate, join: JoinResult): CompareView {
  const observed = data.observed ? compareObserved(data.observed, from, join.date) : null;
  const claims = claimChanges(data.dataset, from, join.date, { from: claimsAt(data.dataset, from), to: join });
  const oblasts = changedOblasts(claims);
  return { from, to: join.date, observed, claims, changedOblasts: oblasts, map: { faces: observed?.faces ?? null, changedOblasts: oblasts } };
}
