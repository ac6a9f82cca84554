// Names in the reader's language: language names through Intl, and the one way to pick a place's
// or an oblast's name (`name_en` / `name_uk`) for a language.
import { LOCALE, type Lang } from './format';

/** Anything that carries its name in both languages: oblasts, places, observed areas. */
export interface Named {
  name_en: string;
  name_uk: string;
}

/** The name of `place` in `lang`. */
export function localName(place: Named, lang: Lang): string {
  return lang === 'uk' ? place.name_uk : place.name_en;
}

/**
 * Each page language's name in itself, capitalised, for the language switch. Written out rather
 * than asked of Intl: the boot script draws the switch before the page loads, and building the two
 * Intl.DisplayNames took 10–15 ms of that first frame here (names.test.ts checks they agree).
 */
export const ENDONYMS: Readonly<Record<Lang, string>> = { uk: 'Українська', en: 'English' };

const languageNames = new Map<Lang, Intl.DisplayNames>();
/** "en" → "English" / "англійська"; the code itself if Intl does not know it. */
export function languageName(code: string, lang: Lang): string {
  let d = languageNames.get(lang);
  if (!d) languageNames.set(lang, (d = new Intl.DisplayNames([LOCALE[lang]], { type: 'language' })));
  try {
    return d.of(code) ?? code;
  } catch {
    return code;
  }
}
