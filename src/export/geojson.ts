// The claims in effect on a date as GeoJSON (RFC 7946, WGS 84 lon/lat).
//
// One feature per thing the map draws:
//   - a claim naming places (capture of a village, troops massing near towns): one Point feature per
//     place, with its coordinates and their uncertainty;
//   - the buffer-zone claim: the zone's polygon;
//   - a claim about whole oblasts (control, annexation, a statement about named oblasts): one
//     feature whose geometry is a MultiPolygon of those oblasts' boundaries (the polygons side by
//     side, not dissolved), so a GIS can draw it without a join;
//   - a claim with no mappable subject (a statement about the whole country): geometry null.
// Every feature lists the oblast ids it concerns in `oblasts` so it can still be joined by id.
// Properties carry the claim, its status on the date, and the source and quote of the event in
// effect, and the claim's ledger rows on the date (src/domain/ledger.ts; empty without a record).
// `corrected` is the last day the claim was corrected (data/corrections.json), null if never.
// A top-level "metadata" member (a foreign member, ignored by GIS tools) names the date.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { ActiveClaim, JoinResult } from '../domain/join';
import type { Correction, Source } from '../domain/schema';
import { lastCorrected } from '../domain/corrections';
import type { GeoBundle } from '../state/load';
import { placesOf } from '../domain/places';
import { verdictOf, type LedgerRow } from '../domain/ledger.ts';

export interface ClaimProps {
  claim_id: string;
  kind: string;
  title_en: string;
  title_uk: string;
  claimant: string;
  status: string;
  /** What an independent assessment found (held, contested, not-held), with status "assessed"; else null. */
  finding: string | null;
  /** Day from which the shown status applies (e.g. the first denial for "disputed"). */
  status_since: string;
  since: string;
  event_date: string;
  event_precision: string;
  oblasts: string[];
  place_en: string | null;
  place_uk: string | null;
  uncertainty_km: number | null;
  source_id: string;
  /** The last day the claim was corrected (data/corrections.json); null if never. */
  corrected: string | null;
  source_publisher: string | null;
  source_title: string | null;
  source_url: string | null;
  quote: string;
  /** "verbatim" (the speaker's words) or "paraphrase" (the publication's reported speech). */
  quote_kind: string;
  quote_lang: string;
  /** The claim against the observed record on the date: one entry per ledger subject (a build with one source). */
  ledger: LedgerProps[];
  /** A build with several observed sources: the same, per source, instead of `ledger` (claimsGeoJsonBySource). */
  [perSource: `ledger_${string}`]: LedgerProps[];
}

export interface LedgerProps {
  subject: string;
  verdict: string;
  observed_snapshot: string | null;
  /** Oblast ground the observed source does not show as occupied (includes its grey zone), km² and parts. */
  not_occupied_km2: number | null;
  not_occupied_areas: number | null;
  /** Share of the oblast the observed source shows as occupied (area claims), 0–1. */
  occupied_share: number | null;
  circle_share: number | null;
  distance_km: number | null;
  zone_km2: number | null;
  first_match: string | null;
  lag_days: number | null;
  last_date: string | null;
}

const round1 = (v: number | undefined) => (v === undefined ? null : Math.round(v * 10) / 10);

function ledgerProps(r: LedgerRow): LedgerProps {
  return {
    subject: r.subjectLabel,
    verdict: verdictOf(r, r.at),
    observed_snapshot: r.at?.snapshot ?? null,
    not_occupied_km2: round1(r.at?.notOccupiedKm2),
    not_occupied_areas: r.at?.notOccupiedAreas ?? null,
    occupied_share: r.at?.occupiedShare !== undefined ? Math.round(r.at.occupiedShare * 1000) / 1000 : null,
    circle_share: r.at?.share !== undefined ? Math.round(r.at.share * 1000) / 1000 : null,
    distance_km: round1(r.at?.distanceKm),
    zone_km2: round1(r.at?.zoneKm2),
    first_match: r.firstMatch,
    lag_days: r.lagDays,
    last_date: r.lastDate,
  };
}

export type ClaimsCollection = FeatureCollection<Geometry | null, ClaimProps> & { metadata: Record<string, string> };

function polygonsOf(geo: GeoBundle, ids: readonly string[]): MultiPolygon | null {
  const polys: Position[][][] = [];
  for (const id of ids) {
    const g = geo.oblasts.features.find((f) => f.properties.id === id)?.geometry as Polygon | MultiPolygon | undefined;
    if (!g) continue;
    if (g.type === 'Polygon') polys.push(g.coordinates);
    else polys.push(...g.coordinates);
  }
  return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
}

export function claimsGeoJson(join: JoinResult, geo: GeoBundle, sources: readonly Source[], generator = 'territorial-claims-map', ledger: readonly LedgerRow[] | null = null, corrections: readonly Correction[] = []): ClaimsCollection {
  return claimsCollection(join, geo, sources, generator, ledger ? [{ key: 'ledger', rows: ledger }] : [], corrections);
}

/**
 * The claims with every observed source's ledger: one source (or none) writes exactly claimsGeoJson,
 * with `ledger`; several write `ledger_<source id>` per source instead, as the status CSV's columns.
 */
export function claimsGeoJsonBySource(join: JoinResult, geo: GeoBundle, sources: readonly Source[], ledgers: ReadonlyArray<{ source: { id: string }; rows: readonly LedgerRow[] }>, corrections: readonly Correction[] = [], generator = 'territorial-claims-map'): ClaimsCollection {
  if (ledgers.length <= 1) return claimsGeoJson(join, geo, sources, generator, ledgers[0]?.rows ?? null, corrections);
  return claimsCollection(join, geo, sources, generator, ledgers.map((l) => ({ key: `ledger_${l.source.id}`, rows: l.rows })), corrections);
}

function claimsCollection(join: JoinResult, geo: GeoBundle, sources: readonly Source[], generator: string, ledgers: ReadonlyArray<{ key: string; rows: readonly LedgerRow[] }>, corrections: readonly Correction[]): ClaimsCollection {
  const rowsOf = (rows: readonly LedgerRow[], id: string, place?: number) =>
    rows.filter((r) => r.claim.id === id && (place === undefined || (r.subject.kind === 'point' && r.subject.index === place))).map(ledgerProps);
  // one source: `ledger` (always present, empty without evidence); several: `ledger_<id>` each
  const ledgerFields = (id: string, place?: (rows: readonly LedgerRow[]) => number | undefined): Record<string, LedgerProps[]> =>
    ledgers.length ? Object.fromEntries(ledgers.map((l) => [l.key, rowsOf(l.rows, id, place?.(l.rows))])) : { ledger: [] };
  const byId = new Map(sources.map((s) => [s.id, s]));
  const features: Array<Feature<Geometry | null, ClaimProps>> = [];
  const base = (a: ActiveClaim): ClaimProps => {
    const src = byId.get(a.event.source);
    return {
      claim_id: a.claim.id,
      kind: a.claim.kind,
      title_en: a.claim.title.en,
      title_uk: a.claim.title.uk,
      claimant: a.claim.claimant,
      status: a.status,
      finding: a.finding,
      status_since: a.statusSince,
      since: a.since,
      event_date: a.event.date,
      event_precision: a.event.precision,
      oblasts: [...(a.claim.subject.oblasts ?? [])],
      place_en: null,
      place_uk: null,
      uncertainty_km: null,
      source_id: a.event.source,
      corrected: lastCorrected(corrections, [a.claim.id]) || null,
      source_publisher: src?.publisher ?? null,
      source_title: src?.title ?? null,
      source_url: src?.url ?? null,
      quote: a.event.quote,
      quote_kind: a.event.quote_kind ?? 'verbatim',
      quote_lang: a.event.quote_lang,
      ...ledgerFields(a.claim.id),
    } as ClaimProps;
  };
  for (const a of join.active) {
    const places = placesOf(a.claim);
    if (places.length) {
      places.forEach((p, n) => {
        features.push({
          type: 'Feature',
          id: `${a.claim.id}#${n}`,
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: { ...base(a), place_en: p.name_en, place_uk: p.name_uk, uncertainty_km: p.uncertainty_km, ...ledgerFields(a.claim.id, (rows) => (rows.some((r) => r.claim.id === a.claim.id && r.subject.kind === 'point') ? n : undefined)) },
        });
      });
      continue;
    }
    let geometry: Geometry | null = null;
    if (a.claim.subject.zone) {
      geometry = (geo.zone.features.find((f) => String(f.properties?.id) === a.claim.subject.zone)?.geometry as Geometry | undefined) ?? null;
    }
    if (!geometry && a.claim.subject.oblasts?.length) geometry = polygonsOf(geo, a.claim.subject.oblasts);
    features.push({ type: 'Feature', id: a.claim.id, geometry, properties: base(a) });
  }
  return {
    type: 'FeatureCollection',
    metadata: {
      date: join.date,
      generator,
      note: 'Claims in effect on the date. A claim is not a fact: see status, source and quote. Boundaries: Natural Earth (public domain).',
    },
    features,
  };
}
