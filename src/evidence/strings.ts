// String tables name a source through slots ({source}, {licence}, {publisher}, {assessor}); this
// fills them from a manifest, leaving every other slot ({date}, {km2} …) for the view to fill.
import type { Lang } from '../i18n/format';
import type { SourceManifest } from './types';

export const SOURCE_SLOTS = ['source', 'licence', 'publisher', 'assessor'] as const;

function sourceValues(m: SourceManifest, lang: Lang): Record<(typeof SOURCE_SLOTS)[number], string> {
  return { source: m.name, licence: m.license.id, publisher: m.publisher.name, assessor: m.assessor[lang] };
}

const SLOT = new RegExp(`\\{(${SOURCE_SLOTS.join('|')})\\}`, 'g');

function fill<T>(v: T, values: Record<string, string>): T {
  if (typeof v === 'string') return v.replace(SLOT, (_, k: string) => values[k]!) as T;
  if (Array.isArray(v)) return v.map((x) => fill(x, values)) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x, values)])) as T;
  return v;
}

const cache = new WeakMap<object, Map<string, unknown>>();

/** `table` with the source slots filled for `m` (cached per table, source and language). */
export function sourced<T extends object>(table: T, m: SourceManifest, lang: Lang): T {
  let per = cache.get(table);
  if (!per) cache.set(table, (per = new Map()));
  const key = `${m.id}\u0000${lang}`;
  let out = per.get(key) as T | undefined;
  if (!out) per.set(key, (out = fill(table, sourceValues(m, lang))));
  return out;
}

/** One string with the source slots filled. */
export function sourcedText(template: string, m: SourceManifest, lang: Lang): string {
  return fill(template, sourceValues(m, lang));
}
