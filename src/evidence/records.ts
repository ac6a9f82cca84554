// The observed record as a list of sources: each source's history beside its manifest. Views take
// this list, so a second source is one more entry, not a second code path.
import type { Claim } from '../domain/schema';
import type { IsoDate } from '../domain/dates';
import { claimLedger, type LedgerRow } from '../domain/ledger';
import type { ObservedHistory } from '../domain/observed-format';
import type { SourceManifest } from './types';

/** One source's record: its decoded history beside its manifest. */
export interface SourceRecord {
  source: SourceManifest;
  history: ObservedHistory;
}

export interface SourceLedger {
  source: SourceManifest;
  rows: LedgerRow[];
}

/** The claim ledger once per source: the same claims measured against each source's record. */
export function ledgerBySource(claims: readonly Claim[], records: readonly SourceRecord[], date: IsoDate): SourceLedger[] {
  return records.map((r) => ({ source: r.source, rows: claimLedger(claims, r.history, date) }));
}
