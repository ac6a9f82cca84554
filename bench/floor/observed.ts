// The history-scrub floor for bench/run.mjs: bare MapLibre drawing only the observed layers, with
// the app's own sources, layers and date switch (src/map/observed-layer.ts), so it draws them the
// same way the app does. ?w=&h= size the map like the app's map element. The packed history is read
// from data/observed.json (the bench server falls back to the app build for it).
// Exposes:
//   document.body.dataset.idle  ms from navigation start to the first `idle`
//   window.__floorScrub(dates)  the dates to show, one per ArrowLeft keydown, in order
//   window.__floorSteps         per keydown: ms to the next `render` and to the animation frame after it
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { decodeObserved } from '../../src/domain/observed-format';
import { applyObservedDate, observedLayers, observedSources, type ObservedDrawn } from '../../src/map/observed-layer';
import { THEME } from '../../src/symbols/theme';

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const el = document.getElementById('map')!;
if (q.get('w')) el.style.width = `${q.get('w')}px`;
if (q.get('h')) el.style.height = `${q.get('h')}px`;

interface Step {
  render: number;
  frame: number | null;
  date: string;
}
const w = window as unknown as { __floorScrub: (dates: string[]) => void; __floorSteps: Step[] };

const h = decodeObserved(await (await fetch(new URL('data/observed.json', document.baseURI))).json());
const map = new maplibregl.Map({
  container: el,
  bounds: [22.1, 44.3, 40.3, 52.4],
  fitBoundsOptions: { padding: 8 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
  style: {
    version: 8,
    sources: observedSources(h),
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': THEME.background } }, ...observedLayers(h, THEME)],
  },
});
let drawn: ObservedDrawn | null = null;
map.once('load', () => {
  drawn = applyObservedDate(map, h, q.get('date') ?? h.dates.at(-1)!, null);
  map.once('idle', () => (document.body.dataset.idle = String(performance.now())));
  map.triggerRepaint();
});

let queue: string[] = [];
w.__floorScrub = (dates) => (queue = [...dates]);
const steps: Step[] = (w.__floorSteps = []);
window.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' || !queue.length) return;
  const t0 = performance.now();
  const date = queue.shift()!;
  drawn = applyObservedDate(map, h, date, drawn);
  map.once('render', () => {
    const step: Step = { render: performance.now() - t0, frame: null, date };
    steps.push(step);
    requestAnimationFrame(() => (step.frame = performance.now() - t0));
  });
  map.triggerRepaint();
});
