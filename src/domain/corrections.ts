// Reading the corrections log: a claim's corrections, the last day it was corrected, and the
// corrections a pinned view has not seen (made after the day it was pinned to).
import type { IsoDate } from './dates.ts';
import type { Correction } from './schema.ts';

/** The corrections of one claim, oldest first. */
export function correctionsOf(log: readonly Correction[], claimId: string): Correction[] {
  return log.filter((k) => k.claim_id === claimId).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The last day any of the claims was corrected, or '' when none was. */
export function lastCorrected(log: readonly Correction[], claimIds: Iterable<string>): IsoDate | '' {
  const ids = new Set(claimIds);
  let last = '';
  for (const k of log) if (ids.has(k.claim_id) && k.date > last) last = k.date;
  return last;
}

/** Corrections made after `asOf` (a pinned embed's day), oldest first. */
export function correctionsAfter(log: readonly Correction[], asOf: IsoDate): Correction[] {
  return log.filter((k) => k.date > asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
