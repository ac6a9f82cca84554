// The place search's model: what can be found (oblasts, every place a claim names, the largest
// areas of not-occupied ground on the current date), how a query matches (accent-, case- and
// apostrophe-insensitive, Cyrillic and Latin, prefix before word start before substring), and what
// a `focus` value frames on the map and selects in the panel. Pure, so it is unit-tested.
// Nothing is geocoded: a place's position is the data's own coordinate with its uncertainty.
import type { OblastCollection } from '../domain/geo';
import { isOblastId } from '../domain/oblasts';
import { notOccupiedAt, notOccupiedOblasts } from '../domain/observed-metrics';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { placesOf } from '../domain/places';
import type { Claim } from '../domain/schema';
import { formatDate, formatKm2, formatUnit, type Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import { fillTemplate } from '../i18n/template';
import { oblastBounds, type LngLatBox } from '../map/view-sync';
import { focusTarget, formatFocus, type FocusTarget } from '../state/url-view';
import { PLACE_SEARCH_STRINGS } from './place-search.i18n';
import { OTHER_SPELLINGS } from './place-spellings';
import { STRINGS } from '../i18n/strings';

export type EntryKind = 'oblast' | 'place' | 'area';

export interface SearchEntry {
  /** The `focus` value choosing it writes. */
  focus: string;
  kind: EntryKind;
  /** Shown name, in the reader's language. */
  label: string;
  /** One line under the name: kind, oblast, uncertainty or source. */
  detail: string;
  /** Names it matches: the shown one first, then the other language, then other spellings. */
  names: string[];
  /** How many of `names` are the data's own names (the rest are other spellings). */
  own: number;
}

export interface Match {
  entry: SearchEntry;
  /** 0 whole name, 1 name prefix, 2 word prefix, 3 substring. */
  rank: number;
  /** The other spelling that matched, when it was not one of the data's own names. */
  via?: string;
}

export interface SearchInput {
  oblasts: OblastCollection;
  claims: readonly Claim[];
  observed: ObservedHistory | null;
  date: string;
  /** The observed record's source as readers know it (its manifest name), for the areas' detail line. */
  sourceName: string;
}

/** Areas offered per oblast (its largest), and the smallest worth offering. */
export const AREAS_PER_OBLAST = 3;
export const MIN_AREA_KM2 = 1;

/** Lower case, no accents or apostrophes, hyphens as spaces, ґ as г, ё as е (via NFD). */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ґ/g, 'г')
    .replace(/['’ʼ`´]/g, '')
    .replace(/[-‐–—_.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How `q` (normalised, non-empty) matches `name`, or null. */
export function matchRank(q: string, name: string): number | null {
  const n = normalize(name);
  if (!q || !n) return null;
  if (n === q) return 0;
  if (n.startsWith(q)) return 1;
  const words = n.split(' ');
  const qs = q.split(' ');
  // every query word starts a word of the name, in order ("kiev reg" → "Kiev region")
  let at = 0;
  const ordered = qs.every((w) => {
    while (at < words.length && !words[at]!.startsWith(w)) at++;
    return at++ < words.length;
  });
  if (ordered) return 2;
  return n.includes(q) ? 3 : null;
}

const KIND_ORDER: Record<EntryKind, number> = { oblast: 0, place: 1, area: 2 };

/** Entries matching `query`, best first: rank, then own names before other spellings, kind, larger area, label. */
export function search(entries: readonly SearchEntry[], query: string, limit = 8): Match[] {
  const q = normalize(query);
  if (!q) return [];
  const out: Array<Match & { alt: number; order: number }> = [];
  entries.forEach((entry, order) => {
    let best: { rank: number; i: number } | null = null;
    entry.names.forEach((name, i) => {
      const r = matchRank(q, name);
      if (r === null) return;
      const alt = i >= entry.own ? 1 : 0;
      if (!best || r < best.rank || (r === best.rank && alt < (best.i >= entry.own ? 1 : 0))) best = { rank: r, i };
    });
    if (!best) return;
    const b = best as { rank: number; i: number };
    const alt = b.i >= entry.own ? 1 : 0;
    out.push({ entry, rank: b.rank, alt, order, ...(alt ? { via: entry.names[b.i] } : {}) });
  });
  out.sort((a, b) => a.rank - b.rank || a.alt - b.alt || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.order - b.order);
  return out.slice(0, limit).map(({ entry, rank, via }) => (via ? { entry, rank, via } : { entry, rank }));
}

const CITY = new Set(['UA-30', 'UA-40']);
function oblastKind(id: string): 'oblast' | 'city' | 'republic' {
  return CITY.has(id) ? 'city' : id === 'UA-43' ? 'republic' : 'oblast';
}

/** "Luhansk oblast" / "Луганська область"; cities and Crimea by their name alone. */
export function oblastPhrase(oblasts: OblastCollection, id: string, lang: Lang): string {
  const p = oblasts.features.find((f) => f.properties.id === id)?.properties;
  if (!p) return id;
  const name = localName(p, lang);
  if (lang === 'uk' || oblastKind(id) !== 'oblast' || /oblast/i.test(name)) return name;
  return fillTemplate(PLACE_SEARCH_STRINGS[lang].oblastPhrase, { name });
}

/** The snapshot day the areas describe on `date`, or -1 before the record. */
function dayOf(observed: ObservedHistory, date: string): number {
  return snapshotIndex(observed.dates, date);
}

/** Every entry the search offers on `date` in `lang`. Areas only once the record has loaded. */
export function buildEntries({ oblasts, claims, observed, date, sourceName }: SearchInput, lang: Lang): SearchEntry[] {
  const t = PLACE_SEARCH_STRINGS[lang];
  const other: Lang = lang === 'en' ? 'uk' : 'en';
  const out: SearchEntry[] = [];
  for (const f of oblasts.features) {
    const p = f.properties;
    if (!isOblastId(p.id)) continue;
    const own = [localName(p, lang), localName(p, other)];
    out.push({
      focus: p.id,
      kind: 'oblast',
      label: localName(p, lang),
      detail: t.kind[oblastKind(p.id)],
      names: [...own, ...OTHER_SPELLINGS[p.id]],
      own: own.length,
    });
  }
  for (const c of claims) {
    placesOf(c).forEach((pl, n) => {
      const oblast = c.subject.oblasts?.[0];
      const where = oblast ? oblastPhrase(oblasts, oblast, lang) : '';
      const km = formatUnit(pl.uncertainty_km, 'km', lang);
      const unc = fillTemplate(t.uncertainty, { km, coords: STRINGS[lang].panel.coordsKind[pl.coords_kind] });
      out.push({
        focus: formatFocus({ kind: 'place', claimId: c.id, n }),
        kind: 'place',
        label: localName(pl, lang),
        detail: [fillTemplate(t.placeDetail, { oblast: where, claim: c.title[lang] }), unc].join(' · '),
        names: [localName(pl, lang), localName(pl, other)],
        own: 2,
      });
    });
  }
  if (observed) {
    const day = dayOf(observed, date);
    if (day >= 0) {
      for (const id of notOccupiedOblasts(observed)) {
        const g = notOccupiedAt(observed, id, day);
        if (!g) continue;
        const phrase = oblastPhrase(oblasts, id, lang);
        const o = oblasts.features.find((f) => f.properties.id === id)?.properties;
        for (const part of g.parts.filter((x) => x.km2 >= MIN_AREA_KM2).slice(0, AREAS_PER_OBLAST)) {
          const label = fillTemplate(t.areaLabel, { km2: formatKm2(part.km2, lang), oblast: phrase });
          const own = [label, ...(o ? [localName(o, lang), localName(o, other)] : [])];
          out.push({
            focus: formatFocus({ kind: 'area', oblast: id, part: part.part }),
            kind: 'area',
            label,
            detail: fillTemplate(t.areaDetail, { source: sourceName, date: formatDate(g.snapshot, 'day', lang) }),
            names: [...own, PLACE_SEARCH_STRINGS.en.areaTerms, PLACE_SEARCH_STRINGS.uk.areaTerms, ...(isOblastId(id) ? OTHER_SPELLINGS[id] : [])],
            own: own.length,
          });
        }
      }
    }
  }
  return out;
}

/** A box of `radiusKm` around a point. */
export function boxAround(lon: number, lat: number, radiusKm: number): LngLatBox {
  const dLat = radiusKm / 111.32;
  const dLon = radiusKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

/** A point is framed with its uncertainty circle and as much again around it (at least 3 km). */
export const POINT_FRAME_FACTOR = 2.5;
export const POINT_FRAME_MIN_KM = 3;

export interface FocusInput {
  oblasts: OblastCollection;
  claims: readonly Claim[];
  observed: ObservedHistory | null;
}

/** The box the map frames for a `focus` value; an area not in the loaded record falls back to its oblast. */
export function focusBounds(focus: string | undefined, { oblasts, claims, observed }: FocusInput): LngLatBox | null {
  const t = focus ? focusTarget(focus) : null;
  if (!t) return null;
  if (t.kind === 'oblast') return oblastBounds(oblasts, t.oblast);
  if (t.kind === 'place') {
    const c = claims.find((x) => x.id === t.claimId);
    const pl = c ? placesOf(c)[t.n] : undefined;
    return pl ? boxAround(pl.lon, pl.lat, Math.max(POINT_FRAME_MIN_KM, pl.uncertainty_km * POINT_FRAME_FACTOR)) : null;
  }
  const poly = observed?.notOccupiedParts?.features.find((f) => f.id === t.part);
  const inOblast = observed?.packed.notOccupied?.oblasts.find((o) => o.id === t.oblast)?.states.some((s) => s.parts.includes(t.part));
  if (poly && inOblast) {
    const b: LngLatBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const r of poly.geometry.coordinates) for (const [x, y] of r) {
      b[0] = Math.min(b[0], x!); b[1] = Math.min(b[1], y!); b[2] = Math.max(b[2], x!); b[3] = Math.max(b[3], y!);
    }
    if (Number.isFinite(b[0])) return b;
  }
  return oblastBounds(oblasts, t.oblast);
}

/** The claims a focus concerns: a place's claim; for an oblast or an area, every claim naming that oblast. */
export function focusClaims(focus: string | undefined, claims: readonly Claim[]): string[] {
  const t: FocusTarget | null = focus ? focusTarget(focus) : null;
  if (!t) return [];
  if (t.kind === 'place') return claims.some((c) => c.id === t.claimId && placesOf(c)[t.n]) ? [t.claimId] : [];
  return claims.filter((c) => c.subject.oblasts?.includes(t.oblast)).map((c) => c.id);
}
