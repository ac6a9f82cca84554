import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const GEO_DIR = path.join(process.cwd(), 'public/geo');
const FILES = ['oblasts.geojson', 'context.geojson', 'buffer-zone.geojson', 'map.topojson', 'SOURCES.md'];
const read = (name: string) => fs.readFileSync(path.join(GEO_DIR, name), 'utf8');
const load = <T extends FeatureCollection>(name: string) => JSON.parse(read(name)) as T;

interface OblastProps {
  id: string;
  name_en: string;
  name_en_full: string;
  name_uk: string;
  area_km2: number;
  label_lon: number;
  label_lat: number;
}
type Area = Polygon | MultiPolygon;
const oblasts = load<FeatureCollection<Area, OblastProps>>('oblasts.geojson').features;
const context = load<FeatureCollection>('context.geojson').features;
const zone = load<FeatureCollection<Area>>('buffer-zone.geojson').features;

const EXPECTED_IDS = [
  'UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14', 'UA-18', 'UA-21', 'UA-23', 'UA-26', 'UA-30',
  'UA-32', 'UA-35', 'UA-40', 'UA-43', 'UA-46', 'UA-48', 'UA-51', 'UA-53', 'UA-56', 'UA-59',
  'UA-61', 'UA-63', 'UA-65', 'UA-68', 'UA-71', 'UA-74', 'UA-77',
];
const km2 = (f: Feature | Area) => turf.area(f as Feature<Area>) / 1e6;
const byId = (id: string) => oblasts.find((f) => f.properties.id === id)!;
const rings = (g: Area) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;

function borderLine(iso: string): Feature<LineString | MultiLineString> {
  const f = context.find((x) => x.properties?.kind === 'border' && x.properties?.with === iso);
  expect(f, `border with ${iso}`).toBeDefined();
  return f as Feature<LineString | MultiLineString>;
}
const linesOf = (g: LineString | MultiLineString) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

describe('oblasts.geojson', () => {
  it('has exactly the 27 first-level units with ISO 3166-2 ids', () => {
    const ids = oblasts.map((f) => f.properties.id);
    expect(ids).toHaveLength(27);
    expect(new Set(ids).size).toBe(27);
    for (const id of ids) expect(id).toMatch(/^UA-\d\d$/);
    expect([...ids].sort()).toEqual(EXPECTED_IDS);
    expect(ids).toEqual([...ids].sort()); // sorted for stable output
  });

  it('has the documented properties and names', () => {
    for (const f of oblasts) {
      expect(Object.keys(f.properties)).toEqual([
        'id', 'name_en', 'name_en_full', 'name_uk', 'area_km2', 'label_lon', 'label_lat',
      ]);
      const p = f.properties;
      expect(p.name_en).not.toMatch(/Kiev|Odessa|['’ʼ]/);
      expect(p.name_en_full).not.toMatch(/Kiev|Odessa|['’ʼ]/);
      expect(p.name_uk).toMatch(/^[\p{Script=Cyrillic}ʼ' -]+$/u);
      expect(typeof p.area_km2).toBe('number');
      expect(decimals(p.area_km2)).toBeLessThanOrEqual(1);
    }
    expect(byId('UA-30').properties.name_en).toBe('Kyiv');
    expect(byId('UA-32').properties.name_en).toBe('Kyiv Oblast');
    expect(byId('UA-51').properties.name_en).toBe('Odesa');
    expect(byId('UA-43').properties.name_en).toBe('Crimea');
    expect(byId('UA-43').properties.name_uk).toBe('Автономна Республіка Крим');
    expect(byId('UA-40').properties.name_uk).toBe('Севастополь');
  });

  it('puts each label point inside its unit', () => {
    for (const f of oblasts) {
      const pt = turf.point([f.properties.label_lon, f.properties.label_lat]);
      expect(turf.booleanPointInPolygon(pt, f), f.properties.id).toBe(true);
    }
  });

  it('sums to the area of Ukraine and simplification keeps each area', () => {
    const total = oblasts.reduce((s, f) => s + f.properties.area_km2, 0);
    expect(Math.abs(total / 603628 - 1)).toBeLessThan(0.02);
    for (const f of oblasts) {
      const tol = ['UA-30', 'UA-40'].includes(f.properties.id) ? 0.08 : 0.03;
      expect(Math.abs(km2(f) / f.properties.area_km2 - 1), f.properties.id).toBeLessThan(tol);
    }
  });

  it('has valid geometry: closed rings of >= 4 positions, <= 5 decimals', () => {
    for (const f of oblasts) {
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      for (const ring of rings(f.geometry)) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const [x, y] of ring) {
          expect(decimals(x!)).toBeLessThanOrEqual(5);
          expect(decimals(y!)).toBeLessThanOrEqual(5);
        }
      }
      expect(turf.booleanValid(f), f.properties.id).toBe(true);
      expect(turf.kinks(f as Feature<Polygon>).features, f.properties.id).toHaveLength(0);
    }
  });

  it('has no overlaps between neighbours', { timeout: 30_000 }, () => {
    const boxes = oblasts.map((f) => turf.bbox(f));
    const areas = oblasts.map((f) => km2(f));
    for (let i = 0; i < oblasts.length; i++) {
      for (let j = i + 1; j < oblasts.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a[0] > b[2] || a[2] < b[0] || a[1] > b[3] || a[3] < b[1]) continue;
        const x = turf.intersect(turf.featureCollection([oblasts[i]!, oblasts[j]!]));
        const overlap = x ? km2(x) : 0;
        expect(overlap, `${oblasts[i]!.properties.id} x ${oblasts[j]!.properties.id}`).toBeLessThanOrEqual(
          0.001 * Math.min(areas[i]!, areas[j]!),
        );
      }
    }
  });

  it('has no gaps: union area equals the sum of areas', { timeout: 30_000 }, () => {
    const union = turf.union(turf.featureCollection(oblasts))!;
    const sum = oblasts.reduce((s, f) => s + km2(f), 0);
    expect(Math.abs(km2(union) / sum - 1)).toBeLessThan(0.001);
    // Shared borders stay shared, so interior holes can only be Kyiv city inside Kyiv Oblast.
    const holes = (union.geometry.type === 'Polygon' ? [union.geometry.coordinates] : union.geometry.coordinates)
      .map((p) => p.length - 1)
      .reduce((s, n) => s + n, 0);
    expect(holes).toBe(0);
  });

  it('is at most 60 KB gzipped', () => {
    expect(zlib.gzipSync(read('oblasts.geojson')).length).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('context.geojson', () => {
  it('has the neighbour countries and RU/BY border lines, <= 4 decimals, <= 40 KB gzipped', () => {
    const countries = context.filter((f) => f.properties?.kind === 'country');
    expect(countries.map((f) => f.properties!.iso_a2).sort()).toEqual(['BY', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK']);
    for (const f of countries) {
      expect(f.properties!.name_en).toBeTruthy();
      expect(f.properties!.name_uk).toMatch(/^\p{Script=Cyrillic}+$/u);
      expect(turf.booleanValid(f)).toBe(true);
    }
    borderLine('RU');
    borderLine('BY');
    for (const p of turf.coordAll(turf.featureCollection(context) as FeatureCollection)) {
      expect(decimals(p[0]!)).toBeLessThanOrEqual(4);
      expect(decimals(p[1]!)).toBeLessThanOrEqual(4);
    }
    expect(zlib.gzipSync(read('context.geojson')).length).toBeLessThanOrEqual(40 * 1024);
  });

  it('border lines follow the outlines of the right oblasts only', () => {
    // Exact vertex matches: the lines come from the same topology arcs as the oblasts.
    const vertexSet = (ids: string[]) =>
      new Set(ids.flatMap((id) => rings(byId(id).geometry).flat().map((p: Position) => `${p[0]},${p[1]}`)));
    const cases: [string, string[]][] = [
      ['RU', ['UA-74', 'UA-59', 'UA-63', 'UA-09', 'UA-14']],
      ['BY', ['UA-07', 'UA-56', 'UA-18', 'UA-32', 'UA-74']],
    ];
    for (const [iso, ids] of cases) {
      const allowed = vertexSet(ids);
      const pts = linesOf(borderLine(iso).geometry).flat();
      expect(pts.length).toBeGreaterThan(100);
      for (const p of pts) expect(allowed.has(`${p[0]},${p[1]}`), `${iso} ${p}`).toBe(true);
    }
    // Crimea is not a land border with Russia: keep the line well away from it.
    const crimea = turf.featureCollection([byId('UA-43'), byId('UA-40')]);
    for (const p of linesOf(borderLine('RU').geometry).flat()) {
      expect(turf.booleanPointInPolygon(p, crimea.features[0]!)).toBe(false);
    }
    expect(Math.min(...linesOf(borderLine('RU').geometry).flat().map((p) => p[1]!))).toBeGreaterThan(46.5);
  });
});

describe('buffer-zone.geojson', () => {
  const f = zone[0]!;
  const ruLine = borderLine('RU');
  // The oblasts the buffer-zone claim names: the band is clipped to them.
  const claims = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'data/claims.json'), 'utf8')).claims as Array<{
    id: string;
    subject: { oblasts?: string[]; zone?: string };
  }>;
  const subject = claims.find((c) => c.id === 'buffer-zone-2025')!.subject;

  it('is one feature with the documented properties, <= 4 decimals', () => {
    expect(zone).toHaveLength(1);
    expect(Object.keys(f.properties!)).toEqual(['id', 'distance_km', 'area_km2', 'basis']);
    expect(f.properties!.id).toBe('buffer-zone-30km');
    expect(f.properties!.distance_km).toBe(30);
    expect(f.properties!.basis).toMatch(/^Sumy, Kharkiv and Chernihiv oblasts .*30 km.*Russia–Ukraine state border.*Natural Earth 10m.*turf buffer/);
    expect(f.properties!.area_km2).toBeGreaterThan(0);
    expect(Number.isInteger(f.properties!.area_km2)).toBe(true);
    expect(Math.abs(km2(f) / f.properties!.area_km2 - 1)).toBeLessThan(0.02);
    expect(turf.booleanValid(f)).toBe(true);
    for (const p of turf.coordAll(f)) {
      expect(decimals(p[0]!)).toBeLessThanOrEqual(4);
      expect(decimals(p[1]!)).toBeLessThanOrEqual(4);
    }
  });

  it('lies within 30.5 km of the Russian border', { timeout: 30_000 }, () => {
    const lines = linesOf(ruLine.geometry).map((l) => turf.lineString(l));
    for (const p of turf.coordAll(f)) {
      const d = Math.min(...lines.map((l) => turf.pointToLineDistance(p, l, { units: 'kilometers' })));
      expect(d).toBeLessThanOrEqual(30.5);
    }
  });

  it('covers only the oblasts the buffer-zone claim names (Sumy, Kharkiv, Chernihiv), not Luhansk or Donetsk', { timeout: 30_000 }, () => {
    expect(subject.zone).toBe('buffer-zone-30km');
    expect([...subject.oblasts!].sort()).toEqual(['UA-59', 'UA-63', 'UA-74']);
    const inside = (id: string) => {
      const cut = turf.intersect(turf.featureCollection([f, byId(id)]));
      return cut ? km2(cut) : 0;
    };
    const per = Object.fromEntries(oblasts.map((o) => [o.properties.id, inside(o.properties.id)]));
    // every subject oblast gets a band along its Russian border (each is over 4,000 km²)
    for (const id of subject.oblasts!) expect(per[id], id).toBeGreaterThan(4000);
    // and no other unit gets more than slivers from the shared oblast lines
    for (const o of oblasts) if (!subject.oblasts!.includes(o.properties.id)) expect(per[o.properties.id], o.properties.id).toBeLessThan(0.5);
    expect(per['UA-09']).toBeLessThan(0.5);
    expect(per['UA-14']).toBeLessThan(0.5);
    const inSubject = subject.oblasts!.reduce((s, id) => s + per[id]!, 0);
    expect(Math.abs(inSubject / km2(f) - 1)).toBeLessThan(0.001);
  });

  it('keeps the band near the border in each of those oblasts and none in Luhansk or Donetsk oblasts', () => {
    // Points within ~15 km of the Russian border (the unclipped band covered all five).
    const inBand = (lon: number, lat: number) => turf.booleanPointInPolygon(turf.point([lon, lat]), f as Feature<Area>);
    const inOblast = (id: string, lon: number, lat: number) => turf.booleanPointInPolygon(turf.point([lon, lat]), byId(id));
    const near: Array<[string, number, number, boolean]> = [
      ['UA-74', 33.2, 52.2, true],
      ['UA-59', 35.0, 51.2, true],
      ['UA-63', 37.0, 50.3, true],
      ['UA-09', 40.05, 49.4, false],
      ['UA-09', 39.3, 48.57, false],
      ['UA-14', 38.48, 47.79, false],
    ];
    for (const [id, lon, lat, drawn] of near) {
      expect(inOblast(id, lon, lat), `${lon},${lat} in ${id}`).toBe(true);
      expect(inBand(lon, lat), `${lon},${lat} in the band`).toBe(drawn);
    }
    // it ends at the Kharkiv–Luhansk line: nothing east of Kharkiv oblast's eastern edge
    expect(turf.bbox(f)[2]).toBeLessThanOrEqual(turf.bbox(byId('UA-63'))[2] + 1e-9);
  });
});

describe('npm run geo', () => {
  it('is deterministic: a rebuild reproduces the committed files byte for byte', { timeout: 120_000 }, () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-geo.ts', '--out', out], {
        cwd: process.cwd(),
        stdio: 'pipe',
      });
      for (const name of FILES) {
        expect(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(GEO_DIR, name))), name).toBe(
          true,
        );
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('map.topojson (what the page loads)', () => {
  it('decodes to the same three layers as the GeoJSON files, within 1e-4 degrees, under 60 KB gzipped', async () => {
    const { decodeGeo } = await import('../src/state/load');
    const text = read('map.topojson');
    expect(zlib.gzipSync(text).length).toBeLessThanOrEqual(60 * 1024);
    const geo = decodeGeo(JSON.parse(text.toString()));
    const pairs: Array<[FeatureCollection, FeatureCollection]> = [
      [geo.oblasts as FeatureCollection, load<FeatureCollection>('oblasts.geojson')],
      [geo.context, load<FeatureCollection>('context.geojson')],
      [geo.zone, load<FeatureCollection>('buffer-zone.geojson')],
    ];
    for (const [topo, json] of pairs) {
      expect(topo.features.map((f) => f.properties)).toEqual(json.features.map((f) => f.properties));
      topo.features.forEach((f, i) => {
        const g = json.features[i]!;
        // Rings may start at another vertex after the round trip, so compare counts, extents and areas.
        expect(turf.coordAll(f).length).toBe(turf.coordAll(g).length);
        const [a, b] = [turf.bbox(f), turf.bbox(g)];
        for (let k = 0; k < 4; k++) expect(Math.abs(a[k]! - b[k]!)).toBeLessThan(1e-4);
        if (g.geometry.type === 'Polygon' || g.geometry.type === 'MultiPolygon') {
          expect(Math.abs(turf.area(f) / turf.area(g) - 1)).toBeLessThan(1e-4);
        }
      });
    }
  });
});
