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
import { afterPaint, drawSvg, mapPictureSvg, PICTURE_MARK } from './draw-picture';
import { pictureKey, takeFirstPicture } from './first-picture';
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
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const key = size ? pictureKey({ width: size.w, height: size.h, date: join.date, lang, theme, view, focus, layers: observed || compareFaces ? 'record' : '' }) : null;
  // The boot script's picture (boot.ts), drawn before React loaded, if it is this picture: asked for
  // once, when the box has its size. While the key stays the same, nothing is drawn again.
  const sized = key !== null;
  const first = useMemo(
    () => (key && mode === 'overlay' ? { key, canvas: takeFirstPicture(key) } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- asked once, at the first size
    [sized],
  );
  const showsFirst = !!first?.canvas && first.key === key;
  const measureText = useMemo(() => canvasMeasure(), []);
  const svg = useMemo(() => {
    if (!size || showsFirst) return null;
    return mapPictureSvg({
      geo, claims: dataset.claims, join, lang, theme, width: size.w, height: size.h, view, focus, observed, measure: measureText, title,
      overlay: compareFaces && observed ? (project) => compareOverlay(observed, compareFaces, project, theme, 'mp') : undefined,
    });
  }, [size, showsFirst, geo, dataset, join, lang, theme, view, focus, observed, compareFaces, measureText, title]);
  // The boot's canvas is on screen in the frame that React's first commit replaces: copied here
  // before that commit is painted (a layout effect), the picture never leaves the screen.
  useLayoutEffect(() => {
    const c = canvas.current;
    const from = first?.canvas;
    if (!c || !from) return;
    c.width = from.width;
    c.height = from.height;
    c.getContext('2d', { willReadFrequently: true })?.drawImage(from, 0, 0);
    // the note comes in the same frame
    setDrawn(true);
    afterPaint(tellShown)();
  }, [first, tellShown]);
  // Written after the picture's first frame: the ledger figures behind it are not on the picture's path.
  const caption = useMemo(() => (drawn ? describe() : ''), [drawn, describe]);
  useEffect(() => {
    const c = canvas.current;
    if (!svg || !size || !c) return;
    let live = true;
    void drawSvg(svg, c, size.w, size.h, () => live).then((ok) => {
      if (!live) return;
      if (ok) setDrawn(true);
      (ok ? afterPaint(tellShown) : tellShown)();
    });
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
const ELEMENT_TIMING: Record<string, string> = { elementtiming: PICTURE_MARK };
