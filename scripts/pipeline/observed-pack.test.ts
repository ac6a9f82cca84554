// Observed control on tiny synthetic squares (tests/fixtures/observed-mini, not DeepState data):
// snapshot checks, the planar packing, shares, gains and points against the observed area.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { OblastCollection } from '../../src/domain/geo';
import { dayState, decodeObserved, encodeRuns, isOn, snapshotIndex } from '../../src/domain/observed-format';
import { gainsCsv, monthlyGains, oblastShares, pointVsObserved, totalKm2 } from '../../src/domain/observed-metrics';
import { packHistory, parseSnapshot, sharesCsv, snapshotDate } from './observed-pack';
import { buildTopology } from './observed-topology';
import { miniSnapshots } from '../../tests/support/helpers';

const DIR = join(process.cwd(), 'tests/fixtures/observed-mini');
const oblasts = JSON.parse(readFileSync(join(DIR, 'oblasts.geojson'), 'utf8')) as OblastCollection;
const snaps = miniSnapshots().map((f) => parseSnapshot(f.name, f.text));
const res = packHistory(snaps, oblasts);

/** Area of a snapshot as packed (every face lit on that day, inside the oblasts or not), km². */
function drawnKm2(h: ReturnType<typeof decodeObserved>, day: number): number {
  let s = 0;
  h.faceRuns.forEach((r, f) => {
    if (isOn(r, day)) s += h.packed.faceKm2[f]!;
  });
  return s;
}
const h = decodeObserved(JSON.parse(JSON.stringify(res.packed)));
const share = (day: number, id: string) => oblastShares(h, day).find((o) => o.id === id)!.share;

describe('snapshot files', () => {
  const ok = readFileSync(join(DIR, 'synthetic_20250531.geojson'), 'utf8');
  it('reads the date from the name and rejects bad names and dates', () => {
    expect(snapshotDate('deepstatemap_data_20250630.geojson')).toBe('2025-06-30');
    expect(snapshotDate('deepstatemap_data_20250231.geojson')).toBeNull();
    expect(snapshotDate('deepstate_20250630.geojson')).toBeNull();
    expect(() => parseSnapshot('deepstatemap_data_20251301.geojson', ok)).toThrow(/deepstatemap_data_20251301\.geojson: name/);
  });
  it('accepts a snapshot saved with a UTF-8 byte-order mark', () => {
    const plain = parseSnapshot('deepstatemap_data_20250601.geojson', ok);
    expect(parseSnapshot('deepstatemap_data_20250601.geojson', '\uFEFF' + ok)).toEqual(plain);
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', '\uFEFF{"type": "Featu')).toThrow(/not JSON/);
  });
  it('names the file when it is not JSON, not a FeatureCollection or has the wrong geometry', () => {
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', '{"type": "Featu')).toThrow(/deepstatemap_data_20250601\.geojson: not JSON/);
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', '{"type":"Feature"}')).toThrow(/not a GeoJSON FeatureCollection/);
    const line = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[30, 48], [31, 48]] } }] };
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', JSON.stringify(line))).toThrow(/LineString, expected MultiPolygon/);
    const open = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[[30, 48], [31, 48], [31, 49], [30, 49]]]] } }] };
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', JSON.stringify(open))).toThrow(/not closed/);
    const two = { type: 'FeatureCollection', features: [JSON.parse(ok).features[0], JSON.parse(ok).features[0]] };
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', JSON.stringify(two))).toThrow(/one feature, found 2/);
    const crs = { ...JSON.parse(ok), crs: { type: 'name', properties: { name: 'EPSG:3857' } } };
    expect(() => parseSnapshot('deepstatemap_data_20250601.geojson', JSON.stringify(crs))).toThrow(/CRS/);
  });
});

describe('packing a history into faces and arcs', () => {
  it('keeps every day’s area within 0.5 % of turf’s area of the snapshot', () => {
    // turf.area is not exactly additive when a 1° edge is split at a crossing; on real data (short
    // edges) the difference is ~1e-9, on these squares ~2e-4.
    expect(res.stats.maxAreaError).toBeLessThan(1e-3);
    snaps.forEach((s, d) => expect(Math.abs(drawnKm2(h, d) / (area(s.geometry) / 1e6) - 1)).toBeLessThan(1e-3));
  });
  it('nodes crossing lines: the day-4 front crosses the day-2 line between vertices', () => {
    const topo = buildTopology(snaps);
    const crossing = topo.nodes.some(([x, y]) => x === 31_250_000 && y === 48_500_000);
    expect(crossing).toBe(true);
  });
  it('gives the same answer whatever order the files come in', () => {
    const again = packHistory([...snaps].reverse(), oblasts);
    expect(again.packed.dates).toEqual(res.packed.dates);
    expect(again.byDay.map((r) => [...r].map((x) => x.toFixed(3)))).toEqual(res.byDay.map((r) => [...r].map((x) => x.toFixed(3))));
  });
  it('refuses two snapshots of one day', () => {
    expect(() => packHistory([snaps[0]!, snaps[0]!], oblasts)).toThrow(/two snapshots for 2025-05-31/);
  });
  it('runs encode and decode per-day presence', () => {
    const on = [0, 1, 1, 0, 0, 1, 1, 1];
    const rel = encodeRuns(on);
    expect(rel).toEqual([1, 2, 2, 3]);
    const abs = decodeObserved({ ...res.packed, faceRuns: res.packed.faceRuns.map(() => rel) }).faceRuns[0]!;
    expect(on.map((_, d) => (isOn(abs, d) ? 1 : 0))).toEqual(on);
  });
  it('draws faces and arcs per day; the union of a day’s faces is its area', () => {
    const st = dayState(h, 2);
    expect(st.faces.some((x) => x)).toBe(true);
    expect(st.arcs.some((x) => x)).toBe(true);
    expect([...dayState(h, -1).faces].every((x) => x === 0)).toBe(true);
    // the pocket (hole) on 30 June is a face of its own, off that day
    const pocket = h.faces.features.findIndex((f) => {
      const xs = f.geometry.coordinates[0]!.map((p) => p[0]!);
      return Math.min(...xs) === 31.6 && Math.max(...xs) === 31.7 && f.geometry.coordinates.length === 1;
    });
    expect(pocket).toBeGreaterThanOrEqual(0);
    expect(st.faces[pocket]).toBe(0);
    expect(dayState(h, 1).faces[pocket]).toBe(1);
  });
});

describe('figures from the packed history', () => {
  it('finds the snapshot at or before a date', () => {
    expect(snapshotIndex(h.dates, '2025-05-30')).toBe(-1);
    expect(snapshotIndex(h.dates, '2025-05-31')).toBe(0);
    expect(snapshotIndex(h.dates, '2025-06-29')).toBe(1);
    expect(snapshotIndex(h.dates, '2025-06-30')).toBe(2);
    expect(snapshotIndex(h.dates, '2026-01-01')).toBe(3);
  });
  it('per-oblast shares follow the front', () => {
    expect(share(0, 'UA-09')).toBeCloseTo(0.5, 6); // half the lon range is half the area on a sphere
    expect(share(1, 'UA-09')).toBeCloseTo(0.75, 6);
    expect(share(2, 'UA-09')).toBeGreaterThan(0.985); // whole square minus a 0.1° pocket
    expect(share(2, 'UA-09')).toBeLessThan(0.995);
    expect(share(3, 'UA-09')).toBeCloseTo(0.75, 2);
    expect(share(2, 'UA-14')).toBe(0);
    expect(totalKm2(h, 2)).toBeCloseTo(oblastShares(h, 2).reduce((s, o) => s + o.km2, 0), 6);
  });
  it('the fully occupied areas come out whole, less the boundary mismatch', () => {
    expect(share(0, 'UA-40')).toBeCloseTo(1, 6);
    expect(share(0, 'UA-43')).toBeCloseTo(0.99, 3);
  });
  it('monthly gains compare the snapshots nearest the months’ ends and say which', () => {
    const g = monthlyGains(h);
    expect(g.map((x) => [x.month, x.from, x.to])).toEqual([
      ['2025-06', '2025-05-31', '2025-06-30'],
      ['2025-07', '2025-06-30', '2025-07-31'],
    ]);
    expect(g[0]!.km2).toBeCloseTo(totalKm2(h, 2) - totalKm2(h, 0), 6);
    expect(g[1]!.km2).toBeLessThan(0);
  });
  it('a month runs from the last snapshot of the previous month to its own last; partial months say so', () => {
    const g = monthlyGains(h);
    expect(g.map((x) => [x.days, x.partial])).toEqual([[30, false], [31, false]]);
    // History starting inside June: its first snapshot is the start, and the month is partial.
    const late = decodeObserved(JSON.parse(JSON.stringify(packHistory(snaps.slice(1), oblasts).packed)));
    const lg = monthlyGains(late);
    expect(lg.map((x) => [x.month, x.from, x.to, x.days, x.partial])).toEqual([
      ['2025-06', '2025-06-15', '2025-06-30', 15, true],
      ['2025-07', '2025-06-30', '2025-07-31', 31, false],
    ]);
    // History ending inside June: the last snapshot is the end.
    const early = decodeObserved(JSON.parse(JSON.stringify(packHistory(snaps.slice(0, 2), oblasts).packed)));
    expect(monthlyGains(early).map((x) => [x.month, x.from, x.to, x.partial])).toEqual([['2025-06', '2025-05-31', '2025-06-15', true]]);
  });
  it('writes the gains CSV: month,first_date,last_date,days,gain_km2', () => {
    const g = monthlyGains(h);
    const lines = gainsCsv(g).trimEnd().split('\r\n');
    expect(lines[0]).toBe('month,first_date,last_date,days,gain_km2');
    expect(lines[1]).toBe(`2025-06,2025-05-31,2025-06-30,30,${g[0]!.km2.toFixed(1)}`);
    expect(lines).toHaveLength(3);
    expect(Number(lines[2]!.split(',')[4])).toBeLessThan(0);
  });
  it('tells whether a point is inside and how far it is from the edge', () => {
    const pocket = pointVsObserved(h, 2, 31.65, 48.45)!;
    expect(pocket.inside).toBe(false);
    expect(pocket.distanceKm).toBeGreaterThan(3.6);
    expect(pocket.distanceKm).toBeLessThan(3.8); // 0.05° of longitude at 48.45° N ≈ 3.69 km
    const p = pointVsObserved(h, 0, 31.3, 48.5)!;
    expect(p.inside).toBe(false);
    expect(p.distanceKm).toBeCloseTo(0.2 * 111.195 * Math.cos((48.5 * Math.PI) / 180), 1);
    expect(pointVsObserved(h, 1, 31.3, 48.5)!.inside).toBe(true);
    expect(pointVsObserved(h, -1, 31.3, 48.5)).toBeNull();
  });
  it('writes one CSV row per date and oblast', () => {
    const lines = sharesCsv(res).trim().split('\r\n');
    expect(lines[0]).toBe('date,id,occupied_km2,share');
    expect(lines).toHaveLength(1 + 4 * 4);
    const row = lines.find((l) => l.startsWith('2025-06-15,UA-09,'))!.split(',');
    expect(Number(row[3])).toBeCloseTo(0.75, 5);
  });
});
