// Draws animation frames on a map of their own: an off-screen MapLibre map with the on-screen map's
// style (same layers, language and theme) and view, at the frame's size and pixel ratio. Each date
// is drawn by the map's own DateDrawer (map/draw-date.ts, as MapView draws it: claims, that date's
// observed area and not-occupied ground), the map is awaited idle, its canvas captured
// (capture.ts) and composed into the figure (png.ts). The page's own map, slider and URL are left
// alone, so the reader can keep using them while an animation is made.
import * as maplibregl from 'maplibre-gl';
import { claimsAt } from '../../domain/join';
import { DateDrawer, type DrawnDate } from '../../map/draw-date';
import { resolveImages } from '../../map/patterns';
import { placesCollection } from '../../domain/places';
import type { RenderContext } from '../../symbols/render-context';
import type { AppData } from '../../state/load';
import { grabFrame, nextIdle } from '../capture';
import type { Measure } from '../layout';
import { composeFigure, swatchImages, type SwatchCache } from '../png';
import { frameLayout, type FramePlan, type FrameText } from './figure';

export class FrameRenderer {
  /** The legend swatches, rasterised once for every frame (one scale and theme per animation). */
  private readonly swatches: SwatchCache = new Map();
  private readonly drawer: DateDrawer;
  /** What the last frame drew (its observed and not-occupied-ground snapshot), for checks. */
  lastDrawn: DrawnDate | null = null;

  /** Public for tests, which hand it a stand-in map; the page uses create(). */
  constructor(
    private readonly map: maplibregl.Map,
    private readonly box: HTMLElement,
    private readonly data: AppData,
    private readonly plan: FramePlan,
    private readonly measure: Measure,
    private readonly ctx: RenderContext,
  ) {
    const places = placesCollection(data.dataset.claims, data.geo.oblasts);
    const zoneIds = data.geo.zone.features.map((f) => String(f.properties?.id));
    // The copied style already holds the history's faces and arcs; its not-occupied parts are the screen's
    // date's, which the first frame's draw replaces with its own.
    this.drawer = new DateDrawer(map, places, zoneIds, data.observed);
    // Frames show the observed area of their dates: compare mode's layers stay off.
    this.drawer.compare(null);
  }

  /** A map like `source` (style and view), `plan.mapWidth × plan.mapHeight` CSS pixels, hidden off-screen, drawn in `ctx`'s theme. */
  static async create(source: maplibregl.Map, data: AppData, plan: FramePlan, measure: Measure, ctx: RenderContext): Promise<FrameRenderer> {
    const box = document.createElement('div');
    box.dataset.testid = 'anim-offscreen-map';
    box.setAttribute('aria-hidden', 'true');
    Object.assign(box.style, { position: 'fixed', left: '-20000px', top: '0', width: `${plan.mapWidth}px`, height: `${plan.mapHeight}px`, pointerEvents: 'none' });
    document.body.append(box);
    const sameSize = Math.abs(source.getContainer().clientWidth - plan.mapWidth) < 1 && Math.abs(source.getContainer().clientHeight - plan.mapHeight) < 1;
    let map: maplibregl.Map;
    try {
      map = new maplibregl.Map({
        container: box,
        style: source.getStyle(),
        ...(sameSize ? { center: source.getCenter(), zoom: source.getZoom() } : { bounds: source.getBounds() }),
        pixelRatio: plan.scale,
        interactive: false,
        attributionControl: false,
        // Labels appear at once: every frame is complete when the map is idle.
        fadeDuration: 0,
        canvasContextAttributes: { preserveDrawingBuffer: false, antialias: true },
      });
    } catch (e) {
      box.remove();
      throw e;
    }
    resolveImages(map, () => ctx.theme);
    try {
      await new Promise<void>((resolve, reject) => {
        if (map.isStyleLoaded()) resolve();
        map.once('load', () => resolve());
        map.once('error', (e) => reject(e.error ?? new Error('the frame map failed to load')));
      });
    } catch (e) {
      map.remove();
      box.remove();
      throw e;
    }
    return new FrameRenderer(map, box, data, plan, measure, ctx);
  }

  /** The map alone, drawn for `date` (device pixels: plan.scale × its CSS size). */
  async drawMap(date: string): Promise<HTMLCanvasElement> {
    this.lastDrawn = this.drawer.draw({ join: claimsAt(this.data.dataset, date), observed: this.data.observed });
    await nextIdle(this.map);
    return grabFrame(this.map);
  }

  /** The whole frame for `date`: exactly plan.width × plan.height device pixels. */
  async frame(date: string, text: FrameText): Promise<HTMLCanvasElement> {
    const bitmap = await this.drawMap(date);
    const layout = frameLayout(text, this.plan, this.measure, this.ctx.theme);
    const canvas = await composeFigure(layout, bitmap, this.plan.scale, await swatchImages(layout, this.plan.scale, this.swatches));
    if (canvas.width !== this.plan.width || canvas.height !== this.plan.height) throw new Error(`frame ${date} is ${canvas.width}×${canvas.height}, not ${this.plan.width}×${this.plan.height}`);
    return canvas;
  }

  destroy(): void {
    this.map.remove();
    this.box.remove();
  }
}
