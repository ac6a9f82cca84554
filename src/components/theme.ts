// The theme the page is drawn in: the URL's choice, with `auto` following prefers-color-scheme (also
// inside an embed, where the host page's scheme reaches the iframe). The resolved theme is written to
// <html data-theme> so the panels' CSS custom properties (theme.css) and the map (MapView) follow it.
import { useEffect, useSyncExternalStore } from 'react';
import type { ResolvedTheme } from '../symbols/palettes';
import { useApp } from '../state/store';
import { DARK_QUERY, prefersDark, resolveTheme } from '../state/url-view';
import './theme.css';

function subscribe(cb: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const mq = window.matchMedia(DARK_QUERY);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
}

export function useResolvedTheme(): ResolvedTheme {
  const choice = useApp((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, prefersDark, () => false);
  const resolved = resolveTheme(choice, systemDark);
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
