// The map as a static picture, drawn without WebGL: the camera MapLibre would take for the same
// state (Web Mercator with 512 px tiles, fitBounds as MapLibre computes it), the figure's scene code
// and its SVG writer (map part only). The page shows it in the map's place until the live map's first
// idle, and where WebGL is missing; the build writes it for pages without scripts.
import type { JoinResult } from '../domain/join';
import type { ObservedHistory } from '../domain/observed-format';
import { placesCollection } from '../domain/places';
import type { Claim } from '../domain/schema';
import type { Lang } from '../i18n/format';
import type { GeoBundle } from '../state/load';
import type { MapView as UrlView } from '../state/url-view';
import type { ResolvedTheme } from '../symbols/palettes';
import type { Measure } from './layout';
import { buildScene } from './scene';
import { mapSvg } from './svg';
import type { Project } from './svg-path';

/** The map's initial view of Ukraine (MapView's UKRAINE_BOUNDS) and its padding. */
export const PICTURE_BOUNDS: [number, number, number, number] = [22.1, 44.3, 40.3, 52.4];
const TILE = 512;

const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

export interface Camera {
  /** Centre in Mercator units (0..1) and zoom. */
  cx: number;
  cy: number;
  zoom: number;
}

/** MapLibre's fitBounds with an even padding, no bearing: the largest zoom at which the box fits. */
export function fitCamera(box: readonly [number, number, number, number], width: number, height: number, padding: number): Camera {
  const x0 = mercX(box[0]), x1 = mercX(box[2]), y0 = mercY(box[3]), y1 = mercY(box[1]);
  const scale = Math.min((width - 2 * padding) / ((x1 - x0) * TILE), (height - 2 * padding) / ((y1 - y0) * TILE));
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, zoom: Math.log2(Math.max(scale, 1e-9)) };
}

export function centreCamera(lon: number, lat: number, zoom: number): Camera {
  return { cx: mercX(lon), cy: mercY(lat), zoom };
}

/** Longitude/latitude → pixels in a width × height viewport. */
export function projector(cam: Camera, width: number, height: number): Project {
  const world = TILE * 2 ** cam.zoom;
  return ([lon, lat]) => [(mercX(lon) - cam.cx) * world + width / 2, (mercY(lat) - cam.cy) * world + height / 2];
}

export interface PictureInput {
  geo: GeoBundle;
  claims: readonly Claim[];
  join: JoinResult;
  lang: Lang;
  theme: ResolvedTheme;
  width: number;
  height: number;
  /** The camera the map starts with: an oblast's box to frame (with its padding), a centre and zoom, or Ukraine. */
  focusBox?: [number, number, number, number] | null;
  focusPadding?: number;
  view?: UrlView;
  observed?: ObservedHistory | null;
  measure: Measure;
  /** Extra layers under the oblast outlines (compare mode's faces), from the same projection. */
  overlay?: (project: Project) => string | undefined;
  title: string;
  description: string;
}

/** The camera the live map starts with for the same state (MapView's cameraFor). */
export function pictureCamera(i: Pick<PictureInput, 'width' | 'height' | 'focusBox' | 'focusPadding' | 'view'>): Camera {
  if (i.focusBox) return fitCamera(i.focusBox, i.width, i.height, i.focusPadding ?? 12);
  if (i.view) return centreCamera(i.view.lon, i.view.lat, i.view.zoom);
  return fitCamera(PICTURE_BOUNDS, i.width, i.height, 8);
}

/** The map alone, as MapLibre would first draw it, as an SVG document. */
export function pictureSvg(i: PictureInput): string {
  const width = Math.max(1, Math.round(i.width));
  const height = Math.max(1, Math.round(i.height));
  const cam = pictureCamera({ ...i, width, height });
  const project = projector(cam, width, height);
  const scene = buildScene({
    geo: i.geo, join: i.join, places: placesCollection(i.claims, i.geo.oblasts), lang: i.lang, project, zoom: cam.zoom, width, height, measure: i.measure, observed: i.observed,
  });
  return mapSvg(scene, { title: i.title, description: i.description, lang: i.lang, theme: i.theme, mapOverlay: i.overlay?.(project) });
}
