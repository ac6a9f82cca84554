// Vite plugin: ships the observed record. By default the committed one in data/observed/
// (GPL-3.0, see its README.md); OBSERVED_DIR=<dir> (a folder written by `npm run observed`) replaces
// it, and OBSERVED_DIR=none builds without a record (the bench compares first idle with and without).
// It serves (dev) or emits (build) data/observed.json and tells the page where it is through the
// __OBSERVED_URL__ constant ('' when nothing is shipped, in which case the legend says so).
// The packed faces (observed.json) and the figures derived from them and the claims
// (observed-derived.json) are two files in the folder; the page gets them joined as one, so it makes
// one request and decodes one shape. The build stops when the derived file does not belong to the
// faces, claims, oblasts and band it ships with (rerun `npm run observed:derive`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { decodeObserved, mergeDerived, type PackedDerived, type PackedObserved } from '../src/domain/observed-format.ts';
import { ClaimsFileSchema } from '../src/domain/schema.ts';
import { DERIVED_FILE, derivedInputs, staleReason, type ZoneFeature } from './pipeline/observed-derive.ts';
import { notOccupiedSubjects } from './pipeline/observed-pack.ts';
import { serveJson } from './vite-json.ts';

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

export const OBSERVED_URL = 'data/observed.json';

/** The packed history committed with the app (DeepState snapshots 2024-07-08 to 2026-05-31). */
export const DEFAULT_OBSERVED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'observed');
/** OBSERVED_DIR value that builds without any record. */
export const NO_OBSERVED = 'none';

export function observedPlugin(dir = process.env.OBSERVED_DIR || DEFAULT_OBSERVED_DIR): Plugin {
  const file = dir === NO_OBSERVED ? null : join(resolve(dir), 'observed.json');
  const load = (): string => {
    let text: string;
    try {
      text = readFileSync(file!, 'utf8');
      decodeObserved(JSON.parse(text));
    } catch (e) {
      throw new Error(`OBSERVED_DIR: ${file} is not a packed observed history (${(e as Error).message}); write one with npm run observed -- <snapshots> --out <dir>`, { cause: e });
    }
    return loadObservedDir(dirname(file!));
  };
  return {
    name: 'territorial-observed',
    // the last snapshot day is known before the file is fetched, so the timeline's range does not jump
    // and so is its first, where the timeline's detailed part begins
    config: () => {
      const dates = file ? (JSON.parse(load()) as { dates: string[] }).dates : [];
      return {
        define: {
          __OBSERVED_URL__: JSON.stringify(file ? OBSERVED_URL : ''),
          __OBSERVED_FIRST__: JSON.stringify(dates[0] ?? ''),
          __OBSERVED_LAST__: JSON.stringify(dates.at(-1) ?? ''),
        },
      };
    },
    buildStart() {
      if (file) load();
    },
    configureServer(server) {
      if (!file) return;
      serveJson(server, '/' + OBSERVED_URL, load);
    },
    generateBundle() {
      if (file) this.emitFile({ type: 'asset', fileName: OBSERVED_URL, source: load() });
    },
  };
}
