// What one animation frame says and where things sit, for every frame of a range at once. Each frame
// is the export figure (layout.ts, the same code as the PNG/SVG) for its date: title, subtitle, the
// map, a large date stamp on it, the legend of what is drawn on that date (the observed area too,
// when the build has it and a snapshot exists by then), the sources of that date and the data
// credits. The map keeps one size and place in every frame: the title carries no date (the stamp
// does), and the space below the map is sized for the frame that needs the most. Pure.
import { claimsAt } from '../../domain/join';
import type { Dataset } from '../../domain/schema';
import type { ObservedHistory } from '../../domain/observed-format';
import type { Lang } from '../../i18n/format';
import type { ResolvedTheme } from '../../symbols/palettes';
import { figureText, type FigureText } from '../content';
import { FIG, layoutFigure, type FigureLayout, type Measure } from '../layout';
import { ANIM_STRINGS } from './animation.i18n';
import { FIXED_SIZES, type AnimSize } from './frames';

/** Device pixels per CSS pixel of the fixed sizes: 1080 px frames are 720 CSS px figures. */
export const FIXED_SCALE = 1.5;
/** The large date stamp of a frame, in CSS pixels. */
export const FRAME_DATE_FONT = { size: 30, lineHeight: 38 } as const;
/** The smallest map a frame may have; a smaller one means the text does not fit the size. */
export const MIN_MAP = 120;

export type FrameText = FigureText & { dateFont: typeof FRAME_DATE_FONT };

/** The figure text of `date`, as the PNG export has it (figureText adds the observed group and its credit). */
export function frameText(dataset: Dataset, observed: ObservedHistory | null | undefined, date: string, lang: Lang, asOf: string | null = null): FrameText {
  const base = figureText(claimsAt(dataset, date), dataset.sources, lang, observed, asOf);
  return { ...base, title: ANIM_STRINGS[lang].frameTitle, dateFont: FRAME_DATE_FONT };
}

export interface FramePlan {
  /** Output size in device pixels (even, as video encoders require). */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  scale: number;
  /** CSS size of the map in every frame. */
  mapWidth: number;
  mapHeight: number;
}

const even = (n: number) => 2 * Math.ceil(n / 2);

/**
 * The frame size and map size for a set of frame texts. `shown` is the on-screen map's CSS size:
 * the "as shown" size keeps it (scale 1, width made even); fixed sizes fit the figure to exactly
 * their pixel size at FIXED_SCALE.
 */
export function planFrames(texts: readonly FrameText[], size: AnimSize, shown: { width: number; height: number }, measure: Measure, theme: ResolvedTheme): FramePlan {
  if (!texts.length) throw new Error('no frames to plan');
  const aroundMap = (mapWidth: number) => {
    const probe = 100;
    return Math.max(...texts.map((t) => layoutFigure({ ...t, theme, mapWidth, mapHeight: probe }, measure).height - probe));
  };
  if (size === 'shown') {
    let mapWidth = Math.max(MIN_MAP, Math.floor(shown.width));
    if ((mapWidth + 2 * FIG.pad) % 2) mapWidth -= 1;
    const mapHeight = Math.max(MIN_MAP, Math.floor(shown.height));
    return { width: mapWidth + 2 * FIG.pad, height: even(mapHeight + aroundMap(mapWidth)), scale: 1, mapWidth, mapHeight };
  }
  const px = FIXED_SIZES[size];
  const cssW = px.width / FIXED_SCALE;
  const cssH = px.height / FIXED_SCALE;
  const mapWidth = cssW - 2 * FIG.pad;
  const mapHeight = Math.floor(cssH - aroundMap(mapWidth));
  if (mapHeight < MIN_MAP) throw new Error(`the legend and credits leave no room for the map at ${px.width}×${px.height}`);
  return { width: px.width, height: px.height, scale: FIXED_SCALE, mapWidth, mapHeight };
}

/** The layout of one frame in `theme`: the figure layout, its page stretched to the plan's height. */
export function frameLayout(text: FrameText, plan: FramePlan, measure: Measure, theme: ResolvedTheme): FigureLayout {
  const layout = layoutFigure({ ...text, theme, mapWidth: plan.mapWidth, mapHeight: plan.mapHeight }, measure);
  const width = plan.width / plan.scale;
  const height = plan.height / plan.scale;
  if (layout.width > width + 1e-6 || layout.height > height + 1e-6) throw new Error(`frame for ${text.date} is ${layout.width}×${layout.height}, more than the planned ${width}×${height}`);
  return { ...layout, width, height };
}
