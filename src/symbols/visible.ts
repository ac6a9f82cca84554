// Which legend symbols the map draws on a date: the one rule the page legend, the embed legend and
// the exported figures' legends all read.
import type { JoinResult } from '../domain/join';
import type { SymbolKey } from './registry';

/** Which symbols the map draws on this date. */
export function visibleSymbols(join: JoinResult): Set<SymbolKey> {
  const on = new Set<SymbolKey>(['borderRu']);
  for (const a of join.active) {
    const k = a.claim.kind;
    if (k === 'area-control') on.add(a.status === 'assessed' ? 'held' : 'fullClaim');
    if (k === 'annexation') on.add('annex');
    if (k === 'buffer-zone') on.add('zone');
    if (k === 'troop-concentration') on.add('troops');
    if (k === 'point-control' && (a.status === 'claimed' || a.status === 'disputed' || a.status === 'denied')) on.add(a.status);
  }
  return on;
}
