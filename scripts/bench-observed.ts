// `npm run bench:observed [-- <snapshots-dir-or-.tar.gz>]`: the full observed history end to end.
//
//   1. unpacks the DeepState daily history (default: ../shared/fixtures/observed-history/*.tar.gz)
//      into a temp dir — never into the repo — and imports it (time, packed size raw and gzip,
//      largest area error against turf's area of each snapshot);
//   2. builds the app with OBSERVED_DIR into a temp dir and serves it (vite preview);
//   3. in Debian's Chromium (SwiftShader), opens the first snapshot day and presses → on the timeline
//      slider once per day to the last one, timing each step from the keydown event to the first map
//      frame drawn with the new date (the map element's 'map-rendered' event); prints p50/p95/max.
// A benchmark, not a test: it prints figures and exits 0 unless the harness breaks.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { importObserved } from './observed';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT = resolve(ROOT, '../shared/fixtures/observed-history/deepstate-daily-2024-07-08_2025-12-31.tar.gz');
const PORT = Number(process.env.BENCH_OBSERVED_PORT ?? 4310);
const arg = process.argv[2] ?? DEFAULT;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function main() {
  if (!existsSync(arg)) {
    console.log(`bench:observed: ${arg} not found; nothing to measure.`);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'observed-bench-'));
  let server: ReturnType<typeof spawn> | null = null;
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
    const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist], { cwd: ROOT, env: { ...process.env, OBSERVED_DIR: packed }, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', dist], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
    const url = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(url).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-quic'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}/?date=${s.first}&lang=en`);
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 90_000 });
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    const steps: number[] = [];
    let date = s.first;
    while (date < s.last) {
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
      date = (await page.locator('[data-testid="map"]').getAttribute('data-date')) ?? s.last;
    }
    const snap = await page.locator('[data-testid="map"]').getAttribute('data-observed-snapshot');
    await browser.close();
    console.log(`scrub: ${steps.length} one-day steps ${s.first} → ${date} (last snapshot shown ${snap}), keydown → first frame drawn:`);
    console.log(`       p50 ${pct(steps, 50).toFixed(1)} ms, p95 ${pct(steps, 95).toFixed(1)} ms, max ${Math.max(...steps).toFixed(1)} ms (budget p95 ≤ 33 ms)`);
  } finally {
    server?.kill();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
