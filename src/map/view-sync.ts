// The map's camera as URL state: `view` (centre and zoom) and `focus` (an oblast framed with padding).
// Helpers only; MapView wires them to the map's events.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import type { OblastCollection } from '../domain/geo';
import { formatView, roundView, type MapView } from '../state/url-view';
import { pointInRing } from '../domain/ring';

export type LngLatBox = [number, number, number, number];

/** Bounding box [w, s, e, n] of an oblast's polygons, or null for an unknown id. */
export function oblastBounds(oblasts: OblastCollection, id: string): LngLatBox | null {
  const f = oblasts.features.find((x) => x.properties.id === id);
  if (!f) return null;
  const b: LngLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  for (const r of rings) for (const [x, y] of r) {
    b[0] = Math.min(b[0], x!); b[1] = Math.min(b[1], y!); b[2] = Math.max(b[2], x!); b[3] = Math.max(b[3], y!);
  }
  return Number.isFinite(b[0]) ? b : null;
}

/** Padding around a focused oblast: 8 % of the smaller side, at least 12 px. */
export function focusPadding(width: number, height: number): number {
  return Math.max(12, Math.round(Math.min(width, height) * 0.08));
}

export function viewOf(map: MapLibreMap): MapView {
  const c = map.getCenter();
  return roundView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
}

/** Writes the camera to the element as data-view="<lon>,<lat>,<zoom>". */
export function exposeView(map: MapLibreMap, el: HTMLElement): void {
  el.dataset.view = formatView(viewOf(map));
}

/** The oblast containing a point (the map's centre, for the embed dialog's "this oblast"), or null. */
export function oblastAt(oblasts: OblastCollection, lon: number, lat: number): string | null {
  for (const f of oblasts.features) {
    const polys: Position[][][] = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [outer, ...holes] of polys) {
      if (outer && pointInRing(lon, lat, outer) && !holes.some((h) => pointInRing(lon, lat, h))) return f.properties.id;
    }
  }
  return null;
}
