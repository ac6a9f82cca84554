// The cost of each group of the app's map layers, for `npm run bench -- groups`: bare MapLibre (no
// React, no page around it) with the app's own style (src/map/style.ts, built from the app's data
// and its packed history) cut down to the first ?groups=N groups of layers below. The harness loads
// it for N = 1 … all, alternating with the bare floor, so the cost each group adds is measured.
// ?w=&h= size the map like the app's map element; ?theme=dark draws the dark theme (light by default,
// as the bench's recorded runs). Dates are drawn by the app's own DateDrawer (src/map/draw-date.ts). The data come from the app build (the bench server
// falls back to it for data/). Exposes, like the other floors:
//   document.body.dataset.idle  ms from navigation start to the first `idle`
//   window.__floorSteps         per ArrowLeft keydown (the app's feature-state for the previous day):
//                               ms to the next `render` and to the animation frame after it
//   window.__groups             the groups, with the ids of the layers each holds
//   window.__floorPng()         a bare PNG 2× capture of these layers (png.js), as the floor's; ms
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
// @ts-expect-error a plain JS module of the bench floors
import { floorPng } from './png.js';
import { claimsAt, type Dataset } from '../../src/domain';
import { decodeObserved, type ObservedHistory } from '../../src/domain/observed-format';
import { DateDrawer } from '../../src/map/draw-date';
import { fontFiles } from '../../src/map/fonts';
import { resolveImages } from '../../src/map/patterns';
import { labelPoints, placesCollection } from '../../src/domain/places';
import { buildStyle } from '../../src/map/style';
import { PALETTES, type ResolvedTheme } from '../../src/symbols/palettes';
import { decodeGeo } from '../../src/state/load';

/** Layer groups in drawing order; a layer matching none goes to 'other', wherever it sits. */
const GROUPS: Array<[name: string, match: RegExp]> = [
  ['background', /^background$/],
  ['neighbours', /^neighbour/],
  ['oblast fills', /^oblast-(fill|control)/],
  ['patterns (annex hatch, buffer zone)', /^(oblast-annex|zone-)/],
  ['not-occupied ground (outline, label)', /^not-occupied-/],
  ['observed', /^observed-/],
  ['lines (oblasts, claims, borders)', /^(oblast-lines|oblast-claim-line|border-)/],
  ['oblast labels', /^oblast-labels$/],
  ['points (troops, places, place labels)', /^(troops|pt-|place-labels)/],
];

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const el = document.getElementById('map')!;
if (q.get('w')) el.style.width = `${q.get('w')}px`;
if (q.get('h')) el.style.height = `${q.get('h')}px`;
const DATE = q.get('date') ?? '2025-07-01';
const THEME: ResolvedTheme = q.get('theme') === 'dark' ? 'dark' : 'light';

const get = async (f: string) => (await fetch(new URL(f, document.baseURI))).json();
const [dataset, topo, observedRaw] = await Promise.all([get('data/dataset.json') as Promise<Dataset>, get('geo/map.topojson'), get('data/observed.json').catch(() => null)]);
const geo = decodeGeo(topo);
const observed: ObservedHistory | null = observedRaw ? decodeObserved(observedRaw) : null;
const places = placesCollection(dataset.claims, geo.oblasts);
const zoneIds = geo.zone.features.map((f) => String(f.properties?.id));
const full = buildStyle({ oblasts: geo.oblasts, context: geo.context, zone: geo.zone, labels: labelPoints(geo.oblasts), places, fonts: fontFiles(), lang: 'en', palette: PALETTES[THEME], observed });

const groupOf = (id: string) => GROUPS.find(([, m]) => m.test(id))?.[0] ?? 'other';
const names = [...new Set(full.layers.map((l) => groupOf(l.id)))];
const upto = Math.min(names.length, Number(q.get('groups') ?? names.length));
const keep = new Set(names.slice(0, upto));
(window as unknown as { __groups: Array<{ name: string; layers: string[] }> }).__groups = names.map((name) => ({ name, layers: full.layers.filter((l) => groupOf(l.id) === name).map((l) => l.id) }));

const map = new maplibregl.Map({
  container: el,
  style: { ...full, layers: full.layers.filter((l) => keep.has(groupOf(l.id))) },
  bounds: [22.1, 44.3, 40.3, 52.4],
  fitBoundsOptions: { padding: 8 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
});
resolveImages(map, () => THEME);

// The style was built with the history's faces and arcs, so the sources need no setData.
const drawer = new DateDrawer(map, places, zoneIds, observed);
let day = Date.parse(DATE);
/** The app's date switch: every feature-state of the claims, the observed snapshot and its not-occupied ground. */
const show = (iso: string) => drawer.draw({ join: claimsAt(dataset, iso), observed });
map.once('load', () => {
  show(DATE);
  map.once('idle', () => (document.body.dataset.idle = String(performance.now())));
  map.triggerRepaint();
});

const steps: Array<{ render: number; frame: number | null }> = ((window as unknown as { __floorSteps: unknown[] }).__floorSteps = []) as never;
window.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft') return;
  const t0 = performance.now();
  day -= 864e5;
  show(new Date(day).toISOString().slice(0, 10));
  map.once('render', () => {
    const step = { render: performance.now() - t0, frame: null as number | null };
    steps.push(step);
    requestAnimationFrame(() => (step.frame = performance.now() - t0));
  });
  map.triggerRepaint();
});

(window as unknown as { __floorPng: () => Promise<number> }).__floorPng = () => floorPng(map) as Promise<number>;
