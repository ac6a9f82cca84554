// Every string table has one shape (Record<Lang, table>), and both languages have the same keys and,
// for each key, the same {slots}: a slot missing in one language would print "{slot}" to readers.
import { describe, expect, it } from 'vitest';
import { GAINS_STRINGS } from '../components/gains.i18n';
import { OBSERVED_STRINGS } from './observed';
import { RECORD_STRINGS } from './record';
import { REPORT_AGE_STRINGS } from '../components/report-age.i18n';
import { TIMELINE_STRINGS } from '../components/timeline.i18n';
import { EMBED_STRINGS } from '../embed/embed.i18n';
import { ANIM_STRINGS } from '../export/animation/animation.i18n';
import { EXPORT_STRINGS } from '../export/export.i18n';
import { COMPARE_STRINGS } from './compare';
import { LANGS, type Lang } from './format';
import { localName, languageName } from './names';
import { plural, pluralForm } from './plural';
import { STRINGS } from './strings';
import { fillParts, fillTemplate, slotsOf } from './template';
import { MAP_STRINGS } from '../map/map.i18n';
import { LEDGER_STRINGS, areasInLabel, areasLabel, daysLabel } from '../components/ledger.i18n';
import { DESCRIPTION_STRINGS } from './description.i18n';
import { PLACE_SEARCH_STRINGS } from '../components/place-search.i18n';

export const TABLES: Record<string, Record<Lang, unknown>> = {
  STRINGS, GAINS_STRINGS, OBSERVED_STRINGS, REPORT_AGE_STRINGS, TIMELINE_STRINGS, EMBED_STRINGS, EXPORT_STRINGS, ANIM_STRINGS, MAP_STRINGS, COMPARE_STRINGS, LEDGER_STRINGS, RECORD_STRINGS, DESCRIPTION_STRINGS, PLACE_SEARCH_STRINGS,
};
const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** key path → slots; a plural-forms object counts as one key (its forms may differ by language). */
export function shape(v: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof v === 'string') out.set(path, slotsOf(v).sort().join(','));
  else if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length && keys.every((k) => PLURAL.has(k)) && 'other' in v) {
      const forms = new Set(Object.values(v as Record<string, string>).map((s) => slotsOf(s).sort().join(',')));
      out.set(`${path}{plural}`, [...forms].join(' | '));
    } else for (const k of keys) shape((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  } else out.set(path, `<${typeof v}>`);
  return out;
}

describe('string tables', () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: one table per language, same keys and same {slots} in each`, () => {
      expect(Object.keys(table).sort()).toEqual([...LANGS].sort());
      const en = shape(table.en);
      const uk = shape(table.uk);
      expect([...uk.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [k, slots] of en) expect({ key: k, slots: uk.get(k) }).toEqual({ key: k, slots });
      // Every plural form of a counted word uses the same slots.
      const mixed = [...en, ...uk].filter(([k, s]) => k.endsWith('{plural}') && s.includes(' | '));
      expect(mixed).toEqual([]);
    });
  }

  it('no empty or missing strings', () => {
    const bad: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string') {
        if (!v.trim() && !path.endsWith('.none')) bad.push(path);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      else bad.push(path);
    };
    for (const [name, table] of Object.entries(TABLES)) for (const lang of LANGS) walk(table[lang], `${name}.${lang}`);
    expect(bad).toEqual([]);
  });

  it('the shape check notices a missing slot and a missing key', () => {
    expect(shape({ a: 'At {month}' }).get('a')).toBe('month');
    expect(shape({ a: 'At' }).get('a')).toBe('');
    expect([...shape({ a: { b: 'x' } }).keys()]).toEqual(['a.b']);
  });
});

describe('template, plurals, names', () => {
  it('fills slots as values (no HTML parsing), keeps unknown slots, drops a doubled full stop', () => {
    expect(fillTemplate('{a} and {b}', { a: '<b>', b: 'x' })).toBe('<b> and x');
    expect(fillTemplate('{a} {missing}', { a: '1' })).toBe('1 {missing}');
    expect(fillTemplate('in {month}.', { month: 'червень 2025 р.' })).toBe('in червень 2025 р.');
    expect(fillParts('{n} km', { n: 5 })).toEqual([5, ' km']);
  });

  it('plural forms follow each language', () => {
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(2, 'uk')).toBe('few');
    expect(pluralForm(5, 'uk')).toBe('many');
    expect(plural({ one: 'рік', few: 'роки', many: 'років', other: 'року' }, 69, 'uk')).toBe('років');
    expect(plural({ other: 'years' }, 1, 'en')).toBe('years');
  });

  it('localName picks the name for the language; languageName names a language in the reader\'s', () => {
    const p = { name_en: 'Dachne', name_uk: 'Дачне' };
    expect(localName(p, 'en')).toBe('Dachne');
    expect(localName(p, 'uk')).toBe('Дачне');
    expect(languageName('uk', 'en')).toBe('Ukrainian');
    expect(languageName('en', 'en')).toBe('English');
  });
});

describe('counted words of the ledger (plural rules, not hand-written endings)', () => {
  it('areas (nominative and, after "in", locative) and days take the Ukrainian forms for 0 … 125', () => {
    for (let n = 0; n <= 125; n++) {
      const m10 = n % 10;
      const m100 = n % 100;
      const one = m10 === 1 && m100 !== 11;
      const few = m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14);
      expect(areasLabel(n, 'en')).toBe(`${n} ${n === 1 ? 'area' : 'areas'}`);
      expect(areasInLabel(n, 'en')).toBe(`${n} ${n === 1 ? 'area' : 'areas'}`);
      expect(daysLabel(n, 'en')).toBe(`${n} ${n === 1 ? 'day' : 'days'}`);
      // "Луганська область: 2 ділянки" (nominative), "у 2 ділянках" (locative)
      expect(areasLabel(n, 'uk')).toBe(`${n} ${one ? 'ділянка' : few ? 'ділянки' : 'ділянок'}`);
      expect(areasInLabel(n, 'uk')).toBe(`${n} ${one ? 'ділянці' : 'ділянках'}`);
      expect(daysLabel(n, 'uk')).toBe(`${n} ${m10 === 1 && m100 !== 11 ? 'день' : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? 'дні' : 'днів'}`);
    }
  });
});
