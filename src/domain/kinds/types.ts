// What every claim kind declares (one file per kind beside this one, listed in ./registry.ts), and the
// vocabulary its result may use against the observed record. Types only: the kind files, the join
// and the ledger all read these, so they live below all three.
import type { IsoDate } from '../dates.ts';
import type { ObservedHistory } from '../observed-format.ts';
import type { Claim, ClaimKind, Place } from '../schema.ts';

/**
 * Every verdict word the ledger may write (CSV `verdict` values, GeoJSON, chips). A map of control
 * can only say whether a control claim matches the map, or how much of a gazetteer point's circle lies
 * in the occupied area. Legal claims, estimated positions and announced zones get a measure without a
 * verdict (`no_verdict`); statements and troop reports have no footprint (`not_measurable`).
 */
export const VERDICTS = ['matches', 'does_not_match', 'inside', 'partly', 'outside', 'no_verdict', 'not_measurable'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** A verdict the record gives on a snapshot (a row nothing can measure has no cells). */
export type CellVerdict = Exclude<Verdict, 'not_measurable'>;
/** Verdicts that say the claim agrees with the observed map (first_match counts from these). */
export const MATCHING: ReadonlySet<Verdict> = new Set(['matches', 'inside']);

/**
 * What a row's cell measures, so a view knows which sentence to write:
 * control   area claim: oblast ground not shown as occupied (km², parts), boundary mismatch
 * legal     annexation: the same control measure, with the fixed non-recognition line, no verdict
 * point     gazetteer place: share of its uncertainty circle in the occupied area (a verdict)
 * estimate  estimated place: the same share, no verdict ("position uncertain")
 * zone      announced band: occupied km² in the band, change since the announcement, no verdict
 * none      nothing on a map to compare with
 */
export type Measure = 'control' | 'legal' | 'point' | 'estimate' | 'zone' | 'none';

/** How strong a kind's claim is, for one-word summaries and the map fill. */
export type Headline = 'full-control' | 'partial-control' | 'annexation' | 'point' | 'troops' | 'buffer-zone' | 'statement' | 'none';

/** Where the join keeps a kind's active claims on an oblast (OblastStatus fields). */
export type JoinSlot = 'control' | 'annexation' | 'points' | 'troops' | 'zone' | 'statements';

export type LedgerSubject =
  | { kind: 'oblast'; id: string }
  | { kind: 'point'; place: Place; index: number }
  | { kind: 'zone'; id: string; zone: string }
  | { kind: 'none'; label: string };

/** What the record says on one snapshot. */
export interface LedgerCell {
  snapshot: IsoDate;
  verdict: CellVerdict;
  /** Area claims: oblast ground not shown as occupied (km², number of parts), the largest part's label point, mismatch km². */
  notOccupiedKm2?: number;
  notOccupiedAreas?: number;
  largest?: [number, number];
  mismatchKm2?: number;
  /** Area claims: share of the oblast shown as occupied (0–1). */
  occupiedShare?: number;
  /** Points: share of the uncertainty circle inside the occupied area, distance from the point to its edge. */
  share?: number;
  distanceKm?: number;
  /** Band: occupied km² inside the band in this oblast, the band's km², change since the claim's snapshot. */
  zoneKm2?: number;
  bandKm2?: number;
  changeKm2?: number;
}

/** Evaluates one subject on any snapshot day; the per-subject work that does not depend on the day is done once. */
export interface Evaluator {
  cell: (day: number, base?: LedgerCell | null) => LedgerCell;
  /** Matches the map on that day (cheaper than a whole cell; always false for kinds without a verdict). */
  matches: (day: number) => boolean;
}

export interface ClaimKindDef {
  id: ClaimKind;
  /** One line for developers and the docs: what a claim of this kind asserts. */
  description: string;
  /** Subject fields a claim of this kind must give (checked by the data check). */
  subjectNeeds: ReadonlyArray<'oblasts' | 'point' | 'zone'>;
  /** Where the join keeps it on each oblast it names. */
  slot: JoinSlot;
  /** Its headline on an oblast it leads. */
  headline: (claim: Claim) => Headline;
  /**
   * Keys into the symbol registry (src/symbols/registry.ts SymbolKey) it is drawn and explained with;
   * also its legend entries (STRINGS.legend has one per key). Kept as strings so domain stays pure;
   * a test in src/symbols checks each key exists.
   */
  symbols: readonly string[];
  /** The facet label key in STRINGS.facet for the status table, or null when it has none. */
  facet: 'control' | 'annexation' | 'point' | 'troops' | 'zone' | null;
  /**
   * The words its result may use (src/domain/ledger.fixtures.test.ts checks the ledger never writes
   * another). `not_measurable` where the record may have no figures for a subject (no band, no oblast figures).
   */
  verdicts: readonly Verdict[];
  /** Ledger subjects of one claim: each oblast, each place, each oblast a band crosses. */
  subjects: (claim: Claim, h: ObservedHistory | null) => LedgerSubject[];
  /** What is measured for one subject (null: nothing on the map to compare with). */
  measure: (claim: Claim, subject: LedgerSubject) => Measure;
  /** Its measure against the observed record, or null when the record cannot measure it. */
  evaluate: (h: ObservedHistory, claim: Claim, subject: LedgerSubject) => Evaluator | null;
}

/** A subject nothing on the map can measure: the claim's oblasts and country, as written in the CSV. */
export function unmeasuredSubject(c: Claim): LedgerSubject[] {
  const label = [...(c.subject.oblasts ?? []), ...(c.subject.country ? [c.subject.country] : [])].join(' ');
  return [{ kind: 'none', label }];
}
