// The claim kinds, one file each, strongest first. This order is the one "strongest claim first" the
// app uses: the headline of an oblast, the table's facets, the CSV's list of claims on an oblast.
// To add a kind: write its file beside this one, add it to CLAIM_KINDS (schema.ts) and to KINDS here,
// and give it its strings (STRINGS.facet / headline / legend, ledger words).
import type { ClaimKind } from '../schema.ts';
import { annexation } from './annexation.ts';
import { areaControl } from './area-control.ts';
import { bufferZone } from './buffer-zone.ts';
import { pointControl } from './point-control.ts';
import { statement } from './statement.ts';
import { troopConcentration } from './troop-concentration.ts';
import type { ClaimKindDef } from './types.ts';

/** Every kind, strongest first. */
export const KINDS: readonly ClaimKindDef[] = [areaControl, annexation, pointControl, troopConcentration, bufferZone, statement];

const BY_ID = new Map<ClaimKind, ClaimKindDef>(KINDS.map((k) => [k.id, k]));

/** A kind's definition (throws for an id the registry does not know: a kind added to the schema only). */
export function kindOf(id: ClaimKind): ClaimKindDef {
  const k = BY_ID.get(id);
  if (!k) throw new Error(`claim kind "${id}" has no definition in src/domain/kinds/registry.ts`);
  return k;
}

/** Strength rank of a kind: 0 is the strongest. */
export function kindRank(id: ClaimKind): number {
  return KINDS.indexOf(kindOf(id));
}

/** Sort key for anything carrying a claim: strongest kind first, data order kept within a kind. */
export function strongestFirst<T extends { claim: { kind: ClaimKind } }>(items: readonly T[]): T[] {
  return items.map((x, i) => [x, i] as const).sort((a, b) => kindRank(a[0].claim.kind) - kindRank(b[0].claim.kind) || a[1] - b[1]).map(([x]) => x);
}

export type { ClaimKindDef, Headline, LedgerCell, LedgerSubject, Measure, Verdict, CellVerdict, Evaluator, JoinSlot } from './types.ts';
export { VERDICTS, MATCHING } from './types.ts';
