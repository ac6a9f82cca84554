import { readdirSync, readFileSync } from 'node:fs';
import { DATA_FILES, validateDataset, type Claim, type Dataset, type RawFiles } from '../../src/domain';
import type { OblastCollection } from '../../src/domain/geo';

export function readRaw(root = process.cwd()): RawFiles {
  const out = {} as RawFiles;
  for (const [k, rel] of Object.entries(DATA_FILES)) (out as Record<string, unknown>)[k] = JSON.parse(readFileSync(`${root}/${rel}`, 'utf8'));
  return out;
}

/** The project's real dataset, validated (without the geometry check, which has its own test). */
export function realDataset(): Dataset {
  const { dataset, errors } = validateDataset(readRaw());
  if (!dataset) throw new Error(errors.map((e) => `${e.file} ${e.path} ${e.message}`).join('\n'));
  return dataset;
}

export const MINI_DIR = 'tests/fixtures/observed-mini';

/**
 * The synthetic snapshots (tiny squares, not DeepState data) under the DeepState file names the
 * importer expects; committed as synthetic_YYYYMMDD.geojson so no file here looks like real data.
 */
export function miniSnapshots(): Array<{ name: string; text: string }> {
  return readdirSync(MINI_DIR)
    .filter((f) => /^synthetic_\d{8}\.geojson$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace('synthetic_', 'deepstatemap_data_'), text: readFileSync(`${MINI_DIR}/${f}`, 'utf8') }));
}

/** The mini fixture's oblasts (tests/fixtures/observed-mini/oblasts.geojson). */
export function miniOblasts(): OblastCollection {
  return JSON.parse(readFileSync(`${MINI_DIR}/oblasts.geojson`, 'utf8')) as OblastCollection;
}

/** A claim with one "claimed" event on `date`, for ledger and figure tests. */
export function testClaim(id: string, kind: Claim['kind'], subject: Claim['subject'], date: string): Claim {
  return { id, kind, subject, title: { en: id, uk: id }, claimant: 'test', events: [{ date, precision: 'day', status: 'claimed', source: 's', quote: 'q', quote_lang: 'en' }] };
}
