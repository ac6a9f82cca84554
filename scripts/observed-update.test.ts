// observed:update against a full import, observed:verify, and the derived file's staleness check, on
// small hand-drawn snapshot days (scripts/pipeline/fixture-days.ts) written to a temp folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackedDerived, PackedObserved } from '../src/domain/observed-format';
import { importObserved, OBSERVED_FILE } from './observed';
import { updateObserved } from './observed-update';
import { verifyObserved } from './observed-verify';
import { loadObservedDir } from './observed-vite';
import { DERIVED_FILE, sha256 } from './pipeline/observed-derive';
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
    expect(shipped.held?.oblasts.map((o) => o.id)).toContain('UA-14');
    const d = JSON.parse(readFileSync(join(out, DERIVED_FILE), 'utf8')) as PackedDerived;
    writeFileSync(join(out, DERIVED_FILE), JSON.stringify({ ...d, hash: 'x', inputs: { ...d.inputs, held: ['UA-09'] } }));
    expect(() => loadObservedDir(out)).toThrow(/observed-derived\.json is stale: the claims now name held-ground oblasts .*UA-14.*, it was derived for UA-09\. Run: npm run observed:derive/);
    rmSync(join(out, DERIVED_FILE));
    expect(() => loadObservedDir(out)).toThrow(/is stale: it is missing/);
  });
});
