// observed:update against a full import, observed:verify, and the derived file's staleness check, on
// small hand-drawn snapshot days (scripts/pipeline/fixture-days.ts) written to a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackedDerived, PackedObserved } from '../src/domain/observed-format';
import { importObserved, OBSERVED_FILE } from './observed';
import { updateObserved } from './observed-update';
import { verifyObserved } from './observed-verify';
import { loadObservedDir } from './observed-vite';
import { DERIVED_FILE, sha256 } from './pipeline/observed-derive';
import { packDifferences } from './pipeline/observed-canonical';
import { FIXTURE_DAYS, fixtureName, writeFixtureDays } from './pipeline/fixture-days';

const tmp = mkdtempSync(join(tmpdir(), 'observed-update-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = () => {};
const ALL = Object.keys(FIXTURE_DAYS);
const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('observed:update', () => {
  const full = join(tmp, 'full');
  beforeAll(() => {
    importObserved({ input: writeFixtureDays(join(tmp, 'snaps-all'), ALL), out: full, log: quiet });
  }, 120_000);

  it('gives the same files, byte for byte, as a full import of all the days (folder with only the new days)', () => {
    const out = join(tmp, 'upd-new');
    importObserved({ input: writeFixtureDays(join(tmp, 'snaps-first'), ALL.slice(0, 2)), out, log: quiet });
    const s = updateObserved({ input: writeFixtureDays(join(tmp, 'snaps-rest'), ALL.slice(2)), out, log: quiet });
    expect(s.added).toEqual(ALL.slice(2));
    expect(s.missing).toEqual(['2026-01-04']);
    expect(files(out)).toEqual(files(full));
  }, 120_000);

  it('ignores the days already packed when the folder holds the whole record, and equals the full import', () => {
    const out = join(tmp, 'upd-all');
    importObserved({ input: join(tmp, 'snaps-first'), out, log: quiet });
    const s = updateObserved({ input: join(tmp, 'snaps-all'), out, log: quiet });
    expect(s.unchanged).toBe(2);
    expect(s.added).toHaveLength(ALL.length - 2);
    expect(files(out)).toEqual(files(full));
    // nothing new: nothing written
    const again = updateObserved({ input: join(tmp, 'snaps-all'), out, log: quiet });
    expect(again.added).toEqual([]);
    expect(again.unchanged).toBe(ALL.length);
  }, 120_000);

  it('stops on a changed packed day, an unpacked day before the last one, or a broken file, naming the file and leaving the folder as it was', () => {
    const before = files(full);
    const bad = writeFixtureDays(join(tmp, 'bad-changed'), []);
    writeFileSync(join(bad, fixtureName('2026-01-02')), readFileSync(join(tmp, 'snaps-all', fixtureName('2026-01-03'))));
    expect(() => updateObserved({ input: bad, out: full, log: quiet })).toThrow(/deepstatemap_data_20260102\.geojson: differs from the snapshot packed for 2026-01-02/);
    // same size, one byte changed: found by the hash, not the size
    const packedBytes = readFileSync(join(tmp, 'snaps-all', fixtureName('2026-01-02')));
    const flipped = Buffer.from(packedBytes);
    const at = flipped.lastIndexOf('1'.charCodeAt(0));
    flipped[at] = '2'.charCodeAt(0);
    const sameSize = writeFixtureDays(join(tmp, 'bad-same-size'), []);
    writeFileSync(join(sameSize, fixtureName('2026-01-02')), flipped);
    expect(flipped.length).toBe(packedBytes.length);
    expect(() => updateObserved({ input: sameSize, out: full, log: quiet })).toThrow(/deepstatemap_data_20260102\.geojson: differs from the snapshot packed for 2026-01-02/);
    const early = writeFixtureDays(join(tmp, 'bad-early'), []);
    writeFileSync(join(early, 'deepstatemap_data_20260104.geojson'), readFileSync(join(tmp, 'snaps-all', fixtureName('2026-01-03'))));
    expect(() => updateObserved({ input: early, out: full, log: quiet })).toThrow(/deepstatemap_data_20260104\.geojson: 2026-01-04 is before the last packed day 2026-01-06/);
    const broken = writeFixtureDays(join(tmp, 'bad-broken'), []);
    writeFileSync(join(broken, 'deepstatemap_data_20260107.geojson'), '{"type":"FeatureCollection","features":[');
    expect(() => updateObserved({ input: broken, out: full, log: quiet })).toThrow(/deepstatemap_data_20260107\.geojson: not JSON/);
    expect(files(full)).toEqual(before);
  });

  it('records per day the file, its size and SHA-256, the mirror and a manifest hash', () => {
    const p = JSON.parse(readFileSync(join(full, OBSERVED_FILE), 'utf8')) as PackedObserved;
    const text = readFileSync(join(tmp, 'snaps-all', fixtureName('2026-01-03')));
    expect(p.snapshots![2]).toEqual({ file: fixtureName('2026-01-03'), bytes: text.length, sha256: sha256(text) });
    expect(p.provenance!.mirror).toBe('https://github.com/cyterat/deepstate-map-data');
    expect(p.provenance!.commit).toBeNull();
    expect(p.provenance!.manifest).toMatch(/^[0-9a-f]{64}$/);
  });
});

// Days whose lines cross at points off the 10⁻⁶° grid, so noding rounds crossings; later days redraw
// earlier lines (as DeepState does) and move one vertex. Around Donetsk, where not-occupied ground and the
// band are computed too.
const SLANTED: Record<string, Array<Array<[number, number]>>> = {
  '2026-02-01': [[[37.6, 47.9], [38.0, 47.95], [38.1, 48.25], [37.7, 48.3], [37.6, 47.9]]],
  '2026-02-02': [[[37.65, 47.88], [38.05, 48.0], [38.02, 48.28], [37.62, 48.2], [37.65, 47.88]]],
  '2026-02-03': [[[37.6, 47.9], [38.0, 47.95], [38.15, 48.2], [37.7, 48.3], [37.6, 47.9]]],
  '2026-02-04': [[[37.65, 47.88], [38.05, 48.0], [38.02, 48.28], [37.62, 48.2], [37.65, 47.88]], [[38.2, 48.1], [38.33, 48.13], [38.3, 48.21], [38.2, 48.1]]],
  '2026-02-05': [[[37.6, 47.9], [38.0, 47.95], [38.1, 48.25], [37.7, 48.3], [37.6, 47.9]]],
};
/** `shift` moves the third vertex of a day's first ring east by that many degrees. */
function writeSlanted(dir: string, days: readonly string[], shift: Record<string, number> = {}): string {
  mkdirSync(dir, { recursive: true });
  for (const d of days) {
    const coordinates = SLANTED[d]!.map((ring, r) => [ring.map(([x, y], k) => [r === 0 && k === 2 ? x + (shift[d] ?? 0) : x, y])]);
    writeFileSync(join(dir, fixtureName(d)), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } }] }));
  }
  return dir;
}
const load = (dir: string) => ({
  packed: JSON.parse(readFileSync(join(dir, OBSERVED_FILE), 'utf8')) as PackedObserved,
  derived: JSON.parse(readFileSync(join(dir, DERIVED_FILE), 'utf8')) as PackedDerived,
});

describe('observed:update and a full import, in canonical form', () => {
  const DAYS = Object.keys(SLANTED);
  const full = join(tmp, 'slanted-full');
  beforeAll(() => {
    importObserved({ input: writeSlanted(join(tmp, 'slanted-all'), DAYS), out: full, log: quiet });
  }, 120_000);

  it('give the same days, files, occupied km² per day and oblast, not-occupied ground and band figures', () => {
    const out = join(tmp, 'slanted-upd');
    importObserved({ input: writeSlanted(join(tmp, 'slanted-first'), DAYS.slice(0, 3)), out, log: quiet });
    updateObserved({ input: join(tmp, 'slanted-all'), out, log: quiet });
    const a = load(out), b = load(full);
    expect(a.packed.dates).toEqual(DAYS);
    expect(a.derived.notOccupied?.oblasts.map((o) => o.id)).toContain('UA-14');
    expect(packDifferences(a, b)).toEqual([]);
    // and a second update on top of the first, one day at a time
    const step = join(tmp, 'slanted-step');
    importObserved({ input: join(tmp, 'slanted-first'), out: step, log: quiet });
    updateObserved({ input: writeSlanted(join(tmp, 'slanted-4'), DAYS.slice(3, 4)), out: step, log: quiet });
    updateObserved({ input: writeSlanted(join(tmp, 'slanted-5'), DAYS.slice(4)), out: step, log: quiet });
    expect(packDifferences(load(step), b)).toEqual([]);
  }, 120_000);

  it('tells apart a history whose new day differs by a fraction of a km²', () => {
    const out = join(tmp, 'slanted-moved');
    importObserved({ input: join(tmp, 'slanted-first'), out, log: quiet });
    updateObserved({ input: writeSlanted(join(tmp, 'slanted-moved-snaps'), DAYS.slice(3), { '2026-02-05': 0.0005 }), out, log: quiet });
    const moved = load(out);
    // the same files are expected by the canonical form, so compare only the figures
    moved.packed.snapshots = load(full).packed.snapshots;
    moved.packed.provenance = load(full).packed.provenance;
    const diff = packDifferences(moved, load(full));
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.join('\n')).toMatch(/^2026-02-05: /m);
  }, 120_000);
});

describe('observed:verify', () => {
  const out = join(tmp, 'verify');
  beforeAll(() => {
    importObserved({ input: writeFixtureDays(join(tmp, 'v-snaps'), ALL), out, log: quiet, commit: 'abc123' });
  }, 120_000);

  it('passes on the same files and on a folder missing some days', () => {
    expect(verifyObserved(join(tmp, 'v-snaps'), out)).toMatchObject({ same: ALL.length, differs: [], absent: 0, manifestOk: true });
    const some = writeFixtureDays(join(tmp, 'v-some'), ALL.slice(0, 2));
    expect(verifyObserved(some, out)).toMatchObject({ same: 2, differs: [], absent: ALL.length - 2 });
  }, 60_000);

  it('lists a changed file by name and exits 1', () => {
    const dir = writeFixtureDays(join(tmp, 'v-changed'), ALL);
    writeFileSync(join(dir, fixtureName('2026-01-05')), readFileSync(join(dir, fixtureName('2026-01-05')), 'utf8') + '\n');
    const r = verifyObserved(dir, out);
    expect(r.differs.map((d) => d.file)).toEqual([fixtureName('2026-01-05')]);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/observed-verify.ts', dir, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`DIFFERS 2026-01-05 ${fixtureName('2026-01-05')}`);
  }, 60_000);
});

describe('observed-derived.json', () => {
  it('is joined into what the build ships, and a stale one stops the build with what changed and what to run', () => {
    const out = join(tmp, 'verify');
    const shipped = JSON.parse(loadObservedDir(out)) as PackedObserved;
    expect(shipped.notOccupied?.oblasts.map((o) => o.id)).toContain('UA-14');
    const d = JSON.parse(readFileSync(join(out, DERIVED_FILE), 'utf8')) as PackedDerived;
    writeFileSync(join(out, DERIVED_FILE), JSON.stringify({ ...d, hash: 'x', inputs: { ...d.inputs, notOccupied: ['UA-09'] } }));
    expect(() => loadObservedDir(out)).toThrow(/observed-derived\.json is stale: the claims now need not-occupied ground in .*UA-14.*, it was derived for UA-09\. Run: npm run observed:derive/);
    const { notOccupied, ...rest } = d;
    writeFileSync(join(out, DERIVED_FILE), JSON.stringify({ ...rest, format: 'observed-derived/1', held: notOccupied }));
    expect(() => loadObservedDir(out)).toThrow(/is stale: it is not an observed-derived\/2 file \(it says observed-derived\/1, whose field "held" is now "notOccupied"\)\. Run: npm run observed:derive/);
    rmSync(join(out, DERIVED_FILE));
    expect(() => loadObservedDir(out)).toThrow(/is stale: it is missing/);
  });
});
