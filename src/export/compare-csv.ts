// The status CSV in compare mode: the columns of csv.ts for the later date (ledger columns included), plus the observed change
// per oblast between the two snapshots (km², one decimal; empty when the build has no observed record
// or the oblast is not in the packed history).
import type { ObservedComparison } from '../domain/compare';
import type { OblastCollection } from '../domain/geo';
import type { JoinResult } from '../domain/join';
import type { LedgerRow } from '../domain/ledger';
import type { Correction, Source } from '../domain/schema';
import { toCsv } from '../domain/csv';
import { statusRows } from './csv';

export const COMPARE_COLUMNS = ['observed_gained_km2', 'observed_lost_km2', 'observed_net_km2'] as const;

export function compareRows(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], observed: ObservedComparison | null, ledger: readonly LedgerRow[] | null = null, corrections: readonly Correction[] = []): string[][] {
  const byId = new Map((observed?.oblasts ?? []).map((o) => [o.id, o]));
  const [head, ...rows] = statusRows(join, oblasts, sources, ledger, corrections);
  const km = (n: number) => (Object.is(Math.round(n * 10) / 10, -0) ? '0.0' : n.toFixed(1));
  return [
    [...head!, ...COMPARE_COLUMNS],
    ...rows.map((r) => {
      const o = byId.get(r[0]!);
      return [...r, ...(o ? [km(o.gained), km(o.lost), km(o.net)] : ['', '', ''])];
    }),
  ];
}

export function compareCsv(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], observed: ObservedComparison | null, ledger: readonly LedgerRow[] | null = null, corrections: readonly Correction[] = []): string {
  return toCsv(compareRows(join, oblasts, sources, observed, ledger, corrections), { bom: true });
}

/** territorial-control_<from>_<to>.csv */
export function compareCsvName(from: string, to: string): string {
  return `territorial-control_${from}_${to}.csv`;
}
