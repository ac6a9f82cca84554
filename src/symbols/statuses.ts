// Which statuses each map symbol is drawn for, and the label constants: defined once here and read
// by the MapLibre style (map/style.ts), the SVG/PNG scene (export/scene.ts) and the legend rule
// (symbols/visible.ts), so the map, the legend and the figures cannot disagree.
import type { Status } from '../domain/schema';
import { FONT, FONT_BOLD } from './theme';

/** An oblast's control claim drawn as the red claimed fill and the claim outline. */
export const CLAIMED_CONTROL: readonly Status[] = ['claimed', 'disputed', 'confirmed'];
/** An oblast's control status drawn as the Russian-control fill (an analyst's assessment of control). */
export const RUSSIAN_CONTROL_STATUS: Status = 'assessed';
/** Annexation claims drawn with the hatch. */
export const ANNEX_DRAWN: readonly Status[] = ['claimed', 'disputed', 'confirmed', 'assessed'];
/** Troop reports drawn with the chevron marker. */
export const TROOPS_DRAWN: readonly Status[] = ['claimed', 'disputed', 'confirmed', 'assessed'];
/** Village symbols with their own icon (`pt-<symbol>`): a claim's diamonds, an assessment's discs. */
export const POINT_ICON_STATUSES = ['claimed', 'disputed', 'denied', 'held', 'contested', 'not-held'] as const;
export type PointIconStatus = (typeof POINT_ICON_STATUSES)[number];
/** Village claims whose name is written beside the point (every status). */
export const PLACE_LABELED: readonly Status[] = ['claimed', 'disputed', 'denied', 'confirmed', 'assessed'];

export function isPointIconStatus(s: string | undefined): s is PointIconStatus {
  return (POINT_ICON_STATUSES as readonly string[]).includes(s ?? '');
}
export function has(set: readonly string[], s: string | undefined): boolean {
  return set.includes(s ?? '');
}

/** Map and figure labels. */
export const LABELS = {
  oblast: {
    font: FONT,
    /** Text size by zoom: [zoom, px, zoom, px], interpolated linearly and clamped. */
    sizeStops: [4, 9, 7, 13] as const,
    /** Wrap width in ems (MapLibre text-max-width). */
    maxWidthEm: 7,
    halo: 1.4,
    /**
     * Where a label may sit relative to its point, in order of preference (MapLibre
     * text-variable-anchor): centred, else moved off a place label it would cover, else dropped.
     */
    anchors: ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'] as const,
    /** Distance of a moved label's anchor from its point, in ems (corners: this along the diagonal). */
    radialOffsetEm: 1.5,
  },
  place: { font: FONT_BOLD, size: 12, offsetEm: 1.1, halo: 1.6 },
  /** The km² of a part not shown as occupied, centred on its label point in the outline's colour. */
  notOccupied: { font: FONT_BOLD, size: 11, halo: 1.6, padding: 2 },
  /** The troop marker sits this many px above its point. */
  troopsOffsetY: -14,
} as const;

/** Oblast label size at `zoom`, as the style's interpolate expression computes it. */
export function oblastLabelSize(zoom: number): number {
  const [z0, s0, z1, s1] = LABELS.oblast.sizeStops;
  const z = Math.min(z1, Math.max(z0, zoom));
  return s0 + ((z - z0) * (s1 - s0)) / (z1 - z0);
}
