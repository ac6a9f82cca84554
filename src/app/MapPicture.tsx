// The map as a static picture (export/picture.ts: the figure's SVG code, no WebGL) for the page's
// state. Over the map's box until the live map's first idle (`overlay`: absolutely placed, so taking
// it away moves nothing), or in the no-WebGL fallback above the message (`fallback`). Its caption is
// the map's text alternative.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { JoinResult } from '../domain/join';
import type { ObservedHistory } from '../domain/observed-format';
import type { Dataset } from '../domain/schema';
import type { Lang } from '../i18n/format';
import { compareOverlay } from '../export/compare-figure';
import { canvasMeasure } from '../export/measure';
import { pictureSvg } from '../export/picture';
import { focusPadding, oblastBounds } from '../map/view-sync';
import type { GeoBundle } from '../state/load';
import type { MapView as UrlView } from '../state/url-view';
import type { ResolvedTheme } from '../symbols/palettes';

export interface MapPictureProps {
  mode: 'overlay' | 'fallback';
  geo: GeoBundle;
  dataset: Dataset;
  join: JoinResult;
  lang: Lang;
  theme: ResolvedTheme;
  view?: UrlView;
  focus?: string;
  observed: ObservedHistory | null;
  /** Compare mode's per-face codes, drawn when the record is there. */
  compareFaces?: Uint8Array | null;
  title: string;
  /** The map's text alternative (the caption), asked for once the picture is drawn. */
  describe: () => string;
  /** A small note over the picture ("loading the interactive map"). */
  note?: string;
  /**
   * Called once, after the picture's first frame on screen (or at once when there is nothing to
   * show). The live map waits for it: creating its WebGL context holds the main thread for
   * 200–500 ms on SwiftShader, and done first it kept the picture off the screen for that long.
   */
  onShown?: () => void;
}

export function MapPicture({ mode, geo, dataset, join, lang, theme, view, focus, observed, compareFaces, title, describe, note, onShown }: MapPictureProps) {
  const box = useRef<HTMLElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const shown = useRef(onShown);
  const tellShown = useCallback(() => {
    const f = shown.current;
    shown.current = undefined;
    f?.();
  }, []);
  // Measured before the first paint: the picture is drawn at the box's own size, so it lines up with the map.
  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => {
      const frame = el.querySelector<HTMLElement>('.map-picture-frame') ?? el;
      const w = Math.round(frame.clientWidth), h = Math.round(frame.clientHeight);
      setSize((s) => (s && s.w === w && s.h === h ? s : w > 0 && h > 0 ? { w, h } : s));
    };
    measure();
    // A box with no size draws no picture: nothing to wait for.
    if (!(el.clientWidth > 0 && el.clientHeight > 0)) queueMicrotask(tellShown);
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [tellShown]);
  const measureText = useMemo(() => canvasMeasure(), []);
  const svg = useMemo(() => {
    if (!size) return null;
    return pictureSvg({
      geo, claims: dataset.claims, join, lang, theme, width: size.w, height: size.h, view, observed, measure: measureText, title,
      // The SVG is only drawn on the canvas: its <desc> would be read by nobody (the caption below is).
      description: '',
      focusBox: focus ? oblastBounds(geo.oblasts, focus) : null, focusPadding: focusPadding(size.w, size.h),
      overlay: compareFaces && observed ? (project) => compareOverlay(observed, compareFaces, project, theme, 'mp') : undefined,
    });
  }, [size, geo, dataset, join, lang, theme, view, focus, observed, compareFaces, measureText, title]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  // Written after the picture's first frame: the ledger figures behind it are not on the picture's path.
  const caption = useMemo(() => (drawn ? describe() : ''), [drawn, describe]);
  useEffect(() => {
    if (!svg || !size) return;
    let live = true;
    const start = performance.now();
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    img.decode().then(
      () => {
        const c = canvas.current;
        if (!live || !c) return;
        const dpr = window.devicePixelRatio || 1;
        c.width = Math.round(size.w * dpr);
        c.height = Math.round(size.h * dpr);
        // A canvas the CPU draws (willReadFrequently). Shown as an <img>, the SVG's paths were
        // rastered by the GPU process, which on SwiftShader put the picture on screen 0.6–1.3 s
        // after it was in the page; drawn here on the CPU it took 10–40 ms.
        const g = c.getContext('2d', { willReadFrequently: true });
        if (!g) return tellShown();
        const decoded = performance.now();
        g.drawImage(img, 0, 0, c.width, c.height);
        // How long the SVG took to decode (from its src set) and to draw; the bench prints them.
        performance.measure('territorial-map:picture-decode', { start, end: decoded });
        performance.measure('territorial-map:picture-draw', { start: decoded, end: performance.now() });
        setDrawn(true);
        afterPaint(tellShown)();
      },
      () => live && tellShown(),
    );
    return () => {
      live = false;
    };
  }, [svg, size, tellShown]);

  return (
    <figure ref={box} className={`map-picture map-picture-${mode}`} data-testid="map-picture" data-date={join.date} data-observed={observed ? 'yes' : 'no'}>
      <div className="map-picture-frame">
        <canvas ref={canvas} aria-hidden="true" data-drawn={drawn ? 'yes' : 'no'} />
      </div>
      <figcaption className={mode === 'overlay' ? 'visually-hidden' : 'map-picture-caption'} data-testid="map-picture-caption">{caption}</figcaption>
      {/* The note comes with the drawn picture, in the same frame: its paint time (Element Timing) is the picture's. */}
      {note && drawn && <p className="map-picture-note" role="status" {...ELEMENT_TIMING}>{note}</p>}
    </figure>
  );
}

// The Element Timing API's mark (the bench reads when the picture was painted); React's types lack it.
const ELEMENT_TIMING: Record<string, string> = { elementtiming: 'map-picture' };

/** Runs `f` once the frame that shows what was just drawn has been painted (the frame after the next). */
function afterPaint(f: () => void): () => void {
  return () => requestAnimationFrame(() => setTimeout(f, 0));
}
