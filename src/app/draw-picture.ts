// The static picture's two steps, shared by the boot script (before React) and MapPicture: the SVG
// for a state (the figure's own code, map part only) and its drawing on a canvas.
import type { ObservedHistory } from '../domain/observed-format';
import { pictureSvg, type PictureInput } from '../export/picture';
import { focusPadding, oblastBounds } from '../map/view-sync';
import type { MapView } from '../state/url-view';

/** The picture's input as the page has it: a `focus` id rather than its box, no description. */
export interface MapPictureInput extends Omit<PictureInput, 'description' | 'focusBox' | 'focusPadding' | 'view' | 'observed'> {
  view?: MapView | null;
  focus?: string | null;
  observed: ObservedHistory | null;
}

/** The map part of the figure at the box's size, with the camera the live map starts with. */
export function mapPictureSvg({ view, focus, ...i }: MapPictureInput): string {
  return pictureSvg({
    ...i,
    view: view ?? undefined,
    // The SVG is only drawn on a canvas: its <desc> would be read by nobody (the caption is).
    description: '',
    focusBox: focus ? oblastBounds(i.geo.oblasts, focus) : null, focusPadding: focusPadding(i.width, i.height),
  });
}

/** The Element Timing name of the picture's note, which boot.ts, MapPicture and the bench watch. */
export const PICTURE_MARK = 'map-picture';

/** Runs `f` once the frame that shows what was just drawn has been painted (the frame after the next). */
export function afterPaint(f: () => void): () => void {
  return () => requestAnimationFrame(() => setTimeout(f, 0));
}

/**
 * Runs `f` once, when the element marked `elementtiming={mark}` has been presented (its Element
 * Timing entry), or after `withinMs` when no entry comes (a browser that reports only what is in the
 * viewport, a throttled frame). Where the browser has no Element Timing, after a painted frame.
 */
export function whenPresented(mark: string, withinMs: number, f: () => void): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    f();
  };
  const timer = setTimeout(run, withinMs);
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) return afterPaint(run)();
  observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => (e as PerformanceEntry & { identifier?: string }).identifier === mark)) run();
  });
  observer.observe({ type: 'element', buffered: true });
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
