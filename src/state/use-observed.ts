// Loads the packed observed records after the first screen: the page asks for them once `start` turns
// true (the map's first idle, or at once when there is no map), so the evidence never delays the
// first map idle. One fetch per source the build ships, in parallel. Reports where the evidence stands
// (none / loading / error / ready, over all sources) for the map, the legend and the panels, gives the
// records loaded so far in the build's order, and can retry after an error.
// useStagedRecords gives the record to the map as it arrives and to the panels once the map has drawn it.
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

/**
 * Whether the evidence stage is reached: the map has drawn the record, or there is none for it to
 * draw (none in the build, a failed download, no map).
 */
export function evidenceStage(o: { firstScreen: boolean; noMap: boolean; state: ObservedState['kind']; mapDrewRecord: boolean }): boolean {
  if (!o.firstScreen) return false;
  return o.noMap || o.state === 'none' || o.state === 'error' || o.mapDrewRecord;
}

export interface RecordView {
  state: ObservedState;
  records: readonly SourceRecord[];
}

const LOADING: RecordView = { state: { kind: 'loading' }, records: [] };

/** How long the panels wait for the map to draw the record before they take it anyway. */
export const PANELS_WAIT_MS = 8000;

/**
 * The record for its two audiences. The map takes it as it arrives. The panels (and the gains
 * chart's first mount, via markEvidenceDrawn) get it once the map is idle with it drawn: in the
 * frames where MapLibre tiles and draws the record, the panels' first render with it competed for
 * the same two cores (bench/README.md). Until then the panels see the record as loading, so what
 * they say stays consistent with what they show. A map that does not go idle (a reader dragging
 * it) keeps them waiting PANELS_WAIT_MS at most. `onDrawn` is the map's report (MapView's onDrawn).
 */
export function useStagedRecords(firstScreen: boolean, noMap: boolean, shipped: readonly ShippedRecord[] = SHIPPED_RECORDS): {
  map: RecordView;
  panels: RecordView;
  drawn: boolean;
  retry: () => void;
  onDrawn: (withRecord: boolean) => void;
} {
  const { state, records, retry } = useObservedRecords(firstScreen, shipped);
  const [mapDrewRecord, setMapDrewRecord] = useState(false);
  const onDrawn = useCallback((withRecord: boolean) => {
    // a transition: the panels' render with the record yields to the map's frames
    if (withRecord) startTransition(() => setMapDrewRecord(true));
  }, []);
  useEffect(() => {
    if (state.kind !== 'ready' || mapDrewRecord) return;
    const t = setTimeout(() => startTransition(() => setMapDrewRecord(true)), PANELS_WAIT_MS);
    return () => clearTimeout(t);
  }, [state.kind, mapDrewRecord]);
  const drawn = evidenceStage({ firstScreen, noMap, state: state.kind, mapDrewRecord });
  const map = useMemo(() => ({ state, records }), [state, records]);
  return { map, panels: drawn ? map : LOADING, drawn, retry, onDrawn };
}
