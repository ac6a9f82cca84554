// A build with two observed sources, on the node side and through the real seams: the made-up
// source's days are written as its own files, imported with the importer (--source fixture-watch) and
// derived; the build's plugin is given both folders as OBSERVED_DIRS; what it defines and emits is
// what the page's loader fetches (fetch answered from the emitted files); and from those records the
// legend, the ledgers, the status table, the map's style and date drawing, the CSV and GeoJSON exports
// and the figure's legend are rendered as the app wires them. Dropping the second source at any of
// these steps fails a test here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OBSERVED_DIR, observedPlugin, type ObservedRecordRef } from '../../scripts/observed-vite';
import { importObserved } from '../../scripts/observed';
import { deriveDir } from '../../scripts/observed-derive';
import { writeFixtureWatchDays } from '../../scripts/pipeline/fixture-days';
import { claimsAt } from '../domain/join';
import { decodeGeo, loadObserved, type AppData, type ObservedState } from '../state/load';
import { readyRecords } from '../state/use-observed';
import { ClaimsVsObservedPanel, ObservedLegends } from '../components/Observed';
import { Legend } from '../components/Legend';
import { StatusTable } from '../components/StatusTable';
import { exportCsv, exportGeoJson } from '../export/run';
import { figureText } from '../export/content';
import { layoutFigure } from '../export/layout';
import { buildScene, figureSvg } from '../export/svg';
import { buildStyle } from '../map/style';
import { DateDrawer } from '../map/draw-date';
import { OBSERVED_PENDING, observedIds } from '../map/observed-layer';
import { placesCollection } from '../domain/places';
import { PALETTES } from '../symbols/palettes';
import { realDataset } from '../../tests/support/helpers';
import { readFileSync } from 'node:fs';
import type { SourceRecord } from './records';

const saved: Array<{ name: string; blob: Blob }> = [];
vi.mock('../export/download', () => ({ saveBlob: (blob: Blob, name: string) => saved.push({ name, blob }) }));

const DATE = '2025-07-15';
const dataset = realDataset();
const geo = decodeGeo(JSON.parse(readFileSync(join(process.cwd(), 'public/geo/map.topojson'), 'utf8')));
let tmp = '';
let refs: ObservedRecordRef[] = [];
let records: SourceRecord[] = [];

/** Runs the build's observed plugin with `env`: its define and the files it emits. */
function build(env: Record<string, string>): { define: Record<string, string>; emitted: Map<string, string> } {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  try {
    const plugin = observedPlugin();
    const define = (plugin.config as () => { define: Record<string, string> })().define;
    const emitted = new Map<string, string>();
    (plugin.generateBundle as unknown as (this: unknown) => void).call({ emitFile: (f: { fileName: string; source: string }) => emitted.set(f.fileName, f.source) });
    return { define, emitted };
  } finally {
    vi.unstubAllEnvs();
  }
}

/** The page's loader, with fetch answered from the build's emitted files: one state per shipped record. */
async function load(shipped: readonly ObservedRecordRef[], emitted: Map<string, string>): Promise<SourceRecord[]> {
  vi.stubGlobal('fetch', async (url: string) => {
    const text = emitted.get(url.replace(/^\//, ''));
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  });
  try {
    const states = await Promise.all(shipped.map((r) => loadObserved('/', r.url).then((history): ObservedState => ({ kind: 'ready', history }))));
    return readyRecords(shipped, states);
  } finally {
    vi.unstubAllGlobals();
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'two-sources-'));
  const packed = join(tmp, 'packed');
  importObserved({ input: writeFixtureWatchDays(join(tmp, 'days')), out: packed, source: 'fixture-watch', log: () => {} });
  deriveDir(packed);
  const { define, emitted } = build({ OBSERVED_DIRS: `deepstate:${DEFAULT_OBSERVED_DIR},fixture-watch:${packed}` });
  refs = JSON.parse(define.__OBSERVED_RECORDS__!) as ObservedRecordRef[];
  records = await load(refs, emitted);
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('a build with two observed sources (OBSERVED_DIRS)', () => {
  it('ships one record per source, in order, and the page loads both', () => {
    expect(refs).toEqual([
      { source: 'deepstate', url: 'data/observed.json', first: '2024-07-08', last: '2026-05-31' },
      { source: 'fixture-watch', url: 'data/observed-fixture-watch.json', first: '2025-06-01', last: '2025-07-10' },
    ]);
    expect(records.map((r) => r.source.id)).toEqual(['deepstate', 'fixture-watch']);
    expect(records[1]!.history.packed.license).toBe('CC0-1.0');
    expect(records[1]!.history.dates).toEqual(['2025-06-01', '2025-06-20', '2025-07-10']);
  });

  it('the legend has one observed group per source, each on its own snapshot', () => {
    const join = claimsAt(dataset, DATE);
    const out = renderToStaticMarkup(<Legend join={join} lang="en" theme="light" claimedTitle="Claimed" extra={<ObservedLegends records={records} date={DATE} lang="en" theme="light" />} />);
    expect(out.match(/data-testid="legend-group-observed"/g)).toHaveLength(2);
    expect(out).toMatch(/data-source="deepstate"[^>]*data-snapshot="2025-07-15"/);
    expect(out).toMatch(/data-source="fixture-watch"[^>]*data-snapshot="2025-07-10"/);
    expect(out).toContain('Observed (FixtureWatch, 10 July 2025)');
  });

  it('the ledger and the status table give a result per source', () => {
    const join = claimsAt(dataset, DATE);
    const panels = records.map((r) => renderToStaticMarkup(<ClaimsVsObservedPanel source={r.source} observed={r.history} join={join} oblasts={geo.oblasts} lang="en" claims={dataset.claims} />));
    expect(panels[1]).toContain('data-source="fixture-watch"');
    // FixtureWatch draws nothing in Luhansk oblast, so all of it is ground it does not show as occupied
    const km2 = (html: string) => Number(/data-claim="luhansk-full-control-2025" data-subject="UA-09"[^>]*data-not-occupied-km2="([\d.]+)"/.exec(html)?.[1]);
    expect(km2(panels[1]!)).toBeGreaterThan(20_000);
    expect(km2(panels[0]!)).toBeLessThan(1_000);
    const table = renderToStaticMarkup(<StatusTable join={join} oblasts={geo.oblasts} sources={dataset.sources} lang="en" onSelect={() => {}} records={records} />);
    expect(table.match(/<th scope="col" data-source="[^"]+"/g)).toEqual(['<th scope="col" data-source="deepstate"', '<th scope="col" data-source="fixture-watch"']);
    expect(table.match(/<td class="ob-table-share" data-source="fixture-watch"/g)).toHaveLength(27);
  });

  it('the map gets one observed group per source, with ids from the source id, and draws each on its own snapshot', () => {
    const style = buildStyle({ oblasts: geo.oblasts, context: geo.context, zone: geo.zone, labels: { type: 'FeatureCollection', features: [] }, places: placesCollection(dataset.claims, geo.oblasts), fonts: { regular: [], bold: [] }, lang: 'en', palette: PALETTES.light, observed: OBSERVED_PENDING, observedMore: refs.slice(1).map((r) => ({ ids: observedIds(r.source), input: OBSERVED_PENDING })) });
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['observed-fill', 'observed-line', 'observed-fixture-watch-fill', 'observed-fixture-watch-line']));
    expect(Object.keys(style.sources)).toEqual(expect.arrayContaining(['observed-fixture-watch-faces', 'observed-fixture-watch-arcs']));
    const on = new Map<string, number>();
    const data = new Set<string>();
    const map = {
      setFeatureState: (f: { source: string }, s: { on?: boolean }) => s.on && on.set(f.source, (on.get(f.source) ?? 0) + 1),
      getSource: (id: string) => ({ setData: () => data.add(id) }),
      getLayer: () => undefined,
      setLayoutProperty: () => {},
    };
    const drawer = new DateDrawer(map as never, placesCollection(dataset.claims, geo.oblasts), geo.zone.features.map((f) => String(f.properties?.id)));
    drawer.draw({ join: claimsAt(dataset, DATE), observed: records[0]!.history, others: records.slice(1) });
    expect([...data]).toEqual(expect.arrayContaining(['observed-faces', 'observed-fixture-watch-faces', 'observed-fixture-watch-arcs']));
    // FixtureWatch's 10 July snapshot: its faces drawn that day, in its own source
    expect(on.get('observed-fixture-watch-faces')).toBeGreaterThan(0);
    expect(on.get('observed-faces')).toBeGreaterThan(0);
  });

  it('the CSV and GeoJSON exports carry every source, and the figure a legend group and credit per source', async () => {
    const join = claimsAt(dataset, DATE);
    const data: AppData = { dataset, geo, observed: records[0]!.history, records };
    saved.length = 0;
    await exportCsv({ map: null, data, join, lang: 'en', theme: 'light' });
    const rows = parse((await saved[0]!.blob.text()).replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>;
    const luhansk = rows.find((r) => r.id === 'UA-09')!;
    expect(luhansk['observed_snapshot_deepstate']).toBe('2025-07-15');
    expect(luhansk['observed_snapshot_fixture-watch']).toBe('2025-07-10');
    expect(Number(luhansk['not_occupied_km2_fixture-watch'])).toBeGreaterThan(20_000);
    expect(luhansk['ledger_fixture-watch']).toContain('luhansk-full-control-2025:');
    await exportGeoJson({ map: null, data, join, lang: 'en', theme: 'light' });
    const fc = JSON.parse(await saved[1]!.blob.text()) as { features: Array<{ properties: Record<string, unknown> }> };
    const claim = fc.features.find((f) => f.properties.claim_id === 'luhansk-full-control-2025')!;
    expect(claim.properties['ledger_fixture-watch']).toEqual([expect.objectContaining({ subject: 'UA-09', observed_snapshot: '2025-07-10' })]);
    expect(claim.properties['ledger_deepstate']).toEqual([expect.objectContaining({ subject: 'UA-09', observed_snapshot: '2025-07-15' })]);
    const fig = figureText(join, dataset.sources, 'en', data.records);
    expect(fig.legend.filter((l) => l.key === 'observed').map((l) => l.group)).toEqual(['Observed (DeepState, 15 July 2025)', 'Observed (FixtureWatch, 10 July 2025)']);
    expect(fig.credits.join('\n')).toContain('FixtureWatch Lab');
    // the SVG figure draws each source's area, as the map does
    const measure = (t: string, f: { size: number }) => t.length * f.size * 0.55;
    const project = ([lon, lat]: [number, number]): [number, number] => [((lon - 22) / 18) * 800, ((53 - lat) / 9) * 560];
    const scene = buildScene({ geo, join, places: placesCollection(dataset.claims, geo.oblasts), lang: 'en', project, zoom: 5.2, width: 800, height: 560, measure, observed: records[0]!.history, others: records.slice(1) });
    const svg = figureSvg(layoutFigure({ ...fig, theme: 'light', mapWidth: 800, mapHeight: 560 }, measure), scene, { title: fig.title, description: fig.description, lang: 'en', theme: 'light' });
    expect(svg.match(/<g data-layer="observed"/g)).toHaveLength(2);
    expect(svg).toContain('<g data-layer="observed" data-source="fixture-watch"><path d="M');
  });

  it('a build of the committed record alone ships one, under the plain names', async () => {
    const { define, emitted } = build({ OBSERVED_DIR: DEFAULT_OBSERVED_DIR });
    const one = JSON.parse(define.__OBSERVED_RECORDS__!) as ObservedRecordRef[];
    expect(one.map((r) => r.source)).toEqual(['deepstate']);
    expect([...emitted.keys()]).toEqual(['data/observed.json']);
    const loaded = await load(one, emitted);
    const join = claimsAt(dataset, DATE);
    saved.length = 0;
    await exportCsv({ map: null, data: { dataset, geo, observed: loaded[0]!.history, records: loaded }, join, lang: 'en', theme: 'light' });
    const head = (await saved[0]!.blob.text()).replace(/^\uFEFF/, '').split('\r\n')[0]!;
    expect(head).toBe('id,name_en,name_uk,status,since,source,quote,observed_snapshot,not_occupied_km2,not_occupied_areas,ledger,corrected');
  });
});
