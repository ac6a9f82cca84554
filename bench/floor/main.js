// The benchmark's floor: bare MapLibre, loaded as the app loads it (own chunk, worker URL via
// setWorkerUrl), one GeoJSON source (the app's oblasts.geojson), one fill and one line layer.
// ?w=&h= size the map like the app's map element. Exposes for bench/run.mjs:
//   document.body.dataset.idle  ms from navigation start to the first `idle`
//   window.__floorSteps         per arrow keydown (one setFeatureState): ms to the next `render`
//                               and to the animation frame after it
//   window.__floorPng()         the least a PNG 2× export can cost (png.js); resolves to ms
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { floorPng } from './png.js';
import { bareMapOptions } from './bare.ts';

maplibregl.setWorkerUrl(workerUrl);

const q = new URLSearchParams(location.search);
const el = document.getElementById('map');
if (q.get('w')) el.style.width = `${q.get('w')}px`;
if (q.get('h')) el.style.height = `${q.get('h')}px`;

const map = new maplibregl.Map(bareMapOptions(el, ['case', ['boolean', ['feature-state', 'on'], false], '#c0392b', '#e8e4da']));

map.once('idle', () => {
  document.body.dataset.idle = String(performance.now());
});

const steps = (window.__floorSteps = []);
let on = false;
window.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  const t0 = performance.now();
  on = !on;
  map.setFeatureState({ source: 'oblasts', id: 'UA-14' }, { on });
  map.once('render', () => {
    const step = { render: performance.now() - t0, frame: null };
    steps.push(step);
    requestAnimationFrame(() => (step.frame = performance.now() - t0));
  });
});

window.__floorPng = () => floorPng(map);
