// Claim places as GeoJSON points and the per-date feature states of oblasts, places and the zone:
// pure data shared by the map, the SVG/PNG exports and the GeoJSON export. Villages are located
// points; troop reports ("in the region") are region reports: one marker per subject oblast at its
// label point, never a city centre, since the report gives no position.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { OblastCollection } from './geo.ts';
import type { JoinResult } from './join.ts';
import type { Claim, Finding, Place, Status } from './schema.ts';

export interface PlaceProps {
  key: string;
  claimId: string;
  kind: Claim['kind'];
  name_en: string;
  name_uk: string;
}

export function placesOf(claim: Claim): Place[] {
  return [...(claim.subject.point ? [claim.subject.point] : []), ...(claim.subject.points ?? [])];
}

/**
 * The village symbol for a shown status: a party's word is a diamond (claimed or confirmed: solid,
 * disputed: half, denied: crossed); an assessment's finding is its own symbol, so "claimed" never
 * looks like a finding (held: under Russian control, contested: grey zone, not-held).
 */
export type PointSymbol = 'claimed' | 'disputed' | 'denied' | Finding | 'none';
export function pointSymbol(status: Status | null | undefined, finding: Finding | null | undefined): PointSymbol {
  if (status === 'assessed') return finding ?? 'none';
  if (status === 'confirmed') return 'claimed';
  return status === 'claimed' || status === 'disputed' || status === 'denied' ? status : 'none';
}

/**
 * Every place named by a claim, as points keyed `claimId#n` for feature-state. A troop report
 * without points is a region report: one point per subject oblast, at the oblast's label point.
 */
export function placesCollection(claims: readonly Claim[], oblasts: OblastCollection): FeatureCollection<Point, PlaceProps> {
  const features: Array<Feature<Point, PlaceProps>> = [];
  for (const c of claims) {
    const named = placesOf(c);
    if (!named.length && c.kind === 'troop-concentration') {
      (c.subject.oblasts ?? []).forEach((id, n) => {
        const o = oblasts.features.find((f) => f.properties.id === id)?.properties;
        if (!o || o.label_lon === undefined || o.label_lat === undefined) return;
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [o.label_lon, o.label_lat] },
          properties: { key: `${c.id}#${n}`, claimId: c.id, kind: c.kind, name_en: o.name_en, name_uk: o.name_uk },
        });
      });
      continue;
    }
    named.forEach((p, n) => {
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: { key: `${c.id}#${n}`, claimId: c.id, kind: c.kind, name_en: p.name_en, name_uk: p.name_uk },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/** One point per oblast at its label position (label_lon/label_lat), for the oblast name labels. */
export function labelPoints(oblasts: OblastCollection): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: oblasts.features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [f.properties.label_lon ?? 0, f.properties.label_lat ?? 0] },
      properties: { id: f.properties.id, name_en: f.properties.name_en, name_uk: f.properties.name_uk },
    })),
  };
}

export interface StateUpdate {
  source: 'oblasts' | 'zone' | 'places';
  id: string;
  state: Record<string, string>;
}

/** The feature-state every styled feature should have on the join's date. Pure, so it is unit-tested. */
export function featureStates(join: JoinResult, places: FeatureCollection<Point, PlaceProps>, zoneIds: readonly string[]): StateUpdate[] {
  const out: StateUpdate[] = [];
  for (const o of Object.values(join.oblasts)) {
    out.push({ source: 'oblasts', id: o.id, state: { control: o.control?.status ?? 'none', annex: o.annexation?.status ?? 'none' } });
  }
  const active = new Map(join.active.map((a) => [a.claim.id, a]));
  for (const id of zoneIds) {
    const on = join.active.some((a) => a.claim.kind === 'buffer-zone' && a.claim.subject.zone === id);
    out.push({ source: 'zone', id, state: { active: on ? 'yes' : 'no' } });
  }
  for (const f of places.features) {
    const a = active.get(f.properties.claimId);
    out.push({ source: 'places', id: f.properties.key, state: { status: a?.status ?? 'none', symbol: pointSymbol(a?.status, a?.finding) } });
  }
  return out;
}
