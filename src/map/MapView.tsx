import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { JoinResult } from '../domain';
import type { Lang } from '../i18n/format';
import { fontFiles } from './fonts';
import { resolveImages } from './patterns';
import { labelPoints, placesCollection, type PlaceProps } from '../domain/places';
import { buildStyle, LAYERS, nameField } from './style';
import type { GeoBundle } from '../state/load';
import type { Claim } from '../domain';
import { MAP_STRINGS } from './map.i18n';
import type { ObservedHistory } from '../domain/observed-format';
import { OBSERVED_PENDING, observedIds } from './observed-layer';
import { notOccupiedLabelText, NOT_OCCUPIED_LAYERS } from './not-occupied-layer';
import { OBSERVED_URL } from '../state/load';
import { PALETTES, type ResolvedTheme } from '../symbols/palettes';
import { applyPalette } from './theme-apply';
import { changeBounds } from '../domain/compare';
import { addCompareLayers, paintCompareLayers } from './compare-layer';
import { DateDrawer, placeTwin, type CompareInput } from './draw-date';
import { exposeView, focusPadding, oblastBounds, viewOf, type LngLatBox } from './view-sync';
import { sameView, type MapView as UrlView } from '../state/url-view';
import { observedSource, sourceById } from '../evidence/registry';
import type { SourceRecord } from '../evidence/records';
import { SHIPPED_RECORDS } from '../evidence/shipped';
import { sourced } from '../evidence/strings';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's workers while the page's data loads and React renders, not when the map is built:
// fetching and starting the worker script was on the first screen's critical path.
maplibregl.prewarm();

export const UKRAINE_BOUNDS: [number, number, number, number] = [22.1, 44.3, 40.3, 52.4];

export interface MapViewProps {
  geo: GeoBundle;
  claims: readonly Claim[];
  join: JoinResult;
  lang: Lang;
  onSelect: (claimId: string) => void;
  onMap?: (map: maplibregl.Map | null) => void;
  onError?: (e: Error) => void;
  /** The observed occupied area, drawn for the snapshot at or before the date (null until it has loaded). */
  observed?: ObservedHistory | null;
  /** Further observed sources the build ships, once loaded: each drawn in a group of its own (observedIds). */
  others?: readonly SourceRecord[];
  /** Where the evidence stands (none / loading / error / ready), mirrored in data-observed. */
  observedState?: 'none' | 'loading' | 'error' | 'ready';
  /** Light or dark: switching only re-sets paint properties and pattern bitmaps. */
  theme: ResolvedTheme;
  /** Camera from the URL: an oblast to frame wins over a centre/zoom; neither = the whole of Ukraine. */
  view?: UrlView;
  focus?: string;
  /** The box `focus` frames when the caller resolved it (a claim's place, an area); else an oblast id's bounds. */
  focusBox?: LngLatBox | null;
  /** Called after a pan or zoom by the reader (not after the map's own moves). */
  onView?: (v: UrlView) => void;
  /** Called when the map is idle with a date drawn; `withRecord`: the observed record was drawn with it. */
  onDrawn?: (withRecord: boolean) => void;
  /** Compare mode: per-face change codes (domain/compare FACE_CODE) and oblasts where a claim changed; null = off. */
  compare?: CompareInput | null;
  /**
   * Embeds: one finger and the plain wheel scroll the host page, two fingers pan and Ctrl/⌘ + wheel
   * zoom (MapLibre's cooperative gestures), so the map never traps an article's scroll. Read once.
   */
  cooperative?: boolean;
  /** Id of the element holding the map's text alternative (the region's aria-describedby). */
  describedBy?: string;
  /** Drawn over the map until its first idle: the static picture of the same state. */
  children?: ReactNode;
}

/** MapLibre's UI strings for the cooperative-gesture help, in the reader's language. */
function gestureLocale(lang: Lang): Record<string, string> {
  const g = MAP_STRINGS[lang].gestures;
  return { 'CooperativeGesturesHandler.WindowsHelpText': g.windows, 'CooperativeGesturesHandler.MacHelpText': g.mac, 'CooperativeGesturesHandler.MobileHelpText': g.mobile };
}

/** The attribution line in the reader's language: every observed source the build ships is credited. */
function attributionControl(lang: Lang, observed: boolean): maplibregl.AttributionControl {
  const t = sourced(MAP_STRINGS[lang], observedSource(), lang);
  const more = SHIPPED_RECORDS.slice(1).map((r) => ` · ${sourced(MAP_STRINGS[lang], sourceById(r.source), lang).attributionObserved}`).join('');
  return new maplibregl.AttributionControl({ compact: true, customAttribution: t.attribution + (observed ? ` · ${t.attributionObserved}${more}` : '') });
}

/** Initial camera: the focused oblast, else the URL's view, else the whole of Ukraine. */
function cameraFor(geo: GeoBundle, el: HTMLElement, view: UrlView | undefined, focus: string | undefined, focusBox?: LngLatBox | null): Pick<maplibregl.MapOptions, 'bounds' | 'fitBoundsOptions' | 'center' | 'zoom'> {
  const box = focus ? (focusBox ?? oblastBounds(geo.oblasts, focus)) : null;
  if (box) return { bounds: box, fitBoundsOptions: { padding: focusPadding(el.clientWidth, el.clientHeight) } };
  if (view) return { center: [view.lon, view.lat], zoom: view.zoom };
  return { bounds: UKRAINE_BOUNDS, fitBoundsOptions: { padding: 8 } };
}

export function MapView({ geo, claims, join, lang, onSelect, onMap, onError, observed, others, observedState, theme, view, focus, focusBox, onView, onDrawn, compare, cooperative = false, describedBy, children }: MapViewProps) {
  // Draws dates on this map and remembers what it drew (one per map instance).
  const drawer = useRef<DateDrawer | null>(null);
  // The style's first load. Not map.isStyleLoaded(): that turns false again while a GeoJSON source
  // takes new data (the record arriving, a day's not-occupied parts), and 'load' never fires a second time.
  const styleLoaded = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const markers = useRef(new Map<string, { marker: maplibregl.Marker; button: HTMLButtonElement; props: PlaceProps }>());
  const places = useMemo(() => placesCollection(claims, geo.oblasts), [claims, geo]);
  const zoneIds = useMemo(() => geo.zone.features.map((f) => String(f.properties?.id)), [geo]);
  const attribution = useRef<maplibregl.AttributionControl | null>(null);
  const latest = useRef({ join, lang, onSelect, theme, view, focus, focusBox, onView, onDrawn });
  useEffect(() => {
    latest.current = { join, lang, onSelect, theme, view, focus, focusBox, onView, onDrawn };
  });
  const [live, setLive] = useState<maplibregl.Map | null>(null);
  const styleInputs = useMemo(
    // The observed sources start empty when the build ships evidence; it arrives later through setObservedData.
    () => ({ oblasts: geo.oblasts, context: geo.context, zone: geo.zone, labels: labelPoints(geo.oblasts), places, fonts: fontFiles(), lang, observed: OBSERVED_URL ? OBSERVED_PENDING : null,
      // one more group per further source the build ships (none in a build of one source)
      observedMore: SHIPPED_RECORDS.slice(1).map((r) => ({ ids: observedIds(r.source), input: OBSERVED_PENDING })) }),
    // lang only sets the initial label field; later changes go through setLayoutProperty below
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [geo, places],
  );

  // Create the map once; later props only restyle it.
  useEffect(() => {
    const el = box.current!;
    el.dataset.ready = 'false';
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: el,
        style: buildStyle({ ...styleInputs, palette: PALETTES[latest.current.theme] }),
        ...cameraFor(geo, el, latest.current.view, latest.current.focus, latest.current.focusBox),
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxBounds: [10, 38, 52, 58],
        canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
        // Labels appear at once rather than fading in over 300 ms: the map is idle (first screen,
        // export capture) only after a fade ends, and each faded frame is a full redraw.
        fadeDuration: 0,
        cooperativeGestures: cooperative,
        locale: gestureLocale(lang),
      });
    } catch (e) {
      // No WebGL2 context: MapLibre's own message is a paragraph with a link; the fallback says it briefly.
      onError?.(e instanceof maplibregl.GPUInitializationError ? new Error(`WebGL2 unavailable${e.statusMessage ? ` (${e.statusMessage})` : ''}`) : (e as Error));
      return;
    }
    mapRef.current = map;
    styleLoaded.current = false;
    map.once('load', () => {
      styleLoaded.current = true;
    });
    drawer.current = new DateDrawer(map, places, zoneIds);
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    attribution.current = attributionControl(lang, !!OBSERVED_URL);
    map.addControl(attribution.current, 'bottom-right');
    // Patterns and markers are generated on first use; MapLibre waits for the resolver.
    resolveImages(map, () => latest.current.theme);
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
    // The camera in the URL: data-view always, `view` only after the reader moved the map.
    map.on('moveend', (e) => {
      exposeView(map, el);
      if ((e as { originalEvent?: Event }).originalEvent) latest.current.onView?.(viewOf(map));
    });
    map.once('load', () => {
      addCompareLayers(map, latest.current.theme, !!OBSERVED_URL);
      exposeView(map, el);
      setLive(map);
    });
    onMap?.(map);
    const placed = markers.current;
    return () => {
      setLive(null);
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
      const drawn = drawer.current!.draw({ join, observed: observed ?? null, others });
      if (observed) {
        el.dataset.notOccupiedParts = String(drawn.notOccupiedParts);
        el.dataset.observedSnapshot = drawn.snapshot;
      }
      // Written only where they changed: a step then touches no marker whose claim it leaves as it was.
      for (const m of markers.current.values()) {
        const twin = placeTwin(m.props, join, lang);
        if (m.button.hidden !== twin.hidden) m.button.hidden = twin.hidden;
        if (m.button.dataset.status !== twin.status) m.button.dataset.status = twin.status;
        if (m.button.title !== twin.label) {
          m.button.setAttribute('aria-label', twin.label);
          m.button.title = twin.label;
        }
      }
      map.once('idle', () => {
        if (el.dataset.date !== join.date) return;
        el.dataset.ready = 'true';
        latest.current.onDrawn?.(!!observed);
      });
      // Instrumentation for bench/run.mjs: the first frame drawn with this date.
      map.once('render', () => el.dispatchEvent(new CustomEvent('map-rendered', { detail: { date: join.date } })));
      map.triggerRepaint();
    };
    if (styleLoaded.current) apply();
    else map.once('load', apply);
  }, [join, places, zoneIds, lang, observed, others]);

  // Language → label fields and the attribution line only.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (attribution.current && map.hasControl(attribution.current)) {
      map.removeControl(attribution.current);
      attribution.current = attributionControl(lang, !!OBSERVED_URL);
      map.addControl(attribution.current, 'bottom-right');
    }
    // The gesture help is written once by MapLibre: its two lines are re-set in place.
    const help = gestureLocale(lang);
    const container = map.getCanvasContainer();
    const desktop = container.querySelector('.maplibregl-desktop-message');
    if (desktop) desktop.textContent = help[navigator.userAgent.includes('Mac') ? 'CooperativeGesturesHandler.MacHelpText' : 'CooperativeGesturesHandler.WindowsHelpText']!;
    const mobile = container.querySelector('.maplibregl-mobile-message');
    if (mobile) mobile.textContent = help['CooperativeGesturesHandler.MobileHelpText']!;
    const set = () => {
      map.setLayoutProperty('oblast-labels', 'text-field', nameField(lang));
      map.setLayoutProperty('place-labels', 'text-field', nameField(lang));
      if (map.getLayer(NOT_OCCUPIED_LAYERS.labels)) map.setLayoutProperty(NOT_OCCUPIED_LAYERS.labels, 'text-field', notOccupiedLabelText(lang));
    };
    if (styleLoaded.current) set();
    else map.once('load', set);
  }, [lang]);

  // Theme → paint properties and bitmaps (no source is rebuilt).
  const drawnTheme = useRef<ResolvedTheme>(theme);
  useEffect(() => {
    const map = live;
    if (!map || drawnTheme.current === theme) return;
    drawnTheme.current = theme;
    applyPalette(map, styleInputs, theme);
    paintCompareLayers(map, theme, !!OBSERVED_URL);
    box.current?.setAttribute('data-theme', theme);
  }, [live, theme, styleInputs]);

  // URL camera → map, when it changes from outside (back/forward, a link, the embed dialog).
  useEffect(() => {
    const map = live;
    const el = box.current;
    if (!map || !el) return;
    const target = cameraFor(geo, el, view, focus, focusBox);
    if (target.bounds) {
      const cam = map.cameraForBounds(target.bounds as maplibregl.LngLatBoundsLike, target.fitBoundsOptions);
      if (cam && !sameView(viewOf(map), { lon: (cam.center as maplibregl.LngLat).lng, lat: (cam.center as maplibregl.LngLat).lat, zoom: cam.zoom ?? map.getZoom() })) {
        map.fitBounds(target.bounds as maplibregl.LngLatBoundsLike, { ...target.fitBoundsOptions, animate: false });
      }
    } else if (target.center && !sameView(viewOf(map), { lon: (target.center as [number, number])[0], lat: (target.center as [number, number])[1], zoom: target.zoom! })) {
      map.jumpTo({ center: target.center, zoom: target.zoom });
    }
  }, [live, geo, view, focus, focusBox]);

  // Compare mode → layer visibility and feature-state.
  useEffect(() => {
    const map = live;
    const el = box.current;
    if (!map || !el || !drawer.current) return;
    drawer.current.compare(compare ?? null);
    el.dataset.compare = compare ? 'on' : 'off';
    map.triggerRepaint();
  }, [live, compare]);

  // Entering compare frames what changed (once per comparison, once its faces are known), unless
  // the URL holds a view or a focus: the gains along the front are slivers at national scale.
  const compareFitted = useRef(false);
  useEffect(() => {
    const map = live;
    const el = box.current;
    if (!compare) compareFitted.current = false;
    if (!map || !el || !compare?.faces || !observed || compareFitted.current) return;
    compareFitted.current = true;
    if (latest.current.view || latest.current.focus) return;
    const bounds = changeBounds(observed.faces, compare.faces);
    if (bounds) map.fitBounds(bounds, { padding: focusPadding(el.clientWidth, el.clientHeight), maxZoom: 9, animate: false });
  }, [live, compare, observed]);

  return (
    <div ref={box} className="map" data-testid="map" data-ready="false" data-observed={observedState ?? (OBSERVED_URL ? 'loading' : 'none')} data-theme={theme}
      role="region" aria-label={MAP_STRINGS[lang].region} aria-describedby={describedBy}>
      {children}
    </div>
  );
}
