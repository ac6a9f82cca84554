// The record-arrival floor for bench/run.mjs: the bare floor (bare.ts: one fill and one line layer
// of the oblasts, as main.js) that, once idle, is given the packed history the way the app gives it: its
// two empty observed sources get the faces and arcs as blob URLs of their JSON (the app's decoding
// worker makes the same), so MapLibre's worker fetches, parses and tiles them, and the date's
// feature-state is set with the app's own code (src/map/observed-layer.ts). The history is fetched
// and decoded before the map starts, so none of that is in the measured stretch: what is left is
// the least any page pays to take this record on this machine.
// Marks the map element as the app does, so the bench's in-page probes measure it unchanged:
//   data-ready="true"             at the first idle, and again at the idle with the record drawn
//   data-observed-snapshot        the snapshot date drawn, set when the record is given
// ?w=&h= size the map like the app's map element; ?date= the date drawn (the history's last by default).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { decodeObserved, snapshotIndex } from '../../src/domain/observed-format';
import { applyObservedDate, observedLayers, observedSources, OBSERVED_PENDING } from '../../src/map/observed-layer';
import { THEME } from '../../src/symbols/theme';
import { bareMapOptions } from './bare';

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const el = document.getElementById('map')!;
if (q.get('w')) el.style.width = `${q.get('w')}px`;
if (q.get('h')) el.style.height = `${q.get('h')}px`;

const h = decodeObserved(await (await fetch(new URL('data/observed.json', document.baseURI))).json());
const date = q.get('date') ?? h.dates.at(-1)!;
const blob = (x: unknown) => URL.createObjectURL(new Blob([JSON.stringify(x)], { type: 'application/json' }));
const feed = { faces: blob(h.faces), arcs: blob(h.arcs) };

const map = new maplibregl.Map(bareMapOptions(el, '#e8e4da', { sources: observedSources(OBSERVED_PENDING), between: observedLayers(OBSERVED_PENDING, THEME) }));

map.once('idle', () => {
  document.body.dataset.idle = String(performance.now());
  el.dataset.ready = 'true';
  // A task later, so the bench's probe sees the first idle before the record is given.
  setTimeout(() => {
    el.dataset.ready = 'false';
    for (const [id, url] of [['observed-faces', feed.faces], ['observed-arcs', feed.arcs]] as const) void (map.getSource(id) as maplibregl.GeoJSONSource).setData(url);
    applyObservedDate(map, h, date, null);
    el.dataset.observedSnapshot = h.dates[snapshotIndex(h.dates, date)]!;
    map.once('idle', () => (el.dataset.ready = 'true'));
    map.triggerRepaint();
  }, 0);
});
