import { create } from 'zustand';
import { addDays, addMonths, clampDate, type IsoDate } from '../domain/dates';
import type { Lang } from '../i18n/format';
import { parseQuery, toQuery, type DateBounds, type UrlState } from './url';
import { sameView, type MapView, type ThemeChoice } from './url-view';

export interface AppState extends UrlState {
  bounds: DateBounds;
  /** Claim whose details panel is open. */
  selectedClaimId: string | null;
  playing: boolean;
  setDate: (d: IsoDate) => void;
  stepDays: (n: number) => void;
  stepMonths: (n: number) => void;
  setLang: (l: Lang) => void;
  setChart: (open: boolean) => void;
  select: (id: string | null) => void;
  setPlaying: (p: boolean) => void;
  /** Compare mode on (an earlier date) or off (null); a `from` after `date` is swapped with it. */
  setFrom: (d: IsoDate | null) => void;
  /** The map's view after a pan or zoom; clears `focus`. */
  setView: (v: MapView | null) => void;
  setFocus: (id: string | null) => void;
  setTheme: (t: ThemeChoice) => void;
  /** Replaces the URL-backed part of the state (used on load and on back/forward). */
  applyUrl: (s: UrlState) => void;
}

const PLACEHOLDER: DateBounds = { min: '2014-02-20', max: '2025-07-01', initial: '2025-07-01' };

export const useApp = create<AppState>()((set, get) => ({
  date: PLACEHOLDER.initial,
  lang: 'en',
  embed: false,
  chart: true,
  bounds: PLACEHOLDER,
  selectedClaimId: null,
  playing: false,
  setDate: (d) => {
    const { min, max } = get().bounds;
    const date = clampDate(d, min, max);
    const from = get().from;
    if (from && date < from) set({ from: date, date: from });
    else if (date !== get().date) set({ date });
  },
  setFrom: (d) => {
    if (d === null) return set({ from: undefined });
    const { min, max } = get().bounds;
    const f = clampDate(d, min, max);
    const date = get().date;
    if (f > date) set({ from: date, date: f });
    else if (f !== get().from) set({ from: f });
  },
  setView: (v) => {
    const s = get();
    if (!v) return set({ view: undefined, focus: undefined });
    if (!s.focus && sameView(s.view, v)) return;
    set({ view: v, focus: undefined });
  },
  setFocus: (focus) => set({ focus: focus ?? undefined, view: undefined }),
  setTheme: (theme) => set({ theme: theme === 'light' ? undefined : theme }),
  stepDays: (n) => get().setDate(addDays(get().date, n)),
  stepMonths: (n) => get().setDate(addMonths(get().date, n)),
  setLang: (lang) => set({ lang }),
  setChart: (chart) => set({ chart }),
  select: (selectedClaimId) => set({ selectedClaimId }),
  setPlaying: (playing) => set({ playing }),
  applyUrl: (s) => set({ from: undefined, view: undefined, focus: undefined, theme: undefined, ...s }),
}));

export function urlStateOf(s: AppState): UrlState {
  return { date: s.date, lang: s.lang, embed: s.embed, chart: s.chart, from: s.from, view: s.view, focus: s.focus, theme: s.theme };
}

/**
 * Two-way binding with the address bar. A burst of changes (a drag, held arrow key, playback) makes
 * one history entry: the first change pushes, the rest within `burstMs` replace it.
 */
export function bindUrl(bounds: DateBounds, win: Window = window, burstMs = 600): () => void {
  const prefers: Lang = win.navigator.language?.toLowerCase().startsWith('uk') ? 'uk' : 'en';
  const { state, canonical } = parseQuery(win.location.search, bounds, prefers);
  useApp.setState({ bounds, ...state });
  if (canonical !== win.location.search) win.history.replaceState(null, '', canonical + win.location.hash);

  let lastWrite = 0;
  let applying = false;
  const unsub = useApp.subscribe((s, prev) => {
    if (applying) return;
    const q = toQuery(urlStateOf(s));
    if (q === toQuery(urlStateOf(prev)) || q === win.location.search) return;
    const now = Date.now();
    // An embed never adds history entries: they would land in the host page's back button. Nor does
    // a pan or zoom (only `view`/`focus` changed): the view is kept, not navigated.
    const viewOnly = toQuery({ ...urlStateOf(s), view: undefined, focus: undefined }) === toQuery({ ...urlStateOf(prev), view: undefined, focus: undefined });
    if (now - lastWrite < burstMs || s.embed || viewOnly) win.history.replaceState(null, '', q);
    else win.history.pushState(null, '', q);
    lastWrite = now;
  });
  const onPop = () => {
    const { state: s, canonical: c } = parseQuery(win.location.search, bounds, prefers);
    applying = true;
    useApp.getState().applyUrl(s);
    applying = false;
    if (c !== win.location.search) win.history.replaceState(null, '', c);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsub();
    win.removeEventListener('popstate', onPop);
  };
}
