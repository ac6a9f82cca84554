import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef } from 'react';
import type { JoinResult } from '../domain';
import type { Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import { fontFiles } from './fonts';
import { IMAGES, PIXEL_RATIO } from './patterns';
import { featureStates, labelPoints, placesCollection, type PlaceProps } from '../domain/places';
import { buildStyle, LAYERS, nameField } from './style';
import type { GeoBundle } from '../state/load';
import type { Claim } from '../domain';
import { MAP_STRINGS } from './map.i18n';
import { heldPartsOn, type ObservedHistory } from '../domain/observed';
import { applyObservedDate, OBSERVED_PENDING, setObservedData, type ObservedDrawn } from './observed-layer';
import { applyHeldDate, heldLabelText, HELD_LAYERS } from './held-layer';
import { OBSERVED_URL } from '../state/load';
import { statusLabel } from '../i18n/status-label';

maplibregl.setWorkerUrl(workerUrl);

export const UKRAINE_BOUNDS: [number, number, number, number] = [22.1, 44.3, 40.3, 52.4];

export interface MapViewProps {
  geo: GeoBundle;
  claims: readonly Claim[];
  join: JoinResult;
  lang: Lang;
  onSelect: (claimId: string) => void;
  onMap?: (map: maplibregl.Map | null) => void;
  onError?: (e: Error) => void;
  /** DeepState's observed occupied area, drawn for the snapshot at or before the date (null until it has loaded). */
  observed?: ObservedHistory | null;
  /** Where the evidence stands (none / loading / error / ready), mirrored in data-observed. */
  observedState?: 'none' | 'loading' | 'error' | 'ready';
}

/** The attribution line in the reader's language. */
function attributionControl(lang: Lang, observed: boolean): maplibregl.AttributionControl {
  const t = MAP_STRINGS[lang];
  return new maplibregl.AttributionControl({ compact: true, customAttribution: t.attribution + (observed ? ` · ${t.attributionObserved}` : '') });
}

export function MapView({ geo, claims, join, lang, onSelect, onMap, onError, observed, observedState }: MapViewProps) {
  const observedDrawn = useRef<ObservedDrawn | null>(null);
  // the history whose faces, arcs and held parts are in the sources, and the held day shown
  const observedSet = useRef<ObservedHistory | null>(null);
  const heldDay = useRef<number | null>(null);
  // The style's first load. Not map.isStyleLoaded(): that turns false again while a GeoJSON source
  // takes new data (the evidence arriving, a day's held parts), and 'load' never fires a second time.
  const styleLoaded = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef(new Map<string, { marker: maplibregl.Marker; button: HTMLButtonElement; props: PlaceProps }>());
  const places = useMemo(() => placesCollection(claims, geo.oblasts), [claims, geo]);
  const zoneIds = useMemo(() => geo.zone.features.map((f) => String(f.properties?.id)), [geo]);
  const attribution = useRef<maplibregl.AttributionControl | null>(null);
  const latest = useRef({ join, lang, onSelect });
  useEffect(() => {
    latest.current = { join, lang, onSelect };
  });

  // Create the map once; later props only restyle it.
  useEffect(() => {
    const el = box.current!;
    el.dataset.ready = 'false';
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: el,
        style: buildStyle({ oblasts: geo.oblasts, context: geo.context, zone: geo.zone, labels: labelPoints(geo.oblasts), places, fonts: fontFiles(), lang, observed: OBSERVED_URL ? OBSERVED_PENDING : null }),
        bounds: UKRAINE_BOUNDS,
        fitBoundsOptions: { padding: 8 },
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxBounds: [10, 38, 52, 58],
        canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
      });
    } catch (e) {
      onError?.(e as Error);
      return;
    }
    mapRef.current = map;
    styleLoaded.current = false;
    map.once('load', () => {
      styleLoaded.current = true;
    });
    observedDrawn.current = null;
    observedSet.current = null;
    heldDay.current = null;
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    attribution.current = attributionControl(lang, !!OBSERVED_URL);
    map.addControl(attribution.current, 'bottom-right');
    // Patterns and markers are generated on first use; MapLibre waits for the resolver.
    map.setMissingStyleImageResolver((id) => {
      const make = (IMAGES as Record<string, (() => ImageData) | undefined>)[id];
      if (make && !map.hasImage(id)) map.addImage(id, make(), { pixelRatio: PIXEL_RATIO });
    });
    map.on('click', (e) => {
      const hit = map.queryRenderedFeatures(e.point, { layers: [...LAYERS.pointIcons, 'troops'] }).find((f) => (f.state as { status?: string }).status && (f.state as { status?: string }).status !== 'none');
      if (hit) latest.current.onSelect(String(hit.properties.claimId));
    });
    map.on('error', (e) => console.warn('map:', e.error?.message));

    // Focusable twins of the canvas markers: keyboard and screen-reader access to each place.
    for (const f of places.features) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-place';
      button.dataset.testid = `place-${f.properties.key}`;
      button.addEventListener('click', () => latest.current.onSelect(f.properties.claimId));
      const marker = new maplibregl.Marker({ element: button }).setLngLat(f.geometry.coordinates as [number, number]).addTo(map);
      markers.current.set(f.properties.key, { marker, button, props: f.properties });
    }
    onMap?.(map);
    const placed = markers.current;
    return () => {
      onMap?.(null);
      placed.clear();
      mapRef.current = null;
      map.remove();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geo, places]);

  // Date → feature-state; data-ready flips true only when the map is idle with this date drawn.
  useEffect(() => {
    const map = mapRef.current;
    const el = box.current;
    if (!map || !el) return;
    el.dataset.ready = 'false';
    el.dataset.date = join.date;
    const apply = () => {
      for (const u of featureStates(join, places, zoneIds)) map.setFeatureState({ source: u.source, id: u.id }, u.state);
      if (observed) {
        if (observedSet.current !== observed) {
          // the history arrived after the first screen: give the (empty) sources their data once
          setObservedData(map, observed);
          observedSet.current = observed;
          observedDrawn.current = null;
          heldDay.current = null;
        }
        observedDrawn.current = applyObservedDate(map, observed, join.date, observedDrawn.current);
        heldDay.current = applyHeldDate(map, observed, join.date, heldDay.current);
        el.dataset.heldParts = String(heldPartsOn(observed, heldDay.current).length);
        el.dataset.observedSnapshot = observed.dates[observedDrawn.current.day] ?? '';
      }
      const t = MAP_STRINGS[lang];
      for (const [key, m] of markers.current) {
        const a = join.active.find((x) => x.claim.id === m.props.claimId);
        m.button.hidden = !a;
        m.button.dataset.status = a?.status ?? 'none';
        const name = localName(m.props, lang);
        const said = m.props.kind === 'troop-concentration' ? t.markerStatus.troops : a?.status === 'assessed' ? statusLabel(a.status, a.finding, lang) : t.markerStatus[a?.status ?? 'none'];
        m.button.setAttribute('aria-label', a ? `${name}: ${said}` : name);
        m.button.title = m.button.getAttribute('aria-label') ?? key;
      }
      map.once('idle', () => {
        if (el.dataset.date === join.date) el.dataset.ready = 'true';
      });
      // Instrumentation for bench/run.mjs: the first frame drawn with this date.
      map.once('render', () => el.dispatchEvent(new CustomEvent('map-rendered', { detail: { date: join.date } })));
      map.triggerRepaint();
    };
    if (styleLoaded.current) apply();
    else map.once('load', apply);
  }, [join, places, zoneIds, lang, observed]);

  // Language → label fields and the attribution line only.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (attribution.current && map.hasControl(attribution.current)) {
      map.removeControl(attribution.current);
      attribution.current = attributionControl(lang, !!OBSERVED_URL);
      map.addControl(attribution.current, 'bottom-right');
    }
    const set = () => {
      map.setLayoutProperty('oblast-labels', 'text-field', nameField(lang));
      map.setLayoutProperty('place-labels', 'text-field', nameField(lang));
      if (map.getLayer(HELD_LAYERS.labels)) map.setLayoutProperty(HELD_LAYERS.labels, 'text-field', heldLabelText(lang));
    };
    if (styleLoaded.current) set();
    else map.once('load', set);
  }, [lang]);

  return (
    <div ref={box} className="map" data-testid="map" data-ready="false" data-observed={observedState ?? (OBSERVED_URL ? 'loading' : 'none')}
      role="region" aria-label={MAP_STRINGS[lang].region} />
  );
}
