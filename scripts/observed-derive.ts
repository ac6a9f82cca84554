// `npm run observed:derive [-- <dir>]`
//
// Recomputes <dir>/observed-derived.json (data/observed by default): not-occupied ground for the oblasts the
// claims in data/claims.json name in area-control and annexation claims, and the observed km² inside
// the buffer-zone band (public/geo/buffer-zone.geojson), from the faces packed in <dir>/observed.json.
// It never reads the snapshots, so a changed claim subject costs this, not a re-import. Written
// atomically; observed.json is not touched. `npm run build` stops while the file is stale.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OblastCollection } from '../src/domain/geo';
import type { PackedObserved } from '../src/domain/observed-format';
import { DERIVED_FILE, deriveFigures } from './pipeline/observed-derive.ts';
import { OBSERVED_FILE, replaceFile } from './observed.ts';
import { DEFAULT_OBSERVED_DIR, expectedDerivedInputs } from './observed-vite.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

export interface DeriveSummary {
  file: string;
  notOccupied: string[];
  seconds: number;
}

export function deriveDir(dir = DEFAULT_OBSERVED_DIR, root = ROOT): DeriveSummary {
  const t0 = performance.now();
  const file = join(resolve(dir), OBSERVED_FILE);
  let text: string;
  let packed: PackedObserved;
  try {
    text = readFileSync(file, 'utf8');
    packed = JSON.parse(text) as PackedObserved;
  } catch (e) {
    throw new Error(`${file}: cannot be read as JSON (${(e as Error).message})`, { cause: e });
  }
  const want = expectedDerivedInputs(text, root);
  const oblasts = JSON.parse(readFileSync(join(root, 'public/geo/oblasts.geojson'), 'utf8')) as OblastCollection;
  const zone = JSON.parse(readFileSync(join(root, 'public/geo/buffer-zone.geojson'), 'utf8')).features[0];
  let derived;
  try {
    derived = deriveFigures(packed, oblasts, want.inputs.notOccupied, zone, want);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
  }
  const out = join(resolve(dir), DERIVED_FILE);
  replaceFile(out, JSON.stringify(derived));
  return { file: out, notOccupied: want.inputs.notOccupied, seconds: (performance.now() - t0) / 1000 };
}

function main(argv: string[]): void {
  if (argv.length > 1 || argv[0]?.startsWith('--')) {
    console.error('usage: npm run observed:derive -- [<dir>]');
    process.exit(2);
  }
  try {
    const s = deriveDir(argv[0]);
    console.log(`observed:derive: ${s.file}: not-occupied ground for ${s.notOccupied.join(', ') || 'no oblast'}, band figures; ${s.seconds.toFixed(1)} s`);
  } catch (e) {
    console.error(`observed:derive: stopped, files left as they were.\n${(e as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
