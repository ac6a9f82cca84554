// Shared Playwright fixtures for the end-to-end tests.
//
//   import { test, expect, gotoApp } from './fixtures';
//
// Every test is guarded by an automatic fixture that watches every page of the test's
// browser context and, after the test, fails it if any of these happened:
//   - a console message of type "error"            (opt out: test.use({ allowConsoleErrors: true }))
//   - an uncaught exception in the page (pageerror) (opt out: test.use({ allowPageErrors: true }))
//   - a request to an origin other than the page's  (data: and blob: URLs are fine) — the app
//     must work offline and never call out. A test that serves a page of its own on another
//     origin (an embedding host) lists that origin in `allowedOrigins`, for that test only.
// Tests that expect errors can read what was recorded through the `pageProblems` fixture.
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  /** Console messages of type "error", formatted with their source location. */
  consoleErrors: string[];
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  /** Requests that left the page's origin: "METHOD URL (from PAGE_URL)". */
  foreignRequests: string[];
}

interface Fixtures {
  /** Set true (test.use or per-describe) to tolerate console errors, e.g. for no-WebGL tests. */
  allowConsoleErrors: boolean;
  /** Set true to tolerate uncaught page exceptions. Prefer fixing the app. */
  allowPageErrors: boolean;
  /** What the guard recorded so far, for tests that want to assert on expected errors. */
  pageProblems: PageProblems;
  /**
   * Origins this test explicitly allows besides the app's and the page's own; push to it before
   * navigating (e.g. the origin of a host page the test serves to embed the app). Empty by default.
   */
  allowedOrigins: string[];
  /** Automatic: records problems and asserts there were none after the test. */
  _guardPages: void;
}

const INNOCUOUS_PROTOCOLS = new Set(['data:', 'blob:', 'about:']);

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

function watchPage(page: Page, problems: PageProblems, baseOrigin: string | null, allowed: readonly string[]): void {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const where = loc.url ? ` (${loc.url}:${loc.lineNumber}:${loc.columnNumber})` : '';
    problems.consoleErrors.push(`${msg.text()}${where}`);
  });
  page.on('pageerror', (err) => {
    problems.pageErrors.push(err.stack || `${err.name}: ${err.message}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      problems.foreignRequests.push(`${req.method()} ${url} (unparsable URL)`);
      return;
    }
    if (INNOCUOUS_PROTOCOLS.has(protocol)) return;
    const reqOrigin = originOf(url);
    // The page's origin; before the first navigation completes (about:blank) it is the
    // origin the tests navigate to, i.e. baseURL's.
    const pageOrigin = originOf(page.url()) ?? baseOrigin;
    if (reqOrigin !== null && (reqOrigin === pageOrigin || reqOrigin === baseOrigin || allowed.includes(reqOrigin))) return;
    problems.foreignRequests.push(`${req.method()} ${url} (from ${page.url()})`);
  });
}

function describeProblems(p: PageProblems, allowConsole: boolean, allowPage: boolean): string {
  const parts: string[] = [];
  const list = (title: string, items: string[]) =>
    parts.push(`${title} (${items.length}):\n${items.map((s) => `  - ${s.replace(/\n/g, '\n    ')}`).join('\n')}`);
  if (!allowConsole && p.consoleErrors.length) list('console errors', p.consoleErrors);
  if (!allowPage && p.pageErrors.length) list('uncaught page errors', p.pageErrors);
  if (p.foreignRequests.length) list('requests to another origin', p.foreignRequests);
  return parts.join('\n');
}

export const test = base.extend<Fixtures>({
  allowConsoleErrors: [false, { option: true }],
  allowPageErrors: [false, { option: true }],

  pageProblems: async ({}, use) => {
    await use({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  },

  allowedOrigins: async ({}, use) => {
    await use([]);
  },

  _guardPages: [
    async ({ context, pageProblems, allowConsoleErrors, allowPageErrors, baseURL, allowedOrigins }, use) => {
      const baseOrigin = baseURL ? originOf(baseURL) : null;
      for (const p of context.pages()) watchPage(p, pageProblems, baseOrigin, allowedOrigins);
      context.on('page', (p) => watchPage(p, pageProblems, baseOrigin, allowedOrigins));

      await use();

      const report = describeProblems(pageProblems, allowConsoleErrors, allowPageErrors);
      if (report) throw new Error(`The page reported problems during the test:\n${report}`);
    },
    { auto: true },
  ],
});

export { expect };

export const MAP_READY = '[data-testid="map"][data-ready="true"]';

/**
 * Makes WebGL unavailable in `page` (call before navigating): canvas.getContext('webgl…')
 * returns null, as in a browser without WebGL. Pair with test.use({ allowConsoleErrors: true })
 * when the app logs the failure.
 */
export async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
}

/**
 * The map idle with the record settled: none in this build, failed, or loaded and applied to the
 * date (data-observed-snapshot is written in the same step that sets data-ready to false).
 */
export const MAP_SETTLED =
  '[data-testid="map"][data-ready="true"]:is([data-observed="none"], [data-observed="error"], [data-observed="ready"][data-observed-snapshot])';

/** The panels have the record too (they take it once the map has drawn it), or know there is none. */
export const EVIDENCE_DRAWN = 'html[data-evidence="drawn"]';

/**
 * Opens the app and waits for the first map idle; with `record: true` also for the observed
 * history (loaded after the first idle) to be drawn by the map and taken by the panels, or to have
 * failed (render and record tests).
 */
export async function gotoApp(page: Page, query = '', opts: { record?: boolean } = {}): Promise<void> {
  const q = query.replace(/^\?/, '');
  await page.goto(`/?${q}`);
  await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
  if (!opts.record) return;
  await page.locator(MAP_SETTLED).waitFor({ state: 'attached', timeout: 45_000 });
  await page.locator(EVIDENCE_DRAWN).waitFor({ state: 'attached', timeout: 45_000 });
}

/**
 * Holds the observed record's download until the returned function is called: the page stays in
 * its "record loading" state for as long as a test needs.
 */
export async function holdRecord(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/data/observed.json', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * Moves the date by `days` with the slider's arrow keys, as a reader does, and waits for the URL to
 * carry the new date. Cheaper than a new page load (each costs seconds of software WebGL), so tests
 * that look at one claim on neighbouring days step to them.
 */
export async function stepDays(page: Page, days: number, expected: string): Promise<void> {
  await page.getByTestId('timeline-slider').focus();
  for (let i = 0; i < Math.abs(days); i++) await page.keyboard.press(days > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(expected);
}
