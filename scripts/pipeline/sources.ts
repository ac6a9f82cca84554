// Node-side snapshot readers, one per source: which file names are snapshots and of what
// day, and which features of a file are the observed layer. The importer takes one with --source.
import { readdirSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { isValidDay, type IsoDate } from '../../src/domain/dates.ts';
import { parseSnapshot, SnapshotError } from './observed-pack.ts';
import type { SnapshotInput } from './observed-topology.ts';

export interface SnapshotSource {
  id: string;
  /** How a snapshot file is named, e.g. deepstatemap_data_YYYYMMDD.geojson (for messages). */
  naming: string;
  /** The day a file name encodes, or null if the file is not one of this source's snapshots. */
  dateOf(file: string): IsoDate | null;
  /** Checks one file and returns its observed geometry. */
  read(file: string, text: string): SnapshotInput;
}

const dayFrom = (m: RegExpExecArray | null): IsoDate | null => {
  if (!m) return null;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidDay(d) ? d : null;
};

/** DeepState via the cyterat mirror: one FeatureCollection with one (Multi)Polygon, CRS84, its occupied layer only. */
const deepstate: SnapshotSource = {
  id: 'deepstate',
  naming: 'deepstatemap_data_YYYYMMDD.geojson',
  dateOf: (file) => dayFrom(/^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/.exec(file)),
  read: parseSnapshot,
};

/**
 * A made-up second source for tests (hand-drawn daily polygons): fixture-watch-YYYY-MM-DD.geojson,
 * any number of features, of which only those with properties.layer "occupied" are the observed area.
 */
const fixtureWatch: SnapshotSource = {
  id: 'fixture-watch',
  naming: 'fixture-watch-YYYY-MM-DD.geojson',
  dateOf: (file) => dayFrom(/^fixture-watch-(\d{4})-(\d{2})-(\d{2})\.geojson$/.exec(file)),
  read(file, text) {
    const date = fixtureWatch.dateOf(file);
    if (!date) throw new SnapshotError(file, `name is not ${fixtureWatch.naming} with a valid date`);
    let fc: { type?: unknown; features?: Array<Feature | null> };
    try {
      fc = JSON.parse(text) as typeof fc;
    } catch (e) {
      throw new SnapshotError(file, `not JSON (${(e as Error).message})`);
    }
    if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new SnapshotError(file, 'not a GeoJSON FeatureCollection');
    const polys: Position[][][] = [];
    for (const f of fc.features) {
      if ((f?.properties as { layer?: unknown } | null)?.layer !== 'occupied') continue;
      const g = f!.geometry as Polygon | MultiPolygon | null;
      if (g?.type === 'Polygon') polys.push(g.coordinates);
      else if (g?.type === 'MultiPolygon') polys.push(...g.coordinates);
      else throw new SnapshotError(file, `an occupied feature's geometry is ${(g as { type?: string } | null)?.type ?? 'missing'}, expected (Multi)Polygon`);
    }
    if (!polys.length) throw new SnapshotError(file, 'no feature with properties.layer "occupied"');
    // the checks (closed rings, lon/lat ranges) are deepstate's: same geometry rules
    const one = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } }] });
    try {
      return { ...parseSnapshot(`deepstatemap_data_${date.replaceAll('-', '')}.geojson`, one), date };
    } catch (e) {
      if (e instanceof SnapshotError) throw new SnapshotError(file, e.message.replace(/^[^:]+: /, ''));
      throw e;
    }
  },
};

export const SOURCES: Readonly<Record<string, SnapshotSource>> = { deepstate, 'fixture-watch': fixtureWatch };
export const DEFAULT_SOURCE = 'deepstate';

/** The snapshot files of `source` in folder `dir`, by name (so by date); a folder that cannot be read names itself. */
export function snapshotFiles(dir: string, source: SnapshotSource): string[] {
  try {
    return readdirSync(dir).filter((f) => source.dateOf(f) !== null).sort();
  } catch (e) {
    throw new Error(`${dir}: cannot read the folder (${(e as Error).message})`, { cause: e });
  }
}

export function snapshotSource(id: string): SnapshotSource {
  const s = SOURCES[id];
  if (!s) throw new Error(`--source ${id}: unknown source (known: ${Object.keys(SOURCES).join(', ')})`);
  return s;
}
