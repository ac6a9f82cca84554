// Plural rules: which form of a counted word ("1 year", "2 роки", "5 років") a number takes in the
// reader's language, as Intl.PluralRules says for the number as displayed.
import { LOCALE, type Lang } from './format';

export type PluralForm = Intl.LDMLPluralRule;

/** A counted word's forms; `other` is required, the rest are used when the language has them. */
export type PluralForms = Partial<Record<PluralForm, string>> & { other: string };

const plurals = new Map<string, Intl.PluralRules>();
/** Plural category of `n` as it is displayed with `digits` decimals ("1.0 years", "69 років", "69,5 року"). */
export function pluralForm(n: number, lang: Lang, digits = 0): PluralForm {
  const key = lang + digits;
  let p = plurals.get(key);
  if (!p) plurals.set(key, (p = new Intl.PluralRules(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return p.select(n);
}

/** The word form for `n`: `forms[pluralForm(n)]`, falling back to `forms.other`. */
export function plural(forms: PluralForms, n: number, lang: Lang, digits = 0): string {
  return forms[pluralForm(n, lang, digits)] ?? forms.other;
}
