// `npm run bench:observed [-- <snapshots-dir-or-.tar.gz>]`: the full observed history end to end.
//
//   1. unpacks the DeepState daily history (default: ../shared/fixtures/observed-history/*.tar.gz)
//      into a temp dir — never into the repo — and imports it (time, packed size raw and gzip,
//      largest area error against turf's area of each snapshot);
//   2. builds the app with OBSERVED_DIR into a temp dir and serves it (vite preview);
//   3. in Debian's Chromium (SwiftShader), opens the first snapshot day and presses → on the timeline
//      slider once per day to the last one, timing each step from the keydown event to the first map
//      frame drawn with the new date (the map element's 'map-rendered' event); the same steps on a
//      build without observed data give the app's own cost per step;
//   4. a floor page (scripts/observed-floor: bare MapLibre with only the observed layers) steps every
//      snapshot by feature-state (the app's scheme) and by setData of one source (the alternative).
// Env: BENCH_OBSERVED_STEPS (app steps, default: every day; at most 150 without observed data),
// BENCH_OBSERVED_PORT (first of three ports, default 4310).
// A benchmark, not a test: it prints figures and exits 0 unless the harness breaks.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserServer } from '@playwright/test';
import { build, preview } from 'vite';
import { importObserved } from './observed';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT = resolve(ROOT, '../shared/fixtures/observed-history/deepstate-daily-2024-07-08_2025-12-31.tar.gz');
const PORT = Number(process.env.BENCH_OBSERVED_PORT ?? 4310);
const arg = process.argv[2] ?? DEFAULT;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

/**
 * CPU time (ms) used so far by a process and all its descendants (Chromium's renderer, GPU and
 * utility processes), from /proc. The machine is shared, so wall-clock step times include waiting
 * for a core; CPU time per step does not.
 */
function cpuMs(root: number): number {
  const tick = 10; // USER_HZ = 100 on Linux
  const children = new Map<number, number[]>();
  const stat = new Map<number, string[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const raw = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
      stat.set(+d, f);
      const ppid = +f[1]!;
      children.set(ppid, [...(children.get(ppid) ?? []), +d]);
    } catch {
      /* gone */
    }
  }
  let total = 0;
  const walk = (pid: number) => {
    const f = stat.get(pid);
    if (f) total += (+f[11]! + +f[12]!) * tick;
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return total;
}
let browserPid = 0;

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** One-day steps on the app's timeline slider: keydown → the first map frame drawn with the new date. */
async function scrubApp(browser: Browser, url: string, first: string, last: string, max: number) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}/?date=${first}&lang=en`);
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 90_000 });
  await page.getByTestId('timeline-slider').focus();
  const steps: number[] = [];
  let date = first;
  const cpu0 = cpuMs(browserPid);
  while (date < last && steps.length < max) {
    await page.evaluate(() => {
      const w = window as unknown as { __step: Promise<number> };
      w.__step = new Promise((res) => {
        let t0 = 0;
        document.addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
        document.querySelector('[data-testid="map"]')!.addEventListener('map-rendered', () => res(performance.now() - t0), { once: true });
      });
    });
    await page.keyboard.press('ArrowRight');
    steps.push(await page.evaluate(() => (window as unknown as { __step: Promise<number> }).__step));
    date = (await page.locator('[data-testid="map"]').getAttribute('data-date')) ?? last;
  }
  const cpu = (cpuMs(browserPid) - cpu0) / steps.length;
  const snap = await page.locator('[data-testid="map"]').getAttribute('data-observed-snapshot');
  await page.close();
  return { steps, date, snap, cpu };
}

/** The floor page: every snapshot in turn, by feature-state or by setData. */
async function scrubFloor(browser: Browser, url: string, mode: 'state' | 'setdata') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}/?mode=${mode}`);
  await page.waitForFunction(() => (window as unknown as { __floor?: { ready: boolean } }).__floor?.ready === true, null, { timeout: 90_000 });
  const days = await page.evaluate(() => (window as unknown as { __floor: { days: number } }).__floor.days);
  const render: number[] = [], idle: number[] = [];
  const cpu0 = cpuMs(browserPid);
  for (let i = 1; i < days; i++) {
    const r = await page.evaluate((k) => (window as unknown as { __floor: { step: (i: number) => Promise<{ render: number; idle: number }> } }).__floor.step(k), i);
    render.push(r.render);
    idle.push(r.idle);
  }
  const cpu = (cpuMs(browserPid) - cpu0) / render.length;
  await page.close();
  return { render, idle, cpu };
}

async function main() {
  if (!existsSync(arg)) {
    console.log(`bench:observed: ${arg} not found; nothing to measure.`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'observed-bench-'));
  const servers: Array<ReturnType<typeof spawn>> = [];
  const closers: Array<() => Promise<void>> = [];
  try {
    let input = arg;
    if (statSync(arg).isFile()) {
      const t = spawnSync('tar', ['-xzf', arg, '-C', tmp]);
      if (t.status !== 0) throw new Error(`tar failed: ${t.stderr}`);
      const sub = readdirSync(tmp).find((d) => statSync(join(tmp, d)).isDirectory());
      input = sub ? join(tmp, sub) : tmp;
    }
    const packed = join(tmp, 'packed');
    const s = importObserved({ input, out: packed, log: () => {} });
    console.log(`import: ${s.days} snapshots (${s.first} to ${s.last}) in ${s.seconds.toFixed(1)} s`);
    console.log(`packed: ${(s.rawBytes / 1e6).toFixed(3)} MB raw, ${(s.gzipBytes / 1e6).toFixed(3)} MB gzipped; ${s.faces} faces, ${s.arcs} arcs`);
    console.log(`area: largest difference from turf.area of a snapshot ${(s.maxAreaError * 100).toExponential(2)} %`);

    const dist = join(tmp, 'dist');
    const plain = join(tmp, 'dist-plain');
    for (const [out, env] of [[dist, { OBSERVED_DIR: packed }], [plain, { OBSERVED_DIR: 'none' }]] as const) {
      const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', out], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
    const floorDist = join(tmp, 'floor');
    await build({ root: join(ROOT, 'scripts/observed-floor'), configFile: false, base: './', logLevel: 'error', build: { outDir: floorDist, emptyOutDir: true, target: 'es2022' } });
    copyFileSync(join(packed, 'observed.json'), join(floorDist, 'observed.json'));

    const serve = (outDir: string, port: number) =>
      // vite itself, not through npx: killing npx would leave the server running
      spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], {
        cwd: ROOT, stdio: 'ignore', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      });
    servers.push(serve(dist, PORT), serve(plain, PORT + 1));
    const floorServer = await preview({ root: join(ROOT, 'scripts/observed-floor'), configFile: false, logLevel: 'error', build: { outDir: floorDist }, preview: { host: '127.0.0.1', port: PORT + 2, strictPort: true } });
    closers.push(() => floorServer.close());
    const url = (p: number) => `http://127.0.0.1:${p}`;
    const [urlObs, urlPlain, urlFloor] = [url(PORT), url(PORT + 1), url(PORT + 2)];
    await Promise.all([waitFor(urlObs), waitFor(urlPlain), waitFor(urlFloor)]);

    const server: BrowserServer = await chromium.launchServer({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-quic'],
    });
    browserPid = server.process().pid!;
    const browser = await chromium.connect(server.wsEndpoint());
    closers.push(() => server.close());
    try {
      const max = Number(process.env.BENCH_OBSERVED_STEPS ?? Infinity);
      const app = await scrubApp(browser, urlObs, s.first, s.last, max);
      console.log(`app with history: ${app.steps.length} one-day steps ${s.first} → ${app.date} (snapshot shown ${app.snap}), keydown → first frame drawn: ${fmt(app.steps)}; CPU ${app.cpu.toFixed(1)} ms/step`);
      const base = await scrubApp(browser, urlPlain, s.first, s.last, Math.min(app.steps.length, 150));
      console.log(`app without:      ${base.steps.length} one-day steps, keydown → first frame drawn: ${fmt(base.steps)}; CPU ${base.cpu.toFixed(1)} ms/step`);
      for (const mode of ['state', 'setdata'] as const) {
        const f = await scrubFloor(browser, urlFloor, mode);
        console.log(`floor ${mode.padEnd(8)} ${f.render.length} snapshot steps: change → first frame ${fmt(f.render)}; → idle ${fmt(f.idle)}; CPU ${f.cpu.toFixed(1)} ms/step`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    for (const sv of servers) sv.kill();
    for (const c of closers) await c();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
