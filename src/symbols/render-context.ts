// What every drawing of the map, legend or a figure must be told, never assume: the reader's
// language and the resolved theme. Required wherever a view draws, so a new caller cannot silently
// get light English output (the animation once drew light frames on a dark page that way).
import type { Lang } from '../i18n/format';
import type { ResolvedTheme } from './palettes';

export interface RenderContext {
  readonly lang: Lang;
  readonly theme: ResolvedTheme;
}
