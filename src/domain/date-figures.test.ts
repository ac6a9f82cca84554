// The per-date figures cache (figuresAt) and the pruned nearest-edge search of pointVsObserved, on
// the synthetic squares of tests/fixtures/observed-mini (not DeepState data): the cache must hand out
// exactly what the uncached functions compute, and the same object for every date on one snapshot.
import { describe, expect, it } from 'vitest';
import { claimLedger } from './ledger';
import { decodeObserved, isOn } from './observed-format';
import { notOccupiedAt, notOccupiedOblasts, oblastShares, pointVsObserved } from './observed-metrics';
import { notOccupiedSubjects, packHistory, parseSnapshot } from '../../scripts/pipeline/observed-pack';
import type { Claim, Place } from './schema';
import { figuresAt } from './date-figures';
import { miniOblasts, miniSnapshots, testClaim } from '../../tests/support/helpers';

const oblasts = miniOblasts();
const snaps = miniSnapshots().map((f) => parseSnapshot(f.name, f.text));
const claim = testClaim;
const place = (name: string, lon: number, lat: number, uncertainty_km: number): Place => ({ name_en: name, name_uk: name, admin: 'test', lon, lat, uncertainty_km, coords_kind: 'estimate', coords_source: 'synthetic' });
const claims: Claim[] = [
  claim('east-control', 'area-control', { oblasts: ['UA-09'] }, '2025-06-01'),
  claim('occupied-annexed', 'annexation', { oblasts: ['UA-43'] }, '2014-03-18'),
  claim('village', 'point-control', { oblasts: ['UA-09'], point: place('Front', 31.3, 48.5, 1) }, '2025-06-01'),
  claim('pocket', 'point-control', { oblasts: ['UA-09'], point: place('Pocket', 31.65, 48.45, 2) }, '2025-06-20'),
];
const res = packHistory(snaps, oblasts, undefined, { notOccupied: notOccupiedSubjects(claims) });
// days: 0 = 31 May, 1 = 15 Jun, 2 = 30 Jun, 3 = 31 Jul
const fresh = () => decodeObserved(JSON.parse(JSON.stringify(res.packed)));

describe('figuresAt: one computation per snapshot, shared', () => {
  it('is the same object for every date on one snapshot, a new one for another snapshot', () => {
    const h = fresh();
    const a = figuresAt(h, '2025-06-15');
    expect(figuresAt(h, '2025-06-20')).toBe(a);
    expect(a.day).toBe(1);
    expect(a.snapshot).toBe('2025-06-15');
    const b = figuresAt(h, '2025-06-30');
    expect(b).not.toBe(a);
    expect(b.day).toBe(2);
    expect(figuresAt(h, '2025-05-01')).toMatchObject({ day: -1, snapshot: null });
    // the last few snapshots are kept: views on different dates do not evict each other's figures
    expect(figuresAt(h, '2025-06-16')).toBe(a);
    expect(figuresAt(h, '2025-07-01')).toBe(b);
  });
  it('hands out what claimLedger, notOccupiedAt and oblastShares compute, each once', () => {
    const h = fresh();
    for (const date of ['2025-05-01', '2025-05-31', '2025-06-16', '2025-06-30', '2025-08-20']) {
      const f = figuresAt(h, date);
      expect(f.ledger(claims)).toEqual(claimLedger(claims, h, date));
      expect(f.ledger(claims)).toBe(f.ledger(claims));
      const notOccupied = f.day < 0 ? [] : notOccupiedOblasts(h).map((id) => notOccupiedAt(h, id, f.day)).filter(Boolean);
      expect(f.notOccupied()).toEqual(notOccupied);
      expect(notOccupied.length).toBe(f.day < 0 ? 0 : 2);
      expect(f.notOccupied()).toBe(f.notOccupied());
      const shares = new Map(f.day < 0 ? [] : oblastShares(h, f.day).map((o) => [o.id, o.share]));
      expect(f.shares()).toEqual(shares);
    }
  });
  it('a ledger of other claims is computed for them, not taken from the cache', () => {
    const h = fresh();
    const f = figuresAt(h, '2025-06-30');
    expect(f.ledger(claims)).toHaveLength(4);
    expect(f.ledger(claims.slice(0, 1))).toHaveLength(1);
  });
});

describe('pointVsObserved: the nearest edge, read nearest arcs first', () => {
  const EARTH_KM = 6371.0088;
  /** Every lit arc, every segment: the search before the pruning. */
  function bruteKm(h: ReturnType<typeof fresh>, day: number, lon: number, lat: number): number {
    const k = Math.cos((lat * Math.PI) / 180);
    let best = Infinity;
    h.arcs.features.forEach((a, i) => {
      if (!isOn(h.arcRuns[i]!, day)) return;
      const c = a.geometry.coordinates;
      for (let j = 0; j + 1 < c.length; j++) {
        const ax = (c[j]![0]! - lon) * k, ay = c[j]![1]! - lat, bx = (c[j + 1]![0]! - lon) * k, by = c[j + 1]![1]! - lat;
        const dx = bx - ax, dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2)) : 0;
        const px = ax + t * dx, py = ay + t * dy;
        best = Math.min(best, (Math.sqrt(px * px + py * py) * Math.PI * EARTH_KM) / 180);
      }
    });
    return best;
  }
  it('gives the same distance as reading every arc, on every day, inside and outside the area', () => {
    const h = fresh();
    let n = 0;
    for (let lon = 29.9; lon <= 32.6; lon += 0.23) {
      for (let lat = 47.9; lat <= 49.6; lat += 0.17) {
        for (let day = 0; day < h.dates.length; day++) {
          expect(pointVsObserved(h, day, lon, lat)!.distanceKm).toBe(bruteKm(h, day, lon, lat));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(400);
  });
});
