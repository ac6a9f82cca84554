// One import of the map's chunk (MapLibre and MapView), shared by App's first effect, which starts it
// while the static picture is drawn, and App's lazy MapView, which renders it.
let chunk: Promise<typeof import('../map/MapView')> | null = null;

export function loadMapView(): Promise<typeof import('../map/MapView')> {
  return (chunk ??= import('../map/MapView'));
}
