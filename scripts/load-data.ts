// Reads and validates the data files from disk; shared by the data check and the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, pointInOblastFn, validateDataset, type DataError, type Dataset, type OblastCollection, type RawFiles } from '../src/domain/index.ts';

export interface LoadOptions {
  /** Project root holding data/ (tests point it at fixtures). */
  root?: string;
  /** Boundaries used for point-in-oblast checks. */
  geoFile?: string;
  /** Folder of reading copies (the article) that quotes are checked against; default ../shared/seed. */
  seedDir?: string;
}

export const DEFAULT_SEED_DIR = '../shared/seed';

/** The text files of a reading-copy folder by file name, or null when the folder is absent. */
export function readSeed(dir: string): Record<string, string> | null {
  if (!existsSync(dir)) return null;
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

export function loadDataset(opts: LoadOptions = {}): { dataset: Dataset | null; errors: DataError[]; notices: string[] } {
  const r = loadDatasetInner(opts);
  return { ...r, notices: r.notices ?? [] };
}

function loadDatasetInner(opts: LoadOptions): { dataset: Dataset | null; errors: DataError[]; notices?: string[] } {
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
  const seedDir = opts.seedDir ?? join(process.cwd(), DEFAULT_SEED_DIR);
  const readingCopies = readSeed(seedDir);
  const notices = readingCopies ? [] : [`quotes not checked against reading copies: ${seedDir} is absent`];
  return { ...validateDataset(raw as RawFiles, inOblast, { readingCopies }), notices };
}
