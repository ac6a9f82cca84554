import { create } from 'zustand';
import { addDays, addMonths, clampDate, type IsoDate } from '../domain/dates';
import type { Lang } from '../i18n/format';
import { parseQuery, pinnedBounds, preferredLang, toQuery, type DateBounds, type UrlState } from './url';
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
  applyUrl: (s) => set({ from: undefined, view: undefined, focus: undefined, theme: undefined, asOf: undefined, ...s }),
}));

export function urlStateOf(s: AppState): UrlState {
  return { date: s.date, lang: s.lang, embed: s.embed, chart: s.chart, from: s.from, view: s.view, focus: s.focus, theme: s.theme, asOf: s.asOf };
}

/** Without the camera: a change of only these is a pan or zoom, kept in place, never a new history entry. */
function navigable(s: UrlState): string {
  return toQuery({ ...s, view: undefined, focus: undefined });
}

/**
 * Two-way binding with the address bar. A burst of changes (a drag, an arrow key kept down, playback) makes
 * one history entry: the first change pushes, the rest within `burstMs` replace it.
 *
 * The address bar is written `writeMs` after a change, never inside the input that made it: a
 * `pushState`/`replaceState` costs Chromium about 5 ms (the bench machine), which a timeline step
 * paid before the map could draw the new day. Changes within that delay make one write.
 * A pending write is flushed when the page is hidden and when the binding ends.
 */
export function bindUrl(bounds: DateBounds, win: Window = window, burstMs = 600, writeMs = 200): () => void {
  const prefers = preferredLang(win.navigator);
  const { state, canonical } = parseQuery(win.location.search, bounds, prefers);
  // a pinned view moves only up to its as_of
  useApp.setState({ bounds: pinnedBounds(bounds, state.asOf) });
  useApp.getState().applyUrl(state);
  if (canonical !== win.location.search) win.history.replaceState(null, '', canonical + win.location.hash);

  // The state the address bar shows (as of the last write or back/forward).
  let written = urlStateOf(useApp.getState());
  let lastWrite = 0;
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const write = () => {
    cancel();
    const s = useApp.getState();
    const now = urlStateOf(s);
    const q = toQuery(now);
    const before = written;
    written = now;
    if (q === toQuery(before) || q === win.location.search) return;
    const at = Date.now();
    // An embed never adds history entries: they would land in the host page's back button. Nor does
    // a pan or zoom (only `view`/`focus` changed): the view is kept, not navigated.
    const viewOnly = navigable(now) === navigable(before);
    if (at - lastWrite < burstMs || s.embed || viewOnly) win.history.replaceState(null, '', q);
    else win.history.pushState(null, '', q);
    lastWrite = at;
  };
  const unsub = useApp.subscribe(() => {
    if (applying || timer !== null) return;
    timer = setTimeout(write, writeMs);
  });
  const onPop = () => {
    const { state: s, canonical: c } = parseQuery(win.location.search, bounds, prefers);
    cancel();
    applying = true;
    useApp.setState({ bounds: pinnedBounds(bounds, s.asOf) });
    useApp.getState().applyUrl(s);
    applying = false;
    written = urlStateOf(useApp.getState());
    if (c !== win.location.search) win.history.replaceState(null, '', c);
  };
  const onHide = () => {
    if (timer !== null) write();
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('pagehide', onHide);
  return () => {
    onHide();
    unsub();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('pagehide', onHide);
  };
}
