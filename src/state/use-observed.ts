// Loads the packed observed records after the first screen: the page asks for them once `start` turns
// true (the map's first idle, or at once when there is no map), so the evidence never delays the
// first map idle. One fetch per source the build ships, in parallel. Reports where the evidence stands
// (none / loading / error / ready, over all sources) for the map, the legend and the panels, gives the
// records loaded so far in the build's order, and can retry after an error.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { SourceRecord } from '../evidence/records';
import { sourceById } from '../evidence/registry';
import { SHIPPED_RECORDS, type ShippedRecord } from '../evidence/shipped';
import { loadObserved, type ObservedState } from './load';

const initial = (shipped: readonly ShippedRecord[]): ObservedState[] => shipped.map(() => ({ kind: 'loading' }));

/** All sources together: none without any, an error if one failed, loading while one loads, else ready (the primary's history). */
export function overallState(states: readonly ObservedState[]): ObservedState {
  if (!states.length) return { kind: 'none' };
  const failed = states.find((s) => s.kind === 'error');
  if (failed) return failed;
  if (states.some((s) => s.kind !== 'ready')) return { kind: 'loading' };
  return states[0]!;
}

/** The records loaded so far, in the build's order, each under its source's manifest. */
export function readyRecords(shipped: readonly ShippedRecord[], states: readonly ObservedState[]): SourceRecord[] {
  return states.flatMap((s, i) => (s.kind === 'ready' ? [{ source: sourceById(shipped[i]!.source), history: s.history }] : []));
}

export function useObservedRecords(start: boolean, shipped: readonly ShippedRecord[] = SHIPPED_RECORDS): { state: ObservedState; records: readonly SourceRecord[]; retry: () => void } {
  const [states, setStates] = useState<ObservedState[]>(() => initial(shipped));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!shipped.length || !start) return;
    let live = true;
    shipped.forEach((r, i) => {
      const set = (s: ObservedState) => live && setStates((prev) => prev.map((p, k) => (k === i ? s : p)));
      loadObserved(undefined, r.url).then(
        // In a transition: the panels' render with the record yields to the browser every few ms
        // instead of holding one frame for all of it (the map takes it in the same commit).
        (history) => startTransition(() => {
          set({ kind: 'ready', history });
        }),
        (e: Error) => set({ kind: 'error', message: e.message }),
      );
    });
    return () => {
      live = false;
    };
  }, [start, attempt, shipped]);
  // The states are 'loading' from the start (and again on a retry), so the effect only starts the fetches.
  const retry = useCallback(() => {
    setStates(initial(shipped));
    setAttempt((n) => n + 1);
  }, [shipped]);
  const state = useMemo(() => overallState(states), [states]);
  const records = useMemo(() => readyRecords(shipped, states), [states, shipped]);
  return { state, records, retry };
}
