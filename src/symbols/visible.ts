// Which legend symbols the map draws on a date: the one rule the page legend, the embed legend and
// the exported figures' legends all read.
import type { JoinResult } from '../domain/join';
import { pointSymbol } from '../domain/places';
import type { PointSymbol } from '../domain/places';
import type { SymbolKey } from './registry';

/** The legend entry of each village symbol. */
const POINT_SYMBOL_KEY: Record<Exclude<PointSymbol, 'none'>, SymbolKey> = {
  claimed: 'claimed', disputed: 'disputed', denied: 'denied', held: 'assessedHeld', contested: 'assessedContested', 'not-held': 'assessedNotHeld',
};

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
      // A village's symbol follows its shown status (a diamond), or an assessment's finding (a disc).
      const sym = pointSymbol(a.status, a.finding);
      if (sym !== 'none') on.add(POINT_SYMBOL_KEY[sym]);
    }
  }
  return on;
}
