// Capturing the map's WebGL canvas. The map keeps preserveDrawingBuffer false (faster), so its
// pixels are only readable during the frame that drew them: we copy them inside a `render` event
// after triggerRepaint(), and only once the map is idle (sources, fonts and icons loaded, no
// animation). For a sharper export the map is re-rendered at the export scale with setPixelRatio and
// copied in the frame that completes it (MapLibre fires `idle` in the same task that drew the frame,
// before the buffer is presented), so it is drawn once at that scale; then the ratio is put back.
// The page keeps the same CSS size so nothing moves on screen.
import type * as maplibregl from 'maplibre-gl';

const TIMEOUT_MS = 30_000;

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

function isIdle(map: maplibregl.Map): boolean {
  return map.loaded() && map.areTilesLoaded() && !map.isMoving();
}

/** Resolves on the next `idle` event (after asking for a frame, so one comes). */
export function nextIdle(map: maplibregl.Map): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    }),
    'the map to be idle',
  );
}

export async function whenIdle(map: maplibregl.Map): Promise<void> {
  if (!isIdle(map)) await nextIdle(map);
}

function copyCanvas(src: HTMLCanvasElement): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = src.width;
  out.height = src.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(src, 0, 0);
  return out;
}

/** Copies the map canvas in the frame that fires `event` next (the buffer is readable in that task only). */
function copyOn(map: maplibregl.Map, event: 'render' | 'idle', what: string): Promise<HTMLCanvasElement> {
  return withTimeout(
    new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once(event, () => {
        try {
          resolve(copyCanvas(map.getCanvas()));
        } catch (e) {
          reject(e as Error);
        }
      });
      map.triggerRepaint();
    }),
    what,
  );
}

/** Copies the map canvas during the next frame. */
export function grabFrame(map: maplibregl.Map): Promise<HTMLCanvasElement> {
  return copyOn(map, 'render', 'a map frame');
}

/** The map as drawn at `pixelRatio` device pixels per CSS pixel (clamped by MapLibre's maxCanvasSize). */
export async function captureMap(map: maplibregl.Map, pixelRatio: number): Promise<HTMLCanvasElement> {
  await whenIdle(map);
  const original = map.getPixelRatio();
  const change = Math.abs(original - pixelRatio) > 1e-6;
  if (!change) return grabFrame(map);
  map.setPixelRatio(pixelRatio);
  try {
    // The frame that completes the map at the new ratio is the one copied: one redraw at that scale.
    return await copyOn(map, 'idle', 'the map to be idle at the export scale');
  } finally {
    map.setPixelRatio(original);
    map.triggerRepaint();
  }
}
