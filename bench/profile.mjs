#!/usr/bin/env node
// `node bench/profile.mjs [load|steps|scrub|export|arrival] [--trace] [--react]`: where the time of a benchmark figure goes.
// Builds the app unminified (readable function names) into bench/out/profile-dist, opens it in the
// benchmark's Chromium and records a CPU profile (CDP Profiler) of the first load up to the map's
// data-ready="true", of 15 timeline steps (ArrowLeft), of a 15-move drag of the slider over the
// observed record (scrub), of one PNG 2× export (click to download), or of the observed record's
// arrival (arrival: from the map's first idle to the map idle with the record drawn and on until the
// panels have had it for 1 s, with each frame longer than 50 ms in that stretch broken down on its own); prints
// the functions with the most self and total time, and writes bench/out/<mode>.cpuprofile (open
// it in Chromium's DevTools, Performance tab).
// With --trace, also a Chromium trace (bench/out/<mode>-trace.json, for chrome://tracing or
// Perfetto) with the GPU process, where SwiftShader's frames show as SwapBuffers.
// With --react, the build is React's profiling build (REACT_PROFILING=1) and the app's <Profiled>
// panels report each commit's render time: printed per panel (renders, ms per step, the largest).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const OUT = path.join(ROOT, 'bench/out');
const DIST = path.join(OUT, 'profile-dist');
const mode = ['steps', 'scrub', 'export', 'arrival'].find((m) => process.argv.includes(m)) ?? 'load';
const trace = process.argv.includes('--trace');
const reactProfile = process.argv.includes('--react');
const MOVES = 15;
const PORT = Number(process.env.BENCH_PORT ?? 4300) + 2;
const MAP_READY = '[data-testid="map"][data-ready="true"]';

const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', path.relative(ROOT, DIST)], {
  stdio: 'inherit',
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...(reactProfile ? { REACT_PROFILING: '1' } : {}) },
});
if (b.status !== 0) process.exit(1);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(DIST, path.normalize(p));
  fs.readFile(file, (err, buf) => {
    if (err || !file.startsWith(DIST)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(buf);
  });
});
await new Promise((r) => server.listen(PORT, '127.0.0.1', r));

const { default: pw, TEST_ONLY_ARGS } = await tsImport('../playwright.config.ts', import.meta.url);
const launch = pw.projects[0].use.launchOptions;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath, args: launch.args.filter((a) => !TEST_ONLY_ARGS.includes(a)) });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (reactProfile) await page.addInitScript(() => (window.__reactProfile = []));
  let mark = 0; // page clock at the start of the steps: the load's commits are left out
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const start = async () => {
    if (trace) await browser.startTracing(page, { path: path.join(OUT, `${mode}-trace.json`), categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'gpu', 'viz', 'toplevel', 'blink.user_timing'] });
    await cdp.send('Profiler.start');
  };
  if (mode === 'arrival') {
    // Frames from the first idle until the panels have had the record for 1 s (as bench/run.mjs
    // measures them; the map takes the record first, the panels once it is drawn), and a sync
    // point between the page's clock and the profile's: a named function that spins 5 ms at the first idle.
    await page.addInitScript(() => {
      const a = (window.__arrival = { readyAt: null, recordAt: null, evidenceAt: null, endAt: null, sync: null, frames: [] });
      const benchClockSync = () => {
        const t = performance.now();
        while (performance.now() - t < 5);
        return t;
      };
      new MutationObserver(() => {
        const now = performance.now();
        if (a.readyAt == null && document.querySelector('[data-testid="map"][data-ready="true"]')) {
          a.readyAt = now;
          a.sync = benchClockSync();
          let last = performance.now();
          const tick = (t) => {
            if (t - last > 50) a.frames.push({ start: last, end: t });
            last = t;
            if (a.evidenceAt == null || t - a.evidenceAt < 1000) requestAnimationFrame(tick);
            else a.endAt = t;
          };
          requestAnimationFrame(tick);
        }
        if (a.readyAt != null && a.recordAt == null && document.querySelector('[data-testid="map"][data-observed-snapshot][data-ready="true"]')) a.recordAt = now;
        if (a.evidenceAt == null && document.documentElement.dataset.evidence === 'drawn') a.evidenceAt = now;
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-observed-snapshot', 'data-evidence'] });
    });
  }
  if (mode === 'load' || mode === 'arrival') await start();
  await page.goto(`http://127.0.0.1:${PORT}/?date=2025-07-01&lang=en`);
  await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 90_000 });
  if (mode === 'steps') {
    await page.waitForLoadState('networkidle');
    await page.getByTestId('timeline-slider').focus();
    await page.waitForTimeout(1000);
    mark = await page.evaluate(() => performance.now());
    await start();
    for (let i = 0; i < 15; i++) {
      const date = await page.getByTestId('map').getAttribute('data-date');
      await page.keyboard.press('ArrowLeft');
      await page.waitForFunction((d) => document.querySelector('[data-testid="map"]').dataset.date !== d, date);
      await page.locator(MAP_READY).waitFor({ state: 'attached' });
    }
  }
  if (mode === 'scrub') {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]').dataset.observed !== 'loading');
    const rail = await page.getByTestId('timeline-slider').locator('..').boundingBox();
    const y = rail.y + rail.height / 2;
    const [x0, x1] = [rail.x + rail.width - 12, rail.x + rail.width * 0.55];
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.locator(MAP_READY).waitFor({ state: 'attached' });
    mark = await page.evaluate(() => performance.now());
    await start();
    for (let i = 1; i <= MOVES; i++) {
      const date = await page.getByTestId('map').getAttribute('data-date');
      await page.mouse.move(x0 + ((x1 - x0) * i) / MOVES, y);
      await page.waitForFunction((d) => document.querySelector('[data-testid="map"]').dataset.date !== d, date).catch(() => {});
      await page.locator(MAP_READY).waitFor({ state: 'attached' });
    }
    await page.mouse.up();
  }
  let arrival = null;
  if (mode === 'arrival') {
    await page.locator('[data-testid="map"][data-observed-snapshot][data-ready="true"]').waitFor({ state: 'attached', timeout: 90_000 });
    await page.waitForFunction(() => window.__arrival.endAt != null, null, { timeout: 90_000 });
    await page.waitForTimeout(300);
    arrival = await page.evaluate(() => window.__arrival);
    mark = arrival.readyAt;
  }
  if (mode === 'export') {
    await page.waitForLoadState('networkidle');
    await page.getByTestId('export-scale').selectOption('2');
    await page.waitForTimeout(2000); // as in the benchmark, the export starts from a settled page
    await start();
    const t = Date.now();
    await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByTestId('export-png').click()]);
    console.log(`export: ${Date.now() - t} ms to the download`);
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (reactProfile) {
    // Commits of each <Profiled> panel since the steps began (the load's are left out).
    await page.waitForTimeout(1000);
    const entries = await page.evaluate((t) => window.__reactProfile.filter((e) => e.at >= t), mark);
    const per = new Map();
    for (const e of entries) {
      const p = per.get(e.id) ?? { renders: 0, ms: 0, max: 0 };
      p.renders++;
      p.ms += e.ms;
      p.max = Math.max(p.max, e.ms);
      per.set(e.id, p);
    }
    const n = mode === 'steps' ? 15 : MOVES;
    console.log(`React <Profiler> per panel over ${n} ${mode === 'scrub' ? 'moves' : 'steps'} (render time of the panel's tree, ms)`);
    console.log('panel                     renders  total  per step  largest');
    for (const [id, p] of [...per].sort((a, b) => b[1].ms - a[1].ms)) {
      console.log(`${id.padEnd(26)}${String(p.renders).padStart(7)}${p.ms.toFixed(1).padStart(7)}${(p.ms / n).toFixed(2).padStart(10)}${p.max.toFixed(1).padStart(9)}`);
    }
    fs.writeFileSync(path.join(OUT, `${mode}-react.json`), JSON.stringify(entries));
  }
  if (trace) await browser.stopTracing();
  fs.writeFileSync(path.join(OUT, `${mode}.cpuprofile`), JSON.stringify(profile));

  // Self time per function, and total time (each function counted once per sample's stack).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`.trim();
  // One sample's time: to its own function's self time, and once to every function on its stack.
  const addSample = (self, total, id, ms) => {
    const k = name(byId.get(id));
    self.set(k, (self.get(k) ?? 0) + ms);
    const seen = new Set();
    for (let cur = id; cur != null; cur = parent.get(cur)) {
      const kk = name(byId.get(cur));
      if (!seen.has(kk)) total.set(kk, (total.get(kk) ?? 0) + ms);
      seen.add(kk);
    }
  };
  const self = new Map();
  const total = new Map();
  profile.samples.forEach((id, i) => addSample(self, total, id, profile.timeDeltas[i] / 1000));
  const top = (m, n) => [...m].filter(([k]) => !/^\((root|idle|program)\)/.test(k)).sort((a, c) => c[1] - a[1]).slice(0, n);
  if (arrival) {
    // Sample times on the page's clock: the first sample inside benchClockSync is the sync point.
    const times = [];
    let at = profile.startTime;
    for (const d of profile.timeDeltas) times.push((at += d) / 1000);
    const syncNode = new Set(profile.nodes.filter((n) => n.callFrame.functionName === 'benchClockSync').map((n) => n.id));
    const inSync = (id) => { for (let cur = id; cur != null; cur = parent.get(cur)) if (syncNode.has(cur)) return true; return false; };
    const k0 = profile.samples.findIndex(inSync);
    const offset = k0 >= 0 ? times[k0] - arrival.sync : NaN;
    const window = (from, to) => {
      const s = new Map(), t = new Map();
      let busyMs = 0;
      profile.samples.forEach((id, i) => {
        const pt = times[i] - offset;
        if (pt < from || pt > to) return;
        const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        if (/^\((idle|root)\)/.test(name(byId.get(id)))) return;
        busyMs += ms;
        addSample(s, t, id, ms);
      });
      return { busyMs, s, t };
    };
    const show = (label, from, to) => {
      const w = window(from, to);
      console.log(`\n${label}: ${Math.round(to - from)} ms, ${Math.round(w.busyMs)} ms busy on the main thread`);
      for (const [k, v] of top(w.s, 12)) console.log(`  self ${v.toFixed(1).padStart(7)}  ${k}`);
      for (const [k, v] of top(w.t, 25)) console.log(`  total ${v.toFixed(1).padStart(6)}  ${k}`);
    };
    console.log(`arrival: first idle at ${Math.round(arrival.readyAt)} ms, record drawn by the map at ${Math.round(arrival.recordAt)} ms, taken by the panels at ${Math.round(arrival.evidenceAt)} ms; frames over 50 ms: ${arrival.frames.map((f) => Math.round(f.end - f.start)).join(', ') || 'none'}`);
    if (k0 < 0) console.log('(no sample inside the sync function: the windows below cannot be placed)');
    // the profile's clock is the trace's (µs): the frames on it, for reading the trace of the same run
    fs.writeFileSync(path.join(OUT, 'arrival-frames.json'), JSON.stringify({ ...arrival, offsetMs: offset }));
    show('first idle → record drawn by the map', arrival.readyAt, arrival.recordAt);
    show('record drawn → in the panels + 1 s', arrival.recordAt, arrival.endAt);
    for (const f of arrival.frames) show(`frame ${Math.round(f.start)}–${Math.round(f.end)}`, f.start, f.end);
  }
  const busy = [...self].filter(([k]) => !/^\((root|idle)\)/.test(k)).reduce((s, [, v]) => s + v, 0);
  console.log(`${mode}: ${Math.round(busy)} ms busy on the main thread, ${Math.round(self.get('(idle)') ?? 0)} ms idle`);
  console.log('\nself ms  function');
  for (const [k, v] of top(self, 20)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
  console.log('\ntotal ms function');
  for (const [k, v] of top(total, 25)) console.log(`${v.toFixed(0).padStart(7)}  ${k}`);
  console.log(`\nwrote bench/out/${mode}.cpuprofile${trace ? ` and bench/out/${mode}-trace.json` : ''}`);
} finally {
  await browser.close();
  server.close();
}
