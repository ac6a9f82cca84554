// What the boot script (boot.ts) hands to the page once React has loaded: the first data load, and
// the picture it drew from it, keyed by everything the picture depends on. MapPicture takes the
// picture when its own key is the same (the same box, date, language, theme and camera) instead of
// drawing it again; any other key, and it draws its own.
import type { AppData } from '../state/load';
import { formatView, type MapView } from '../state/url-view';

export interface PictureKeyInput {
  width: number;
  height: number;
  date: string;
  lang: string;
  theme: string;
  view?: MapView | null;
  focus?: string | null;
  /** Drawn with the observed record (or compare mode's faces): the boot never has them. */
  layers: string;
}

export function pictureKey(k: PictureKeyInput): string {
  return [Math.round(k.width), Math.round(k.height), k.date, k.lang, k.theme, k.view ? formatView(k.view) : '', k.focus ?? '', k.layers].join('|');
}

let data: Promise<AppData> | null = null;
let picture: { key: string; canvas: HTMLCanvasElement } | null = null;

export function offerFirstData(d: Promise<AppData>): void {
  data = d;
}

/** The boot's data load, or null when the page started without the boot (tests). */
export function firstData(): Promise<AppData> | null {
  return data;
}

export function offerFirstPicture(key: string, canvas: HTMLCanvasElement): void {
  picture = { key, canvas };
}

/** The boot's picture if it was drawn for `key`; asked once (later pictures are the page's own). */
export function takeFirstPicture(key: string): HTMLCanvasElement | null {
  const p = picture;
  picture = null;
  return p && p.key === key ? p.canvas : null;
}
