// Reads and validates the data files from disk; shared by the data check and the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, pointInOblastFn, validateDataset, type DataError, type Dataset, type OblastCollection, type RawFiles } from '../src/domain/index.ts';

export interface LoadOptions {
  /** Project root holding data/ (tests point it at fixtures). */
  root?: string;
  /** Boundaries used for point-in-oblast checks. */
  geoFile?: string;
}

export function loadDataset(opts: LoadOptions = {}): { dataset: Dataset | null; errors: DataError[] } {
  const root = opts.root ?? process.cwd();
  const errors: DataError[] = [];
  const raw: Partial<RawFiles> = {};
  for (const [key, rel] of Object.entries(DATA_FILES) as Array<[keyof RawFiles, string]>) {
    try {
      raw[key] = JSON.parse(readFileSync(join(root, rel), 'utf8'));
    } catch (e) {
      errors.push({ file: rel, path: '$', message: (e as Error).message });
    }
  }
  if (errors.length) return { dataset: null, errors };
  const geoFile = opts.geoFile ?? join(process.cwd(), 'public/geo/oblasts.geojson');
  let inOblast;
  try {
    inOblast = pointInOblastFn(JSON.parse(readFileSync(geoFile, 'utf8')) as OblastCollection);
  } catch (e) {
    return { dataset: null, errors: [{ file: geoFile, path: '$', message: `boundaries unreadable: ${(e as Error).message}` }] };
  }
  return validateDataset(raw as RawFiles, inOblast);
}
