// The sources this build knows, by id. Adding a source: a folder with its manifest
// (src/evidence/<id>/manifest.ts) and one line here; the strings take its name and licence from it.
import { deepstate } from './deepstate/manifest';
import type { SourceManifest } from './types';

export const SOURCES: readonly SourceManifest[] = [deepstate];

/** The default observed source: the one the committed packed history is made from. */
export const DEFAULT_OBSERVED_SOURCE = deepstate.id;

export function sourceById(id: string, from: readonly SourceManifest[] = SOURCES): SourceManifest {
  const s = from.find((m) => m.id === id);
  if (!s) throw new Error(`unknown source "${id}" (known: ${from.map((m) => m.id).join(', ')})`);
  return s;
}

/** The source of the observed record this build ships. */
export function observedSource(): SourceManifest {
  return sourceById(DEFAULT_OBSERVED_SOURCE);
}
