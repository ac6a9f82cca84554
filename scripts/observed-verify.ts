// `npm run observed:verify -- <snapshot-dir> [--out data/observed] [--source deepstate]`
//
// Re-hashes the snapshot files in a folder against the per-day provenance packed in
// <out>/observed.json (file name, byte size, SHA-256) and lists every day whose file differs, naming
// the file. Exit 1 if any differs. Days absent from the folder are not an error (a shallow or partial
// clone), and neither are files for days that were never packed (listed as not packed).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackedObserved } from '../src/domain/observed-format';
import { manifestLines, sha256 } from './pipeline/observed-derive.ts';
import { DEFAULT_SOURCE, snapshotSource } from './pipeline/sources.ts';
import { OBSERVED_FILE, readJsonFile } from './observed.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

export interface VerifyResult {
  /** Days whose file matches what was packed. */
  same: number;
  /** Files that differ from what was packed for their day, with why. */
  differs: Array<{ date: string; file: string; why: string }>;
  /** Packed days with no file in the folder. */
  absent: number;
  /** Files for days not in the pack. */
  notPacked: string[];
  /** The manifest hash recomputed from the packed days, and whether it matches the one recorded. */
  manifestOk: boolean;
}

export function verifyObserved(input: string, out = join(ROOT, 'data/observed'), sourceId = DEFAULT_SOURCE): VerifyResult {
  const file = join(resolve(out), OBSERVED_FILE);
  const packed = readJsonFile(file) as PackedObserved;
  if (!packed.snapshots || !packed.provenance) throw new Error(`${file}: has no per-day provenance to verify against; re-import it with npm run observed`);
  const source = snapshotSource(sourceId);
  const byDate = new Map(packed.dates.map((d, i) => [d, packed.snapshots![i]!] as const));
  let names: string[];
  try {
    names = readdirSync(resolve(input)).filter((f) => source.dateOf(f) !== null).sort();
  } catch (e) {
    throw new Error(`${resolve(input)}: cannot read the folder (${(e as Error).message})`, { cause: e });
  }
  const res: VerifyResult = { same: 0, differs: [], absent: 0, notPacked: [], manifestOk: sha256(manifestLines(packed.dates, packed.snapshots)) === packed.provenance.manifest };
  const present = new Set<string>();
  for (const name of names) {
    const date = source.dateOf(name)!;
    const want = byDate.get(date);
    if (!want) {
      res.notPacked.push(name);
      continue;
    }
    present.add(date);
    const bytes = readFileSync(join(resolve(input), name));
    const hash = sha256(bytes);
    if (name !== want.file) res.differs.push({ date, file: name, why: `packed from ${want.file}` });
    else if (hash !== want.sha256) res.differs.push({ date, file: name, why: `SHA-256 ${hash.slice(0, 12)}… (${bytes.length} bytes), packed ${want.sha256.slice(0, 12)}… (${want.bytes} bytes)` });
    else res.same++;
  }
  res.absent = packed.dates.length - present.size;
  return res;
}

function main(argv: string[]): void {
  let input: string | undefined, out: string | undefined, source: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') out = argv[++i];
    else if (a === '--source') source = argv[++i];
    else if (a.startsWith('--') || input) {
      console.error(`observed:verify: unexpected argument ${a}\nusage: npm run observed:verify -- <snapshot-dir> [--out data/observed]`);
      process.exit(2);
    } else input = a;
  }
  if (!input) {
    console.error('observed:verify: no snapshot folder\nusage: npm run observed:verify -- <snapshot-dir> [--out data/observed]');
    process.exit(2);
  }
  try {
    const r = verifyObserved(input, out, source);
    for (const d of r.differs) console.log(`DIFFERS ${d.date} ${d.file}: ${d.why}`);
    if (!r.manifestOk) console.log('DIFFERS manifest: the recorded manifest hash does not match the packed day list');
    console.log(`observed:verify: ${r.same} day(s) match, ${r.differs.length} differ, ${r.absent} packed day(s) not in the folder, ${r.notPacked.length} file(s) not packed`);
    process.exit(r.differs.length || !r.manifestOk ? 1 : 0);
  } catch (e) {
    console.error(`observed:verify: ${(e as Error).message}`);
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
