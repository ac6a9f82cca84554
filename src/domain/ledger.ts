// The claim ledger: every claim set against an observed source's record, one row per claim and subject
// (oblast, place or band), with a result on a chosen date, at the claim's own date and over the whole
// record (first snapshot on which it matched the map, and the lag). Pure and turf-free: it reads only
// figures the importer packed (ground not shown as occupied, band km²) and the decoded faces, so the
// panel, the exports and the importer's --ledger CSV all call this one module.
//
// What each kind measures and which verdict words it may use is declared by the kind (./kinds/):
//   area-control:  matches when no part of the oblast wide enough for the importer's disk lies outside
//                  the occupied area, else does_not_match (with km² and parts)
//   annexation:    the same control measure, no_verdict (a map of control cannot judge sovereignty)
//   point-control: share of the place's uncertainty circle inside the occupied area: outside (0),
//                  partly (< 90 %), inside (≥ 90 %, a match) for a gazetteer position; an estimated
//                  position gets the share and no_verdict
//   buffer-zone:   occupied km² in the band per oblast and the change since the announcement, no_verdict
//   statements, troop reports: not_measurable
import { daysBetween, type IsoDate } from './dates.ts';
import { effectiveDate } from './events.ts';
import { toCsv } from './csv.ts';
import { snapshotIndex, type ObservedHistory } from './observed-format.ts';
import type { Claim } from './schema.ts';
import { kindOf } from './kinds/registry.ts';
import type { LedgerCell, LedgerSubject, Measure, Verdict } from './kinds/types.ts';

export { VERDICTS, MATCHING, type Verdict, type CellVerdict, type LedgerCell, type LedgerSubject, type Measure } from './kinds/types.ts';
export { INSIDE_SHARE, circleFaces, circleShare, shareVerdict } from './kinds/measure.ts';

export interface LedgerRow {
  claim: Claim;
  subject: LedgerSubject;
  /** Subject as written in the CSV: oblast id, place name (English) or the claim's subject list. */
  subjectLabel: string;
  /** Day the claim counts from (its earliest event). */
  claimDate: IsoDate;
  /** What the row's cells measure (the kind decides; a view writes its sentence from it). */
  measure: Measure;
  measurable: boolean;
  /** The claim was made before the first snapshot: no cell at the claim, and no lag. */
  predatesRecord: boolean;
  /** First snapshot of the record (null without one). */
  firstDate: IsoDate | null;
  /** On the chosen date's snapshot (null: not measurable, or before the first snapshot). */
  at: LedgerCell | null;
  /** On the snapshot at or before the claim's date (null when the claim predates the record). */
  atClaim: LedgerCell | null;
  /** On the last snapshot. */
  last: LedgerCell | null;
  /** First snapshot on or after the claim's date on which it matched the map (kinds with a verdict only). */
  firstMatch: IsoDate | null;
  /** Days from the claim to firstMatch; null when the claim predates the record (the gap would be to the first snapshot, not a lag). */
  lagDays: number | null;
  lastDate: IsoDate | null;
  /** Days from the claim to the last snapshot (null when the claim predates the record). */
  lastLagDays: number | null;
}

export function claimDate(c: Claim): IsoDate {
  return c.events.map(effectiveDate).sort()[0]!;
}

/** One subject per row: each oblast of an area claim, each place of a point claim, each oblast the band crosses. */
export function ledgerSubjects(c: Claim, h: ObservedHistory | null): LedgerSubject[] {
  return kindOf(c.kind).subjects(c, h);
}

function subjectLabel(s: LedgerSubject): string {
  return s.kind === 'oblast' || s.kind === 'zone' ? s.id : s.kind === 'point' ? s.place.name_en : s.label;
}

/** Whether a verdict says the claim agrees with the map. */
export const isMatch = (v: Verdict | ''): boolean => v === 'matches' || v === 'inside';

/** Per history: evaluators and over-the-record results, so moving the date only evaluates that day. */
type RecordPart = Pick<LedgerRow, 'atClaim' | 'last' | 'firstMatch' | 'lagDays'>;
const CACHE = new WeakMap<ObservedHistory, Map<string, { ev: ReturnType<ReturnType<typeof kindOf>['evaluate']>; record?: RecordPart }>>();

/**
 * The ledger on `date` (the snapshot at or before it) and over the whole record, for every claim.
 * Without an observed record every row is there but nothing is measured.
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
        cached = { ev: lastDay >= 0 ? kindOf(claim.kind).evaluate(h, claim, subject) : null };
        if (!CACHE.has(h)) CACHE.set(h, new Map());
        CACHE.get(h)!.set(key, cached);
      }
      const ev = cached?.ev ?? null;
      const kind = kindOf(claim.kind);
      const firstDate = h && lastDay >= 0 ? h.dates[0]! : null;
      const predatesRecord = !!firstDate && cd < firstDate;
      const row: LedgerRow = {
        claim, subject, subjectLabel: subjectLabel(subject), claimDate: cd,
        measure: ev ? kind.measure(claim, subject) : 'none', measurable: !!ev, predatesRecord, firstDate,
        at: null, atClaim: null, last: null, firstMatch: null, lagDays: null,
        lastDate: ev ? lastDate : null, lastLagDays: ev && lastDate && !predatesRecord ? daysBetween(cd, lastDate) : null,
      };
      if (ev && h && cached) {
        const claimDay = snapshotIndex(h.dates, cd);
        // the band's change is counted from the snapshot of the announcement (or the first one after it)
        const base = ev.cell(claimDay >= 0 ? claimDay : 0);
        if (!cached.record) {
          const rec: RecordPart = { atClaim: claimDay >= 0 ? base : null, last: ev.cell(lastDay, base), firstMatch: null, lagDays: null };
          for (let d = Math.max(0, claimDay); d <= lastDay; d++) {
            if (h.dates[d]! < cd) continue;
            if (ev.matches(d)) {
              rec.firstMatch = h.dates[d]!;
              rec.lagDays = predatesRecord ? null : daysBetween(cd, h.dates[d]!);
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
  'claim_id', 'subject', 'claim_date', 'verdict_at_claim', 'first_match', 'lag_days',
  'not_occupied_km2_at_claim', 'not_occupied_areas_at_claim', 'not_occupied_km2_last', 'not_occupied_areas_last', 'last_date',
] as const;

/** Verdict of a row on a cell: not_measurable for rows nothing can measure, '' where the record has no snapshot. */
export function verdictOf(row: LedgerRow, cell: LedgerCell | null): Verdict | '' {
  return !row.measurable ? 'not_measurable' : cell ? cell.verdict : '';
}

const tenth = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 10) / 10);

/** The importer's --ledger CSV (columns LEDGER_COLUMNS), through the one CSV writer; cells with nothing to say stay empty. */
export function ledgerCsv(rows: readonly LedgerRow[]): string {
  return toCsv([
    LEDGER_COLUMNS,
    ...rows.map((r) => [
      r.claim.id, r.subjectLabel, r.claimDate, verdictOf(r, r.atClaim), r.firstMatch, tenth(r.lagDays),
      tenth(r.atClaim?.notOccupiedKm2), tenth(r.atClaim?.notOccupiedAreas), tenth(r.last?.notOccupiedKm2), tenth(r.last?.notOccupiedAreas), r.lastDate,
    ]),
  ], { bom: false });
}
