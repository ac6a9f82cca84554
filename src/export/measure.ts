// Text measurement for the figure layout, with the same Noto Sans files the map uses for labels
// (bundled, same origin), so exports look alike on every system and Cyrillic always has glyphs.
import { fontFiles } from '../map/fonts';
import type { Font, Measure } from './layout';

export const CANVAS_FAMILY = 'Territorial Map Noto Sans';
let loaded: Promise<void> | null = null;

export function loadFigureFonts(): Promise<void> {
  if (!loaded) {
    loaded = (async () => {
      const files = fontFiles();
      const faces = [
        ...files.regular.map((f) => new FontFace(CANVAS_FAMILY, `url(${JSON.stringify(f.url)})`, { weight: '400', unicodeRange: f.ranges.join(',') })),
        ...files.bold.map((f) => new FontFace(CANVAS_FAMILY, `url(${JSON.stringify(f.url)})`, { weight: '700', unicodeRange: f.ranges.join(',') })),
      ];
      for (const f of faces) document.fonts.add(f);
      await Promise.all(faces.map((f) => f.load()));
    })().catch((e: unknown) => {
      // Fall back to the system sans-serif rather than failing the export.
      console.warn('export fonts:', (e as Error).message);
    });
  }
  return loaded;
}

export function canvasFont(f: Font): string {
  return `${f.weight} ${f.size}px "${CANVAS_FAMILY}", "Noto Sans", Arial, sans-serif`;
}

export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d')!;
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font.weight}/${font.size}/${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      ctx.font = canvasFont(font);
      w = ctx.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}
