// The static picture's two steps, shared by the boot script (before React) and MapPicture: the SVG
// for a state (the figure's own code, map part only) and its drawing on a canvas.
import type { JoinResult } from '../domain/join';
import type { ObservedHistory } from '../domain/observed-format';
import type { Claim } from '../domain/schema';
import type { Lang } from '../i18n/format';
import { pictureSvg } from '../export/picture';
import type { Measure } from '../export/layout';
import type { Project } from '../export/svg-path';
import { focusPadding, oblastBounds } from '../map/view-sync';
import type { GeoBundle } from '../state/load';
import type { MapView } from '../state/url-view';
import type { ResolvedTheme } from '../symbols/palettes';

export interface MapPictureInput {
  geo: GeoBundle;
  claims: readonly Claim[];
  join: JoinResult;
  lang: Lang;
  theme: ResolvedTheme;
  width: number;
  height: number;
  view?: MapView | null;
  focus?: string | null;
  observed: ObservedHistory | null;
  measure: Measure;
  title: string;
  overlay?: (project: Project) => string | undefined;
}

/** The map part of the figure at the box's size, with the camera the live map starts with. */
export function mapPictureSvg(i: MapPictureInput): string {
  return pictureSvg({
    geo: i.geo, claims: i.claims, join: i.join, lang: i.lang, theme: i.theme, width: i.width, height: i.height, view: i.view ?? undefined, observed: i.observed, measure: i.measure, title: i.title,
    // The SVG is only drawn on a canvas: its <desc> would be read by nobody (the caption is).
    description: '',
    focusBox: i.focus ? oblastBounds(i.geo.oblasts, i.focus) : null, focusPadding: focusPadding(i.width, i.height),
    overlay: i.overlay,
  });
}

/**
 * Draws the SVG on `canvas` at `width` × `height` CSS pixels; false when the image could not be
 * decoded or the canvas gives no context. A canvas the CPU draws (willReadFrequently): shown as an
 * <img>, the SVG's paths were rastered by the GPU process, which on SwiftShader put the picture on
 * screen 0.6–1.3 s after it was in the page; drawn here on the CPU it took 10–40 ms.
 */
export async function drawSvg(svg: string, canvas: HTMLCanvasElement, width: number, height: number, live: () => boolean = () => true): Promise<boolean> {
  const start = performance.now();
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await img.decode();
  } catch {
    return false;
  }
  if (!live()) return false;
  const dpr = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) return false;
  const decoded = performance.now();
  g.drawImage(img, 0, 0, canvas.width, canvas.height);
  // How long the SVG took to decode (from its src set) and to draw; the bench prints them.
  performance.measure('territorial-map:picture-decode', { start, end: decoded });
  performance.measure('territorial-map:picture-draw', { start: decoded, end: performance.now() });
  return true;
}
