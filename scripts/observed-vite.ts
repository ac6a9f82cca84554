// Vite plugin: ships the packed observed history. By default the committed one in data/observed/
// (GPL-3.0, see its README.md); OBSERVED_DIR=<dir> (a folder written by `npm run observed`) replaces
// it, and OBSERVED_DIR=none builds without evidence (the bench compares first idle with and without).
// It serves (dev) or emits (build) data/observed.json and tells the page where it is through the
// __OBSERVED_URL__ constant ('' when nothing is shipped, in which case the legend says so).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { decodeObserved } from '../src/domain/observed.ts';
import { serveJson } from './vite-json.ts';

export const OBSERVED_URL = 'data/observed.json';

/** The packed history committed with the app (DeepState snapshots 2024-07-08 to 2025-12-31). */
export const DEFAULT_OBSERVED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'observed');
/** OBSERVED_DIR value that builds without any evidence. */
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
    return text;
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
