#!/usr/bin/env node
// `npm run bench`: the app against a bare-MapLibre floor page (bench/floor/), in Debian's
// Chromium with SwiftShader, alternating app and floor runs in fresh browser contexts.
// Prints a table with budgets (✓/✗) and writes bench/results.json. A benchmark, not a test:
// it always exits 0 unless the harness itself breaks. See bench/README.md.
//
// Env: BENCH_RUNS (runs of each page, default 7), BENCH_STEPS (timeline steps per run; at least
// 60 in all), BENCH_NO_BUILD=1 (reuse bench/out/), BENCH_PORT (first of two ports, default 4300),
// BENCH_SETTLE_MS (pause before each step, default 1000), OBSERVED_DIR (build the app with the
// observed history, imported by `npm run observed`; enables the history-scrub figure),
// CHROMIUM_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const OUT = path.join(ROOT, 'bench/out');
const APP_DIR = path.join(OUT, 'dist');
const FLOOR_DIR = path.join(OUT, 'floor');
const RESULTS = path.join(ROOT, 'bench/results.json');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const STEPS = Math.max(Number(process.env.BENCH_STEPS ?? 0), Math.ceil(60 / RUNS));
const PORT = Number(process.env.BENCH_PORT ?? 4300);
const VIEWPORT = { width: 1280, height: 800 };
const APP_QUERY = '?date=2025-07-01&lang=en';
const TIMEOUT = 90_000;

const BUDGET = {
  firstIdleRatio: 1.15,
  jsBeyondMaplibreKB: 120,
  geoKB: 60,
  stepP95Ratio: 1.3,
  png2xMs: 1500,
};

// ------------------------------------------------------------------ helpers
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const kb = (n) => n / 1024;
const r1 = (n) => Math.round(n * 10) / 10;
const r2 = (n) => Math.round(n * 100) / 100;

function sh(cmd, args, env = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
}

const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.topojson': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.png': 'image/png', '.pbf': 'application/x-protobuf',
};
/** A plain static server without compression or caching: the harness gzips bodies itself. */
function serve(dir, port) {
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(dir, path.normalize(p));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    fs.readFile(file, (err, buf) => {
      if (err) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(buf);
    });
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
        (body) => {
          const gz = TEXT.test(res.headers()['content-type'] ?? '') ? zlib.gzipSync(body).length : body.length;
          seen.push({ path: url.pathname, raw: body.length, gz, at });
        },
        () => {},
      ),
    );
  });
  return async (until = Infinity) => {
    await Promise.all(pending);
    return seen.filter((r) => r.at <= until).sort((a, b) => a.path.localeCompare(b.path));
  };
}

function classify(files) {
  const isJs = (f) => /\.m?js$/.test(f.path);
  const isMaplibre = (f) => /\/maplibre-[\w-]+\.js$/.test(f.path) || /\/maplibre-gl-worker-[\w-]+\.mjs$/.test(f.path);
  const sum = (fs_) => fs_.reduce((s, f) => s + f.gz, 0);
  return {
    jsBeyondMaplibre: sum(files.filter((f) => isJs(f) && !isMaplibre(f))),
    maplibre: sum(files.filter(isMaplibre)),
    geo: sum(files.filter((f) => /\/geo\/[^/]+\.(geojson|topojson)$/.test(f.path))),
    observed: sum(files.filter((f) => /\/data\/observed[^/]*\.json$/.test(f.path))),
    total: sum(files),
    workerSeen: files.some((f) => /maplibre-gl-worker/.test(f.path)),
  };
}

// In-page probes, installed before any page script runs.
function probes() {
  const b = (window.__bench = { t0: 0, readyAt: null, steps: [] });
  // Time of the user input that started a step (capture phase: before the app's handlers).
  for (const type of ['keydown', 'pointerdown', 'pointermove']) window.addEventListener(type, () => (b.t0 = performance.now()), true);
  new MutationObserver(() => {
    if (b.readyAt == null && document.querySelector('[data-testid="map"][data-ready="true"]')) b.readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

// ------------------------------------------------------------------ runs
const MAP = '[data-testid="map"]';

async function newContext(browser) {
  return browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'UTC', acceptDownloads: true, deviceScaleFactor: 1 });
}

/**
 * Waits for two more frames and then SETTLE_MS: with SwiftShader the GPU process finishes a
 * frame of the app's map 0.3–0.9 s after MapLibre's `render` (trace: SwapBuffers → CPU readback),
 * and a step that starts before that waits for it.
 */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 1000);
const settle = (page) =>
  page.evaluate((ms) => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(res, ms)))), SETTLE_MS);

/**
 * App steps: an input (key or pointer move) → the first MapLibre `render` with the new date
 * (`map-rendered`), and → the animation frame after it. Each step starts from a settled page.
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

async function runApp(browser, base, { steps, exportPng, scrub }) {
  const ctx = await newContext(browser);
  const bytes = trackBytes(ctx);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(probes);
  const navAt = Date.now();
  await page.goto(base + '/' + APP_QUERY);
  await page.waitForFunction(() => window.__bench.readyAt != null, null, { timeout: TIMEOUT });
  const firstIdle = await page.evaluate(() => window.__bench.readyAt);
  const files = await bytes(navAt + firstIdle);
  const box = await page.locator(MAP).boundingBox();
  // What loads after the first screen (lazy chunks fetched once the map is ready) settles first.
  await page.waitForLoadState('networkidle');
  const later = (await bytes()).filter((f) => !files.some((g) => g.path === f.path));
  const r = { firstIdle, files, later, box, errors };

  if (steps) {
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    const s = await appSteps(page, steps, () => page.keyboard.press('ArrowLeft'));
    r.steps = s.map((x) => x.render);
    r.frames = s.map((x) => x.frame);
    r.lastDate = s.at(-1)?.date;
  }
  if (exportPng) {
    const button = page.getByTestId('export-png');
    if ((await button.count()) > 0) {
      const scale = page.getByTestId('export-scale');
      if ((await scale.count()) > 0) {
        const values = await scale.locator('option').evaluateAll((os_) => os_.map((o) => [o.value, o.textContent]));
        const two = values.find(([v, t]) => v === '2' || /^\s*2\s*(×|x)/i.test(t ?? ''));
        if (two) await scale.selectOption(two[0]);
        else r.exportNote = `no 2× option in ${JSON.stringify(values)}`;
      }
      const t = Date.now();
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), button.click()]);
      r.png2x = Date.now() - t;
      // The app's own measure of the same export (performance.measure in src/export), if any.
      r.png2xInApp = await page.evaluate(() => performance.getEntriesByName('territorial-map:export-png').at(-1)?.duration ?? null);
      const file = await dl.path().catch(() => null);
      r.pngBytes = file ? fs.statSync(file).size : null;
    }
  }
  if (scrub) {
    // Drag the thumb from the last observed day back to the first, in `scrub.n` moves. The rail
    // maps day 0 (the slider's min) … aria-valuemax linearly, inset by the thumb's radius (10 px).
    const slider = page.getByTestId('timeline-slider');
    const rail = await slider.locator('..').boundingBox();
    const total = Number(await slider.getAttribute('aria-valuemax'));
    // Day 0 of the slider: the map's date less the slider's value.
    const minDay = Date.parse(await page.locator(MAP).getAttribute('data-date')) - Number(await slider.getAttribute('aria-valuenow')) * 864e5;
    const day = (iso) => Math.min(total, Math.max(0, Math.round((Date.parse(iso) - minDay) / 864e5)));
    const [a, b] = [day(scrub.from), day(scrub.to)];
    const xOf = (d) => rail.x + 10 + ((rail.width - 20) * d) / total;
    const y = rail.y + rail.height / 2;
    const xAt = (i) => xOf(b - ((b - a) * (i + 1)) / scrub.n);
    await page.mouse.move(xOf(b), y);
    await page.mouse.down();
    await page.waitForFunction((sel) => document.querySelector(sel).dataset.ready === 'true', MAP, { timeout: TIMEOUT });
    const s = await appSteps(page, scrub.n, (i) => page.mouse.move(xAt(i), y));
    await page.mouse.up();
    r.scrub = s.map((x) => x.render);
    r.scrubFrames = s.map((x) => x.frame);
  }
  await ctx.close();
  return r;
}

async function runFloor(browser, base, box, { steps, exportPng }) {
  const ctx = await newContext(browser);
  const bytes = trackBytes(ctx);
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const navAt = Date.now();
  await page.goto(`${base}/?w=${Math.round(box.width)}&h=${Math.round(box.height)}`);
  await page.waitForFunction(() => document.body.dataset.idle, null, { timeout: TIMEOUT });
  const firstIdle = Number(await page.evaluate(() => document.body.dataset.idle));
  const files = await bytes(navAt + firstIdle);
  const r = { firstIdle, files, errors };
  if (steps) {
    await page.waitForLoadState('networkidle');
    const out = [];
    for (let i = 0; i < steps; i++) {
      await settle(page);
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((k) => window.__floorSteps.length > k && window.__floorSteps[k].frame != null, i, { timeout: TIMEOUT });
      out.push(await page.evaluate(() => window.__floorSteps.at(-1)));
    }
    r.steps = out.map((x) => x.render);
    r.frames = out.map((x) => x.frame);
  }
  if (exportPng) {
    await settle(page);
    r.png2x = await page.evaluate(() => window.__floorPng());
  }
  await ctx.close();
  return r;
}

// ------------------------------------------------------------------ main
async function main() {
  const observedDir = process.env.OBSERVED_DIR ? path.resolve(process.env.OBSERVED_DIR) : null;
  if (!process.env.BENCH_NO_BUILD) {
    sh('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', path.relative(ROOT, APP_DIR)], observedDir ? { OBSERVED_DIR: observedDir } : {});
    sh('npx', ['vite', 'build', '--config', 'bench/floor/vite.config.mjs']);
  }
  const listAll = (d) => fs.readdirSync(d, { recursive: true }).map(String);
  const observedFiles = listAll(APP_DIR).filter((f) => /observed|deepstate/i.test(f));
  const observed = !!observedDir && observedFiles.length > 0;
  // The packed history (data/observed.json) lists its snapshot dates: the scrub covers them.
  let observedDates = null;
  try {
    observedDates = JSON.parse(fs.readFileSync(path.join(APP_DIR, 'data/observed.json'), 'utf8')).dates ?? null;
  } catch {}

  const { default: pwConfig } = await tsImport('../playwright.config.ts', import.meta.url);
  const launch = pwConfig.projects[0].use.launchOptions;
  const executablePath = process.env.CHROMIUM_PATH ?? launch.executablePath ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: launch.args, headless: true });
  const version = browser.version();

  const servers = [await serve(APP_DIR, PORT), await serve(FLOOR_DIR, PORT + 1)];
  const appBase = `http://127.0.0.1:${PORT}`;
  const floorBase = `http://127.0.0.1:${PORT + 1}`;

  const app = [];
  const floor = [];
  let box;
  try {
    // Warm-up pair (not counted): starts Chromium's GPU process and the OS file cache.
    process.stdout.write('warm-up… ');
    box = (await runApp(browser, appBase, {})).box;
    await runFloor(browser, floorBase, box, {});
    console.log(`map ${Math.round(box.width)}×${Math.round(box.height)} px`);
    // ABBA order so neither page always runs right after the other.
    for (let i = 0; i < RUNS; i++) {
      const appFirst = i % 2 === 0;
      const doApp = async () => app.push(await runApp(browser, appBase, { steps: STEPS, exportPng: true }));
      const doFloor = async () => floor.push(await runFloor(browser, floorBase, box, { steps: STEPS, exportPng: true }));
      if (appFirst) { await doApp(); await doFloor(); } else { await doFloor(); await doApp(); }
      const a = app.at(-1);
      const f = floor.at(-1);
      console.log(`run ${i + 1}/${RUNS}: first idle app ${Math.round(a.firstIdle)} ms, floor ${Math.round(f.firstIdle)} ms; step p50 app ${r1(median(a.steps))} ms, floor ${r1(median(f.steps))} ms${a.png2x != null ? `; PNG 2× app ${a.png2x} ms, floor ${Math.round(f.png2x)} ms` : ''}`);
    }
    if (observed) {
      process.stdout.write('history scrub… ');
      const to = observedDates?.at(-1) ?? '2025-08-10';
      const s = await runApp(browser, appBase, { scrub: { n: 80, from: observedDates?.[0] ?? '2024-07-08', to } });
      app.scrub = s.scrub;
      app.scrubFrames = s.scrubFrames;
      console.log(`${s.scrub.length} moves that changed the date`);
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }

  // ---------------------------------------------------------------- figures
  const pairRatios = app.map((a, i) => a.firstIdle / floor[i].firstIdle);
  const bytesApp = classify(app[0].files);
  const bytesFloor = classify(floor[0].files);
  const stepsApp = app.flatMap((a) => a.steps);
  const stepsFloor = floor.flatMap((f) => f.steps);
  const framesApp = app.flatMap((a) => a.frames);
  const framesFloor = floor.flatMap((f) => f.frames);
  const laterJs = app[0].later.filter((f) => /\.m?js$/.test(f.path));
  const pngs = app.map((a) => a.png2x).filter((x) => x != null);
  const errors = [...new Set([...app, ...floor].flatMap((r) => r.errors))];

  const fig = {
    firstIdle: {
      appMedianMs: Math.round(median(app.map((a) => a.firstIdle))),
      floorMedianMs: Math.round(median(floor.map((f) => f.firstIdle))),
      ratio: r2(median(pairRatios)),
      pairRatios: pairRatios.map(r2),
      appMs: app.map((a) => Math.round(a.firstIdle)),
      floorMs: floor.map((f) => Math.round(f.firstIdle)),
    },
    bytes: {
      jsBeyondMaplibreKB: r1(kb(bytesApp.jsBeyondMaplibre)),
      maplibreKB: r1(kb(bytesApp.maplibre)),
      geoKB: r1(kb(bytesApp.geo)),
      observedKB: r1(kb(bytesApp.observed)),
      totalKB: r1(kb(bytesApp.total)),
      floorTotalKB: r1(kb(bytesFloor.total)),
      floorJsBeyondMaplibreKB: r1(kb(bytesFloor.jsBeyondMaplibre)),
      workerCounted: bytesApp.workerSeen,
      afterFirstIdleJsKB: r1(kb(laterJs.reduce((n, f) => n + f.gz, 0))),
      appFiles: app[0].files.map(({ path: p, raw, gz }) => ({ path: p, raw, gz })),
      appFilesAfterFirstIdle: app[0].later.map(({ path: p, raw, gz }) => ({ path: p, raw, gz })),
    },
    step: {
      n: stepsApp.length,
      appP50Ms: r1(median(stepsApp)),
      appP95Ms: r1(quantile(stepsApp, 0.95)),
      floorP50Ms: r1(median(stepsFloor)),
      floorP95Ms: r1(quantile(stepsFloor, 0.95)),
      p95Ratio: r2(quantile(stepsApp, 0.95) / quantile(stepsFloor, 0.95)),
      frameAppP50Ms: r1(median(framesApp)),
      frameAppP95Ms: r1(quantile(framesApp, 0.95)),
      frameFloorP50Ms: r1(median(framesFloor)),
      frameFloorP95Ms: r1(quantile(framesFloor, 0.95)),
      frameP95Ratio: r2(quantile(framesApp, 0.95) / quantile(framesFloor, 0.95)),
      appMs: stepsApp.map(r1),
      floorMs: stepsFloor.map(r1),
    },
    png2x: pngs.length
      ? {
          medianMs: Math.round(median(pngs)),
          maxMs: Math.max(...pngs),
          runs: pngs,
          inAppMedianMs: Math.round(median(app.map((a) => a.png2xInApp).filter((x) => x != null))) || null,
          floorMedianMs: Math.round(median(floor.map((f) => f.png2x))),
          bytes: app[0].pngBytes ?? null,
          note: app[0].exportNote,
        }
      : null,
    historyScrub: app.scrub
      ? { n: app.scrub.length, p50Ms: r1(median(app.scrub)), p95Ms: r1(quantile(app.scrub, 0.95)), frameP95Ms: r1(quantile(app.scrubFrames, 0.95)) }
      : null,
  };

  const check = (ok) => (ok ? '✓' : '✗');
  const budgets = {
    firstIdle: fig.firstIdle.ratio <= BUDGET.firstIdleRatio,
    jsBeyondMaplibre: fig.bytes.jsBeyondMaplibreKB <= BUDGET.jsBeyondMaplibreKB,
    geo: fig.bytes.geoKB <= BUDGET.geoKB,
    stepP95: fig.step.p95Ratio <= BUDGET.stepP95Ratio,
    png2x: fig.png2x ? fig.png2x.medianMs <= BUDGET.png2xMs : null,
  };

  const rows = [
    ['load → first map idle', `${fig.firstIdle.appMedianMs} ms / ${fig.firstIdle.floorMedianMs} ms`, `×${fig.firstIdle.ratio}`, `≤ ×${BUDGET.firstIdleRatio}`, check(budgets.firstIdle)],
    ['JS beyond MapLibre (gz)', `${fig.bytes.jsBeyondMaplibreKB} KB`, '', `≤ ${BUDGET.jsBeyondMaplibreKB} KB`, check(budgets.jsBeyondMaplibre)],
    ['JS after first idle (gz)', `${fig.bytes.afterFirstIdleJsKB} KB`, '', '', ''],
    ['geo payload (gz)', `${fig.bytes.geoKB} KB`, '', `≤ ${BUDGET.geoKB} KB`, check(budgets.geo)],
    ['MapLibre + worker (gz)', `${fig.bytes.maplibreKB} KB`, '', '', ''],
    ...(bytesApp.observed ? [['observed history (gz)', `${fig.bytes.observedKB} KB`, '', '', '']] : []),
    ['total first load (gz)', `${fig.bytes.totalKB} KB / ${fig.bytes.floorTotalKB} KB`, `×${r2(fig.bytes.totalKB / fig.bytes.floorTotalKB)}`, '', ''],
    [`timeline step p50 (n=${fig.step.n})`, `${fig.step.appP50Ms} ms / ${fig.step.floorP50Ms} ms`, `×${r2(fig.step.appP50Ms / fig.step.floorP50Ms)}`, '', ''],
    [`timeline step p95 (n=${fig.step.n})`, `${fig.step.appP95Ms} ms / ${fig.step.floorP95Ms} ms`, `×${fig.step.p95Ratio}`, `≤ ×${BUDGET.stepP95Ratio}`, check(budgets.stepP95)],
    ['  … to the frame after, p50', `${fig.step.frameAppP50Ms} ms / ${fig.step.frameFloorP50Ms} ms`, `×${r2(fig.step.frameAppP50Ms / fig.step.frameFloorP50Ms)}`, '', ''],
    ['  … to the frame after, p95', `${fig.step.frameAppP95Ms} ms / ${fig.step.frameFloorP95Ms} ms`, `×${fig.step.frameP95Ratio}`, '', ''],
    ...(fig.png2x
      ? [
          ['PNG 2× export (median)', `${fig.png2x.medianMs} ms / ${fig.png2x.floorMedianMs} ms`, `×${r2(fig.png2x.medianMs / fig.png2x.floorMedianMs)}`, `≤ ${BUDGET.png2xMs} ms`, check(budgets.png2x)],
          ['  … the app\'s own measure', `${fig.png2x.inAppMedianMs ?? '–'} ms (slowest download ${fig.png2x.maxMs} ms)`, '', '', ''],
        ]
      : [['PNG 2× export', 'n/a (export not built)', '', `≤ ${BUDGET.png2xMs} ms`, '']]),
    fig.historyScrub
      ? [`history scrub (n=${fig.historyScrub.n})`, `p50 ${fig.historyScrub.p50Ms} ms, p95 ${fig.historyScrub.p95Ms} ms (frame p95 ${fig.historyScrub.frameP95Ms})`, '', '', '']
      : ['history scrub p95', observedDir ? 'n/a (build exposes no observed history)' : 'n/a (no OBSERVED_DIR)', '', '', ''],
  ];
  const head = ['figure', 'app / floor', 'ratio', 'budget', ''];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(w[i])).join('  ').trimEnd();
  const when = new Date().toISOString();
  const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Chromium ${version}, SwiftShader WebGL`;
  console.log(`\n${when} · ${machine} · ${RUNS} runs each, ${STEPS} steps per run`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (errors.length) console.log(`\npage errors: ${errors.join(' | ')}`);

  fs.writeFileSync(RESULTS, JSON.stringify({ date: when, machine, runs: RUNS, stepsPerRun: STEPS, mapPx: [Math.round(box.width), Math.round(box.height)], budget: BUDGET, budgets, ...fig, observed: observed ? observedFiles : null, pageErrors: errors }, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(ROOT, RESULTS)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
