#!/usr/bin/env node
// `npm run bench`: the one benchmark harness. The app's production build against bare-MapLibre
// floor pages (bench/floor/), all measured in one run, in Debian's Chromium with SwiftShader,
// alternating app and floor runs in fresh browser contexts. Every figure of the budget table is
// printed as app / floor with its ratio and written to bench/results.json; the figures themselves
// (percentile, ratios, budgets) are computed by bench/figures.ts, the only place they are defined.
// A benchmark, not a test: it exits 0 whatever the figures, non-zero only if the harness breaks.
//
//   npm run bench                 every figure (builds first; ~6 min)
//   npm run bench -- scrub        only the history scrub (npm run bench:observed)
//   npm run bench -- groups       the app's map layers on the bare floor, one group at a time
//                                 (bench/floor/groups.html): what each group costs
//   npm run bench -- import       only the observed-record import: full import time per 100 days
//                                 and observed:update with 30 new days / full (bench/import.mjs)
//   npm run bench -- steps        only the timeline steps (with the frame after and the long tasks)
//                                 and the history scrub: the quick run for panel work
//
// Env: OBSERVED_DIR (the packed history the app build ships; the reference build for the record
// figure is always built with OBSERVED_DIR=none), BENCH_RUNS (pairs, default 5), BENCH_STEPS
// (timeline steps per run; ≥ 40 in all), BENCH_SCRUB (drag moves over the whole history, default
// 40), BENCH_SETTLE_MS (pause before each step, default 600), BENCH_NO_BUILD=1 (reuse bench/out/),
// BENCH_PORT (first of three ports, default 4300), CHROMIUM_PATH, BENCH_NO_IMPORT=1 (skip the import
// figures, which need ../shared/fixtures/observed-history). See bench/README.md.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const F = await tsImport('./figures.ts', import.meta.url);

const OUT = path.join(ROOT, 'bench/out');
const APP_DIR = path.join(OUT, 'dist');
const BARE_DIR = path.join(OUT, 'dist-none');
const FLOOR_DIR = path.join(OUT, 'floor');
const RESULTS = path.join(ROOT, 'bench/results.json');
const ONLY_SCRUB = process.argv.includes('scrub');
const GROUPS = process.argv.includes('groups');
const ONLY_IMPORT = process.argv.includes('import');
const ONLY_STEPS = process.argv.includes('steps');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const STEPS = Math.max(Number(process.env.BENCH_STEPS ?? 0), Math.ceil(40 / RUNS));
const SCRUB_MOVES = Math.max(2, Number(process.env.BENCH_SCRUB ?? 40));
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 600);
const PORT = Number(process.env.BENCH_PORT ?? 4300);
const VIEWPORT = { width: 1280, height: 800 };
const APP_QUERY = '?date=2025-07-01&lang=en';
const TIMEOUT = 90_000;
const MAP = '[data-testid="map"]';

const r1 = (n) => F.round(n, 1);
const kb = (n) => n / 1024;
const p95 = (xs) => F.percentile(xs, 95);

function sh(cmd, args, env = {}) {
  console.log(`$ ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

// ------------------------------------------------------------------ static server
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.topojson': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.png': 'image/png', '.pbf': 'application/x-protobuf',
};
/**
 * A plain static server without compression or caching (the harness gzips bodies itself). Looks in
 * `dirs` in order: the floor server falls back to the app build for data/observed.json.
 */
function serve(dirs, port) {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const files = dirs.map((d) => path.join(d, path.normalize(p))).filter((f, i) => f.startsWith(dirs[i]));
    const file = files.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const TEXT = /^(text\/|application\/(json|geo\+json|javascript)|image\/svg)/;
/** Records every response of a context: path, raw and gzipped size (text only), time requested. */
function trackBytes(ctx) {
  const seen = [];
  const pending = [];
  const requestedAt = new WeakMap();
  ctx.on('request', (req) => requestedAt.set(req, Date.now()));
  ctx.on('response', (res) => {
    const url = new URL(res.url());
    if (!url.protocol.startsWith('http')) return;
    const at = requestedAt.get(res.request()) ?? Date.now();
    pending.push(
      res.body().then(
        (body) => seen.push({ path: url.pathname, raw: body.length, gz: TEXT.test(res.headers()['content-type'] ?? '') ? zlib.gzipSync(body).length : body.length, at }),
        () => {},
      ),
    );
  });
  return async (until = Infinity) => {
    await Promise.all(pending);
    return seen.filter((r) => r.at <= until).sort((a, b) => a.path.localeCompare(b.path));
  };
}

// ------------------------------------------------------------------ in-page probes
/**
 * Installed before any page script of every page (app and floors):
 * - the time of the user input that starts a step (capture phase, before the page's handlers);
 * - readyAt: the first idle (the app's map data-ready="true", a floor's body data-idle);
 * - a WebGL wrapper: every draw call (drawArrays, drawElements, their instanced forms,
 *   drawRangeElements) is counted, in batches of one task each (MapLibre draws a frame
 *   synchronously in one animation-frame callback, so a batch is a frame); createProgram and
 *   linkProgram are counted too.
 */
function probes() {
  const b = (window.__bench = { t0: 0, readyAt: null, steps: [], longTasks: [], gl: { programs: 0, links: 0, draws: 0, batches: [] }, pictureAt: null, swapAt: null, recordAt: null, evidenceAt: null, framesDone: false, shifts: [], longestFrame: 0, longestFrameToMap: 0 });
  // Long Tasks API: every task over 50 ms on the main thread (counted within the steps' window).
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    b.longTasks = null;
  }
  for (const type of ['keydown', 'pointerdown', 'pointermove']) window.addEventListener(type, () => (b.t0 = performance.now()), true);
  // The static picture's first paint (Element Timing): the picture's note, which the page adds in the
  // render after the picture's canvas was drawn, carries elementtiming="map-picture". Its render time
  // (when the frame reached the screen), not the DOM insertion, which came 0.1–0.8 s earlier when the
  // GPU process was slow to raster the frame.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.identifier === 'map-picture' && b.pictureAt == null) b.pictureAt = e.renderTime || e.loadTime;
    }).observe({ type: 'element', buffered: true });
  } catch {
    b.pictureAt = undefined;
  }
  // Layout shifts (CLS entries), for the swap from the static picture to the live map.
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, v: e.value });
  }).observe({ type: 'layout-shift', buffered: true });
  // Frames from the first idle until the panels have had the record for PANELS_TAIL_MS (the map takes
  // it first, the panels once it is drawn: html[data-evidence]): the longest gap between animation
  // frames, over all of it and up to the map's record drawn.
  const PANELS_TAIL_MS = 1000;
  const frames = () => {
    let last = performance.now();
    const tick = (t) => {
      const gap = t - last;
      last = t;
      b.longestFrame = Math.max(b.longestFrame, gap);
      if (b.recordAt == null) b.longestFrameToMap = Math.max(b.longestFrameToMap, gap);
      if (b.evidenceAt == null || t - b.evidenceAt < PANELS_TAIL_MS) requestAnimationFrame(tick);
      else b.framesDone = true;
    };
    requestAnimationFrame(tick);
  };
  new MutationObserver(() => {
    const now = performance.now();
    if (b.pictureInDomAt == null && document.querySelector('[data-testid="map-picture"] canvas[data-drawn="yes"]')) b.pictureInDomAt = now;
    if (b.pictureInDomAt != null && b.swapAt == null && !document.querySelector('[data-testid="map-picture"]')) b.swapAt = now;
    if (b.readyAt == null && document.querySelector('[data-testid="map"][data-ready="true"], body[data-idle]')) {
      b.readyAt = now;
      if (document.querySelector('[data-testid="map"]')) frames();
    }
    if (b.readyAt != null && b.recordAt == null && document.querySelector('[data-testid="map"][data-observed-snapshot][data-ready="true"]')) b.recordAt = now;
    if (b.evidenceAt == null && document.documentElement.dataset.evidence === 'drawn') b.evidenceAt = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-idle', 'data-observed-snapshot', 'data-drawn', 'data-evidence'] });

  const g = b.gl;
  let batch = 0;
  const close = () => {
    g.batches.push({ at: performance.now(), draws: batch });
    batch = 0;
  };
  const draw = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
  for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!C) continue;
    const P = C.prototype;
    for (const m of draw) {
      const orig = P[m];
      if (typeof orig !== 'function') continue;
      P[m] = function (...a) {
        g.draws++;
        if (batch++ === 0) queueMicrotask(close);
        return orig.apply(this, a);
      };
    }
    for (const [m, key] of [['createProgram', 'programs'], ['linkProgram', 'links']]) {
      const orig = P[m];
      P[m] = function (...a) {
        g[key]++;
        return orig.apply(this, a);
      };
    }
  }
}

async function newPage(browser) {
  const ctx = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC', acceptDownloads: true, deviceScaleFactor: 1 });
  const bytes = trackBytes(ctx);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(probes);
  return { ctx, page, bytes, errors };
}

/** Navigates and waits for the first idle; returns its time and the draw calls of its frame. */
async function load(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.readyAt != null, null, { timeout: TIMEOUT });
  const { readyAt, batches } = await page.evaluate(() => ({ readyAt: window.__bench.readyAt, batches: window.__bench.gl.batches.filter((x) => x.at <= window.__bench.readyAt) }));
  return { firstIdle: readyAt, draws: F.drawsAtIdle(batches, readyAt) };
}

/**
 * Two more frames, then SETTLE_MS: with SwiftShader the GPU process finishes a frame 0.3–0.9 s
 * after MapLibre's `render`, and a step that starts before that waits for it.
 */
/**
 * The app's page settled after its load: nothing left to fetch, and the record (the packed history,
 * fetched after the first idle) handed to the map and drawn (data-observed not 'loading', the map idle
 * again). A step taken while the history's faces are still being tiled and uploaded measured that
 * one-off load (~350 ms), not the step.
 */
async function appSettledAfterLoad(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction((sel) => {
    const m = document.querySelector(sel);
    return m.dataset.observed !== 'loading' && m.dataset.ready === 'true';
  }, MAP, { timeout: TIMEOUT });
  // the frames after the first idle are measured until the panels have had the record a while
  await page.waitForFunction(() => window.__bench.framesDone, null, { timeout: TIMEOUT });
}

/**
 * Long tasks (> 50 ms) that started since `from` (page clock), read after a settle so the observer
 * has delivered the last ones. Throws when the browser has no Long Tasks API (a count of 0 would lie).
 */
async function longTasksSince(page, from) {
  await settle(page);
  const { tasks, now } = await page.evaluate(() => ({ tasks: window.__bench.longTasks, now: performance.now() }));
  if (tasks == null) throw new Error('this Chromium has no Long Tasks API (PerformanceObserver type "longtask")');
  return F.longTasksIn(tasks, from, now);
}
const pageNow = (page) => page.evaluate(() => performance.now());

const settle = (page) => page.evaluate((ms) => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(res, ms)))), SETTLE_MS);

/**
 * App steps: an input (key or pointer move) → the first MapLibre `render` with the new date (the map
 * element's `map-rendered` event), and → the animation frame after it. Each starts from a settled page.
 */
async function appSteps(page, n, input) {
  await page.evaluate((sel) => {
    const b = window.__bench;
    document.querySelector(sel).addEventListener('map-rendered', (e) => {
      if (b.t0 > (b.lastT0 ?? -1)) {
        const t0 = (b.lastT0 = b.t0);
        const step = { render: performance.now() - t0, frame: null, date: e.detail.date };
        b.steps.push(step);
        requestAnimationFrame(() => (step.frame = performance.now() - t0));
      }
    });
  }, MAP);
  const out = [];
  for (let i = 0; i < n; i++) {
    await settle(page);
    const before = await page.evaluate((sel) => [window.__bench.steps.length, document.querySelector(sel).dataset.date], MAP);
    await input(i);
    // An input that left the date as it was (a scrub move within one day) draws nothing: skip it.
    const moved = await page
      .waitForFunction(([sel, d]) => document.querySelector(sel).dataset.date !== d, [MAP, before[1]], { timeout: 2000 })
      .then(() => true, () => false);
    if (!moved) continue;
    await page.waitForFunction(
      ([k, sel]) => window.__bench.steps.length > k && window.__bench.steps.at(-1).frame != null && document.querySelector(sel).dataset.ready === 'true',
      [before[0], MAP],
      { timeout: TIMEOUT },
    );
    out.push(await page.evaluate(() => window.__bench.steps.at(-1)));
  }
  return out;
}

/** Floor steps: ArrowLeft → the floor page's change → its next `render` (window.__floorSteps). */
async function floorSteps(page, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    await settle(page);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((k) => window.__floorSteps.length > k && window.__floorSteps[k].frame != null, i, { timeout: TIMEOUT });
    out.push(await page.evaluate(() => window.__floorSteps.at(-1)));
  }
  return out;
}

const programs = (page) => page.evaluate(() => window.__bench.gl.programs);

/** The static picture: navigation → its first frame, and the layout shift from then to 500 ms after the swap. */
async function pictureFigures(page) {
  await page.waitForFunction(() => window.__bench.swapAt != null || !document.querySelector('[data-testid="map-picture"]'), null, { timeout: TIMEOUT });
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const b = window.__bench;
    const shift = b.pictureAt == null ? null : b.shifts.filter((s) => s.t >= b.pictureAt && s.t <= (b.swapAt ?? Infinity) + 500).reduce((n, s) => n + s.v, 0);
    return { pictureAt: b.pictureAt, pictureInDomAt: b.pictureInDomAt, swapAt: b.swapAt, swapShift: shift };
  });
}

/** The embed at 420 px (its compact layout): time to the static picture and the shift at the swap. */
async function runEmbed(browser, base) {
  const { ctx, page, errors } = await newPage(browser);
  await page.setViewportSize({ width: 420, height: 800 });
  const r = { ...(await load(page, base + '/' + APP_QUERY + '&embed=1')), errors };
  Object.assign(r, await pictureFigures(page));
  await ctx.close();
  return r;
}

async function runApp(browser, base, { steps, exportPng, bytes: wantBytes }) {
  const { ctx, page, bytes, errors } = await newPage(browser);
  const navAt = Date.now();
  const r = { ...(await load(page, base + '/' + APP_QUERY)), errors };
  r.box = await page.locator(MAP).boundingBox();
  Object.assign(r, await pictureFigures(page));
  if (wantBytes) {
    r.files = await bytes(navAt + r.firstIdle);
    // What loads after the first screen (lazy chunks fetched once the map is ready).
    await page.waitForLoadState('networkidle');
    r.later = (await bytes()).filter((f) => !r.files.some((g) => g.path === f.path));
  }
  if (steps) {
    await appSettledAfterLoad(page);
    // The longest frame against the longest main-thread task in the same stretch: a frame can wait on
    // the GPU process (SwiftShader's SwapBuffers) with the page's own thread idle.
    const ev = await page.evaluate(() => {
      const b = window.__bench;
      const tasks = (b.longTasks ?? []).filter((t) => t.start >= b.readyAt && t.start <= (b.evidenceAt ?? Infinity) + 1000);
      return { recordAt: b.recordAt, longestFrame: b.longestFrame, longestFrameToMap: b.longestFrameToMap, longestTaskToRecord: Math.max(0, ...tasks.map((t) => t.duration)) };
    });
    if (ev.recordAt != null) Object.assign(r, ev);
    await page.getByTestId('timeline-slider').focus();
    await settle(page);
    const from = await pageNow(page);
    const s = await appSteps(page, steps, () => page.keyboard.press('ArrowLeft'));
    r.longTasks = await longTasksSince(page, from);
    r.steps = s.map((x) => x.render);
    r.frames = s.map((x) => x.frame);
  }
  if (exportPng) {
    const scale = page.getByTestId('export-scale');
    const values = await scale.locator('option').evaluateAll((os_) => os_.map((o) => o.value));
    if (!values.includes('2')) throw new Error(`export-scale has no 2× option: ${values.join(', ')}`);
    await scale.selectOption('2');
    await settle(page);
    const t = Date.now();
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-png').click()]);
    r.png2x = Date.now() - t;
    // The app's own measure of the same export (performance.measure in src/export/run.ts).
    r.png2xInApp = await page.evaluate(() => performance.getEntriesByName('territorial-map:export-png').at(-1)?.duration ?? null);
    const file = await dl.path().catch(() => null);
    r.pngBytes = file ? fs.statSync(file).size : null;
  }
  r.programs = await programs(page);
  await ctx.close();
  return r;
}

async function runFloor(browser, base, box, { steps, exportPng, bytes: wantBytes }) {
  const { ctx, page, bytes, errors } = await newPage(browser);
  const navAt = Date.now();
  const r = { ...(await load(page, `${base}/?w=${Math.round(box.width)}&h=${Math.round(box.height)}`)), errors };
  if (wantBytes) r.files = await bytes(navAt + r.firstIdle);
  await measureFloor(page, r, { steps, exportPng });
  await ctx.close();
  return r;
}

/**
 * The record-arrival floor (bench/floor/arrival.html): bare MapLibre given the same packed history
 * after its first idle, already decoded, through the app's own observed sources and date switch.
 * The longest frame from its first idle to the idle with the record drawn, and the longest task in it.
 */
async function runFloorArrival(browser, base, box) {
  const { ctx, page, errors } = await newPage(browser);
  const date = new URLSearchParams(APP_QUERY).get('date');
  await page.goto(`${base}/arrival.html?w=${Math.round(box.width)}&h=${Math.round(box.height)}&date=${date}`);
  await page.waitForFunction(() => window.__bench.recordAt != null, null, { timeout: TIMEOUT });
  const r = await page.evaluate(() => {
    const b = window.__bench;
    const tasks = b.longTasks.filter((t) => t.start >= b.readyAt && t.start <= b.recordAt);
    return { longestFrame: b.longestFrame, longestTask: Math.max(0, ...tasks.map((t) => t.duration)) };
  });
  await ctx.close();
  return { ...r, errors };
}

/** On a loaded floor page (the bare floor or the groups floor): `steps` timeline steps, a PNG 2× capture, the programs. */
async function measureFloor(page, r, { steps, exportPng }) {
  if (steps) {
    await page.waitForLoadState('networkidle');
    await settle(page);
    const from = await pageNow(page);
    const s = await floorSteps(page, steps);
    r.longTasks = await longTasksSince(page, from);
    r.steps = s.map((x) => x.render);
    r.frames = s.map((x) => x.frame);
  }
  if (exportPng) {
    await settle(page);
    r.png2x = await page.evaluate(() => window.__floorPng());
  }
  r.programs = await programs(page);
}

/** Drags the app's slider from the last observed snapshot back to the first in SCRUB_MOVES moves. */
async function scrubApp(browser, base, dates) {
  const { ctx, page, errors } = await newPage(browser);
  await load(page, base + '/' + APP_QUERY);
  await appSettledAfterLoad(page);
  const slider = page.getByTestId('timeline-slider');
  const rail = await slider.locator('..').boundingBox();
  const total = Number(await slider.getAttribute('aria-valuemax'));
  // Day 0 of the slider: the map's date less the slider's value. The rail maps day 0 … aria-valuemax
  // linearly, inset by the thumb's radius (10 px).
  const minDay = Date.parse(await page.locator(MAP).getAttribute('data-date')) - Number(await slider.getAttribute('aria-valuenow')) * 864e5;
  const day = (iso) => Math.min(total, Math.max(0, Math.round((Date.parse(iso) - minDay) / 864e5)));
  const [a, b] = [day(dates[0]), day(dates.at(-1))];
  const xOf = (d) => rail.x + 10 + ((rail.width - 20) * d) / total;
  const y = rail.y + rail.height / 2;
  await page.mouse.move(xOf(b), y);
  await page.mouse.down();
  await page.waitForFunction((sel) => document.querySelector(sel).dataset.ready === 'true', MAP, { timeout: TIMEOUT });
  const start = await page.locator(MAP).getAttribute('data-date');
  const s = await appSteps(page, SCRUB_MOVES, (i) => page.mouse.move(xOf(b - ((b - a) * (i + 1)) / SCRUB_MOVES), y));
  await page.mouse.up();
  await ctx.close();
  return { start, steps: s.map((x) => x.render), frames: s.map((x) => x.frame), dates: s.map((x) => x.date), errors };
}

/** The observed floor shows the app's start date, then the same dates the app's scrub drew, one per key. */
async function scrubFloor(browser, base, box, start, dates) {
  const { ctx, page, errors } = await newPage(browser);
  await load(page, `${base}/observed.html?w=${Math.round(box.width)}&h=${Math.round(box.height)}&date=${start}`);
  await page.evaluate((ds) => window.__floorScrub(ds), dates);
  const s = await floorSteps(page, dates.length);
  await ctx.close();
  return { steps: s.map((x) => x.render), frames: s.map((x) => x.frame), errors };
}

/** One load of the groups floor with its first `n` layer groups, and `steps` timeline steps. */
async function runGroups(browser, base, box, n, steps, exportPng = false) {
  const { ctx, page, errors } = await newPage(browser);
  const r = { ...(await load(page, `${base}/groups.html?w=${Math.round(box.width)}&h=${Math.round(box.height)}&groups=${n}`)), errors };
  r.groups = await page.evaluate(() => window.__groups);
  await measureFloor(page, r, { steps, exportPng });
  await ctx.close();
  return r;
}

/**
 * `npm run bench -- groups`: the floor with the app's layers added one group at a time, each load
 * alternating with the bare floor, so the cost of each group is measured (draw calls, programs,
 * first idle and step p95 as ratios to the bare floor).
 */
async function groupsMain(browser, floorBase, box) {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));
  const steps = Math.max(4, Number(process.env.BENCH_STEPS ?? 6));
  const probe = await runGroups(browser, floorBase, box, 1, 0);
  const groups = probe.groups;
  const rows = [];
  for (let n = 1; n <= groups.length; n++) {
    const g = [];
    const f = [];
    for (let i = 0; i < runs; i++) {
      const jobs = [async () => g.push(await runGroups(browser, floorBase, box, n, steps, true)), async () => f.push(await runFloor(browser, floorBase, box, { steps, exportPng: true }))];
      for (let k = 0; k < 2; k++) await jobs[(k + i + n) % 2]();
    }
    const row = {
      group: groups[n - 1].name,
      layers: groups[n - 1].layers,
      draws: F.median(g.map((x) => x.draws)),
      programs: F.median(g.map((x) => x.programs)),
      firstIdleRatio: F.round(F.pairedRatio(g.map((x) => x.firstIdle), f.map((x) => x.firstIdle)), 2),
      stepP95Ratio: F.round(p95(g.flatMap((x) => x.steps)) / p95(f.flatMap((x) => x.steps)), 2),
      png2xRatio: F.round(F.pairedRatio(g.map((x) => x.png2x), f.map((x) => x.png2x)), 2),
      floor: { draws: F.median(f.map((x) => x.draws)), programs: F.median(f.map((x) => x.programs)) },
      errors: [...new Set([...g, ...f].flatMap((x) => x.errors))],
    };
    rows.push(row);
    console.log(`+ ${row.group}: ${row.draws} draws, ${row.programs} programs; first idle ×${row.firstIdleRatio}, step p95 ×${row.stepP95Ratio}, PNG 2× ×${row.png2xRatio} the bare floor`);
  }
  return rows;
}

// ------------------------------------------------------------------ main
/** The import figures: full import per 100 days, and update with 30 new days / full import. */
async function importFigures() {
  const { benchImport } = await import('./import.mjs');
  const r = await benchImport();
  if (r.skipped) {
    return { figs: [F.figure('importPer100Days', 'full import per 100 days', 's', null, null, { note: r.skipped }), F.figure('updateVsFull', 'observed:update, 30 days / full import', 's', null, null, { note: r.skipped })], detail: r };
  }
  const figs = [
    F.figure('importPer100Days', `full import per 100 days (${r.days} days, ${r.first} … ${r.last})`, 's', r1(F.per100Days(r.fullSeconds, r.days)), null),
    F.figure('updateVsFull', `observed:update, ${r.newDays} days / full import`, 's', r1(r.updateSeconds), r1(r.fullSeconds), { ratio: r.updateSeconds / r.fullSeconds }),
  ];
  console.log(
    `import: full ${r1(r.fullSeconds)} s wall, ${r1(r.fullCpuSeconds)} s CPU (derive ${r1(r.deriveSeconds)} s); update ${r1(r.updateSeconds)} s wall, ${r1(r.updateCpuSeconds)} s CPU, ratio ×${F.round(r.updateSeconds / r.fullSeconds, 2)} wall, ×${F.round(r.updateCpuSeconds / r.fullCpuSeconds, 2)} CPU; ` +
      `update ${r.updateCanonicalDifferences.length ? `DIFFERS FROM the full import (${r.updateCanonicalDifferences.slice(0, 3).join('; ')})` : 'equals the full import in canonical form'}` +
      ` (${r.updateEqualsFull ? 'and byte for byte' : `not byte for byte: ${r.updateFaces} faces against ${r.fullFaces}`}); pack ${r1(r.rawBytes / 1e6)} MB raw, ${r1(r.gzipBytes / 1e6)} MB gz`,
  );
  return { figs, detail: r };
}

async function importMain() {
  const { figs, detail } = await importFigures();
  const rows = F.tableRows(figs);
  console.log(`\n${F.formatTable(rows)}`);
  const out = RESULTS.replace(/\.json$/, '-import.json');
  fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`, figures: figs, markdown: F.markdownTable(rows), details: detail }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, out)}`);
}

/** Navigation → the static picture against the floor's first idle, as the median of per-pair ratios. */
function pictureFigure(key, label, runs, floor) {
  const at = runs.map((r) => r.pictureAt);
  if (at.some((x) => x == null)) return F.figure(key, label, 'ms', null, null, { note: 'no map picture seen' });
  const idle = floor.slice(0, at.length).map((f) => f.firstIdle);
  return F.figure(key, label, 'ms', F.median(at), F.median(idle), { ratio: F.pairedRatio(at, idle) });
}

async function main() {
  if (ONLY_IMPORT) return importMain();
  const observedEnv = process.env.OBSERVED_DIR;
  if (!process.env.BENCH_NO_BUILD) {
    sh('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', path.relative(ROOT, APP_DIR)], observedEnv ? { OBSERVED_DIR: path.resolve(observedEnv) } : {});
    sh('npx', ['vite', 'build', '--config', 'bench/floor/vite.config.mjs']);
  }
  // The packed history the app build ships (data/observed.json lists its snapshot dates).
  const observedFile = path.join(APP_DIR, 'data/observed.json');
  const dates = fs.existsSync(observedFile) ? JSON.parse(fs.readFileSync(observedFile, 'utf8')).dates : null;
  if (dates && !ONLY_SCRUB && !ONLY_STEPS && !GROUPS && !process.env.BENCH_NO_BUILD) {
    sh('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', path.relative(ROOT, BARE_DIR)], { OBSERVED_DIR: 'none' });
  }
  const bare = dates && !ONLY_SCRUB && !ONLY_STEPS && fs.existsSync(path.join(BARE_DIR, 'index.html')) && !fs.existsSync(path.join(BARE_DIR, 'data/observed.json'));

  const { default: pwConfig, TEST_ONLY_ARGS } = await tsImport('../playwright.config.ts', import.meta.url);
  const launch = pwConfig.projects[0].use.launchOptions;
  const args = launch.args.filter((a) => !TEST_ONLY_ARGS.includes(a));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath ?? '/usr/bin/chromium', args, headless: true });
  const version = browser.version();
  const servers = [await serve([APP_DIR], PORT), await serve([FLOOR_DIR, APP_DIR], PORT + 1), ...(bare ? [await serve([BARE_DIR], PORT + 2)] : [])];
  const [appBase, floorBase, bareBase] = [PORT, PORT + 1, PORT + 2].map((p) => `http://127.0.0.1:${p}`);

  const app = [];
  const floor = [];
  const none = [];
  const embed = [];
  const arrival = [];
  let box;
  let scrub = null;
  let anim = null;
  const t0 = Date.now();
  try {
    // Warm-up (not counted): starts Chromium's GPU process and fills the OS file cache.
    process.stdout.write('warm-up… ');
    box = (await runApp(browser, appBase, {})).box;
    await runFloor(browser, floorBase, box, {});
    console.log(`map ${Math.round(box.width)}×${Math.round(box.height)} px`);
    if (GROUPS) {
      const rows = await groupsMain(browser, floorBase, box);
      const table = [
        ['+ group (cumulative)', 'layers', 'draw calls', 'programs', 'first idle / floor', 'step p95 / floor', 'PNG 2× / floor'],
        ...rows.map((r) => [r.group, String(r.layers.length), String(r.draws), String(r.programs), `×${r.firstIdleRatio}`, `×${r.stepP95Ratio}`, `×${r.png2xRatio}`]),
      ];
      const floorRow = `bare floor: ${rows[0].floor.draws} draw calls, ${rows[0].floor.programs} programs`;
      console.log(`\n${F.formatTable(table)}\n${floorRow}`);
      const out = RESULTS.replace(/\.json$/, '-groups.json');
      fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), machine: `Chromium ${version}`, mapPx: [Math.round(box.width), Math.round(box.height)], groups: rows, markdown: F.markdownTable(table), floor: floorRow }, null, 2) + '\n');
      console.log(`wrote ${path.relative(ROOT, out)}`);
      return;
    }
    if (!ONLY_SCRUB) {
      for (let i = 0; i < RUNS; i++) {
        // Rotate the order so no page always runs right after another.
        const jobs = [
          async () => app.push(await runApp(browser, appBase, { steps: STEPS, exportPng: !ONLY_STEPS, bytes: i === 0 && !ONLY_STEPS })),
          async () => floor.push(await runFloor(browser, floorBase, box, { steps: STEPS, exportPng: !ONLY_STEPS, bytes: i === 0 && !ONLY_STEPS })),
          ...(bare && !ONLY_STEPS ? [async () => none.push(await runApp(browser, bareBase, {}))] : []),
          ...(!ONLY_STEPS ? [async () => embed.push(await runEmbed(browser, appBase))] : []),
          ...(dates && !ONLY_STEPS ? [async () => arrival.push(await runFloorArrival(browser, floorBase, box))] : []),
        ];
        for (let k = 0; k < jobs.length; k++) await jobs[(k + i) % jobs.length]();
        const [a, f, n, e] = [app.at(-1), floor.at(-1), none.at(-1), embed.at(-1)];
        console.log(
          `run ${i + 1}/${RUNS}: first idle app ${Math.round(a.firstIdle)}, floor ${Math.round(f.firstIdle)}${n ? `, without history ${Math.round(n.firstIdle)}` : ''} ms;` +
            ` step p50 ${r1(F.median(a.steps))} / ${r1(F.median(f.steps))} ms; long tasks ${a.longTasks} / ${f.longTasks}; PNG 2× ${a.png2x ?? '–'} / ${f.png2x == null ? '–' : Math.round(f.png2x)} ms; draws ${a.draws} / ${f.draws}; programs ${a.programs} / ${f.programs};` +
            ` picture on screen full ${Math.round(a.pictureAt ?? NaN)}, embed ${Math.round(e?.pictureAt ?? NaN)} ms (drawn in the page ${Math.round(a.pictureInDomAt ?? NaN)}, ${Math.round(e?.pictureInDomAt ?? NaN)});` +
            ` longest frame to the record in the panels ${Math.round(a.longestFrame ?? NaN)} ms, to the map's ${Math.round(a.longestFrameToMap ?? NaN)} ms (longest task ${a.longestTaskToRecord == null ? '–' : a.longestTaskToRecord === 0 ? 'none > 50' : Math.round(a.longestTaskToRecord)} ms)` +
            (arrival.length ? `, bare MapLibre given the record ${Math.round(arrival.at(-1).longestFrame)} ms` : ''),
        );
      }
    }
    if (dates) {
      process.stdout.write(`history scrub over ${dates[0]} … ${dates.at(-1)} (${dates.length} snapshots)… `);
      const sa = await scrubApp(browser, appBase, dates);
      const sf = await scrubFloor(browser, floorBase, box, sa.start, sa.dates);
      scrub = { app: sa, floor: sf };
      console.log(`${sa.steps.length} moves that changed the date`);
    }
    // Animated export: capture per frame against one PNG export at the same size, and the
    // file sizes of a 13-week weekly range, in its own browser against the same app server.
    if (!ONLY_SCRUB && !ONLY_STEPS && !process.env.BENCH_NO_ANIMATION) {
      process.stdout.write('animated export… ');
      const { benchAnimation, formatAnimation } = await import('./animation.mjs');
      anim = await benchAnimation({ baseUrl: appBase, memory: false, log: () => {} });
      console.log(`\n${formatAnimation(anim)}`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  const seconds = Math.round((Date.now() - t0) / 1000);

  // ---------------------------------------------------------------- figures
  const figs = [];
  const details = {};
  const noHistory = { note: 'the build ships no observed record' };
  const scrubFigs = () =>
    scrub
      ? [
          F.figure('scrubP95', `history scrub p95 (n=${scrub.app.steps.length}/${scrub.floor.steps.length})`, 'ms', p95(scrub.app.steps), p95(scrub.floor.steps)),
          F.figure('scrubFrameP95', 'history scrub, to the frame after, p95', 'ms', p95(scrub.app.frames), p95(scrub.floor.frames)),
        ]
      : [F.figure('scrubP95', 'history scrub p95', 'ms', null, null, noHistory), F.figure('scrubFrameP95', 'history scrub, to the frame after, p95', 'ms', null, null, noHistory)];
  // The steps' own figures: to the map's frame, to the frame after it (the panels' frame) and the
  // long tasks counted over all keyboard steps of the run (≥ 40).
  const stepFigs = () => {
    const [la, lf] = [app.reduce((n, a) => n + a.longTasks, 0), floor.reduce((n, f) => n + f.longTasks, 0)];
    const [sa, sf] = [app.flatMap((a) => a.steps), floor.flatMap((f) => f.steps)];
    return [
      F.figure('stepP95', `timeline step p95 (n=${sa.length}/${sf.length})`, 'ms', p95(sa), p95(sf)),
      F.figure('stepFrameP95', 'timeline step, to the frame after, p95', 'ms', p95(app.flatMap((a) => a.frames)), p95(floor.flatMap((f) => f.frames))),
      F.figure('longTasks', `long tasks > 50 ms in ${sa.length}/${sf.length} key steps`, '', la, lf, { ratio: F.countRatio(la, lf) }),
    ];
  };
  if (ONLY_STEPS) {
    const idleA = app.map((a) => a.firstIdle);
    const idleF = floor.map((f) => f.firstIdle);
    figs.push(F.figure('firstIdle', 'first map idle (median)', 'ms', F.median(idleA), F.median(idleF), { ratio: F.pairedRatio(idleA, idleF) }), ...stepFigs(), ...scrubFigs());
    const stepsA = app.flatMap((a) => a.steps);
    const stepsF = floor.flatMap((f) => f.steps);
    details.step = {
      appP50Ms: r1(F.median(stepsA)), floorP50Ms: r1(F.median(stepsF)),
      frameAfterAppP95Ms: r1(p95(app.flatMap((a) => a.frames))), frameAfterFloorP95Ms: r1(p95(floor.flatMap((f) => f.frames))),
      longTasks: { app: app.map((a) => a.longTasks), floor: floor.map((f) => f.longTasks) },
      appMs: stepsA.map(r1), floorMs: stepsF.map(r1), appFrameMs: app.flatMap((a) => a.frames).map(r1), floorFrameMs: floor.flatMap((f) => f.frames).map(r1),
    };
  } else if (!ONLY_SCRUB) {
    const idleA = app.map((a) => a.firstIdle);
    const idleF = floor.map((f) => f.firstIdle);
    const stepsA = app.flatMap((a) => a.steps);
    const stepsF = floor.flatMap((f) => f.steps);
    const bytesA = F.classifyFiles(app[0].files);
    const bytesF = F.classifyFiles(floor[0].files);
    figs.push(
      F.figure('firstIdle', 'first map idle (median)', 'ms', F.median(idleA), F.median(idleF), { ratio: F.pairedRatio(idleA, idleF) }),
      ...stepFigs(),
      ...scrubFigs(),
      F.figure('png2x', 'PNG 2× export (median)', 'ms', F.median(app.map((a) => a.png2x)), F.median(floor.map((f) => f.png2x))),
      F.figure('drawCalls', 'draw calls, frame at first idle', '', F.median(app.map((a) => a.draws)), F.median(floor.map((f) => f.draws))),
      F.figure('programs', 'shader programs', '', F.median(app.map((a) => a.programs)), F.median(floor.map((f) => f.programs))),
      bare
        ? F.figure('recordLoad', 'first idle, with history / without', 'ms', F.median(idleA), F.median(none.map((n) => n.firstIdle)), { ratio: F.pairedRatio(idleA, none.map((n) => n.firstIdle)) })
        : F.figure('recordLoad', 'first idle, with history / without', 'ms', null, null, { note: 'the build ships no observed record' }),
      anim
        ? F.figure('animFrame', `animation frame capture vs PNG export (${anim.frameShown.size})`, 'ms', anim.frameShown.medianMs, anim.png.medianMs)
        : F.figure('animFrame', 'animation frame capture vs PNG export', 'ms', null, null, { note: 'BENCH_NO_ANIMATION set' }),
      pictureFigure('pictureFull', 'time to map picture, full page / floor first idle', app, floor),
      pictureFigure('pictureEmbed', 'time to map picture, embed 420 px / floor first idle', embed, floor),
      app.some((a) => a.recordAt != null)
        ? F.figure('recordFrame', 'longest frame, first idle → record drawn, in the panels + 1 s / floor step p95', 'ms', Math.max(...app.filter((a) => a.recordAt != null).map((a) => a.longestFrame)), p95(stepsF))
        : F.figure('recordFrame', 'longest frame, first idle → record drawn', 'ms', null, null, { note: 'the build ships no observed record' }),
      F.figure('swapShift', 'layout shift at the picture → map swap (max CLS, full and embed)', '', Math.max(...[...app, ...embed].map((a) => a.swapShift ?? 0)), null),
      F.figure('jsBeyondMaplibreKB', 'JS beyond MapLibre (gz)', 'KB', r1(kb(bytesA.jsBeyondMaplibre)), null),
      F.figure('geoKB', 'geo payload (gz)', 'KB', r1(kb(bytesA.geo)), null),
    );
    if (!process.env.BENCH_NO_IMPORT) {
      const imp = await importFigures();
      figs.push(...imp.figs);
      details.import = imp.detail;
    }
    Object.assign(details, {
      animation: anim,
      firstIdle: { appMs: idleA.map(Math.round), floorMs: idleF.map(Math.round), withoutHistoryMs: none.map((n) => Math.round(n.firstIdle)) },
      picture: {
        fullMs: app.map((a) => Math.round(a.pictureAt ?? NaN)), embedMs: embed.map((e) => Math.round(e.pictureAt ?? NaN)),
        fullDrawnInPageMs: app.map((a) => Math.round(a.pictureInDomAt ?? NaN)), embedDrawnInPageMs: embed.map((e) => Math.round(e.pictureInDomAt ?? NaN)),
        swapFullMs: app.map((a) => Math.round(a.swapAt ?? NaN)), swapEmbedMs: embed.map((e) => Math.round(e.swapAt ?? NaN)),
        shift: [...app, ...embed].map((a) => a.swapShift), longestFrameToRecordMs: app.map((a) => Math.round(a.longestFrame ?? NaN)), longestFrameToMapRecordMs: app.map((a) => Math.round(a.longestFrameToMap ?? NaN)), longestTaskToRecordMs: app.map((a) => (a.longestTaskToRecord == null ? null : Math.round(a.longestTaskToRecord))),
        floorArrivalLongestFrameMs: arrival.map((x) => Math.round(x.longestFrame)), floorArrivalLongestTaskMs: arrival.map((x) => Math.round(x.longestTask)),
      },
      step: {
        appP50Ms: r1(F.median(stepsA)), floorP50Ms: r1(F.median(stepsF)),
        frameAfterAppP95Ms: r1(p95(app.flatMap((a) => a.frames))), frameAfterFloorP95Ms: r1(p95(floor.flatMap((f) => f.frames))),
        longTasks: { app: app.map((a) => a.longTasks), floor: floor.map((f) => f.longTasks) },
        appMs: stepsA.map(r1), floorMs: stepsF.map(r1),
      },
      png2x: { appMs: app.map((a) => a.png2x), floorMs: floor.map((f) => Math.round(f.png2x)), inAppMedianMs: Math.round(F.median(app.map((a) => a.png2xInApp).filter((x) => x != null))), pngBytes: app[0].pngBytes },
      drawCalls: { app: app.map((a) => a.draws), floor: floor.map((f) => f.draws), withoutHistory: none.map((n) => n.draws) },
      programs: { app: app.map((a) => a.programs), floor: floor.map((f) => f.programs), withoutHistory: none.map((n) => n.programs) },
      bytes: {
        maplibreKB: r1(kb(bytesA.maplibre)), observedKB: r1(kb(bytesA.observed)), totalKB: r1(kb(bytesA.total)), floorTotalKB: r1(kb(bytesF.total)),
        workerCounted: bytesA.workerSeen,
        afterFirstIdleJsKB: r1(kb(app[0].later.filter((f) => /\.m?js$/.test(f.path)).reduce((n, f) => n + f.gz, 0))),
        appFiles: app[0].files.map(({ path: p, raw, gz }) => ({ path: p, raw, gz })),
      },
    });
  } else {
    figs.push(...scrubFigs());
  }
  if (scrub) {
    details.scrub = {
      from: scrub.app.start, dates: scrub.app.dates,
      appP50Ms: r1(F.median(scrub.app.steps)), floorP50Ms: r1(F.median(scrub.floor.steps)),
      frameAfterAppP95Ms: r1(p95(scrub.app.frames)), frameAfterFloorP95Ms: r1(p95(scrub.floor.frames)),
      appMs: scrub.app.steps.map(r1), floorMs: scrub.floor.steps.map(r1), appFrameMs: scrub.app.frames.map(r1), floorFrameMs: scrub.floor.frames.map(r1),
    };
  }
  const errors = [...new Set([...app, ...floor, ...none, ...arrival, ...(scrub ? [scrub.app, scrub.floor] : [])].flatMap((r) => r.errors))];

  const when = new Date().toISOString();
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Chromium ${version}, SwiftShader WebGL`;
  const rows = F.tableRows(figs);
  console.log(`\n${when} · ${machine} · load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} · ${ONLY_SCRUB ? 'scrub only' : `${ONLY_STEPS ? 'steps only, ' : ''}${RUNS} runs each, ${STEPS} steps per run`}, ${SCRUB_MOVES} scrub moves, ${seconds} s measuring`);
  console.log(F.formatTable(rows));
  if (details.step) {
    console.log(`\ntimeline step p50 ${details.step.appP50Ms} / ${details.step.floorP50Ms} ms; to the frame after, p95 ${details.step.frameAfterAppP95Ms} / ${details.step.frameAfterFloorP95Ms} ms; long tasks per run ${details.step.longTasks.app.join(',')} / ${details.step.longTasks.floor.join(',')}`);
  }
  if (details.png2x) {
    console.log(`PNG 2× inside the app (performance.measure) ${details.png2x.inAppMedianMs} ms; total first load ${details.bytes.totalKB} / ${details.bytes.floorTotalKB} KB gz (observed record ${details.bytes.observedKB} KB, MapLibre + worker ${details.bytes.maplibreKB} KB); JS after first idle ${details.bytes.afterFirstIdleJsKB} KB`);
  }
  const pic = details.picture;
  if (pic?.floorArrivalLongestFrameMs?.length) {
    const [appF, floorF] = [F.median(pic.longestFrameToRecordMs), F.median(pic.floorArrivalLongestFrameMs)];
    const mapF = F.median(pic.longestFrameToMapRecordMs ?? []);
    console.log(`record arrival, longest frame (medians): app ${Math.round(appF)} ms to the panels + 1 s (${Math.round(mapF)} ms to the map's record drawn), bare MapLibre given the same record ${Math.round(floorF)} ms (×${F.round(appF / floorF, 2)}); the budget line above divides by the floor's step p95 instead`);
  }
  if (details.scrub) console.log(`history scrub p50 ${details.scrub.appP50Ms} / ${details.scrub.floorP50Ms} ms; to the frame after, p95 ${details.scrub.frameAfterAppP95Ms} / ${details.scrub.frameAfterFloorP95Ms} ms`);
  if (errors.length) console.log(`\npage errors: ${errors.join(' | ')}`);

  const out = ONLY_SCRUB ? RESULTS.replace(/\.json$/, '-scrub.json') : ONLY_STEPS ? RESULTS.replace(/\.json$/, '-steps.json') : RESULTS;
  const result = { date: when, machine, runs: RUNS, stepsPerRun: STEPS, scrubMoves: SCRUB_MOVES, settleMs: SETTLE_MS, seconds, mapPx: [Math.round(box.width), Math.round(box.height)], observedSnapshots: dates?.length ?? 0, figures: figs, markdown: F.markdownTable(rows), details, pageErrors: errors };
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
