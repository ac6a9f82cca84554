// Data text (claimant, speaker, note, place) in the reader's language: the Ukrainian page shows the
// Ukrainian field where the data gives one, and marks the text's own language either way.
import type { Lang } from './format';

export interface DataText {
  text: string;
  /** The language the text is written in, for the element's `lang` attribute. */
  lang: Lang;
}

export function dataText(en: string, uk: string | undefined, lang: Lang): DataText {
  return lang === 'uk' && uk !== undefined ? { text: uk, lang: 'uk' } : { text: en, lang: 'en' };
}
