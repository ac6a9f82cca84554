// The packed history committed under data/observed/ (GPL-3.0, derived from DeepStateMap): it
// decodes, covers the record it says, carries not-occupied ground for every oblast the claims need, stays
// within the size budget, ships with its licence text and attribution, has band figures for the band
// in public/geo, and is what the build uses unless OBSERVED_DIR or OBSERVED_DIRS says otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeObserved, snapshotIndex } from '../src/domain/observed-format';
import { notOccupiedAt, notOccupiedOblasts } from '../src/domain/observed-metrics';
import { notOccupiedSubjects } from './pipeline/observed-pack';
import { manifestLines, sha256 } from './pipeline/observed-derive';
import { loadObservedDir, observedDirs, observedPlugin } from './observed-vite';
import { realDataset } from '../tests/support/helpers';

const DIR = join(process.cwd(), 'data/observed');
// what the build ships: the packed faces joined with the derived figures (checked to be current)
const text = loadObservedDir(DIR);
const h = decodeObserved(JSON.parse(text));

describe('data/observed (the committed record)', () => {
  it('holds 687 daily snapshots, 8 July 2024 to 31 May 2026', () => {
    expect(h.dates).toHaveLength(687);
    expect(h.dates[0]).toBe('2024-07-08');
    expect(h.dates.at(-1)).toBe('2026-05-31');
    expect(h.packed.format).toBe('observed-history/3');
  });

  it('records per day the snapshot file, its size and SHA-256, the mirror, and the manifest hash of those', () => {
    const p = h.packed;
    expect(p.snapshots).toHaveLength(687);
    p.snapshots!.forEach((s, i) => {
      expect(s.file).toBe(`deepstatemap_data_${p.dates[i]!.replaceAll('-', '')}.geojson`);
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(s.bytes).toBeGreaterThan(10_000);
    });
    expect(p.provenance!.mirror).toBe('https://github.com/cyterat/deepstate-map-data');
    expect(p.provenance!.manifest).toBe(sha256(manifestLines(p.dates, p.snapshots!)));
  });

  it('has not-occupied ground for every oblast an area-control or annexation claim names', () => {
    expect(notOccupiedOblasts(h)).toEqual(expect.arrayContaining(notOccupiedSubjects(realDataset().claims)));
    const luhansk = notOccupiedAt(h, 'UA-09', snapshotIndex(h.dates, '2025-06-30'))!;
    expect(luhansk.count).toBe(2);
    expect(luhansk.notOccupiedKm2).toBeGreaterThan(150);
    expect(luhansk.notOccupiedKm2).toBeLessThan(190);
    expect(h.packed.zone?.id).toBe('buffer-zone-30km');
  });

  it('has band figures for the band now in public/geo: only in the buffer-zone claim\'s oblasts, summing to its area', () => {
    const band = JSON.parse(readFileSync(join(process.cwd(), 'public/geo/buffer-zone.geojson'), 'utf8')).features[0];
    const claim = realDataset().claims.find((c) => c.kind === 'buffer-zone' && c.subject.zone === band.properties.id)!;
    const z = h.packed.zone!;
    expect(z.id).toBe(band.properties.id);
    const withBand = h.packed.oblasts.filter((_, i) => z.bandKm2[i]! > 0).map((o) => o.id).sort();
    expect(withBand).toEqual([...claim.subject.oblasts!].sort());
    const sum = z.bandKm2.reduce((a, b) => a + b, 0);
    // the pack measures the drawn (simplified) band; area_km2 is from full-resolution boundaries
    expect(Math.abs(sum / band.properties.area_km2 - 1)).toBeLessThan(0.005);
  });

  it('is at most 3 MB gzipped, as shipped (faces and derived figures joined)', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(3e6);
  });

  it('ships with the full GPL-3.0 text and its attribution', () => {
    const license = readFileSync(join(DIR, 'LICENSE'), 'utf8');
    expect(license).toContain('GNU GENERAL PUBLIC LICENSE');
    expect(license).toContain('Version 3, 29 June 2007');
    expect(license.length).toBeGreaterThan(30_000);
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    expect(readme).toContain('cyterat/deepstate-map-data');
    expect(readme).toContain('DeepStateMap');
    expect(readme).toContain('8 July 2024 to 31 May 2026');
    expect(readme).toContain('npm run observed --');
    expect(h.packed.license).toBe('GPL-3.0');
  });
});

describe('which records the build ships', () => {
  const define = (dir?: string) => {
    const cfg = (observedPlugin(dir).config as () => { define: Record<string, string> })();
    return cfg.define;
  };
  it('by default the committed one, with its first and last day known before it loads', () => {
    const d = define(undefined);
    expect(JSON.parse(d.__OBSERVED_RECORDS__!)).toEqual([{ source: 'deepstate', url: 'data/observed.json', first: '2024-07-08', last: '2026-05-31' }]);
    expect(JSON.parse(d.__OBSERVED_LAST__!)).toBe('2026-05-31');
    expect(JSON.parse(d.__OBSERVED_FIRST__!)).toBe('2024-07-08');
  });
  it('OBSERVED_DIR=none ships none', () => {
    const d = define('none');
    expect(JSON.parse(d.__OBSERVED_RECORDS__!)).toEqual([]);
    expect(JSON.parse(d.__OBSERVED_LAST__!)).toBe('');
    expect(JSON.parse(d.__OBSERVED_FIRST__!)).toBe('');
  });
  it('another folder that is not a packed history stops the build, naming it', () => {
    expect(() => define(join(process.cwd(), 'tests/fixtures/observed-mini'))).toThrow(/observed-mini\/observed\.json is not a packed observed history/);
  });
  it('OBSERVED_DIRS lists sources in order: the first is served where one record always was, the others by source id', () => {
    expect(observedDirs({ OBSERVED_DIRS: 'deepstate:data/observed, fixture-watch:/tmp/fw' })).toEqual([
      { source: 'deepstate', dir: 'data/observed', url: 'data/observed.json' },
      { source: 'fixture-watch', dir: '/tmp/fw', url: 'data/observed-fixture-watch.json' },
    ]);
    // OBSERVED_DIRS wins over OBSERVED_DIR; OBSERVED_DIR alone is one folder of the default source
    expect(observedDirs({ OBSERVED_DIRS: 'fixture-watch:/tmp/fw', OBSERVED_DIR: 'none' })).toEqual([{ source: 'fixture-watch', dir: '/tmp/fw', url: 'data/observed.json' }]);
    expect(observedDirs({ OBSERVED_DIR: '/x' })).toEqual([{ source: 'deepstate', dir: '/x', url: 'data/observed.json' }]);
    expect(observedDirs({ OBSERVED_DIRS: 'none' })).toEqual([]);
  });
  it('a bad OBSERVED_DIRS stops the build, saying what is wrong', () => {
    expect(() => observedDirs({ OBSERVED_DIRS: 'data/observed' })).toThrow(/OBSERVED_DIRS: "data\/observed" is not <source>:<dir>/);
    expect(() => observedDirs({ OBSERVED_DIRS: 'nope:/x' })).toThrow(/OBSERVED_DIRS: unknown source "nope"/);
    expect(() => observedDirs({ OBSERVED_DIRS: 'deepstate:/a,deepstate:/b' })).toThrow(/source "deepstate" is given twice/);
  });
});
