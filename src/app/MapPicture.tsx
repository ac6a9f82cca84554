// The map as a static picture (export/picture.ts: the figure's SVG code, no WebGL) for the page's
// state. Over the map's box until the live map's first idle (`overlay`: absolutely placed, so taking
// it away moves nothing), or in the no-WebGL fallback above the message (`fallback`). Its caption is
// the map's text alternative.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
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
  description: string;
  /** A small note over the picture ("loading the interactive map"). */
  note?: string;
}

export function MapPicture({ mode, geo, dataset, join, lang, theme, view, focus, observed, compareFaces, title, description, note }: MapPictureProps) {
  const box = useRef<HTMLElement>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  // Measured before the first paint: the picture is drawn at the box's own size, so it lines up with the map.
  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => {
      const frame = el.querySelector<HTMLElement>('.map-picture-frame') ?? el;
      const w = Math.round(frame.clientWidth), h = Math.round(frame.clientHeight);
      setSize((s) => (s && s.w === w && s.h === h ? s : w > 0 && h > 0 ? { w, h } : s));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const measureText = useMemo(() => canvasMeasure(), []);
  const src = useMemo(() => {
    if (!size) return null;
    const svg = pictureSvg({
      geo, claims: dataset.claims, join, lang, theme, width: size.w, height: size.h, view, observed, measure: measureText, title, description,
      focusBox: focus ? oblastBounds(geo.oblasts, focus) : null, focusPadding: focusPadding(size.w, size.h),
      overlay: compareFaces && observed ? (project) => compareOverlay(observed, compareFaces, project, theme, 'mp') : undefined,
    });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  }, [size, geo, dataset, join, lang, theme, view, focus, observed, compareFaces, measureText, title, description]);

  return (
    <figure ref={box} className={`map-picture map-picture-${mode}`} data-testid="map-picture" data-date={join.date} data-observed={observed ? 'yes' : 'no'}>
      <div className="map-picture-frame">{src && <img src={src} alt="" width={size?.w} height={size?.h} />}</div>
      <figcaption className={mode === 'overlay' ? 'visually-hidden' : 'map-picture-caption'} data-testid="map-picture-caption">{description}</figcaption>
      {note && <p className="map-picture-note" role="status">{note}</p>}
    </figure>
  );
}
