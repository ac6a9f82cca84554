// Bench floor for `npm run bench:observed`: bare MapLibre with only the observed history, stepped day by
// day either by feature-state (the app's scheme) or by setData of one source (the alternative).
// Not part of the app; built into a temp dir by scripts/bench-observed.ts.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Polygon } from 'geojson';
import { dayState, decodeObserved } from '../../src/domain/observed';
import { applyObservedDate, observedLayers, observedSources, type ObservedDrawn } from '../../src/map/observed-layer';
import { FILLS, LINES } from '../../src/symbols/registry';
import { THEME } from '../../src/symbols/theme';

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
// state: the app's scheme; setdata: the alternative; none: background only (the cost of a frame itself)
const mode = (['setdata', 'none'] as const).find((m) => m === q.get('mode')) ?? 'state';
const w = window as unknown as { __floor: { ready: boolean; step: (i: number) => Promise<{ render: number; idle: number }>; days: number } };

const raw = await (await fetch('./observed.json')).json();
const h = decodeObserved(raw);
const dayFaces = (i: number): FeatureCollection<Polygon> => {
  const on = dayState(h, i).faces;
  return { type: 'FeatureCollection', features: h.faces.features.filter((_, k) => on[k]) };
};
const map = new maplibregl.Map({
  container: 'map',
  bounds: [22.1, 44.3, 40.3, 52.4],
  fitBoundsOptions: { padding: 8 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: false, antialias: q.get('aa') !== '0' },
  style: {
    version: 8,
    sources: mode === 'state' ? observedSources(h) : mode === 'setdata' ? { day: { type: 'geojson', data: dayFaces(0) } } : {},
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': THEME.background } },
      ...(mode === 'none'
        ? []
        : mode === 'state'
        ? observedLayers(h).filter((l) => !q.get('only') || l.id === q.get('only'))
        : [
            { id: 'day-fill', type: 'fill' as const, source: 'day', paint: { 'fill-color': FILLS.observed.color, 'fill-opacity': FILLS.observed.opacity, 'fill-antialias': false } },
            { id: 'day-line', type: 'line' as const, source: 'day', paint: { 'line-color': LINES.observed.color, 'line-width': LINES.observed.width } },
          ]),
    ],
  },
});
let drawn: ObservedDrawn | null = null;
map.once('load', () => {
  if (mode === 'state') drawn = applyObservedDate(map, h, h.dates[0]!, null);
  map.once('idle', () => (w.__floor.ready = true));
});
w.__floor = {
  ready: false,
  days: h.dates.length,
  // Resolves with ms from the change to the first frame drawn with it ('render') and to 'idle'.
  step: (i) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let render = -1;
      map.once('idle', () => resolve({ render: render < 0 ? performance.now() - t0 : render, idle: performance.now() - t0 }));
      if (mode !== 'setdata') {
        map.once('render', () => (render = performance.now() - t0));
        if (mode === 'state') drawn = applyObservedDate(map, h, h.dates[i]!, drawn);
        map.triggerRepaint();
      } else {
        // setData re-tiles in the worker; the new data is drawn in the frame before 'idle'
        void (map.getSource('day') as maplibregl.GeoJSONSource).setData(dayFaces(i));
      }
    }),
};
