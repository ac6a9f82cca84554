// The bare floor's map, shared by the floors that start from it (main.js, arrival.ts): one GeoJSON
// source (the app's oblasts.geojson), a background, one fill and one line layer, Ukraine's box, and
// the app's context attributes. `between` goes between the fill and the line, as the app's observed
// layers sit between its fills and its lines.
import type { ExpressionSpecification, LayerSpecification, MapOptions, SourceSpecification } from 'maplibre-gl';

export function bareMapOptions(container: HTMLElement, fill: string | ExpressionSpecification, more: { sources?: Record<string, SourceSpecification>; between?: LayerSpecification[] } = {}): MapOptions {
  return {
    container,
    style: {
      version: 8,
      sources: { oblasts: { type: 'geojson', data: new URL('geo/oblasts.geojson', document.baseURI).href, promoteId: 'id' }, ...more.sources },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
        { id: 'fill', type: 'fill', source: 'oblasts', paint: { 'fill-color': fill } },
        ...(more.between ?? []),
        { id: 'line', type: 'line', source: 'oblasts', paint: { 'line-color': '#777', 'line-width': 0.8 } },
      ],
    },
    bounds: [22.1, 44.3, 40.3, 52.4],
    fitBoundsOptions: { padding: 8 },
    attributionControl: false,
    canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
  };
}
