// Loads the observed record after the first screen: the page asks for it once `start` turns
// true (the map's first idle, or at once when there is no map), so the record never delays the
// first map idle. Reports where it stands (none / loading / error / ready) for the map, the legend
// and the panels, and can retry after an error.
import { useCallback, useEffect, useState } from 'react';
import { loadObserved, OBSERVED_URL, type ObservedState } from './load';

export function useObservedHistory(start: boolean): { state: ObservedState; retry: () => void } {
  const [state, setState] = useState<ObservedState>(() => (OBSERVED_URL ? { kind: 'loading' } : { kind: 'none' }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!OBSERVED_URL || !start) return;
    let live = true;
    loadObserved().then(
      (history) => live && setState({ kind: 'ready', history }),
      (e: Error) => live && setState({ kind: 'error', message: e.message }),
    );
    return () => {
      live = false;
    };
  }, [start, attempt]);
  // The state is 'loading' from the start (and again on a retry), so the effect only starts the fetch.
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}
