// The exporters, loaded on demand (dynamic import from ExportMenu) so none of this weighs on the
// first load. Each builds a file from the current state and saves it; PNG and SVG show the map as
// it is on screen (same view, date and language).
import type * as maplibregl from 'maplibre-gl';
import type { JoinResult } from '../domain/join';
import type { Lang } from '../i18n/format';
import { placesCollection } from '../domain/places';
import type { AppData } from '../state/load';
import { captureMap, whenIdle } from './capture';
import { figureText, exportFileName } from './content';
import { statusCsvBySource } from './csv';
import { saveBlob } from './download';
import { EXPORT_STRINGS } from './export.i18n';
import { claimsGeoJsonBySource } from './geojson';
import type { SourceLedger } from '../evidence/records';
import type { LedgerRow } from '../domain/ledger';
import { figuresAt } from '../domain/date-figures';
import { layoutFigure, type FigureLayout } from './layout';
import { canvasMeasure, loadFigureFonts } from './measure';
import { canvasToPng, composeFigure, swatchImages } from './png';
import { buildScene, figureSvg } from './svg';
import type { CompareView } from '../domain/compare-view';
import type { ResolvedTheme } from '../symbols/palettes';
import { compareFigureText, compareOverlay } from './compare-figure';
import { compareCsv, compareCsvName } from './compare-csv';

export interface ExportContext {
  map: maplibregl.Map | null;
  data: AppData;
  join: JoinResult;
  lang: Lang;
  /** Compare mode: figures carry both dates, the CSV adds the observed change. */
  compare?: CompareView | null;
  /** The figure's colours follow the page's theme. */
  theme: ResolvedTheme;
  /** A pinned view's day (the record is cut there); null or absent: live. */
  asOf?: string | null;
}

export interface ExportResult {
  fileName: string;
  bytes: number;
  /** For images: the figure's CSS size and where the map sits in it. */
  figure?: { width: number; height: number; scale: number; map: FigureLayout['map'] };
}

const MEASURE_PREFIX = 'territorial-map:export-';

function requireMap(ctx: ExportContext): maplibregl.Map {
  if (!ctx.map) throw new Error(EXPORT_STRINGS[ctx.lang].noMap);
  return ctx.map;
}

async function figureLayout(ctx: ExportContext, map: maplibregl.Map) {
  await loadFigureFonts();
  const measure = canvasMeasure();
  const plain = figureText(ctx.join, ctx.data.dataset.sources, ctx.lang, ctx.data.records, ctx.asOf ?? null);
  const text = ctx.compare ? compareFigureText(plain, ctx.compare, ctx.lang) : plain;
  const el = map.getContainer();
  const layout = layoutFigure({ ...text, theme: ctx.theme, mapWidth: Math.floor(el.clientWidth), mapHeight: Math.floor(el.clientHeight) }, measure);
  return { layout, text, measure };
}

function timed<T extends ExportResult>(kind: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return run().then((r) => {
    performance.measure(MEASURE_PREFIX + kind, { start, end: performance.now(), detail: { fileName: r.fileName, bytes: r.bytes } });
    return r;
  });
}

/** Builds the PNG figure at `scale` × its CSS size; `save` false returns it without downloading. */
export function exportPng(ctx: ExportContext, scale: number, save = true): Promise<ExportResult & { blob: Blob }> {
  return timed('png', async () => {
    const map = requireMap(ctx);
    // The layout (fonts, measuring) and the legend swatches are made while the map redraws at the
    // export scale: that wait is the GPU's.
    const [bitmap, { layout, swatches }] = await Promise.all([
      captureMap(map, scale),
      figureLayout(ctx, map).then(async ({ layout }) => ({ layout, swatches: await swatchImages(layout, scale) })),
    ]);
    const canvas = await composeFigure(layout, bitmap, scale, swatches);
    const blob = await canvasToPng(canvas);
    const fileName = exportFileName(ctx.compare ? `${ctx.compare.from}_${ctx.join.date}` : ctx.join.date, 'png', scale);
    if (save) saveBlob(blob, fileName);
    return { fileName, bytes: blob.size, blob, figure: { width: layout.width, height: layout.height, scale, map: layout.map } };
  });
}

export function exportSvg(ctx: ExportContext): Promise<ExportResult> {
  return timed('svg', async () => {
    const map = requireMap(ctx);
    await whenIdle(map);
    const { layout, text, measure } = await figureLayout(ctx, map);
    let labelIds: Set<string> | undefined;
    try {
      labelIds = new Set(map.queryRenderedFeatures({ layers: ['oblast-labels'] }).map((f) => String(f.properties?.id)));
    } catch {
      labelIds = undefined;
    }
    const scene = buildScene({
      geo: ctx.data.geo,
      join: ctx.join,
      places: placesCollection(ctx.data.dataset.claims, ctx.data.geo.oblasts),
      lang: ctx.lang,
      project: (ll) => {
        const p = map.project(ll);
        return [p.x, p.y];
      },
      zoom: map.getZoom(),
      width: layout.map.w,
      height: layout.map.h,
      measure,
      labelIds: labelIds?.size ? labelIds : undefined,
      observed: ctx.data.observed,
      others: ctx.data.records.slice(1),
    });
    const project = (ll: [number, number]): [number, number] => {
      const p = map.project(ll);
      return [p.x, p.y];
    };
    const faces = ctx.compare?.observed?.faces;
    const mapOverlay = faces && ctx.data.observed ? compareOverlay(ctx.data.observed, faces, project, ctx.theme, 'tc') : undefined;
    const svg = figureSvg(layout, scene, { title: text.title, description: text.description, lang: ctx.lang, theme: ctx.theme, mapOverlay });
    const blob = new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
    const fileName = exportFileName(ctx.compare ? `${ctx.compare.from}_${ctx.join.date}` : ctx.join.date, 'svg');
    saveBlob(blob, fileName);
    return { fileName, bytes: blob.size, figure: { width: layout.width, height: layout.height, scale: 1, map: layout.map } };
  });
}

/** The claim ledger on the export's date, per loaded source (the panels', when they show that date). */
function ledgersOf(ctx: ExportContext): SourceLedger[] {
  return ctx.data.records.map((r) => ({ source: r.source, rows: figuresAt(r.history, ctx.join.date).ledger(ctx.data.dataset.claims) }));
}

/** The primary record's ledger (compare mode measures one record). */
function ledgerOf(ctx: ExportContext): LedgerRow[] | null {
  return ctx.data.observed ? figuresAt(ctx.data.observed, ctx.join.date).ledger(ctx.data.dataset.claims) : null;
}

export function exportCsv(ctx: ExportContext): Promise<ExportResult> {
  return timed('csv', async () => {
    const c = ctx.compare;
    const text = c
      ? compareCsv(ctx.join, ctx.data.geo.oblasts, ctx.data.dataset.sources, c.observed, ledgerOf(ctx), ctx.data.dataset.corrections)
      : statusCsvBySource(ctx.join, ctx.data.geo.oblasts, ctx.data.dataset.sources, ledgersOf(ctx), ctx.data.dataset.corrections);
    const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
    const fileName = c ? compareCsvName(c.from, ctx.join.date) : exportFileName(ctx.join.date, 'csv');
    saveBlob(blob, fileName);
    return { fileName, bytes: blob.size };
  });
}

export function exportGeoJson(ctx: ExportContext): Promise<ExportResult> {
  return timed('geojson', async () => {
    const fc = claimsGeoJsonBySource(ctx.join, ctx.data.geo, ctx.data.dataset.sources, ledgersOf(ctx), ctx.data.dataset.corrections);
    const blob = new Blob([JSON.stringify(fc)], { type: 'application/geo+json' });
    const fileName = exportFileName(ctx.join.date, 'geojson');
    saveBlob(blob, fileName);
    return { fileName, bytes: blob.size };
  });
}
