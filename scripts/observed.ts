// `npm run observed -- [--source deepstate] <input-dir> --out <dir> [--commit <sha>] [--csv <file>] [--gains <file>] [--ledger <file>]`
//
// Imports every snapshot of the source (--source, deepstate by default: deepstatemap_data_YYYYMMDD.geojson,
// DeepState snapshots of the occupied area, GPL-3.0) in <input-dir> and writes <dir>/observed.json, the
// packed history with each day's file name, size and SHA-256 and the mirror (and --commit), plus
// <dir>/observed-derived.json (not-occupied ground and band, scripts/observed-derive.ts). The app ships them
// when built with OBSERVED_DIR=<dir> (the committed ones are in data/observed/). With --csv, also one row per date and
// oblast: date,id,occupied_km2,share. With --gains, one row per month: month,first_date,last_date,
// days,gain_km2 (src/domain/observed.ts monthlyGains: last snapshot of the previous month to the last
// of this one). With --ledger, the claim ledger (src/domain/ledger.ts) of the claims in
// data/claims.json against the history, one row per claim and subject. Not-occupied ground
// (observed-not-occupied.ts) is computed for the oblasts of area-control and annexation claims.
// Any bad file stops the import (exit 1, message naming the file) and leaves <dir> as it was: the
// output is written to a temporary folder next to it and renamed into place only when complete.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { OblastCollection } from '../src/domain/geo';
import { BASIS, notOccupiedSubjects, LICENSE, packHistory, type PackOptions, sharesCsv, SnapshotError, SOURCE } from './pipeline/observed-pack.ts';
import type { SnapshotInput } from './pipeline/observed-topology.ts';
import { DERIVED_FILE, derivedInputs, deriveFigures, sha256 } from './pipeline/observed-derive.ts';
import { DEFAULT_SOURCE, snapshotFiles, snapshotSource } from './pipeline/sources.ts';
import { sourceById } from '../src/evidence/registry.ts';
import { decodeObserved, mergeDerived, type SnapshotProvenance } from '../src/domain/observed-format';
import { gainsCsv, monthlyGains } from '../src/domain/observed-metrics';
import { claimLedger, ledgerCsv } from '../src/domain/ledger';
import { ClaimsFileSchema } from '../src/domain/schema';

export const OBSERVED_FILE = 'observed.json';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_AREA_ERROR = 0.005;

export interface ImportOptions {
  input: string;
  /** Snapshot reader (scripts/pipeline/sources.ts); deepstate by default. */
  source?: string;
  /** The mirror's commit the snapshots come from, recorded as provenance. */
  commit?: string | null;
  out: string;
  csv?: string;
  /** Monthly net change CSV. */
  gains?: string;
  oblastsFile?: string;
  /** Claims (data/claims.json by default): not-occupied ground is computed for the oblasts of area-control and annexation claims. */
  claimsFile?: string;
  /** The buffer-zone band (public/geo/buffer-zone.geojson by default). */
  zoneFile?: string;
  /** Skip not-occupied ground and the band figures (format-2 file without them); for timing the packing alone. */
  skipNotOccupied?: boolean;
  /** Writes the claim ledger (one row per claim and subject) as CSV. */
  ledger?: string;
  /** Progress lines (stderr by default). */
  log?: (line: string) => void;
}

export interface ImportSummary {
  days: number;
  first: string;
  last: string;
  faces: number;
  arcs: number;
  rawBytes: number;
  gzipBytes: number;
  maxAreaError: number;
  seconds: number;
  /** Of which deriving not-occupied ground and the band. */
  deriveSeconds: number;
}

function usage(msg: string): never {
  console.error(`observed: ${msg}\nusage: npm run observed -- [--source deepstate] <input-dir> --out <dir> [--commit <sha>] [--csv <file>] [--gains <file>] [--ledger <file>]`);
  process.exit(2);
}

/**
 * Writes `files` into a fresh folder next to `out`, then swaps it in; `out` is untouched on failure.
 * Other files already in `out` (data/observed/'s README.md and LICENSE) are carried over.
 */
export function replaceDir(out: string, files: Record<string, string>, drop: readonly string[] = []): void {
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(out)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(out)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    if (existsSync(out)) for (const f of readdirSync(out)) if (!(f in files) && !drop.includes(f)) copyFileSync(join(out, f), join(tmp, f));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(tmp, name), body);
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(out) && existsSync(old)) renameSync(old, out);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}

export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot be read as JSON (${(e as Error).message})`, { cause: e });
  }
}

export function replaceFile(file: string, body: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}`);
  writeFileSync(tmp, body);
  renameSync(tmp, file);
}

/** The short README.txt a packed folder without its own README.md gets. */
export function readmeText(packed: { dates: string[]; source?: string; license?: string }, sourceId = DEFAULT_SOURCE): string {
  return [
    'Observed occupied area: packed daily snapshots for the territorial-claims map.',
    `Source: ${packed.source ?? SOURCE}. License: ${packed.license ?? LICENSE} (this folder is derived data under the same license).`,
    `Snapshots: ${packed.dates.length}, ${packed.dates[0]} to ${packed.dates.at(-1)}.`,
    BASIS,
    sourceId === DEFAULT_SOURCE
      ? 'Build the app with it: OBSERVED_DIR=<this folder> npm run build'
      : `Build the app with it beside the committed record: OBSERVED_DIRS=${DEFAULT_SOURCE}:data/observed,${sourceId}:<this folder> npm run build`,
    '',
  ].join('\n');
}

export function importObserved(opts: ImportOptions): ImportSummary {
  const t0 = performance.now();
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const input = resolve(opts.input);
  const source = snapshotSource(opts.source ?? DEFAULT_SOURCE);
  const names = snapshotFiles(input, source);
  if (!names.length) throw new Error(`${input}: no ${source.naming} files`);

  let lastLog = 0;
  const progress = (stage: string, done: number, total: number) => {
    const now = performance.now();
    if (done === total || now - lastLog > 1000) {
      lastLog = now;
      log(`observed: ${stage} ${done}/${total} (${((now - t0) / 1000).toFixed(1)} s)`);
    }
  };
  const files: Array<SnapshotProvenance & { date: string }> = [];
  const snaps: SnapshotInput[] = names.map((name, i) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(input, name));
    } catch (e) {
      throw new SnapshotError(name, `unreadable (${(e as Error).message})`);
    }
    const s = source.read(name, bytes.toString('utf8'));
    files.push({ date: s.date, file: name, bytes: bytes.length, sha256: sha256(bytes) });
    progress('read', i + 1, names.length);
    return s;
  });

  const oblastsFile = opts.oblastsFile ?? join(ROOT, 'public/geo/oblasts.geojson');
  const oblastsText = readFileSync(oblastsFile, 'utf8');
  const oblasts = JSON.parse(oblastsText) as OblastCollection;
  const claimsFile = opts.claimsFile ?? join(ROOT, 'data/claims.json');
  const parsed = ClaimsFileSchema.safeParse(readJsonFile(claimsFile));
  if (!parsed.success) {
    const e = parsed.error.issues[0]!;
    throw new Error(`${claimsFile}: ${e.path.join('.')}: ${e.message}`);
  }
  const claims = parsed.data.claims;
  const notOccupied = notOccupiedSubjects(claims);
  const zoneFile = opts.zoneFile ?? join(ROOT, 'public/geo/buffer-zone.geojson');
  const zoneFc = readJsonFile(zoneFile) as { features?: unknown[] };
  const zone = zoneFc?.features?.[0] as PackOptions['zone'];
  if (!zone?.geometry) throw new Error(`${zoneFile}: no band feature`);
  const res = packHistory(snaps, oblasts, progress, { files, commit: opts.commit ?? null });
  if (source.id !== DEFAULT_SOURCE) {
    // the packer names the default source; another source's file names its own publisher, licence and origin
    const m = sourceById(source.id);
    res.packed.source = `${m.name} (${m.publisher.name})`;
    res.packed.license = m.license.id;
    if (res.packed.provenance) res.packed.provenance.mirror = m.mirror?.url ?? m.publisher.url;
  }
  if (res.stats.maxAreaError > MAX_AREA_ERROR) {
    throw new Error(`packed areas differ from the snapshots' own by up to ${(res.stats.maxAreaError * 100).toFixed(3)} % (${res.stats.maxAreaErrorDate}); limit ${MAX_AREA_ERROR * 100} %`);
  }
  const body = JSON.stringify(res.packed);
  const td = performance.now();
  const derived = opts.skipNotOccupied
    ? null
    : deriveFigures(res.packed, oblasts, notOccupied, zone, derivedInputs(body, notOccupied, oblastsText, zone), progress);
  const deriveSeconds = (performance.now() - td) / 1000;
  const derivedBody = derived ? JSON.stringify(derived) : null;
  const readme = readmeText(res.packed, source.id);
  // a folder with its own README.md (data/observed/) keeps it; others get a short README.txt
  const written: Record<string, string> = { [OBSERVED_FILE]: body };
  if (derivedBody) written[DERIVED_FILE] = derivedBody;
  if (!existsSync(join(resolve(opts.out), 'README.md'))) written['README.txt'] = readme;
  replaceDir(resolve(opts.out), written, derivedBody ? [] : [DERIVED_FILE]);
  if (opts.csv) replaceFile(resolve(opts.csv), sharesCsv(res));
  if (opts.gains || opts.ledger) {
    const h = decodeObserved(mergeDerived(JSON.parse(body), derived));
    if (opts.gains) replaceFile(resolve(opts.gains), gainsCsv(monthlyGains(h)));
    if (opts.ledger) replaceFile(resolve(opts.ledger), ledgerCsv(claimLedger(claims, h, h.dates.at(-1)!)));
  }
  return {
    days: res.stats.days,
    first: res.packed.dates[0]!,
    last: res.packed.dates.at(-1)!,
    faces: res.stats.faces,
    arcs: res.stats.arcs,
    rawBytes: Buffer.byteLength(body),
    gzipBytes: gzipSync(body, { level: 9 }).length,
    maxAreaError: res.stats.maxAreaError,
    seconds: (performance.now() - t0) / 1000,
    deriveSeconds,
  };
}

function main(argv: string[]): void {
  let input: string | undefined, out: string | undefined, csv: string | undefined, gains: string | undefined, ledger: string | undefined;
  let source: string | undefined, commit: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') out = argv[++i];
    else if (a === '--source') source = argv[++i];
    else if (a === '--commit') commit = argv[++i];
    else if (a === '--csv') csv = argv[++i];
    else if (a === '--gains') gains = argv[++i];
    else if (a === '--ledger') ledger = argv[++i];
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (!input) input = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!input) usage('no input folder');
  if (!out) usage('no --out folder');
  try {
    const s = importObserved({ input, out, csv, gains, ledger, source, commit });
    console.log(
      `observed: ${s.days} snapshots (${s.first} to ${s.last}) -> ${resolve(out)}/${OBSERVED_FILE}: ` +
        `${(s.rawBytes / 1e6).toFixed(2)} MB raw, ${(s.gzipBytes / 1e6).toFixed(2)} MB gzipped, ${s.faces} faces, ${s.arcs} arcs; ` +
        `max area error ${(s.maxAreaError * 100).toFixed(5)} %; ${s.seconds.toFixed(1)} s (derive ${s.deriveSeconds.toFixed(1)} s)` + (csv ? `; CSV ${resolve(csv)}` : '') + (gains ? `; gains ${resolve(gains)}` : '') + (ledger ? `; ledger ${resolve(ledger)}` : ''),
    );
  } catch (e) {
    console.error(`observed: import stopped, ${resolve(out)} left as it was.\n${(e as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
