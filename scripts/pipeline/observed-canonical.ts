// The form in which an updated pack and a full import of the same days are compared
// (docs/observed-packing.md, "Update and full import"). The faces themselves may differ: an update
// nodes the new days' lines against the packed, already noded ones, and where a new line crosses an
// old one the crossing is rounded to the grid from other end points than a full import would use, so
// a face can be split (or not) a grid unit (10⁻⁶°, ~0.1 m) away. What a reader sees must not differ:
// per day, the occupied km² (in all and per oblast), not-occupied ground and the band figures; and the days,
// their snapshot files and the provenance exactly.
import type { PackedDerived, PackedObserved } from '../../src/domain/observed-format.ts';
import { decodeFaces } from './observed-derive.ts';

/** Largest difference allowed in an occupied km² figure (per day, in all or per oblast): rounding only. */
export const KM2_TOLERANCE = 0.01;
/** Largest difference allowed in a not-occupied-ground km² figure (rounded to 0.1 km² when packed). */
export const NOT_OCCUPIED_TOLERANCE = 0.1;

export interface CanonicalDay {
  km2: number;
  /** Per oblast (packed order): occupied km². */
  oblastKm2: number[];
  /** Per not-occupied-ground oblast: the not-occupied parts' km² (largest first) and the thin mismatch km². */
  notOccupied: Array<{ id: string; parts: number[]; mismatchKm2: number }>;
  /** Per oblast: occupied km² inside the buffer-zone band. */
  zoneKm2: number[];
}

export interface CanonicalHistory {
  /** Everything compared exactly: metadata, days, snapshot files, provenance, oblasts, band per oblast. */
  exact: unknown;
  days: CanonicalDay[];
}

/** The canonical form of a packed history and its derived figures. */
export function canonicalForm(packed: PackedObserved, derived: PackedDerived): CanonicalHistory {
  const h = decodeFaces(packed);
  const O = packed.oblasts.length;
  const days: CanonicalDay[] = h.dates.map((_, d) => ({
    km2: 0,
    oblastKm2: new Array<number>(O).fill(0),
    notOccupied: (derived.notOccupied?.oblasts ?? []).map((o) => {
      const st = o.states[o.days[d]!]!;
      return { id: o.id, parts: st.parts.map((n) => derived.notOccupied!.parts[n]!.km2), mismatchKm2: st.mismatchKm2 };
    }),
    zoneKm2: new Array<number>(O).fill(0),
  }));
  h.faceRuns.forEach((runs, f) => {
    for (let k = 0; k + 1 < runs.length; k += 2) {
      for (let d = runs[k]!; d < runs[k + 1]!; d++) {
        const day = days[d]!;
        day.km2 += packed.faceKm2[f]!;
        const pairs = packed.faceOblastKm2[f]!;
        for (let j = 0; j + 1 < pairs.length; j += 2) day.oblastKm2[pairs[j]!]! += pairs[j + 1]!;
        const zone = derived.zone?.faceKm2[f] ?? [];
        for (let j = 0; j + 1 < zone.length; j += 2) day.zoneKm2[zone[j]!]! += zone[j + 1]!;
      }
    }
  });
  const exact = {
    format: packed.format, source: packed.source, license: packed.license, basis: packed.basis, scale: packed.scale,
    dates: packed.dates, oblasts: packed.oblasts, snapshots: packed.snapshots, provenance: packed.provenance,
    derived: { format: derived.format, notOccupied: derived.inputs.notOccupied, oblasts: derived.inputs.oblasts, zone: derived.inputs.zone },
    radiusKm: derived.notOccupied?.radiusKm, band: derived.zone ? { id: derived.zone.id, bandKm2: derived.zone.bandKm2 } : null,
  };
  return { exact, days };
}

/** Where two canonical forms differ beyond rounding (at most `limit` lines); empty when they agree. */
export function canonicalDifferences(a: CanonicalHistory, b: CanonicalHistory, dates: readonly string[], limit = 20): string[] {
  const out: string[] = [];
  const say = (line: string) => out.length < limit && out.push(line);
  const ea = JSON.stringify(a.exact), eb = JSON.stringify(b.exact);
  if (ea !== eb) {
    for (const k of Object.keys(a.exact as object)) {
      const x = JSON.stringify((a.exact as Record<string, unknown>)[k]), y = JSON.stringify((b.exact as Record<string, unknown>)[k]);
      if (x !== y) say(`${k} differs`);
    }
  }
  if (a.days.length !== b.days.length) return [...out, `${a.days.length} days against ${b.days.length}`];
  a.days.forEach((x, d) => {
    const y = b.days[d]!, date = dates[d];
    if (Math.abs(x.km2 - y.km2) > KM2_TOLERANCE) say(`${date}: occupied ${x.km2.toFixed(3)} km² against ${y.km2.toFixed(3)}`);
    x.oblastKm2.forEach((v, o) => {
      if (Math.abs(v - y.oblastKm2[o]!) > KM2_TOLERANCE) say(`${date}: oblast #${o} occupied ${v.toFixed(3)} km² against ${y.oblastKm2[o]!.toFixed(3)}`);
    });
    x.zoneKm2.forEach((v, o) => {
      if (Math.abs(v - y.zoneKm2[o]!) > KM2_TOLERANCE) say(`${date}: oblast #${o} inside the band ${v.toFixed(3)} km² against ${y.zoneKm2[o]!.toFixed(3)}`);
    });
    x.notOccupied.forEach((hx, i) => {
      const hy = y.notOccupied[i];
      if (!hy || hy.id !== hx.id) return void say(`${date}: not-occupied ground for ${hx.id} missing`);
      if (hx.parts.length !== hy.parts.length) return void say(`${date}: ${hx.id} has ${hx.parts.length} not-occupied parts against ${hy.parts.length}`);
      hx.parts.forEach((km2, p) => {
        if (Math.abs(km2 - hy.parts[p]!) > NOT_OCCUPIED_TOLERANCE) say(`${date}: ${hx.id} not-occupied part ${p} ${km2} km² against ${hy.parts[p]}`);
      });
      if (Math.abs(hx.mismatchKm2 - hy.mismatchKm2) > NOT_OCCUPIED_TOLERANCE) say(`${date}: ${hx.id} mismatch ${hx.mismatchKm2} km² against ${hy.mismatchKm2}`);
    });
  });
  return out;
}

/** Differences between two packed folders' contents (observed.json and observed-derived.json, parsed). */
export function packDifferences(a: { packed: PackedObserved; derived: PackedDerived }, b: { packed: PackedObserved; derived: PackedDerived }): string[] {
  return canonicalDifferences(canonicalForm(a.packed, a.derived), canonicalForm(b.packed, b.derived), a.packed.dates);
}
