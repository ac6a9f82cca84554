// The claim kinds name their symbols by key (domain cannot import the symbol registry): every key
// must be a symbol the registry draws and the legend explains, in both languages.
import { describe, expect, it } from 'vitest';
import { KINDS } from '../domain/kinds/registry';
import { STRINGS } from '../i18n/strings';
import { SYMBOL_ORDER, symbols } from './registry';

const { SWATCHES } = symbols('light');
const DARK = symbols('dark').SWATCHES;

describe('claim kinds × symbol registry', () => {
  it('every symbol a kind names is drawn, in the legend order and explained in both languages', () => {
    for (const k of KINDS) for (const key of k.symbols) {
      expect(SYMBOL_ORDER, `${k.id}: ${key}`).toContain(key);
      expect(SWATCHES).toHaveProperty(key);
      expect(DARK).toHaveProperty(key);
      for (const lang of ['en', 'uk'] as const) expect(STRINGS[lang].legend, `${k.id}: ${key} (${lang})`).toHaveProperty(key);
    }
  });
  it('every legend symbol but the border belongs to some kind', () => {
    const named = new Set(KINDS.flatMap((k) => k.symbols));
    expect(SYMBOL_ORDER.filter((s) => s !== 'borderRu' && !named.has(s))).toEqual([]);
  });
  it('a claim and an assessment’s finding never share a symbol', () => {
    const { claimed, disputed, denied, assessedHeld, assessedContested, assessedNotHeld } = SWATCHES;
    const icon = (s: unknown) => (s as { icon: string }).icon;
    const claims = new Set([claimed, disputed, denied].map(icon));
    for (const f of [assessedHeld, assessedContested, assessedNotHeld]) expect(claims.has(icon(f))).toBe(false);
  });
});
