// The benchmark's figures as pure functions of measured samples: the one percentile definition,
// ratios of app to floor, the byte classes of a page load, draw calls per frame and the budget
// table. bench/run.mjs measures; this module only computes, so it is unit-tested
// (bench/figures.test.ts) and every figure of `npm run bench` is defined once, here.

/**
 * The p-th percentile (0 ≤ p ≤ 100) of a sample, by linear interpolation between the two closest
 * ranks of the sorted sample (Hyndman & Fan type 7, the default of R, NumPy and spreadsheets'
 * PERCENTILE.INC): rank h = (n − 1)·p/100, value s[⌊h⌋] + (h − ⌊h⌋)·(s[⌊h⌋+1] − s[⌊h⌋]).
 * NaN for an empty sample; throws on a p outside [0, 100] or a sample with NaN in it.
 */
export function percentile(xs: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0…100, got ${p}`);
  if (xs.some((x) => Number.isNaN(x))) throw new RangeError('percentile: the sample holds NaN');
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const h = ((s.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

export const median = (xs: readonly number[]): number => percentile(xs, 50);

/** Median of the ratios of runs taken in pairs (app run i against floor run i). */
export function pairedRatio(app: readonly number[], floor: readonly number[]): number {
  if (app.length !== floor.length) throw new RangeError(`pairedRatio: ${app.length} app runs against ${floor.length} floor runs`);
  return median(app.map((a, i) => a / floor[i]!));
}

export const round = (x: number, digits = 1): number => {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
};

// ------------------------------------------------------------------ bytes of a load
export interface LoadedFile {
  path: string;
  raw: number;
  /** Gzipped size (text), or the raw size (fonts, images). */
  gz: number;
}
export interface ByteClasses {
  jsBeyondMaplibre: number;
  maplibre: number;
  geo: number;
  observed: number;
  total: number;
  workerSeen: boolean;
}

const isJs = (f: LoadedFile) => /\.m?js$/.test(f.path);
/** MapLibre's own chunk (vite's manualChunks 'maplibre') and its worker. */
const isMaplibre = (f: LoadedFile) => /\/maplibre-[\w-]+\.js$/.test(f.path) || /\/maplibre-gl-worker-[\w-]+\.m?js$/.test(f.path);

export function classifyFiles(files: readonly LoadedFile[]): ByteClasses {
  const sum = (fs: readonly LoadedFile[]) => fs.reduce((s, f) => s + f.gz, 0);
  return {
    jsBeyondMaplibre: sum(files.filter((f) => isJs(f) && !isMaplibre(f))),
    maplibre: sum(files.filter(isMaplibre)),
    geo: sum(files.filter((f) => /\/geo\/[^/]+\.(geojson|topojson)$/.test(f.path))),
    observed: sum(files.filter((f) => /\/data\/observed[^/]*\.json$/.test(f.path))),
    total: sum(files),
    workerSeen: files.some((f) => /maplibre-gl-worker/.test(f.path)),
  };
}

// ------------------------------------------------------------------ WebGL counts
/** One batch of draw calls issued in one task (MapLibre draws a frame synchronously). */
export interface DrawBatch {
  at: number;
  draws: number;
}

/**
 * Draw calls of the frame that completed the first idle: the last batch at or before `readyAt`.
 * That frame has every tile, glyph and icon of the view, and nothing is animating.
 */
export function drawsAtIdle(batches: readonly DrawBatch[], readyAt: number): number {
  const before = batches.filter((b) => b.at <= readyAt);
  if (!before.length) throw new RangeError(`drawsAtIdle: no draw call before the first idle (${readyAt} ms)`);
  return before.at(-1)!.draws;
}

// ------------------------------------------------------------------ budget table
export const BUDGET = {
  /** first map idle, app / floor */
  firstIdle: 1.5,
  /** timeline step p95, app / floor */
  stepP95: 2,
  /** history scrub p95, app / a floor page drawing the same observed layers the same way */
  scrubP95: 1.3,
  /** timeline step, input → the animation frame after the map's new frame (the panels' frame), p95, app / floor */
  stepFrameP95: 2,
  /** history scrub, input → the frame after the map's new frame, p95, app / the observed floor */
  scrubFrameP95: 2,
  /** long tasks (> 50 ms, Long Tasks API) during the keyboard steps, app count / floor count (0 / 0 is ×1) */
  longTasks: 1,
  /** PNG 2× export / the floor's bare 2× capture */
  png2x: 1.5,
  /** draw calls of a frame at the default view, app / floor */
  drawCalls: 3,
  /** shader programs linked, app / floor */
  programs: 2,
  /** first idle of the build with the observed record / the same build without it */
  recordLoad: 1.15,
  /** capture of one animation frame / one PNG export at the same size (bench/animation.mjs) */
  animFrame: 1.3,
  /** navigation → the map's static picture on screen, full page / the floor's first idle */
  pictureFull: 0.5,
  /** the same for the embed at 420 px wide / the floor's first idle */
  pictureEmbed: 0.5,
  /** longest frame between the first idle and the record drawn / the floor's timeline step p95 */
  recordFrame: 2,
  /** layout shift (CLS sum) from the picture's first frame to 500 ms after the live map took its place */
  swapShift: 0,
  /** gzipped JS on first load beyond MapLibre and its worker, KB */
  jsBeyondMaplibreKB: 120,
  /** gzipped geo payload on first load, KB */
  geoKB: 60,
  /** full import of the observed record (pack + derived figures), seconds of wall time per 100 days */
  importPer100Days: 10,
  /** observed:update with 30 new days / a full import of the whole record */
  updateVsFull: 0.1,
} as const;
export type BudgetKey = keyof typeof BUDGET;

export interface Figure {
  key: BudgetKey;
  label: string;
  unit: 'ms' | 'KB' | 's' | '';
  app: number | null;
  /** The floor (or the reference build) measured in the same run; null for absolute figures. */
  floor: number | null;
  /** app / floor, or for the per-pair figures the median of per-pair ratios. */
  ratio: number | null;
  budget: number;
  /** true/false, or null when the figure could not be measured (with `note` saying why). */
  met: boolean | null;
  note?: string;
}

const RATIO_KEYS = new Set<BudgetKey>(['firstIdle', 'stepP95', 'scrubP95', 'png2x', 'drawCalls', 'programs', 'recordLoad', 'animFrame', 'updateVsFull', 'stepFrameP95', 'scrubFrameP95', 'longTasks', 'pictureFull', 'pictureEmbed', 'recordFrame']);

/** Seconds per 100 days from a run over `days` days. */
export const per100Days = (seconds: number, days: number): number => (days > 0 ? (seconds * 100) / days : NaN);

/**
 * Ratio of two counts (long tasks of the app against the floor's): app / floor, with 0 / 0 = 1 (both
 * pages equally free of them) and n / 0 = Infinity for n > 0 (the app has some, the floor none).
 */
export function countRatio(app: number, floor: number): number {
  if (!(app >= 0 && floor >= 0)) throw new RangeError(`countRatio: counts must be ≥ 0, got ${app} / ${floor}`);
  if (floor === 0) return app === 0 ? 1 : Infinity;
  return app / floor;
}

/** A long task (Long Tasks API entry) as the page recorded it, ms on the page's clock. */
export interface LongTask {
  start: number;
  duration: number;
}

/** Long tasks over 50 ms that started within [from, to] (the window of a run of steps). */
export function longTasksIn(tasks: readonly LongTask[], from: number, to: number): number {
  return tasks.filter((t) => t.duration > 50 && t.start >= from && t.start <= to).length;
}

/**
 * A figure with its budget check. Ratio figures are met when ratio ≤ budget; absolute ones (KB)
 * when app ≤ budget. `ratio` defaults to app / floor.
 */
export function figure(key: BudgetKey, label: string, unit: Figure['unit'], app: number | null, floor: number | null, opts: { ratio?: number; note?: string } = {}): Figure {
  const budget = BUDGET[key];
  const isRatio = RATIO_KEYS.has(key);
  if (app == null || (isRatio && floor == null) || Number.isNaN(app) || (floor != null && Number.isNaN(floor))) {
    return { key, label, unit, app, floor, ratio: null, budget, met: null, note: opts.note ?? 'not measured' };
  }
  const ratio = isRatio ? (opts.ratio ?? app / floor!) : null;
  const met = isRatio ? ratio! <= budget : app <= budget;
  return { key, label, unit, app, floor, ratio, budget, met, ...(opts.note ? { note: opts.note } : {}) };
}

function cell(x: number | null, unit: string): string {
  if (x == null) return '–';
  const v = Math.abs(x) >= 100 || Number.isInteger(x) ? String(Math.round(x)) : String(round(x, 1));
  return unit ? `${v} ${unit}` : v;
}

/** The budget table as rows of text cells: figure, app, floor, ratio, budget, met. */
export function tableRows(figs: readonly Figure[]): string[][] {
  const head = ['figure', 'app', 'floor', 'ratio', 'budget', 'met'];
  const rows = figs.map((f) => [
    f.label,
    cell(f.app, f.unit),
    cell(f.floor, f.unit),
    f.ratio == null ? '' : Number.isFinite(f.ratio) ? `×${round(f.ratio, 2)}` : '×∞',
    RATIO_KEYS.has(f.key) ? `≤ ×${f.budget}` : `≤ ${f.budget} ${f.unit}`,
    f.met == null ? `n/a${f.note ? ` (${f.note})` : ''}` : f.met ? 'yes' : 'NO',
  ]);
  return [head, ...rows];
}

/** Plain-text table, columns padded. */
export function formatTable(rows: readonly string[][]): string {
  const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i]!)).join('  ').trimEnd()).join('\n');
}

/** The same table in Markdown, for bench/README.md. */
export function markdownTable(rows: readonly string[][]): string {
  const [head, ...body] = rows;
  return [head!, head!.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
