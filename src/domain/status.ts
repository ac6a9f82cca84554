// The status a claim shows on a date, derived from what each of its sources said (one rule, used by
// the join, the data check and every view through the join).
//
// Each event keeps the status its own source gave: `claimed` (the claimant), `denied` (the
// defending side), `disputed` (a third party contests it, e.g. a UN resolution), `confirmed` or
// `assessed` (an independent assessment, with what it found). The shown status is:
//   1. before any independent event: the latest party event, except that once the claim has been
//      both claimed and denied (in either order), or contested by a `disputed` event, it is
//      `disputed` from that event on; later claims and denials keep it disputed;
//   2. from an independent event (`assessed` or `confirmed`) on: that event's status and finding;
//      party statements after it do not change it, a later independent event replaces it.
import type { ClaimEvent, Finding, Status } from './schema.ts';
import { effectiveDate } from './events.ts';

export interface ShownStatus {
  status: Status;
  /** What an independent assessment found (only with `assessed`). */
  finding: Finding | null;
  /** Day from which this status (and finding) has been shown. */
  since: string;
}

const INDEPENDENT: ReadonlySet<Status> = new Set(['assessed', 'confirmed']);

/** Shown status after each event of `history` (oldest first); same length as the input. */
export function statusSteps(history: readonly ClaimEvent[]): ShownStatus[] {
  const out: ShownStatus[] = [];
  let claimed = false;
  let denied = false;
  let contested = false;
  let independent: ShownStatus | null = null;
  let prev: ShownStatus | null = null;
  for (const e of history) {
    const day = effectiveDate(e);
    let next: { status: Status; finding: Finding | null };
    if (INDEPENDENT.has(e.status)) {
      next = { status: e.status, finding: e.status === 'assessed' ? e.finding ?? null : null };
      independent = { ...next, since: day };
    } else {
      if (e.status === 'claimed') claimed = true;
      if (e.status === 'denied') denied = true;
      if (e.status === 'disputed' || (claimed && denied)) contested = true;
      next = independent ?? { status: contested ? 'disputed' : e.status, finding: null };
    }
    const same = prev && prev.status === next.status && prev.finding === next.finding;
    const step: ShownStatus = { ...next, since: same ? prev!.since : day };
    out.push(step);
    prev = step;
  }
  return out;
}

/** Shown status after the whole history, or null for an empty history. */
export function shownStatus(history: readonly ClaimEvent[]): ShownStatus | null {
  return statusSteps(history).at(-1) ?? null;
}
