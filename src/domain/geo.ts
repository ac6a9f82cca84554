import { booleanPointInPolygon, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export interface OblastProps {
  id: string;
  name_en: string;
  name_uk: string;
  area_km2: number;
  label_lon?: number;
  label_lat?: number;
}
export type OblastFeature = Feature<Polygon | MultiPolygon, OblastProps>;
export type OblastCollection = FeatureCollection<Polygon | MultiPolygon, OblastProps>;

export function findOblast(fc: OblastCollection, id: string): OblastFeature | undefined {
  return fc.features.find((f) => f.properties.id === id);
}

/**
 * How far outside its oblast's line a point may lie and still count as inside it, in km. Natural
 * Earth's 1:10m admin-1 line is generalised by about 1 km (e.g. along the Vovcha between
 * Dnipropetrovsk and Donetsk oblasts), so a village on the true line can fall just outside the drawn one.
 */
export const OBLAST_LINE_TOLERANCE_KM = 1.5;

/** Point-in-oblast test bound to one boundary set, in the shape the data check wants: inside, or within `toleranceKm` of the line. */
export function pointInOblastFn(fc: OblastCollection, toleranceKm = OBLAST_LINE_TOLERANCE_KM) {
  return (lon: number, lat: number, id: string): boolean => {
    const f = findOblast(fc, id);
    if (!f) return false;
    return booleanPointInPolygon(point([lon, lat]), f) || distanceToBoundaryKm(lon, lat, f) <= toleranceKm;
  };
}

/** Distance in km from a point to an oblast's boundary (0 inside is not implied: this is to the edge). */
export function distanceToBoundaryKm(lon: number, lat: number, f: Feature<Polygon | MultiPolygon>): number {
  const lines = polygonToLine(f) as Feature<LineString | MultiLineString> | FeatureCollection<LineString | MultiLineString>;
  const feats = 'features' in lines ? lines.features : [lines];
  let best = Infinity;
  const pt = point([lon, lat]);
  for (const l of feats) {
    const parts = l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates;
    for (const coords of parts) {
      best = Math.min(best, pointToLineDistance(pt, { type: 'LineString', coordinates: coords }, { units: 'kilometers' }));
    }
  }
  return best;
}
