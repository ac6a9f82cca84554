// Claims × the record as its own artefact: not-occupied ground (per claimed oblast and day) and the buffer-zone
// band figures, computed from the packed faces and the claims, never from the snapshots. They are
// written beside observed.json (observed-derived.json) with a hash of what they were computed from,
// so the build can tell when a claim, the oblasts or the band changed since (and say to rerun
// `npm run observed:derive`, seconds, instead of re-importing every snapshot).
import { createHash } from 'node:crypto';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { OblastCollection } from '../../src/domain/geo.ts';
import { decodeObserved, DERIVED_FORMAT, derivedFormatError, type ObservedHistory, type PackedDerived, type PackedObserved, type PackedProvenance, type SnapshotProvenance } from '../../src/domain/observed-format.ts';
import { appendNotOccupied, computeNotOccupied, computeZone, type NotOccupiedInput } from './observed-not-occupied.ts';

export const DERIVED_FILE = 'observed-derived.json';
/** The public mirror of DeepState's daily snapshots the importer reads (its data/ folder). */
export const MIRROR = 'https://github.com/cyterat/deepstate-map-data';

export type ZoneFeature = Feature<Polygon | MultiPolygon, { id?: unknown }>;

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The manifest (one line per day: date, file, bytes, SHA-256) and its hash. */
export function manifestLines(dates: readonly string[], files: readonly SnapshotProvenance[]): string {
  return dates.map((d, i) => `${d} ${files[i]!.file} ${files[i]!.bytes} ${files[i]!.sha256}`).join('\n');
}

export function provenanceOf(dates: readonly string[], files: readonly SnapshotProvenance[], mirror: string, commit: string | null): PackedProvenance {
  return { mirror, commit, manifest: sha256(manifestLines(dates, files)) };
}

/** What a derived file is computed from, and the hash the build compares. */
export function derivedInputs(observedText: string, notOccupied: readonly string[], oblastsText: string, zone: ZoneFeature | undefined): Pick<PackedDerived, 'inputs' | 'hash'> {
  const inputs = { observed: sha256(observedText), notOccupied: [...notOccupied].sort(), oblasts: sha256(oblastsText), zone: zone ? sha256(JSON.stringify(zone)) : '' };
  return { inputs, hash: sha256(JSON.stringify(inputs)) };
}

/** The faces, arcs and runs of `packed` decoded alone: derived figures it carries (any format) are left out. */
export function decodeFaces(packed: PackedObserved): ObservedHistory {
  const bare: PackedObserved = { ...packed };
  delete bare.notOccupied;
  delete bare.zone;
  return decodeObserved(bare);
}

/**
 * Not-occupied ground for `notOccupied` and the band figures for `zone`, from the faces of `packed` (any format: its
 * own notOccupied/zone, if any, are ignored). Deterministic: the same faces, oblasts and subjects give the
 * same bytes, whichever import or update wrote the faces.
 */
export function deriveFigures(
  packed: PackedObserved,
  oblasts: OblastCollection,
  notOccupied: readonly string[],
  zone: ZoneFeature | undefined,
  inputs?: Pick<PackedDerived, 'inputs' | 'hash'>,
  progress?: (stage: string, done: number, total: number) => void,
): PackedDerived {
  const same = oblasts.features.length === packed.oblasts.length && oblasts.features.every((f, i) => f.properties.id === packed.oblasts[i]!.id);
  if (!same) throw new Error('the oblasts differ from those the history was packed with (ids or order): re-import it with npm run observed');
  const h = decodeFaces(packed);
  const faces = h.faces.features.map((f) => f.geometry.coordinates);
  const D = h.dates.length;
  const daysOn = (runs: Int32Array) => {
    const on = new Uint8Array(D);
    for (let k = 0; k + 1 < runs.length; k += 2) on.fill(1, runs[k]!, runs[k + 1]!);
    return on;
  };
  const faceOn = h.faceRuns.map(daysOn);
  const arcs = h.arcs.features.map((f) => f.geometry.coordinates);
  const arcOn = h.arcRuns.map(daysOn);
  const ids = [...notOccupied].sort();
  const out: PackedDerived = {
    format: DERIVED_FORMAT,
    ...(inputs ?? { inputs: { observed: '', notOccupied: ids, oblasts: '', zone: '' }, hash: '' }),
  };
  if (ids.length) out.notOccupied = computeNotOccupied({ oblasts, arcs, arcOn, faceOn, faceOblastKm2: packed.faceOblastKm2, ids, progress });
  if (zone) out.zone = computeZone(zone, oblasts, faces);
  return out;
}

/**
 * The derived figures of a history that `prev` was derived for with days appended (from day `from` of
 * `packed` on): not-occupied ground is computed for the new days only and joined to the earlier days' states
 * (a day's not-occupied ground depends only on what is drawn that day), the band figures are reused for faces
 * with an outline measured before. Falls back to deriveFigures when `prev` was derived for other oblasts.
 */
export function appendDerived(
  prev: PackedDerived,
  packed: PackedObserved,
  from: number,
  oblasts: OblastCollection,
  notOccupied: readonly string[],
  zone: ZoneFeature | undefined,
  inputs: Pick<PackedDerived, 'inputs' | 'hash'>,
  /** The pack's faces and arcs as built: per face its outline (degrees) and key, per face/arc its days. */
  built: { faces: readonly Position[][][]; keys: readonly string[]; faceOn: readonly Uint8Array[]; arcs: readonly Position[][]; arcOn: readonly Uint8Array[]; ends?: NotOccupiedInput['ends'] },
  /** The band figures `prev` holds, per face outline of the earlier pack. */
  zoneKm2: ReadonlyMap<string, number[]>,
  progress?: (stage: string, done: number, total: number) => void,
): PackedDerived {
  const ids = [...notOccupied].sort();
  const sameInputs = prev.inputs && JSON.stringify(prev.inputs.notOccupied) === JSON.stringify(ids) && prev.inputs.oblasts === inputs.inputs.oblasts && prev.inputs.zone === inputs.inputs.zone;
  if (!sameInputs || (ids.length && !prev.notOccupied) || (zone && !prev.zone)) return deriveFigures(packed, oblasts, notOccupied, zone, inputs, progress);
  const out: PackedDerived = { format: DERIVED_FORMAT, ...inputs };
  if (ids.length) {
    const next = computeNotOccupied({ oblasts, arcs: built.arcs, arcOn: built.arcOn, ends: built.ends, faceOn: built.faceOn, faceOblastKm2: packed.faceOblastKm2, ids, from, seed: prev.notOccupied, progress });
    out.notOccupied = appendNotOccupied(prev.notOccupied!, next);
  }
  if (zone) out.zone = computeZone(zone, oblasts, built.faces, { keys: built.keys, faceKm2: zoneKm2, bandKm2: prev.zone!.bandKm2 });
  return out;
}

/** Why a derived file does not belong to these inputs, or null when it does. */
export function staleReason(derived: PackedDerived | null, want: Pick<PackedDerived, 'inputs' | 'hash'>): string | null {
  if (!derived) return 'it is missing';
  const bad = derivedFormatError(derived);
  if (bad) return `it is ${bad}`;
  if (derived.hash === want.hash) return null;
  const was = derived.inputs ?? { observed: '', notOccupied: [], oblasts: '', zone: '' };
  if (was.observed !== want.inputs.observed) return 'observed.json changed since it was derived';
  if (JSON.stringify(was.notOccupied) !== JSON.stringify(want.inputs.notOccupied)) {
    return `the claims now need not-occupied ground in ${want.inputs.notOccupied.join(', ') || 'no oblast'}, it was derived for ${was.notOccupied.join(', ') || 'none'}`;
  }
  if (was.oblasts !== want.inputs.oblasts) return 'the oblast boundaries changed since it was derived';
  if (was.zone !== want.inputs.zone) return 'the buffer-zone band changed since it was derived';
  return 'its hash does not match its inputs';
}
