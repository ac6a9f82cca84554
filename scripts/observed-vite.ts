// Vite plugin: ships the packed observed history when the build is run with OBSERVED_DIR=<dir>
// (a folder written by `npm run observed`). It serves (dev) or emits (build) data/observed.json and
// tells the page where it is through the __OBSERVED_URL__ constant ('' when nothing is shipped, in
// which case the legend says how to add it). OBSERVED_DIR=none (or empty) builds without it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { decodeObserved } from '../src/domain/observed.ts';
import { serveJson } from './vite-json.ts';

export const OBSERVED_URL = 'data/observed.json';

export function observedPlugin(dir = process.env.OBSERVED_DIR): Plugin {
  const file = dir && dir !== 'none' ? join(resolve(dir), 'observed.json') : null;
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
    config: () => ({ define: { __OBSERVED_URL__: JSON.stringify(file ? OBSERVED_URL : '') } }),
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
