// Compare mode in the domain: gained / lost / net km² per oblast between two snapshots, on synthetic
// squares written here, and on the DeepState fixtures in ../shared (skipped when absent).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { area } from '@turf/turf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedOblasts, claimChanges, compareObserved, FACE_CODE, missingRuns } from './compare';
import type { OblastCollection } from './geo';
import { decodeObserved, snapshotIndex, type ObservedHistory } from './observed-format';
import { totalKm2 } from './observed-metrics';
import { packHistory, parseSnapshot } from '../../scripts/pipeline/observed-pack';
import { importObserved } from '../../scripts/observed';
import { loadObservedDir } from '../../scripts/observed-vite';
import { realDataset } from '../../tests/support/helpers';

const oblasts = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/observed-mini/oblasts.geojson'), 'utf8')) as OblastCollection;
type Box = [number, number, number, number];
const ring = ([w, s, e, n]: Box) => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const snapshot = (day: string, boxes: Box[]) =>
  parseSnapshot(`deepstatemap_data_${day.replace(/-/g, '')}.geojson`, JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: boxes.map((b) => [ring(b)]) } }],
  }));
const km2 = (b: Box) => area({ type: 'Polygon', coordinates: [ring(b)] }) / 1e6;

// UA-09 is the square 31–32 E × 48–49 N, UA-14 30–31 E × 48–49 N, UA-43 30–31 E × 47–48 N.
const A1: Box = [31.0, 48, 31.5, 49]; // UA-09 on day 1
const A2: Box = [31.25, 48, 31.75, 49]; // UA-09 on day 3: lost 31–31.25, gained 31.5–31.75
const B1: Box = [30.5, 48, 30.9, 49]; // UA-14 on day 1 only: lost
const C2: Box = [30.2, 47.2, 30.8, 47.8]; // UA-43 on day 3 only: gained
const h: ObservedHistory = decodeObserved(
  JSON.parse(JSON.stringify(packHistory([snapshot('2025-06-01', [A1, B1]), snapshot('2025-06-03', [A2, C2]), snapshot('2025-06-05', [A2, C2])], oblasts).packed)),
);
const row = (c: ReturnType<typeof compareObserved>, id: string) => c.oblasts.find((o) => o.id === id)!;
const close = (a: number, b: number) => expect(Math.abs(a - b) / Math.max(1, Math.abs(b))).toBeLessThan(2e-3);

describe('compareObserved on synthetic squares', () => {
  const c = compareObserved(h, '2025-06-01', '2025-06-03');

  it('an area only on the later date is gained (UA-43)', () => {
    close(row(c, 'UA-43').gained, km2(C2));
    expect(row(c, 'UA-43').lost).toBe(0);
  });
  it('an area only on the earlier date is lost (UA-14)', () => {
    close(row(c, 'UA-14').lost, km2(B1));
    expect(row(c, 'UA-14').gained).toBe(0);
    close(row(c, 'UA-14').net, -km2(B1));
  });
  it('both in one oblast (UA-09): the overlap is unchanged, each side counted once', () => {
    const r = row(c, 'UA-09');
    close(r.gained, km2([31.5, 48, 31.75, 49]));
    close(r.lost, km2([31.0, 48, 31.25, 49]));
    close(r.net, r.gained - r.lost);
    // the overlap is drawn as unchanged, not as gained or lost
    expect([...c.faces].filter((f) => f === FACE_CODE.same).length).toBeGreaterThan(0);
  });
  it('totals are the sums, and the net equals the difference of the two totals', () => {
    close(c.totals.gained, km2(C2) + km2([31.5, 48, 31.75, 49]));
    close(c.totals.net, totalKm2(h, 1) - totalKm2(h, 0));
  });
  it('the snapshot used for each date, and missing days listed (not interpolated)', () => {
    const d = compareObserved(h, '2025-06-02', '2025-06-06');
    expect(d.from).toEqual({ requested: '2025-06-02', snapshot: '2025-06-01', exact: false });
    expect(d.to).toEqual({ requested: '2025-06-06', snapshot: '2025-06-05', exact: false });
    expect(d.missing).toEqual([
      { from: '2025-06-02', to: '2025-06-02', days: 1 },
      { from: '2025-06-04', to: '2025-06-04', days: 1 },
      { from: '2025-06-06', to: '2025-06-06', days: 1 },
    ]);
    expect(d.missingDays).toBe(3);
    // 06-02 reads the 06-01 snapshot: the same change as from 06-01
    expect(d.totals).toEqual(c.totals);
  });
  it('the same date gives no change; reversed dates are put in order; before the record nothing is observed', () => {
    expect(compareObserved(h, '2025-06-03', '2025-06-05').totals).toEqual({ gained: 0, lost: 0, net: 0 });
    expect(compareObserved(h, '2025-06-03', '2025-06-01').totals).toEqual(c.totals);
    const early = compareObserved(h, '2025-05-01', '2025-06-01');
    expect(early.from.snapshot).toBeNull();
    close(early.totals.gained, totalKm2(h, 0));
    expect(missingRuns(h.dates, '2025-05-01', '2025-06-01')).toEqual([]);
  });
});

describe('claims whose status changed', () => {
  const data = realDataset();
  it('lists the claims that appeared, ended or changed status between two dates, and their oblasts', () => {
    const ch = claimChanges(data, '2025-06-01', '2025-07-10');
    expect(ch.length).toBeGreaterThan(0);
    for (const c of ch) expect(c.before).not.toBe(c.after);
    expect(claimChanges(data, '2025-07-10', '2025-07-10')).toEqual([]);
    expect(changedOblasts(ch).every((id) => /^UA-\d\d$/.test(id))).toBe(true);
  });
});

const SIX = resolve(process.cwd(), '../shared/fixtures/observed');
describe.skipIf(!existsSync(SIX))(`compare on the DeepState fixtures (${SIX}; skipped when ../shared is absent)`, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'compare-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let real: ObservedHistory;
  beforeAll(() => {
    importObserved({ input: SIX, out: tmp, log: () => {} });
    real = decodeObserved(JSON.parse(loadObservedDir(tmp)));
  }, 120_000);

  it('2025-06-01 → 2025-06-30: net change equals the difference of the two totals within 0.5 %', () => {
    const c = compareObserved(real, '2025-06-01', '2025-06-30');
    const diff = totalKm2(real, snapshotIndex(real.dates, '2025-06-30')) - totalKm2(real, snapshotIndex(real.dates, '2025-06-01'));
    console.log(`fixture 2025-06-01 → 2025-06-30: gained ${c.totals.gained.toFixed(1)} km², lost ${c.totals.lost.toFixed(1)} km², net ${c.totals.net.toFixed(1)} km²; totals difference ${diff.toFixed(1)} km²`);
    expect(diff).toBeGreaterThan(0);
    expect(Math.abs(c.totals.net - diff) / Math.abs(diff)).toBeLessThan(0.005);
    expect(c.totals.gained - c.totals.lost).toBeCloseTo(c.totals.net, 6);
    expect(c.missingDays).toBe(28);
    expect(c.missing).toEqual([{ from: '2025-06-02', to: '2025-06-29', days: 28 }]);
  });
});
