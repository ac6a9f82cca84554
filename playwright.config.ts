import { defineConfig } from '@playwright/test';

// End-to-end tests run against the production build in dist/ (built beforehand by
// `npm test`, or by hand with `npm run build`), served by `vite preview`.
// The browser is Debian's Chromium (no Playwright browser download is possible here);
// WebGL comes from SwiftShader, i.e. software rendering, which is slow: hence the
// generous timeouts.

const CI = !!process.env.CI;
const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A second build with DeepState snapshots (OBSERVED_DIR), served beside dist/ for tests/e2e/observed.spec.ts;
// scripts/test-all.mjs makes it when ../shared/fixtures/observed exists.
const OBSERVED_DIST = process.env.E2E_OBSERVED_DIST;
const OBSERVED_PORT = Number(process.env.E2E_OBSERVED_PORT ?? PORT + 1);

/**
 * Flags for the tests only, never for `npm run bench` (bench/run.mjs and bench/profile.mjs drop
 * them, so its ratios stay comparable with earlier runs). With SwiftShader the GPU process is an
 * emulated GPU on the CPU, and rasterising the page's text and panels through it cost more CPU
 * than the map itself: a page load to its settled map measured 11.0–12.5 CPU-s with GPU
 * rasterisation and 8.0–8.3 without. The map stays WebGL (SwiftShader) either way, so the render
 * snapshots are unchanged.
 */
export const TEST_ONLY_ARGS = ['--disable-gpu-rasterization'];
process.env.E2E_OBSERVED_URL = OBSERVED_DIST ? `http://127.0.0.1:${OBSERVED_PORT}` : '';

export default defineConfig({
  testDir: 'tests/e2e',
  // Artefacts (traces, screenshots) go below test-results/, but not test-results/ itself:
  // Playwright empties its outputDir at start, and test-results/unit.json (vitest) lives there.
  outputDir: 'test-results/e2e-artifacts',
  // Tests share nothing but the two preview servers (each has its own browser context), so they
  // are spread one by one over the workers, not file by file (a long file otherwise ran alone at
  // the end).
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // Two workers on the two cores. SwiftShader renders on the CPU, but a test also waits (idle
  // events, polls, downloads): with one worker the run used 1.6 of the 2 cores, with two 1.9, and
  // the whole suite took 565 s instead of about 680 s (E2E_WORKERS overrides it).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        // no `channel`: use the executable below, never a Playwright-downloaded build
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--use-angle=swiftshader',
            '--enable-unsafe-swiftshader',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
            ...TEST_ONLY_ARGS,
          ],
        },
      },
    },
  ],
  webServer: [{
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${process.env.E2E_DIST ?? "dist"}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // vite.config.ts's "configLoader: native" advisory is printed by every vite command;
    // `npm run build` already shows it once.
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  }, ...(OBSERVED_DIST ? [{
    command: `npx vite preview --host 127.0.0.1 --port ${OBSERVED_PORT} --strictPort --outDir ${OBSERVED_DIST}`,
    url: process.env.E2E_OBSERVED_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  }] : [])],
});
