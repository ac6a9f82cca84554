// Draws animation frames on a map of their own: an off-screen MapLibre map with the on-screen map's
// style (same layers, language and theme) and view, at the frame's size and pixel ratio. Each date
// is set as feature-state (as MapView does), the map is awaited idle, its canvas captured
// (capture.ts) and composed into the figure (png.ts). The page's own map, slider and URL are left
// alone, so the reader can keep using them while an animation is made.
import * as maplibregl from 'maplibre-gl';
import { claimsAt } from '../../domain/join';
import { applyObservedDate, type ObservedDrawn } from '../../map/observed-layer';
import { IMAGES, PIXEL_RATIO } from '../../map/patterns';
import { featureStates, placesCollection } from '../../domain/places';
import type { AppData } from '../../state/load';
import { grabFrame, nextIdle } from '../capture';
import type { Measure } from '../layout';
import { composeFigure, swatchImages, type SwatchCache } from '../png';
import { frameLayout, type FramePlan, type FrameText } from './figure';

export class FrameRenderer {
  private drawn: ObservedDrawn | null = null;
  /** The legend swatches, rasterised once for every frame (one scale and theme per animation). */
  private readonly swatches: SwatchCache = new Map();
  private readonly places;
  private readonly zoneIds: string[];

  private constructor(
    private readonly map: maplibregl.Map,
    private readonly box: HTMLDivElement,
    private readonly data: AppData,
    private readonly plan: FramePlan,
    private readonly measure: Measure,
  ) {
    this.places = placesCollection(data.dataset.claims, data.geo.oblasts);
    this.zoneIds = data.geo.zone.features.map((f) => String(f.properties?.id));
  }

  /** A map like `source` (style and view), `plan.mapWidth × plan.mapHeight` CSS pixels, hidden off-screen. */
  static async create(source: maplibregl.Map, data: AppData, plan: FramePlan, measure: Measure): Promise<FrameRenderer> {
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
    map.setMissingStyleImageResolver((id) => {
      const make = (IMAGES as Record<string, (() => ImageData) | undefined>)[id];
      if (make && !map.hasImage(id)) map.addImage(id, make(), { pixelRatio: PIXEL_RATIO });
    });
    const r = new FrameRenderer(map, box, data, plan, measure);
    try {
      await new Promise<void>((resolve, reject) => {
        if (map.isStyleLoaded()) resolve();
        map.once('load', () => resolve());
        map.once('error', (e) => reject(e.error ?? new Error('the frame map failed to load')));
      });
    } catch (e) {
      r.destroy();
      throw e;
    }
    return r;
  }

  /** The map alone, drawn for `date` (device pixels: plan.scale × its CSS size). */
  async drawMap(date: string): Promise<HTMLCanvasElement> {
    const join = claimsAt(this.data.dataset, date);
    for (const u of featureStates(join, this.places, this.zoneIds)) this.map.setFeatureState({ source: u.source, id: u.id }, u.state);
    if (this.data.observed) this.drawn = applyObservedDate(this.map, this.data.observed, date, this.drawn);
    await nextIdle(this.map);
    return grabFrame(this.map);
  }

  /** The whole frame for `date`: exactly plan.width × plan.height device pixels. */
  async frame(date: string, text: FrameText): Promise<HTMLCanvasElement> {
    const bitmap = await this.drawMap(date);
    const layout = frameLayout(text, this.plan, this.measure);
    const canvas = await composeFigure(layout, bitmap, this.plan.scale, await swatchImages(layout, this.plan.scale, this.swatches));
    if (canvas.width !== this.plan.width || canvas.height !== this.plan.height) throw new Error(`frame ${date} is ${canvas.width}×${canvas.height}, not ${this.plan.width}×${this.plan.height}`);
    return canvas;
  }

  destroy(): void {
    this.map.remove();
    this.box.remove();
  }
}
