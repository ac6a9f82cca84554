// `npm run observed:zone [-- <dir>] [--zone <file>]`
//
// Recomputes only the buffer-zone band figures (`zone`: the band's km² per oblast and per face the km²
// inside the band) of an already packed history (default data/observed/observed.json) from the faces it
// holds, for the band now in public/geo/buffer-zone.geojson. For when `npm run geo` changed the band
// but not the oblasts: it takes seconds where re-importing the 536 snapshots takes minutes, and every
// other field of the file stays byte for byte as it was. It stops (exit 1, file left as it was) if the
// oblasts differ from those the history was packed with; then re-import with `npm run observed`.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OblastCollection } from '../src/domain/geo';
import { withZone, type PackOptions } from '../src/domain/observed-pack';
import type { PackedObserved } from '../src/domain/observed-format';
import { OBSERVED_FILE, readJsonFile, replaceFile } from './observed';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

export interface RezoneOptions {
  /** Folder holding observed.json (data/observed by default). */
  dir?: string;
  zoneFile?: string;
  oblastsFile?: string;
}

export interface RezoneSummary {
  file: string;
  zone: string;
  /** Band km² per oblast (non-zero only), before and after. */
  before: Record<string, number>;
  after: Record<string, number>;
  seconds: number;
}

const bandByOblast = (p: PackedObserved) =>
  Object.fromEntries(p.oblasts.map((o, i) => [o.id, p.zone?.bandKm2[i] ?? 0] as const).filter(([, km2]) => km2 > 0));

export function rezoneObserved(opts: RezoneOptions = {}): RezoneSummary {
  const t0 = performance.now();
  const file = join(resolve(opts.dir ?? join(ROOT, 'data/observed')), OBSERVED_FILE);
  const zoneFile = opts.zoneFile ?? join(ROOT, 'public/geo/buffer-zone.geojson');
  const oblastsFile = opts.oblastsFile ?? join(ROOT, 'public/geo/oblasts.geojson');
  const packed = readJsonFile(file) as PackedObserved;
  const zone = (readJsonFile(zoneFile) as { features?: unknown[] })?.features?.[0] as PackOptions['zone'];
  if (!zone?.geometry) throw new Error(`${zoneFile}: no band feature`);
  const oblasts = readJsonFile(oblastsFile) as OblastCollection;
  let next: PackedObserved;
  try {
    next = withZone(packed, oblasts, zone);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
  }
  replaceFile(file, JSON.stringify(next));
  return { file, zone: next.zone!.id, before: bandByOblast(packed), after: bandByOblast(next), seconds: (performance.now() - t0) / 1000 };
}

function main(argv: string[]): void {
  let dir: string | undefined, zoneFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--zone') zoneFile = argv[++i];
    else if (a.startsWith('--') || dir) {
      console.error(`observed:zone: unexpected argument ${a}\nusage: npm run observed:zone -- [<dir>] [--zone <file>]`);
      process.exit(2);
    } else dir = a;
  }
  try {
    const s = rezoneObserved({ dir, zoneFile });
    const fmt = (r: Record<string, number>) => Object.entries(r).map(([id, km2]) => `${id} ${km2}`).join(', ') || 'none';
    console.log(`observed:zone: ${s.file}: band ${s.zone} km² per oblast\n  before: ${fmt(s.before)}\n  after:  ${fmt(s.after)}\n  ${s.seconds.toFixed(1)} s`);
  } catch (e) {
    console.error(`observed:zone: stopped, file left as it was.\n${(e as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
