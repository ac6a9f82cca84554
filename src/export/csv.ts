// "Status by oblast at this date" as CSV, written by the project's one CSV writer (domain/csv.ts:
// RFC 4180, formulas neutralised), UTF-8 with a byte-order mark so spreadsheet programs read the
// Cyrillic names correctly.
//
// Columns:
//   id       ISO 3166-2:UA code
//   name_en, name_uk
//   status   every claim in effect on the oblast as kind:status, joined by "; "
//            (e.g. "area-control:claimed; annexation:claimed"); an assessment adds its finding
//            ("point-control:assessed:contested"); "none" when there is none
//   since    date of the event behind the lead claim, at the precision its source gives
//   source   publisher and title of that event's source (and its URL, if recorded)
//   quote    that event's quote, in its original language
//   observed_snapshot  the observed source's snapshot the next three columns read (empty without a record)
//   not_occupied_km2, not_occupied_areas  ground of the oblast the source does not show as occupied on
//            it, in parts wide enough to count (only oblasts an area-control or annexation claim names;
//            src/domain/ledger.ts). The source's files hold its occupied layer only, so this includes
//            its grey zone and says nothing about who holds it.
//   ledger   every ledger row about the oblast as claim_id:verdict, joined by "; " (verdict words:
//            src/domain/kinds/types.ts VERDICTS)
//   corrected  the last day a claim in effect on the oblast was corrected (data/corrections.json), else empty
import { claimsOn, type JoinResult } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import type { Correction, Source } from '../domain/schema';
import { lastCorrected } from '../domain/corrections';
import { verdictOf, type LedgerRow } from '../domain/ledger';

/** Ledger rows about an oblast: its own rows (area, band) and those of place claims naming it. */
export function ledgerRowsOn(ledger: readonly LedgerRow[], id: string): LedgerRow[] {
  return ledger.filter((r) => (r.subject.kind === 'oblast' || r.subject.kind === 'zone' ? r.subject.id === id : r.subject.kind === 'point' && (r.claim.subject.oblasts ?? []).includes(id)));
}
import { statusCode } from '../i18n/status-label';
import { toCsv } from '../domain/csv';

export const CSV_COLUMNS = ['id', 'name_en', 'name_uk', 'status', 'since', 'source', 'quote', 'observed_snapshot', 'not_occupied_km2', 'not_occupied_areas', 'ledger', 'corrected'] as const;

/** All claims in effect on the oblast, strongest first (the registry's order, as the table's facets). */
export { claimsOn };

export function sourceLabel(s: Source | undefined, fallbackId: string): string {
  if (!s) return fallbackId;
  return `${s.publisher}: ${s.title}${s.url ? ` <${s.url}>` : ''}`;
}

export function statusRows(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], ledger: readonly LedgerRow[] | null = null, corrections: readonly Correction[] = []): string[][] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows = oblasts.features
    .map((f) => f.properties)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => {
      const o = join.oblasts[p.id];
      const all = o ? claimsOn(o) : [];
      const lead = o?.lead ?? null;
      return [
        p.id,
        p.name_en,
        p.name_uk,
        all.length ? all.map((a) => `${a.claim.kind}:${statusCode(a.status, a.finding)}`).join('; ') : 'none',
        lead ? lead.event.date : '',
        lead ? sourceLabel(byId.get(lead.event.source), lead.event.source) : '',
        lead ? lead.event.quote : '',
        ...ledgerCells(ledger, p.id),
        lastCorrected(corrections, all.map((a) => a.claim.id)),
      ];
    });
  return [[...CSV_COLUMNS], ...rows];
}

function ledgerCells(ledger: readonly LedgerRow[] | null, id: string): string[] {
  const rows = ledger ? ledgerRowsOn(ledger, id) : [];
  const own = rows.find((r) => r.subject.kind === 'oblast' && r.at);
  const snapshot = rows.find((r) => r.at)?.at?.snapshot ?? '';
  return [
    snapshot,
    own?.at?.notOccupiedKm2 !== undefined ? own.at.notOccupiedKm2.toFixed(1) : '',
    own?.at?.notOccupiedAreas !== undefined ? String(own.at.notOccupiedAreas) : '',
    rows.filter((r) => r.measurable ? r.at : true).map((r) => `${r.claim.id}:${verdictOf(r, r.at)}`).join('; '),
  ];
}

/** The columns one observed source fills; with more than one source each comes once per source, suffixed _<source id>. */
export const OBSERVED_COLUMNS = ['observed_snapshot', 'not_occupied_km2', 'not_occupied_areas', 'ledger'] as const;

/**
 * The status rows with every observed source's columns: one source keeps the plain column names;
 * several get `observed_snapshot_<id>`, `not_occupied_km2_<id>`, … side by side, each from its own ledger.
 */
export function statusRowsBySource(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], ledgers: ReadonlyArray<{ source: { id: string }; rows: readonly LedgerRow[] }>, corrections: readonly Correction[] = []): string[][] {
  if (ledgers.length <= 1) return statusRows(join, oblasts, sources, ledgers[0]?.rows ?? null, corrections);
  const per = ledgers.map((l) => statusRows(join, oblasts, sources, l.rows, corrections));
  const at = CSV_COLUMNS.indexOf('observed_snapshot');
  const n = OBSERVED_COLUMNS.length;
  return per[0]!.map((row, i) => [
    ...row.slice(0, at),
    ...per.flatMap((p, k) => (i === 0 ? OBSERVED_COLUMNS.map((c) => `${c}_${ledgers[k]!.source.id}`) : p[i]!.slice(at, at + n))),
    ...row.slice(at + n),
  ]);
}

export function statusCsv(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], ledger: readonly LedgerRow[] | null = null, corrections: readonly Correction[] = []): string {
  return toCsv(statusRows(join, oblasts, sources, ledger, corrections), { bom: true });
}

/** The status CSV with every observed source's columns (statusRowsBySource): one source writes exactly statusCsv. */
export function statusCsvBySource(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], ledgers: ReadonlyArray<{ source: { id: string }; rows: readonly LedgerRow[] }>, corrections: readonly Correction[] = []): string {
  return toCsv(statusRowsBySource(join, oblasts, sources, ledgers, corrections), { bom: true });
}
