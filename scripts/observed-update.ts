// `npm run observed:update -- <snapshot-dir> [--out data/observed] [--source deepstate] [--commit <sha>] [--ledger f.csv] [--gains f.csv]`
//
// Appends to the packed history in --out every snapshot in <snapshot-dir> dated after its last day.
// Days already packed are ignored when their file is byte for byte the one packed (SHA-256 recorded
// per day); a different file for a packed day, a file for a day before the last packed day that is
// not packed, two files for one day, or a broken file stop it with a message naming the file. Days
// missing upstream are allowed and listed. Only the new days are read: their lines are noded against
// the packed arcs (appendTopology), faces packed before keep their figures, and not-occupied ground is computed
// for the new days only, joined to the packed days' states (appendDerived), so the cost follows the new
// days, not the record. The result equals a full import in the canonical form of
// pipeline/observed-canonical.ts (docs/observed-packing.md, "Update and full import"). Both files are
// written at once, in a fresh folder swapped in: a failure leaves --out as it was.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, type IsoDate } from '../src/domain/dates.ts';
import type { OblastCollection } from '../src/domain/geo';
import { decodeObserved, mergeDerived, type PackedDerived, type PackedObserved, type SnapshotProvenance } from '../src/domain/observed-format';
import { gainsCsv, monthlyGains } from '../src/domain/observed-metrics';
import { claimLedger, ledgerCsv } from '../src/domain/ledger';
import { ClaimsFileSchema } from '../src/domain/schema';
import { appendDerived, DERIVED_FILE, derivedInputs, deriveFigures, sha256 } from './pipeline/observed-derive.ts';
import { notOccupiedSubjects, packTopology, type PackOptions, SnapshotError } from './pipeline/observed-pack.ts';
import { appendTopology, outlineKey, type PriorTopology, type SnapshotInput } from './pipeline/observed-topology.ts';
import { DEFAULT_SOURCE, snapshotFiles, snapshotSource } from './pipeline/sources.ts';
import { OBSERVED_FILE, readJsonFile, readmeText, replaceDir, replaceFile } from './observed.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');
const MAX_AREA_ERROR = 0.005;

export interface UpdateOptions {
  input: string;
  out?: string;
  source?: string;
  commit?: string | null;
  ledger?: string;
  gains?: string;
  log?: (line: string) => void;
}

export interface UpdateSummary {
  added: IsoDate[];
  /** Files for days already packed, identical to what was packed. */
  unchanged: number;
  /** Days with no snapshot between the previous last day and the new one. */
  missing: IsoDate[];
  days: number;
  first: IsoDate;
  last: IsoDate;
  seconds: number;
}

let hashBuffer: Buffer | null = null;
/** A file's SHA-256 (hex), or '' when its size is not `bytes` (then it differs without reading it). */
function hashFile(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).size !== bytes) return '';
    hashBuffer ??= Buffer.allocUnsafe(1 << 20);
    const h = createHash('sha256');
    for (let at = 0; ;) {
      const n = readSync(fd, hashBuffer, 0, hashBuffer.length, at);
      if (!n) break;
      h.update(hashBuffer.subarray(0, n));
      at += n;
    }
    return h.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** Days strictly between two days, or after `from` up to (not including) `to`. */
function daysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The packed arcs on the grid (absolute) and, per arc, the packed days that draw it (as runs). */
function priorTopology(packed: PackedObserved): PriorTopology {
  let x = 0, y = 0;
  const arcs = packed.arcs.map((flat) => {
    const abs: number[] = [];
    for (let k = 0; k + 1 < flat.length; k += 2) {
      x += flat[k]!;
      y += flat[k + 1]!;
      abs.push(x, y);
    }
    return abs;
  });
  return { dates: packed.dates, arcs, arcRuns: packed.arcRuns };
}

export function updateObserved(opts: UpdateOptions): UpdateSummary {
  const t0 = performance.now();
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const out = resolve(opts.out ?? join(ROOT, 'data/observed'));
  const input = resolve(opts.input);
  const source = snapshotSource(opts.source ?? DEFAULT_SOURCE);
  const packedFile = join(out, OBSERVED_FILE);
  let packedText: string;
  try {
    packedText = readFileSync(packedFile, 'utf8');
  } catch (e) {
    throw new Error(`${packedFile}: cannot read it (${(e as Error).message})`, { cause: e });
  }
  let packed: PackedObserved;
  try {
    packed = JSON.parse(packedText) as PackedObserved;
  } catch (e) {
    throw new Error(`${packedFile}: not JSON (${(e as Error).message})`, { cause: e });
  }
  if (packed.format !== 'observed-history/3' || !packed.snapshots || !packed.provenance) {
    throw new Error(`${packedFile}: has no per-day provenance (format ${String(packed.format)}); re-import it once with npm run observed`);
  }
  const last = packed.dates.at(-1)!;
  const packedDay = new Map(packed.dates.map((d, i) => [d, packed.snapshots![i]!] as const));

  const names = snapshotFiles(input, source);
  const seen = new Map<IsoDate, string>();
  const fresh: SnapshotInput[] = [];
  const files: Array<SnapshotProvenance & { date: IsoDate }> = packed.dates.map((date, i) => ({ date, ...packed.snapshots![i]! }));
  let unchanged = 0;
  for (const name of names) {
    const date = source.dateOf(name)!;
    const other = seen.get(date);
    if (other) throw new SnapshotError(name, `a second snapshot for ${date} (also ${other})`);
    seen.set(date, name);
    const was = packedDay.get(date);
    if (was) {
      // a packed day's file is only hashed, through one reused buffer: the record's files are read on
      // every update, and allocating each one whole costs as much as hashing it
      let digest: string;
      try {
        digest = hashFile(join(input, name), was.bytes);
      } catch (e) {
        throw new SnapshotError(name, `unreadable (${(e as Error).message})`);
      }
      if (was.sha256 !== digest) throw new SnapshotError(name, `differs from the snapshot packed for ${date} (${was.file}, SHA-256 ${was.sha256.slice(0, 12)}…); the packed history ends on ${last}`);
      unchanged++;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(input, name));
    } catch (e) {
      throw new SnapshotError(name, `unreadable (${(e as Error).message})`);
    }
    if (date < last) throw new SnapshotError(name, `${date} is before the last packed day ${last} and was not packed: the history is only appended to (re-import to insert a day)`);
    fresh.push(source.read(name, bytes.toString('utf8')));
    files.push({ date, file: name, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const added = fresh.map((s) => s.date);
  const missing = added.length ? [last, ...added].flatMap((d, i, all) => (i + 1 < all.length ? daysBetween(d, all[i + 1]!) : [])) : [];
  if (!added.length) return { added, unchanged, missing, days: packed.dates.length, first: packed.dates[0]!, last, seconds: (performance.now() - t0) / 1000 };

  const oblastsFile = join(ROOT, 'public/geo/oblasts.geojson');
  const oblastsText = readFileSync(oblastsFile, 'utf8');
  const oblasts = JSON.parse(oblastsText) as OblastCollection;
  const claimsFile = join(ROOT, 'data/claims.json');
  const parsed = ClaimsFileSchema.safeParse(readJsonFile(claimsFile));
  if (!parsed.success) throw new Error(`${claimsFile}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  const claims = parsed.data.claims;
  const notOccupied = notOccupiedSubjects(claims);
  const zoneFile = join(ROOT, 'public/geo/buffer-zone.geojson');
  const zone = (readJsonFile(zoneFile) as { features?: unknown[] })?.features?.[0] as PackOptions['zone'];

  // faces of the old pack keep their measured figures (oblast areas, band areas); only faces the new
  // days create or split are measured
  const prior = priorTopology(packed);
  const oldKeys = packed.faces.map((rings) => outlineKey(rings, (a) => prior.arcs[a]!));
  const reuse = new Map(oldKeys.map((k, i) => [k, { km2: packed.faceKm2[i]!, oblastKm2: packed.faceOblastKm2[i]! }] as const));
  let lastLog = 0;
  const progress = (stage: string, done: number, total: number) => {
    const now = performance.now();
    if (done === total || now - lastLog > 1000) {
      lastLog = now;
      log(`observed:update: ${stage} ${done}/${total} (${((now - t0) / 1000).toFixed(1)} s)`);
    }
  };
  fresh.sort((a, b) => (a.date < b.date ? -1 : 1));
  const topo = appendTopology(prior, fresh, packed.scale, progress);
  // packed days were checked against their own files' areas when first packed
  const snaps: SnapshotInput[] = [...packed.dates.map((date) => ({ date, geometry: { type: 'MultiPolygon' as const, coordinates: [] } })), ...fresh];
  const res = packTopology(topo, snaps, oblasts, progress, {
    files,
    commit: opts.commit ?? packed.provenance.commit,
    reuse,
    checked: new Set(packed.dates),
  });
  if (res.stats.maxAreaError > MAX_AREA_ERROR) {
    throw new Error(`packed areas differ from the snapshots' own by up to ${(res.stats.maxAreaError * 100).toFixed(3)} % (${res.stats.maxAreaErrorDate}); limit ${MAX_AREA_ERROR * 100} %`);
  }
  const body = JSON.stringify(res.packed);
  const inputs = derivedInputs(body, notOccupied, oblastsText, zone);
  // the earlier days' derived figures are kept when they belong to the pack being extended
  const derivedFile = join(out, DERIVED_FILE);
  const prev = existsSync(derivedFile) ? (readJsonFile(derivedFile) as PackedDerived) : null;
  const derived = prev && prev.inputs?.observed === sha256(packedText)
    ? appendDerived(prev, res.packed, packed.dates.length, oblasts, notOccupied, zone, inputs, {
      faces: res.polys,
      keys: res.outlines,
      faceOn: topo.faceOn,
      arcs: topo.arcs.map((chain) => chain.map((n) => [topo.nodes[n]![0] / topo.scale, topo.nodes[n]![1] / topo.scale])),
      arcOn: topo.arcOn,
      // arc ends as the topology's node numbers (one node per grid point), not found again by coordinates
      ends: { start: Int32Array.from(topo.arcs, (c) => c[0]!), end: Int32Array.from(topo.arcs, (c) => c.at(-1)!), nodes: topo.nodes.length },
    }, new Map(prev.zone ? oldKeys.map((k, i) => [k, prev.zone!.faceKm2[i]!] as const) : []), progress)
    : deriveFigures(res.packed, oblasts, notOccupied, zone, inputs, progress);
  const written: Record<string, string> = { [OBSERVED_FILE]: body, [DERIVED_FILE]: JSON.stringify(derived) };
  if (!existsSync(join(out, 'README.md'))) written['README.txt'] = readmeText(res.packed);
  replaceDir(out, written);
  if (opts.gains || opts.ledger) {
    const h = decodeObserved(mergeDerived(res.packed, derived));
    if (opts.gains) replaceFile(resolve(opts.gains), gainsCsv(monthlyGains(h)));
    if (opts.ledger) replaceFile(resolve(opts.ledger), ledgerCsv(claimLedger(claims, h, h.dates.at(-1)!)));
  }
  return { added, unchanged, missing, days: res.packed.dates.length, first: res.packed.dates[0]!, last: res.packed.dates.at(-1)!, seconds: (performance.now() - t0) / 1000 };
}

function main(argv: string[]): void {
  const o: Partial<UpdateOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') o.out = argv[++i];
    else if (a === '--source') o.source = argv[++i];
    else if (a === '--commit') o.commit = argv[++i];
    else if (a === '--ledger') o.ledger = argv[++i];
    else if (a === '--gains') o.gains = argv[++i];
    else if (a.startsWith('--') || o.input) {
      console.error(`observed:update: unexpected argument ${a}\nusage: npm run observed:update -- <snapshot-dir> [--out data/observed] [--source deepstate] [--commit <sha>] [--ledger f.csv] [--gains f.csv]`);
      process.exit(2);
    } else o.input = a;
  }
  if (!o.input) {
    console.error('observed:update: no snapshot folder\nusage: npm run observed:update -- <snapshot-dir> [--out data/observed] [--ledger f.csv] [--gains f.csv]');
    process.exit(2);
  }
  try {
    const s = updateObserved(o as UpdateOptions);
    const gaps = s.missing.length ? `; no snapshot for ${s.missing.length} day(s): ${s.missing.join(', ')}` : '';
    console.log(
      s.added.length
        ? `observed:update: added ${s.added.length} day(s), ${s.added[0]} to ${s.added.at(-1)} (${s.unchanged} already packed, unchanged); now ${s.days} days, ${s.first} to ${s.last}${gaps}; ${s.seconds.toFixed(1)} s`
        : `observed:update: nothing to add (${s.unchanged} file(s) already packed, unchanged); ${s.days} days to ${s.last}`,
    );
  } catch (e) {
    console.error(`observed:update: stopped, ${resolve(o.out ?? 'data/observed')} left as it was.\n${(e as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
