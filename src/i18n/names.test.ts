import { describe, expect, it } from 'vitest';
import { ENDONYMS, languageName } from './names';
import { LANGS } from './format';

describe('ENDONYMS', () => {
  it('gives each page language its own name as Intl spells it, capitalised', () => {
    for (const l of LANGS) {
      const intl = languageName(l, l);
      expect(ENDONYMS[l]).toBe(intl.charAt(0).toUpperCase() + intl.slice(1));
    }
  });
});
