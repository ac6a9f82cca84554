// "Status by oblast at this date" as CSV: RFC 4180 (CRLF line ends, fields quoted when they hold a
// quote, comma or line break, quotes doubled), UTF-8 with a byte-order mark so spreadsheet programs
// read the Cyrillic names correctly.
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
//   observed_snapshot  the observed source's snapshot the next three columns read (empty without evidence)
//   held_km2, held_areas  ground held by Ukraine in the oblast on it (only oblasts a claim says Russia
//            holds or annexed; src/domain/ledger.ts)
//   ledger   every ledger row about the oblast as claim_id:verdict, joined by "; "
//   corrected  the last day a claim in effect on the oblast was corrected (data/corrections.json), else empty
import type { JoinResult, OblastStatus, ActiveClaim } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import type { Correction, Source } from '../domain/schema';
import { lastCorrected } from '../domain/corrections';
import { verdictOf, type LedgerRow } from '../domain/ledger';

/** Ledger rows about an oblast: its own rows (area, band) and those of place claims naming it. */
export function ledgerRowsOn(ledger: readonly LedgerRow[], id: string): LedgerRow[] {
  return ledger.filter((r) => (r.subject.kind === 'oblast' || r.subject.kind === 'zone' ? r.subject.id === id : r.subject.kind === 'point' && (r.claim.subject.oblasts ?? []).includes(id)));
}
import { statusCode } from '../i18n/status-label';

export const BOM = '\uFEFF';
export const CSV_COLUMNS = ['id', 'name_en', 'name_uk', 'status', 'since', 'source', 'quote', 'observed_snapshot', 'held_km2', 'held_areas', 'ledger', 'corrected'] as const;

/**
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @, a
 * tab or a carriage return as a formula. Such a cell gets a leading single quote, so it is shown
 * as text. Quotes in data are kept (they are text too).
 */
export function neutralise(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

export function csvField(raw: string): string {
  const v = neutralise(raw);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: ReadonlyArray<readonly string[]>, bom = true): string {
  return (bom ? BOM : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** All claims in effect on the oblast, strongest first (the order of the table's facets). */
export function claimsOn(o: OblastStatus): ActiveClaim[] {
  return [o.control, o.annexation, ...o.points, o.troops, o.zone, ...o.statements].filter((a): a is ActiveClaim => !!a);
}

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
    own?.at?.heldKm2 !== undefined ? own.at.heldKm2.toFixed(1) : '',
    own?.at?.heldAreas !== undefined ? String(own.at.heldAreas) : '',
    rows.filter((r) => r.measurable ? r.at : true).map((r) => `${r.claim.id}:${verdictOf(r, r.at)}`).join('; '),
  ];
}

/** The columns one observed source fills; with more than one source each comes once per source, suffixed _<source id>. */
export const EVIDENCE_COLUMNS = ['observed_snapshot', 'held_km2', 'held_areas', 'ledger'] as const;

/**
 * The status rows with every observed source's columns: one source keeps the plain column names;
 * several get `observed_snapshot_<id>`, `held_km2_<id>`, … side by side, each from its own ledger.
 */
export function statusRowsBySource(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], ledgers: ReadonlyArray<{ source: { id: string }; rows: readonly LedgerRow[] }>, corrections: readonly Correction[] = []): string[][] {
  if (ledgers.length <= 1) return statusRows(join, oblasts, sources, ledgers[0]?.rows ?? null, corrections);
  const per = ledgers.map((l) => statusRows(join, oblasts, sources, l.rows, corrections));
  const at = CSV_COLUMNS.indexOf('observed_snapshot');
  const n = EVIDENCE_COLUMNS.length;
  return per[0]!.map((row, i) => [
    ...row.slice(0, at),
    ...per.flatMap((p, k) => (i === 0 ? EVIDENCE_COLUMNS.map((c) => `${c}_${ledgers[k]!.source.id}`) : p[i]!.slice(at, at + n))),
    ...row.slice(at + n),
  ]);
}

export function statusCsv(join: JoinResult, oblasts: OblastCollection, sources: readonly Source[], ledger: readonly LedgerRow[] | null = null, corrections: readonly Correction[] = []): string {
  return toCsv(statusRows(join, oblasts, sources, ledger, corrections));
}
