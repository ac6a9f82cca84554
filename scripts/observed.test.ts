// Observed control on real DeepState snapshots (GPL-3.0), read from ../shared/fixtures — never copied
// into the repository. Skipped with a message when that folder is absent.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeObserved, snapshotIndex, type ObservedHistory } from '../src/domain/observed-format';
import { notOccupiedAt, notOccupiedOblasts, monthlyGains, oblastShares, totalKm2 } from '../src/domain/observed-metrics';
import { claimLedger } from '../src/domain/ledger';
import { realDataset } from '../tests/support/helpers';
import { importObserved, OBSERVED_FILE, type ImportSummary } from './observed';
import { loadObservedDir } from './observed-vite';

const SHARED = resolve(process.cwd(), '../shared');
const SIX = join(SHARED, 'fixtures/observed');
const HISTORY = join(SHARED, 'fixtures/observed-history/deepstate-daily-2024-07-08_2025-12-31.tar.gz');
const tmp = mkdtempSync(join(tmpdir(), 'observed-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = () => {};

const snapshotFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.geojson'));
/** Every file in a folder with its bytes, to compare a folder before and after. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) out[f] = readFileSync(join(dir, f)).toString('base64');
  return out;
}

describe.skipIf(!existsSync(SIX))(`DeepState fixtures (${SIX}; skipped when ../shared is absent)`, () => {
  const out = join(tmp, 'six');
  // describe bodies run even when skipped: the import waits for the first test
  let summary: ImportSummary;
  let h: ObservedHistory;
  beforeAll(() => {
    summary = importObserved({ input: SIX, out, log: quiet });
    h = decodeObserved(JSON.parse(loadObservedDir(out)));
  }, 180_000);

  it('imports the six snapshots', () => {
    expect(summary.days).toBe(6);
    expect(h.dates).toEqual(['2025-03-01', '2025-04-02', '2025-05-01', '2025-06-01', '2025-06-30', '2025-07-01']);
    expect(summary.maxAreaError).toBeLessThan(0.005);
  });

  it('30 June 2025: about 111,550 km² occupied inside the oblasts; Luhansk 97.5–99 %', () => {
    const day = snapshotIndex(h.dates, '2025-06-30');
    expect(Math.abs(totalKm2(h, day) / 111_550 - 1)).toBeLessThan(0.015);
    const luhansk = oblastShares(h, day).find((o) => o.id === 'UA-09')!.share;
    expect(luhansk).toBeGreaterThan(0.975);
    expect(luhansk).toBeLessThan(0.99);
  });

  it('ground not shown as occupied: Luhansk on 30 June 2025 has 2 parts totalling 150–190 km²; the ledger row does not match', () => {
    const day = snapshotIndex(h.dates, '2025-06-30');
    const g = notOccupiedAt(h, 'UA-09', day)!;
    expect(g.count).toBe(2);
    expect(g.notOccupiedKm2).toBeGreaterThan(150);
    expect(g.notOccupiedKm2).toBeLessThan(190);
    expect(notOccupiedOblasts(h)).toEqual(expect.arrayContaining(['UA-09', 'UA-14', 'UA-23', 'UA-65', 'UA-43', 'UA-40']));
    const row = claimLedger(realDataset().claims, h, '2025-06-30').find((r) => r.claim.id === 'luhansk-full-control-2025' && r.subjectLabel === 'UA-09')!;
    expect(row.at!.verdict).toBe('does_not_match');
    expect(row.at!.notOccupiedAreas).toBe(2);
  });

  it('June 2025 computed gain is 400–560 km² (1 Jun → 30 Jun: May has no snapshot near its end)', () => {
    const june = monthlyGains(h).find((g) => g.month === '2025-06')!;
    expect([june.from, june.to, june.partial]).toEqual(['2025-06-01', '2025-06-30', true]);
    console.log(`June 2025 computed gain on the six fixtures: ${june.km2.toFixed(1)} km² (${june.from} → ${june.to})`);
    expect(june.km2).toBeGreaterThan(400);
    expect(june.km2).toBeLessThan(560);
  });

  it('--gains writes the June row with the same figure', () => {
    const file = join(tmp, 'gains.csv');
    importObserved({ input: SIX, out: join(tmp, 'six-gains'), gains: file, log: quiet });
    const rows = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('month,first_date,last_date,days,gain_km2');
    const june = rows.find((r) => r.startsWith('2025-06,'))!.split(',');
    expect(june.slice(0, 4)).toEqual(['2025-06', '2025-06-01', '2025-06-30', '29']);
    expect(Number(june[4])).toBeCloseTo(monthlyGains(h).find((g) => g.month === '2025-06')!.km2, 1);
  }, 60_000);

  it('a corrupt snapshot stops the import (exit ≠ 0, file named) and leaves the output folder untouched', () => {
    const input = join(tmp, 'corrupt-in');
    const target = join(tmp, 'corrupt-out');
    const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/observed.ts', input, '--out', target, '--csv', join(target, '..', 'c.csv')], { encoding: 'utf8' });
    rmSync(input, { recursive: true, force: true });
    // a copy of the six files in a temp dir, imported once
    mkdirSync(input, { recursive: true });
    for (const f of snapshotFiles(SIX)) copyFileSync(join(SIX, f), join(input, f));
    importObserved({ input, out: target, log: quiet });
    const before = contents(target);
    const mtime = statSync(join(target, OBSERVED_FILE)).mtimeMs;
    expect(Object.keys(before)).toContain(OBSERVED_FILE);

    writeFileSync(join(input, 'deepstatemap_data_20250715.geojson'), '{"type": "FeatureCollection", "features": [');
    const second = run();
    expect(second.status).not.toBe(0);
    expect(second.stderr).toContain('deepstatemap_data_20250715.geojson');
    expect(second.stderr).toMatch(/not JSON/);
    expect(contents(target)).toEqual(before);
    expect(statSync(join(target, OBSERVED_FILE)).mtimeMs).toBe(mtime);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
  }, 180_000);
});

describe.skipIf(!existsSync(HISTORY))(`full daily history (${HISTORY}; skipped when absent)`, () => {
  it('536 days pack to ≤ 3 MB gzipped with every day’s area within 0.5 % of turf’s', () => {
    const dir = join(tmp, 'history');
    mkdirSync(dir, { recursive: true });
    const tar = spawnSync('tar', ['-xzf', HISTORY, '-C', dir], { encoding: 'utf8' });
    expect(tar.status, tar.stderr).toBe(0);
    const input = join(dir, 'deepstate-daily');
    // packing alone (not-occupied ground over 536 days takes minutes; the committed file's is checked in observed-vite.test.ts)
    const s = importObserved({ input, out: join(tmp, 'history-out'), log: quiet, skipNotOccupied: true });
    expect(s.days).toBe(536);
    expect(s.gzipBytes).toBeLessThanOrEqual(3e6);
    expect(s.maxAreaError).toBeLessThan(0.005);
    expect(s.seconds).toBeLessThan(120);
  }, 180_000);
});
