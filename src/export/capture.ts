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

/**
 * The map's pixels read straight from its WebGL context (readPixels) into a CPU canvas. Copying the
 * WebGL canvas into a 2D canvas and drawing that onto the CPU figure canvas read the same pixels back
 * through the browser's canvas layers: ~900 ms of a 2× export on SwiftShader. Falls back to
 * that copy where the context cannot be read.
 */
export function readCanvas(src: HTMLCanvasElement): HTMLCanvasElement {
  const gl = src.getContext('webgl2');
  if (!gl || gl.isContextLost()) return copyCanvas(src);
  const { width, height } = gl.canvas as HTMLCanvasElement;
  const bound = gl.getParameter(gl.FRAMEBUFFER_BINDING) as WebGLFramebuffer | null;
  const pixels = new Uint8ClampedArray(width * height * 4);
  if (bound) gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
  if (bound) gl.bindFramebuffer(gl.FRAMEBUFFER, bound);
  const out = new ImageData(width, height);
  const row = width * 4;
  // WebGL rows run bottom-up and the buffer is premultiplied; ImageData is top-down and straight.
  for (let y = 0; y < height; y++) out.data.set(pixels.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  const d = out.data;
  for (let i = 3; i < d.length; i += 4) {
    const a = d[i]!;
    if (a === 255 || a === 0) continue;
    d[i - 3] = Math.min(255, Math.round((d[i - 3]! * 255) / a));
    d[i - 2] = Math.min(255, Math.round((d[i - 2]! * 255) / a));
    d[i - 1] = Math.min(255, Math.round((d[i - 1]! * 255) / a));
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.putImageData(out, 0, 0);
  return canvas;
}

/** Copies the map canvas in the frame that fires `event` next (the buffer is readable in that task only). */
function copyOn(map: maplibregl.Map, event: 'render' | 'idle', what: string, copy = copyCanvas): Promise<HTMLCanvasElement> {
  return withTimeout(
    new Promise<HTMLCanvasElement>((resolve, reject) => {
      map.once(event, () => {
        try {
          resolve(copy(map.getCanvas()));
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
  if (!change) return copyOn(map, 'render', 'a map frame', readCanvas);
  map.setPixelRatio(pixelRatio);
  try {
    // The frame that completes the map at the new ratio is the one copied: one redraw at that scale.
    return await copyOn(map, 'idle', 'the map to be idle at the export scale', readCanvas);
  } finally {
    map.setPixelRatio(original);
    map.triggerRepaint();
  }
}
