#!/usr/bin/env node
// Animated export benchmark, in Debian's Chromium with SwiftShader, in one browser session:
//  - time to draw and capture one animation frame (map idle + grab + compose + bitmap, the
//    `territorial-map:anim-frame` measures) against one PNG export at the same size (the figure
//    as shown, scale 1×: `territorial-map:export-png`), both medians, and their ratio;
//  - the file size of a 13-week weekly range (2025-04-01 → 2025-07-01, 14 frames) at 1080×1080
//    in each format this Chromium offers, with the per-frame capture time at that size;
//  - the page's JS heap during a 100-frame export (frames are encoded as captured, never kept).
// A benchmark, not a test: it prints what it measured and exits 0 unless the harness breaks.
//
//   node bench/animation.mjs            (builds dist/ first unless BENCH_NO_BUILD=1)
//   BENCH_ANIM_PORT (default 4252), BENCH_ANIM_PNG_RUNS (default 5), BENCH_ANIM_MEMORY=0 to skip
//   the 100-frame run, CHROMIUM_PATH (default /usr/bin/chromium).
//
// bench/run.mjs can call `benchAnimation({ baseUrl })` with a server of its own and print
// `formatAnimation(result)`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const TIMEOUT = 600_000;

const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = (s.length - 1) / 2;
  return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
};
const r0 = (n) => Math.round(n);
const r2 = (n) => Math.round(n * 100) / 100;

async function openApp(browser, baseUrl) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await ctx.newPage();
  await page.goto(`${baseUrl}/?date=2025-07-01&lang=en`);
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 120_000 });
  return { ctx, page };
}

const measures = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
const clearMeasures = (page) => page.evaluate(() => performance.clearMeasures());

async function exportAnimation(page, o) {
  await page.getByTestId('anim-from').fill(o.from);
  await page.getByTestId('anim-to').fill(o.to);
  await page.getByTestId('anim-step').selectOption(o.step);
  await page.getByTestId('anim-size').selectOption(o.size);
  await page.getByTestId('anim-format').selectOption(o.format);
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('anim-start').click()]);
  const bytes = fs.statSync(await dl.path()).size;
  await page.locator('[data-testid="anim-status"][data-state="ok"]').waitFor({ timeout: 60_000 });
  const section = page.getByTestId('animation');
  return { fileName: dl.suggestedFilename(), bytes, frames: Number(await section.getAttribute('data-frames')), size: await section.getAttribute('data-frame-size'), codec: await section.getAttribute('data-codec') };
}

/** Runs every measurement against the app served at `baseUrl`; returns plain numbers. */
export async function benchAnimation({ baseUrl, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pngRuns = Number(process.env.BENCH_ANIM_PNG_RUNS ?? 5), memory = process.env.BENCH_ANIM_MEMORY !== '0', log = console.log } = {}) {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const { ctx, page } = await openApp(browser, baseUrl);
    // The encoders are probed (in a worker) after the map's first idle; until then the select holds
    // one disabled "checking" option, and reading it then gave a format ('') that later vanished.
    await page.waitForFunction(() => document.querySelector('[data-testid="anim-format"]')?.disabled === false, null, { timeout: TIMEOUT });
    const formats = await page.getByTestId('anim-format').locator('option').evaluateAll((os) => os.map((o) => o.value));
    const missing = await page.locator('[data-testid^="anim-unavailable-"]').allInnerTexts();

    // 1. PNG export at scale 1× (the figure as shown), then frames of the same size.
    await page.getByTestId('export-scale').selectOption('1');
    await clearMeasures(page);
    for (let i = 0; i < pngRuns; i++) {
      await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByTestId('export-png').click()]);
      await page.locator('[data-testid="export-status"][data-state="ok"]').waitFor();
    }
    const pngMs = await measures(page, 'territorial-map:export-png');
    const pngSize = `${await page.getByTestId('export').getAttribute('data-figure-width')}x${await page.getByTestId('export').getAttribute('data-figure-height')}`;
    log(`PNG 1× (${pngSize}): ${pngMs.map(r0).join(', ')} ms`);
    await clearMeasures(page);
    const shown = await exportAnimation(page, { from: '2025-04-01', to: '2025-07-01', step: 'week', size: 'shown', format: 'gif' });
    const shownMs = await measures(page, 'territorial-map:anim-frame');
    log(`frames as shown (${shown.size}): ${shownMs.map(r0).join(', ')} ms`);

    // 2. 13 weeks at 1080×1080 in each format offered.
    const files = [];
    for (const format of formats) {
      await clearMeasures(page);
      const f = await exportAnimation(page, { from: '2025-04-01', to: '2025-07-01', step: 'week', size: 'square', format });
      const ms = await measures(page, 'territorial-map:anim-frame');
      const total = (await measures(page, 'territorial-map:anim-total'))[0];
      const setup = (await measures(page, 'territorial-map:anim-setup'))[0];
      files.push({ format, ...f, frameMsMedian: r0(median(ms)), setupMs: r0(setup), totalMs: r0(total) });
      log(`${f.fileName} (${f.codec}, ${f.size}, ${f.frames} frames): ${(f.bytes / 1024).toFixed(0)} KB, frame capture median ${r0(median(ms))} ms, setup ${r0(setup)} ms, whole export ${r0(total)} ms`);
    }

    // 3. JS heap of the page through a 100-frame export (daily, 2025-03-24 → 2025-07-01).
    let heap = null;
    if (memory) {
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Performance.enable');
      const used = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value / 1048576;
      await page.getByTestId('anim-from').fill('2025-03-24');
      await page.getByTestId('anim-to').fill('2025-07-01');
      await page.getByTestId('anim-step').selectOption('day');
      await page.getByTestId('anim-size').selectOption('shown');
      await page.getByTestId('anim-format').selectOption('gif');
      const samples = [];
      const bar = page.getByTestId('anim-progress');
      const [dl] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        (async () => {
          await page.getByTestId('anim-start').click();
          await bar.waitFor();
          for (;;) {
            const v = await bar.getAttribute('value').catch(() => null);
            if (v === null) break;
            samples.push({ frame: Number(v), mb: await used() });
            await page.waitForTimeout(1000);
          }
        })(),
      ]);
      const sized = (at) => samples.reduce((best, s) => (Math.abs(s.frame - at) < Math.abs(best.frame - at) ? s : best), samples[0]);
      heap = { frames: 100, bytes: fs.statSync(await dl.path()).size, at10: r2(sized(10).mb), at50: r2(sized(50).mb), at100: r2(sized(100).mb), max: r2(Math.max(...samples.map((s) => s.mb))), samples: samples.length };
      log(`100-frame GIF: JS heap ${heap.at10} MB at frame ~10, ${heap.at50} MB at ~50, ${heap.at100} MB at ~100 (max ${heap.max} MB, ${heap.samples} samples)`);
    }
    await ctx.close();
    const png = median(pngMs);
    const frame = median(shownMs);
    return { formats, missing, png: { size: pngSize, runs: pngMs.length, medianMs: r0(png) }, frameShown: { size: shown.size, frames: shownMs.length, medianMs: r0(frame) }, ratio: r2(frame / png), budget: 1.3, files, heap };
  } finally {
    await browser.close();
  }
}

export function formatAnimation(r) {
  const lines = [
    `Animation export — formats offered: ${r.formats.join(', ')}${r.missing.length ? ` (${r.missing.join(' ')})` : ''}`,
    `  capture per frame ${r.frameShown.medianMs} ms (${r.frameShown.size}, median of ${r.frameShown.frames}) vs one PNG export ${r.png.medianMs} ms (${r.png.size}, median of ${r.png.runs}): ×${r.ratio} ${r.ratio <= r.budget ? '✓' : '✗'} (budget ×${r.budget})`,
    ...r.files.map((f) => `  13 weeks weekly at ${f.size}, ${f.frames} frames: ${f.format.toUpperCase()} (${f.codec}) ${(f.bytes / 1024).toFixed(0)} KB; frame capture ${f.frameMsMedian} ms, setup (frame map + encoder) ${f.setupMs} ms, whole export ${f.totalMs} ms`),
  ];
  if (r.heap) lines.push(`  100-frame export: page JS heap ${r.heap.at10} → ${r.heap.at50} → ${r.heap.at100} MB (frames ~10/50/100; max ${r.heap.max} MB)`);
  return lines.join('\n');
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml', '.topojson': 'application/json', '.geojson': 'application/geo+json', '.pbf': 'application/x-protobuf' };

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

async function main() {
  process.chdir(ROOT);
  const dist = path.join(ROOT, process.env.BENCH_ANIM_DIST ?? 'dist');
  if (process.env.BENCH_NO_BUILD !== '1') {
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
  const port = Number(process.env.BENCH_ANIM_PORT ?? 4252);
  const server = await serve(dist, port);
  try {
    const r = await benchAnimation({ baseUrl: `http://127.0.0.1:${port}` });
    console.log('\n' + formatAnimation(r));
    fs.writeFileSync(path.join(ROOT, 'bench/animation-results.json'), JSON.stringify({ at: new Date().toISOString(), ...r }, null, 2) + '\n');
  } finally {
    server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
