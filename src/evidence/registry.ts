// The evidence sources a build may ship, by id. Adding a source: a folder with its manifest
// (src/evidence/<id>/manifest.ts) and one line here; the strings take its name and licence from it.
// Which sources a build ships, and in which order, is the build's choice (OBSERVED_DIRS, see
// scripts/observed-vite.ts): the page only ever shows the sources whose records it was given.
import { deepstate } from './deepstate/manifest';
import { fixtureWatch } from './fixture-watch/manifest';
import { SHIPPED_RECORDS } from './shipped';
import type { SourceManifest } from './types';

// fixture-watch is made up (tests only); listed so that a test build can ship it beside the default.
export const SOURCES: readonly SourceManifest[] = [deepstate, fixtureWatch];

/** The default observed source: the one the committed packed history is made from. */
export const DEFAULT_OBSERVED_SOURCE = deepstate.id;

export function sourceById(id: string, from: readonly SourceManifest[] = SOURCES): SourceManifest {
  const s = from.find((m) => m.id === id);
  if (!s) throw new Error(`unknown source "${id}" (known: ${from.map((m) => m.id).join(', ')})`);
  return s;
}

/**
 * The source of the primary observed record: the first the build ships, else the default (whose
 * name the "not included" notes use).
 */
export function observedSource(): SourceManifest {
  return sourceById(SHIPPED_RECORDS[0]?.source ?? DEFAULT_OBSERVED_SOURCE);
}
