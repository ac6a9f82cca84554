// Compare mode's hook: the comparison (domain/compare-view.ts) for the URL's `from` and the shown
// date, memoised; null when compare mode is off.
import { useMemo } from 'react';
import { compareView, type CompareView } from '../domain/compare-view';
import type { JoinResult } from '../domain/join';
import type { AppData } from '../state/load';
import { useApp } from '../state/store';

export type { CompareView };

export function useCompare(data: AppData, join: JoinResult): CompareView | null {
  const from = useApp((s) => s.from);
  return useMemo(() => (from ? compareView(data, from, join) : null), [data, from, join]);
}
