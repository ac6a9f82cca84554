// Composes the figure on a 2D canvas at `scale` device pixels per CSS pixel: white page, texts,
// the captured map bitmap, the date stamp and the legend swatches (SVG images from symbols/markup.ts,
// rasterised at the export scale), then encodes a PNG in a worker (png-encode.worker.ts), so the
// page stays responsive; where workers or OffscreenCanvas are missing, with canvas.toBlob.
import { FIG_COLORS, type FigureLayout } from './layout';
import { canvasFont } from './measure';
import { swatchSvg } from '../symbols/markup';
import type { SwatchKey } from '../symbols/registry';

function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  return img.decode().then(() => img);
}

export async function composeFigure(layout: FigureLayout, mapBitmap: CanvasImageSource, scale: number): Promise<HTMLCanvasElement> {
  const colors = FIG_COLORS[layout.theme ?? 'light'];
  const swatches = await Promise.all(layout.swatches.map(async (s) => ({ s, img: await loadSvgImage(swatchSvg(s.key as SwatchKey, scale, layout.theme)) })));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  const ctx = canvas.getContext('2d');
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
  ctx.fillStyle = layout.theme === 'dark' ? 'rgba(17, 24, 39, 0.92)' : 'rgba(255, 255, 255, 0.92)';
  ctx.fill();
  ctx.strokeStyle = colors.dateBorder;
  ctx.stroke();

  for (const { s, img } of swatches) ctx.drawImage(img, s.rect.x, s.rect.y, s.rect.w, s.rect.h);

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

/** Encodes the canvas as PNG off the main thread (a module worker with an OffscreenCanvas). */
export async function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return toBlobHere(canvas);
  const bitmap = await createImageBitmap(canvas);
  const worker = new Worker(new URL('./png-encode.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Blob>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<{ blob: Blob } | { error: string }>) =>
        'blob' in e.data ? resolve(e.data.blob) : reject(new Error(`the browser could not encode the PNG: ${e.data.error}`));
      worker.onerror = (e) => reject(new Error(`the PNG encoder failed: ${e.message}`));
      worker.postMessage({ bitmap }, [bitmap]);
    });
  } finally {
    worker.terminate();
  }
}
