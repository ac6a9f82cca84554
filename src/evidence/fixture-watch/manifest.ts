// A made-up observed source used only by tests: it proves that a second source needs no change to the
// views, string tables or ledger, only its own folder. It is in the registry so that a test build can
// ship it (OBSERVED_DIRS); the default build ships only the committed record.
import type { SourceManifest } from '../types';

export const fixtureWatch: SourceManifest = {
  id: 'fixture-watch',
  role: 'observed',
  name: 'FixtureWatch',
  publisher: { name: 'FixtureWatch Lab', url: 'https://example.org/fixture-watch' },
  license: { id: 'CC0-1.0', textFile: 'src/evidence/fixture-watch/manifest.ts', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  attributionUrl: 'https://example.org/fixture-watch',
  meaning: { en: 'areas FixtureWatch draws as occupied (hand-drawn test polygons)', uk: 'території, які FixtureWatch малює як окуповані (тестові полігони)' },
  assessor: { en: 'FixtureWatch, a made-up test source', uk: 'FixtureWatch, вигадане тестове джерело' },
  snapshot: { timeOfDay: '12:00', timeZone: 'Europe/Kyiv', note: { en: 'a snapshot is drawn at noon Kyiv time', uk: 'знімок малюється опівдні за київським часом' } },
};
