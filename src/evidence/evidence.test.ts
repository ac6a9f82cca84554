// The source seam: sources are manifests, reader strings take a source's name and licence from its
// manifest, and no page code outside a source's own folder names it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../i18n/strings';
import { OBSERVED_STRINGS } from '../i18n/observed';
import { MAP_STRINGS } from '../map/map.i18n';
import { LEDGER_STRINGS } from '../components/ledger.i18n';
import { LANGS } from '../i18n/format';
import { fixtureWatch } from './fixture-watch/manifest';
import { observedSource, sourceById, SOURCES } from './registry';
import { sourced, sourcedText } from './strings';

const SRC = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|css)$/.test(n) ? [p] : [];
  });
}

describe('sources (src/evidence/)', () => {
  it('every registered source has a unique id, a licence and both languages', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    for (const s of [...SOURCES, fixtureWatch]) {
      expect(s.license.id).toMatch(/\S/);
      for (const lang of LANGS) {
        expect(s.meaning[lang]).toMatch(/\S/);
        expect(s.assessor[lang]).toMatch(/\S/);
        expect(s.snapshot.note[lang]).toMatch(/\S/);
      }
      expect(() => new Intl.DateTimeFormat('en', { timeZone: s.snapshot.timeZone })).not.toThrow();
      expect(s.snapshot.timeOfDay).toMatch(/^\d\d:\d\d$/);
    }
    expect(observedSource().role).toBe('observed');
    expect(() => sourceById('nope')).toThrow(/unknown source "nope"/);
  });

  it('a source name or licence appears under src/ only in its own folder and in tests', () => {
    const offenders: string[] = [];
    for (const s of SOURCES) {
      const words = [s.name, s.license.id];
      for (const f of files(SRC)) {
        const rel = relative(SRC, f).split('\\').join('/');
        if (rel.startsWith(`evidence/${s.id}/`) || /\.test\.tsx?$/.test(rel)) continue;
        const text = readFileSync(f, 'utf8');
        for (const w of words) if (text.includes(w)) offenders.push(`${rel}: ${w}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('string tables take the name and licence from the manifest', () => {
    for (const lang of LANGS) {
      const ds = sourced(STRINGS[lang].legend, observedSource(), lang);
      const fw = sourced(STRINGS[lang].legend, fixtureWatch, lang);
      expect(ds.observedCredit).toContain(observedSource().license.id);
      expect(fw.observedCredit).toContain('CC0-1.0');
      expect(fw.observedCredit).toContain('FixtureWatch Lab');
      expect(fw.groupObserved).toContain('FixtureWatch');
      expect(fw.groupObserved).toContain('{date}');
      expect(sourced(MAP_STRINGS[lang], fixtureWatch, lang).attributionObserved).toContain('FixtureWatch');
      expect(JSON.stringify(sourced(LEDGER_STRINGS[lang], fixtureWatch, lang))).not.toMatch(/\{(source|licence|publisher|assessor)\}/);
      expect(JSON.stringify(sourced(OBSERVED_STRINGS[lang], fixtureWatch, lang))).not.toMatch(/\{(source|licence|publisher|assessor)\}/);
    }
    // cached per table, source and language
    expect(sourced(STRINGS.en.legend, fixtureWatch, 'en')).toBe(sourced(STRINGS.en.legend, fixtureWatch, 'en'));
    expect(sourcedText('{source} ({licence}), {date}', fixtureWatch, 'uk')).toBe('FixtureWatch (CC0-1.0), {date}');
  });
});
