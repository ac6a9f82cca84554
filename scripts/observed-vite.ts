// Vite plugin: ships the packed observed records, one per evidence source. By default the committed
// one in data/observed/ (DeepState's, GPL-3.0, see its README.md). OBSERVED_DIR=<dir> (a folder written
// by `npm run observed`) replaces it, and OBSERVED_DIR=none builds without evidence (the bench compares
// first idle with and without). OBSERVED_DIRS=<source>:<dir>,<source>:<dir> ships several sources, in
// that order (the first is the primary record: the gains chart, compare mode and the ground not shown
// as occupied read it; legends, ledgers, the status table and the exports take every source).
// It serves (dev) or emits (build) each record (data/observed.json for the first, data/observed-<source>.json
// for the others) and tells the page where they are through the __OBSERVED_RECORDS__ constant (an
// empty list when nothing is shipped, in which case the legend says so).
// The packed faces (observed.json) and the figures derived from them and the claims
// (observed-derived.json) are two files in each folder; the page gets them joined as one, so it makes
// one request per source and decodes one shape. The build stops when a derived file does not belong to
// the faces, claims, oblasts and band it ships with (rerun `npm run observed:derive -- <dir>`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { decodeObserved, mergeDerived, type PackedDerived, type PackedObserved } from '../src/domain/observed-format.ts';
import { ClaimsFileSchema } from '../src/domain/schema.ts';
import { DERIVED_FILE, derivedInputs, staleReason, type ZoneFeature } from './pipeline/observed-derive.ts';
import { notOccupiedSubjects } from './pipeline/observed-pack.ts';
import { serveJson } from './vite-json.ts';
import { DEFAULT_OBSERVED_SOURCE, sourceById } from '../src/evidence/registry.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What observed-derived.json must have been computed from for the claims, oblasts and band in this checkout. */
export function expectedDerivedInputs(observedText: string, root = ROOT) {
  const claims = ClaimsFileSchema.parse(JSON.parse(readFileSync(join(root, 'data/claims.json'), 'utf8'))).claims;
  const oblastsText = readFileSync(join(root, 'public/geo/oblasts.geojson'), 'utf8');
  const zone = (JSON.parse(readFileSync(join(root, 'public/geo/buffer-zone.geojson'), 'utf8')) as { features: ZoneFeature[] }).features[0];
  return derivedInputs(observedText, notOccupiedSubjects(claims), oblastsText, zone);
}

/**
 * observed.json of `dir` joined with its observed-derived.json, checked to be current. Older files
 * (not-occupied ground inside, formats 1 and 2) come as they are.
 */
export function loadObservedDir(dir: string): string {
  const file = join(resolve(dir), 'observed.json');
  const text = readFileSync(file, 'utf8');
  const packed = JSON.parse(text) as PackedObserved;
  if (packed.format !== 'observed-history/3') return text;
  const dfile = join(resolve(dir), DERIVED_FILE);
  const derived = existsSync(dfile) ? (JSON.parse(readFileSync(dfile, 'utf8')) as PackedDerived) : null;
  const why = staleReason(derived, expectedDerivedInputs(text));
  if (why) throw new Error(`${dfile} is stale: ${why}. Run: npm run observed:derive${dir === DEFAULT_OBSERVED_DIR ? '' : ` -- ${dir}`}`);
  return JSON.stringify(mergeDerived(packed, derived));
}

/** Where the first (primary) record is served; further sources get data/observed-<source>.json. */
export const OBSERVED_URL = 'data/observed.json';

/** The packed history committed with the app (DeepState snapshots 2024-07-08 to 2026-05-31). */
export const DEFAULT_OBSERVED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'observed');
/** OBSERVED_DIR value that builds without any record. */
export const NO_OBSERVED = 'none';

/** One packed record the build ships: its evidence source, its folder and the URL the page fetches. */
export interface ObservedDirEntry {
  source: string;
  dir: string;
  url: string;
}

const urlFor = (source: string, i: number) => (i === 0 ? OBSERVED_URL : `data/observed-${source}.json`);

/**
 * The records a build ships, in order: OBSERVED_DIRS ("<source>:<dir>,…") when set, else
 * OBSERVED_DIR (one folder of the default source; "none" for none), else the committed record.
 * Source ids must be in src/evidence/registry.ts; each may come once.
 */
export function observedDirs(env: { OBSERVED_DIRS?: string; OBSERVED_DIR?: string } = process.env): ObservedDirEntry[] {
  const list = env.OBSERVED_DIRS?.trim();
  if (!list) {
    const dir = env.OBSERVED_DIR || DEFAULT_OBSERVED_DIR;
    return dir === NO_OBSERVED ? [] : [{ source: DEFAULT_OBSERVED_SOURCE, dir, url: OBSERVED_URL }];
  }
  if (list === NO_OBSERVED) return [];
  const out: ObservedDirEntry[] = [];
  for (const item of list.split(',').map((x) => x.trim()).filter(Boolean)) {
    const at = item.indexOf(':');
    if (at <= 0 || at === item.length - 1) throw new Error(`OBSERVED_DIRS: "${item}" is not <source>:<dir> (e.g. ${DEFAULT_OBSERVED_SOURCE}:data/observed)`);
    const source = item.slice(0, at);
    const dir = item.slice(at + 1);
    try {
      sourceById(source);
    } catch (e) {
      throw new Error(`OBSERVED_DIRS: ${(e as Error).message}`, { cause: e });
    }
    if (out.some((o) => o.source === source)) throw new Error(`OBSERVED_DIRS: source "${source}" is given twice`);
    out.push({ source, dir, url: urlFor(source, out.length) });
  }
  return out;
}

/** What the page is told about one shipped record (the __OBSERVED_RECORDS__ constant). */
export interface ObservedRecordRef {
  source: string;
  url: string;
  first: string;
  last: string;
}

/** One shipped record, read and checked: the text the page fetches (faces and derived figures joined). */
export function loadObservedEntry(e: ObservedDirEntry): string {
  const file = join(resolve(e.dir), 'observed.json');
  try {
    decodeObserved(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    throw new Error(`OBSERVED_DIR${e.url === OBSERVED_URL ? '' : 'S'}: ${file} is not a packed observed history (${(err as Error).message}); write one with npm run observed -- [--source ${e.source}] <snapshots> --out <dir>`, { cause: err });
  }
  return loadObservedDir(e.dir);
}

/**
 * The records' references for the page, from the shipped texts: the last snapshot day is known before
 * a file is fetched, so the timeline's range does not jump, and so is the first.
 */
export function recordRefs(entries: readonly ObservedDirEntry[], load: (e: ObservedDirEntry) => string = loadObservedEntry): ObservedRecordRef[] {
  return entries.map((e) => {
    const dates = (JSON.parse(load(e)) as { dates: string[] }).dates;
    return { source: e.source, url: e.url, first: dates[0] ?? '', last: dates.at(-1) ?? '' };
  });
}

/** `dir` (one folder of the default source, or "none") wins over the environment; tests pass it. */
export function observedPlugin(dir?: string): Plugin {
  const entries = dir !== undefined ? observedDirs({ OBSERVED_DIR: dir }) : observedDirs();
  // each record is read once per build (config, buildStart and generateBundle share it); the dev server rereads
  const cache = new Map<string, string>();
  const cached = (e: ObservedDirEntry) => {
    let t = cache.get(e.url);
    if (t === undefined) cache.set(e.url, (t = loadObservedEntry(e)));
    return t;
  };
  return {
    name: 'territorial-observed',
    config: () => {
      const refs = recordRefs(entries, cached);
      // the timeline runs to the latest day of any record; it starts its detailed part at the earliest
      const firsts = refs.map((r) => r.first).filter(Boolean).sort();
      const lasts = refs.map((r) => r.last).filter(Boolean).sort();
      return {
        define: {
          __OBSERVED_RECORDS__: JSON.stringify(refs),
          __OBSERVED_FIRST__: JSON.stringify(firsts[0] ?? ''),
          __OBSERVED_LAST__: JSON.stringify(lasts.at(-1) ?? ''),
        },
      };
    },
    buildStart() {
      for (const e of entries) cached(e);
    },
    configureServer(server) {
      for (const e of entries) serveJson(server, '/' + e.url, () => loadObservedEntry(e));
    },
    generateBundle() {
      for (const e of entries) this.emitFile({ type: 'asset', fileName: e.url, source: cached(e) });
    },
  };
}
