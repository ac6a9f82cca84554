// Who to credit for what the map shows on a date: the publishers of the events in effect.
// Small and dependency-free: the embed's credit line imports it on first load.
import type { JoinResult } from '../domain/join';
import type { Source } from '../domain/schema';

/** Publishers of the current event of every active claim, deduplicated, in data order. */
export function publishersOf(join: JoinResult, sources: readonly Source[]): string[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const out: string[] = [];
  for (const a of join.active) {
    const p = byId.get(a.event.source)?.publisher ?? a.event.source;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}
