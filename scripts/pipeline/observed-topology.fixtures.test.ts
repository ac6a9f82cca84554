// The topology builder, turf-style: each scripts/pipeline/topology-fixtures/in/<case>.json (a few
// hand-made daily snapshots) gives out/<case>.json (nodes in degrees, arcs, faces with the days each
// is on, the days each arc is drawn). A change in what the builder makes shows up as a diff of the
// out file; `REGEN=1 npx vitest run scripts/pipeline/observed-topology.fixtures.test.ts` rewrites the
// out files after a deliberate change (read the diff before committing it). Each case also checks,
// independently of the out file, that every day's "on" faces add up to exactly that day's area.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildTopology, ringCoords, type SnapshotInput } from './observed-topology';

const DIR = join(process.cwd(), 'scripts/pipeline/topology-fixtures');
const REGEN = process.env.REGEN === '1';

/** Signed planar area (shoelace, in square degrees): positive counter-clockwise. */
function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}
/** Area of a polygon given as rings (outer first, then holes), whatever their winding. */
const polygonArea = (rings: readonly (readonly Position[])[]) =>
  rings.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(ringArea(r)), 0);
const geometryArea = (g: Polygon | MultiPolygon) =>
  g.type === 'Polygon' ? polygonArea(g.coordinates) : g.coordinates.reduce((s, p) => s + polygonArea(p), 0);
const bits = (on: Uint8Array) => Array.from(on).join('');
const r9 = (v: number) => Math.round(v * 1e9) / 1e9;

const cases = readdirSync(join(DIR, 'in')).filter((f) => f.endsWith('.json')).sort();

describe('topology fixtures (in → out)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const file of cases) {
    it(file.replace(/\.json$/, ''), () => {
      const input = JSON.parse(readFileSync(join(DIR, 'in', file), 'utf8')) as { about: string; snapshots: SnapshotInput[] };
      const topo = buildTopology(input.snapshots);
      const faces = topo.faces.map((rings, f) => {
        const coords = rings.map((refs) => ringCoords(topo, refs));
        return { rings, on: bits(topo.faceOn[f]!), area: r9(polygonArea(coords)) };
      });
      const out = {
        about: input.about,
        days: input.snapshots.map((s) => s.date),
        nodes: topo.nodes.map(([x, y]) => [x / topo.scale, y / topo.scale]),
        arcs: topo.arcs,
        arcOn: topo.arcOn.map(bits),
        faces,
      };
      // Each day's area is the union of its "on" faces: a check that does not depend on the out file.
      input.snapshots.forEach((s, d) => {
        const lit = faces.reduce((sum, f) => sum + (f.on[d] === '1' ? f.area : 0), 0);
        expect(lit, `${s.date}: area of the faces on that day`).toBeCloseTo(geometryArea(s.geometry), 9);
      });
      for (const f of out.faces) expect(f.on).toHaveLength(input.snapshots.length);
      const path = join(DIR, 'out', file);
      if (REGEN || !existsSync(path)) writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
      expect(out).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
