// Composes the figure on a 2D canvas at `scale` device pixels per CSS pixel: white page, texts,
// the captured map bitmap, the date stamp and the legend swatches (SVG images from symbols/markup.ts,
// rasterised at the export scale), then encodes a PNG in a worker (png-encode.worker.ts with
// png-file.ts), so the page stays responsive; where workers are missing, with canvas.toBlob.
import { DATE_BOX_FILL, FIG_COLORS, type FigureLayout } from './layout';
import { canvasFont } from './measure';
import { swatchSvg } from '../symbols/markup';
import type { SwatchKey } from '../symbols/registry';

function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  return img.decode().then(() => img);
}

/** The legend swatches of a layout, rasterised at `scale` (an SVG image is only drawn when first used). */
export type SwatchImages = ReadonlyMap<string, CanvasImageSource>;

/** Rasterised swatches by key, for one scale and theme: an animation keeps one for all its frames. */
export type SwatchCache = Map<string, Promise<CanvasImageSource>>;

/**
 * Decodes and rasterises the layout's swatches (each key once per `cache`). Exports start this while
 * the map redraws at the export scale, so the 100–350 ms it took on the bench machine overlap the
 * map's wait.
 */
export async function swatchImages(layout: Pick<FigureLayout, 'swatches' | 'theme'>, scale: number, cache: SwatchCache = new Map()): Promise<SwatchImages> {
  const keys = [...new Set(layout.swatches.map((s) => s.key))];
  for (const key of keys) {
    if (cache.has(key)) continue;
    const img = loadSvgImage(swatchSvg(key as SwatchKey, scale, layout.theme));
    cache.set(key, img.then((i): Promise<CanvasImageSource> | CanvasImageSource => (typeof createImageBitmap === 'function' ? createImageBitmap(i) : i)));
  }
  return new Map(await Promise.all(keys.map(async (key) => [key, await cache.get(key)!] as const)));
}

/** `swatches`: from swatchImages(layout, scale), when the caller started them earlier. */
export async function composeFigure(layout: FigureLayout, mapBitmap: CanvasImageSource, scale: number, swatches?: SwatchImages): Promise<HTMLCanvasElement> {
  const colors = FIG_COLORS[layout.theme];
  const images = swatches ?? (await swatchImages(layout, scale));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  // A CPU canvas: its pixels are read back once for the encoder (a GPU canvas read back in a worker
  // cost ~850 ms of a 2× export on SwiftShader).
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, layout.width, layout.height);

  const m = layout.map;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(mapBitmap, m.x, m.y, m.w, m.h);
  ctx.strokeStyle = 'rgba(55, 65, 81, 0.35)';
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.w - 1, m.h - 1);

  const d = layout.dateBox;
  ctx.beginPath();
  ctx.roundRect(d.x, d.y, d.w, d.h, 3);
  ctx.fillStyle = DATE_BOX_FILL[layout.theme];
  ctx.fill();
  ctx.strokeStyle = colors.dateBorder;
  ctx.stroke();

  for (const s of layout.swatches) {
    const img = images.get(s.key);
    if (img) ctx.drawImage(img, s.rect.x, s.rect.y, s.rect.w, s.rect.h);
  }

  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  for (const t of layout.text) {
    ctx.font = canvasFont(t.font);
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y);
  }
  return canvas;
}

function toBlobHere(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the PNG'))), 'image/png'));
}

/** Encodes the canvas as PNG off the main thread (a module worker writing the file with png-file.ts). */
export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  if (typeof Worker === 'undefined' || typeof CompressionStream === 'undefined') return toBlobHere(canvas);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return toBlobHere(canvas);
  const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const worker = new Worker(new URL('./png-encode.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Blob>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ blob: Blob } | { error: string }>) =>
        'blob' in e.data ? resolve(e.data.blob) : reject(new Error(`the browser could not encode the PNG: ${e.data.error}`));
      worker.onerror = (e) => reject(new Error(`the PNG encoder failed: ${e.message}`));
      worker.postMessage({ pixels: data, width, height }, [data.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
