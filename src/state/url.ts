// URL ⇄ state. One parser for the page, the embed and the tests: unknown keys are dropped and bad
// values fall back to defaults, so any URL yields a valid state.
import { clampDate, isValidDay, type IsoDate } from '../domain/dates';
import { LANGS, type Lang } from '../i18n/format';
import { DEFAULT_THEME, formatView, parseFocus, parseFrom, parseTheme, parseView, type MapView, type ThemeChoice } from './url-view';

export interface UrlState {
  date: IsoDate;
  lang: Lang;
  embed: boolean;
  chart: boolean;
  /** Compare mode: the earlier date (always on or before `date`). Absent: no comparison. */
  from?: IsoDate;
  /** The map's centre and zoom; absent: the whole of Ukraine (or `focus`). */
  view?: MapView;
  /** What the map frames: an oblast (ISO 3166-2:UA), a claim's place or an area (url-view.ts focusTarget); wins over `view`. */
  focus?: string;
  /** Absent means the default, light. */
  theme?: ThemeChoice;
  /**
   * A pinned view (`as_of=YYYY-MM-DD`): the record is cut at this day, so an embed shows the same
   * data however the record grows. Absent: live, the newest record.
   */
  asOf?: IsoDate;
}

export interface DateBounds {
  min: IsoDate;
  max: IsoDate;
  initial: IsoDate;
}

export const MAX_VALUE_LENGTH = 64;

function flag(v: string | null): boolean | null {
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

export function defaultState(b: DateBounds, prefersLang: Lang = 'en'): UrlState {
  return { date: b.initial, lang: prefersLang, embed: false, chart: true };
}

/** `as_of`: a valid day, clamped to the bounds; anything else is dropped (the view is live). */
export function parseAsOf(v: string | null, b: DateBounds): IsoDate | null {
  return v !== null && isValidDay(v) ? clampDate(v, b.min, b.max) : null;
}

/** The bounds a pinned view may move in: nothing after its `as_of`. */
export function pinnedBounds(b: DateBounds, asOf: IsoDate | null | undefined): DateBounds {
  if (!asOf) return b;
  const max = asOf < b.max ? asOf : b.max;
  return { min: b.min, max, initial: clampDate(b.initial, b.min, max) };
}

/** The language a page without `lang` opens in: the browser's first choice when it is Ukrainian. */
export function preferredLang(nav: Pick<Navigator, 'language'>): Lang {
  return nav.language?.toLowerCase().startsWith('uk') ? 'uk' : 'en';
}

/** Parses a query string; `canonical` is the query the state serialises to, for replaceState when it differs. */
export function parseQuery(search: string, all: DateBounds, prefersLang: Lang = 'en'): { state: UrlState; canonical: string } {
  const q = new URLSearchParams(search);
  const get = (k: string) => {
    const v = q.get(k);
    return v === null || v.length > MAX_VALUE_LENGTH ? null : v.trim();
  };
  const asOf = parseAsOf(get('as_of'), all);
  const b = pinnedBounds(all, asOf);
  const d = defaultState(b, prefersLang);
  const date = get('date');
  const lang = get('lang');
  const embed = flag(get('embed'));
  const chart = flag(get('chart'));
  const state: UrlState = {
    date: date && isValidDay(date) ? clampDate(date, b.min, b.max) : d.date,
    lang: lang && (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : d.lang,
    embed: embed ?? d.embed,
    chart: chart ?? (embed ? false : d.chart),
  };
  const cmp = parseFrom(get('from'), state.date, b.min, b.max);
  if (cmp) {
    state.from = cmp.from;
    state.date = cmp.date;
  }
  const focus = parseFocus(get('focus'));
  const view = focus ? null : parseView(get('view'));
  if (focus) state.focus = focus;
  if (view) state.view = view;
  const theme = parseTheme(get('theme'));
  if (theme && theme !== DEFAULT_THEME) state.theme = theme;
  if (asOf) state.asOf = asOf;
  return { state, canonical: toQuery(state) };
}

/**
 * The canonical query: date and lang always (shareable links), embed and chart only when they differ from the page default;
 * from, focus (or else view), a theme other than light and as_of when set.
 */
export function toQuery(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.from) q.set('from', s.from);
  q.set('date', s.date);
  q.set('lang', s.lang);
  if (s.asOf) q.set('as_of', s.asOf);
  if (s.embed) q.set('embed', '1');
  if (s.chart !== !s.embed) q.set('chart', s.chart ? '1' : '0');
  if (s.focus) q.set('focus', s.focus);
  else if (s.view) q.set('view', formatView(s.view));
  if (s.theme && s.theme !== DEFAULT_THEME) q.set('theme', s.theme);
  // Commas in a view read better unescaped, and URLSearchParams reads them back either way.
  return '?' + q.toString().replace(/%2C/g, ',');
}
