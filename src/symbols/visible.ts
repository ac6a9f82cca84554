// Which legend symbols the map draws on a date: the one rule the page legend, the embed legend and
// the exported figures' legends all read.
import type { JoinResult } from '../domain/join';
import { pointSymbol } from '../domain/places';
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
    if (k === 'point-control') {
      // A village's diamond follows its shown status, or an assessment's finding (held, grey zone, not held).
      const sym = pointSymbol(a.status, a.finding);
      if (sym !== 'none') on.add(sym);
    }
  }
  return on;
}
