// Embedding: the compact layout, the embed dialog (modal, focus, copy) and a real host page on
// another origin that embeds the app with the code from the dialog and /embed.js.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, gotoApp, MAP_READY, test } from './fixtures';

const IFRAME = 'iframe[data-territorial-map]';

/** A host page on its own port (so its own origin), wrapping `body` in a column of `width` px. */
async function startHost(body: () => string, width: number): Promise<{ server: Server; url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>` +
          `<body style="margin:0;font-family:sans-serif"><p id="before">Newsroom article text.</p>` +
          `<div id="column" style="width:${width}px">${body()}</div><p id="after">More text.</p></body></html>`,
      );
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/`, requests };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png',
};

/** The built app served under a sub-path (`/news/maps/ukraine/`) on a port of its own. */
async function startSubPathApp(root: string, prefix: string): Promise<{ server: Server; url: string }> {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node:http ignores the promise; errors end the test
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!path.startsWith(prefix)) {
      res.writeHead(404);
      res.end();
      return;
    }
    const rel = normalize(decodeURIComponent(path.slice(prefix.length)) || 'index.html').replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, rel.endsWith('/') || rel === '.' ? 'index.html' : rel));
      res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}` };
}

async function embedCodeFromDialog(page: Page, query: string, appUrl?: string): Promise<string> {
  if (appUrl) {
    await page.goto(`${appUrl}?${query}`);
    await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
  } else await gotoApp(page, query);
  await page.getByTestId('embed-open').click();
  const code = await page.getByTestId('embed-code').inputValue();
  await page.keyboard.press('Escape');
  return code;
}

/** The iframe's height on the host page, and the document height inside it. */
async function heights(iframe: Locator, frame: FrameLocator) {
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await frame.locator('html').evaluate((html) => ({
    content: html.getBoundingClientRect().height,
    scrollH: html.scrollHeight,
    clientH: html.clientHeight,
    scrollW: html.scrollWidth,
    clientW: html.clientWidth,
  }));
  return { outer, ...inner };
}

async function expectSettled(iframe: Locator, frame: FrameLocator) {
  await expect
    .poll(async () => {
      const h = await heights(iframe, frame);
      return Math.abs(h.outer - h.content) <= 2 && h.scrollH <= h.clientH && h.scrollW <= h.clientW;
    }, { timeout: 20_000 })
    .toBe(true);
  return heights(iframe, frame);
}

test.describe('embed', () => {
  test('a host page on another origin embeds the map at 420 px; the snippet sizes the iframe to its content', async ({ page, baseURL, pageProblems, allowedOrigins }) => {
    const appOrigin = new URL(baseURL!).origin;
    const code = await embedCodeFromDialog(page, 'date=2025-07-01&lang=en');
    // pinned by default: as_of is the record's last day
    expect(code).toMatch(new RegExp(`src="${appOrigin.replace(/\./g, '\\.')}/\\?date=2025-07-01&amp;lang=en&amp;as_of=\\d{4}-\\d{2}-\\d{2}&amp;embed=1"`));
    expect(code).toContain(`<script src="${appOrigin}/embed.js" async></script>`);

    const host = await startHost(() => code, 420);
    const hostOrigin = new URL(host.url).origin;
    // The guard allows the app's origin and the page's own. Navigating from the app to the host is a
    // request to another origin, so this test (only) allows the host's origin, and checks below
    // that the host served nothing but its page and the app nothing but its own files.
    allowedOrigins.push(hostOrigin);
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    try {
      await page.goto(host.url);
      const historyLength = await page.evaluate(() => history.length);
      expect(new URL(page.url()).origin).not.toBe(appOrigin);
      const iframe = page.locator(IFRAME);
      const frame = page.frameLocator(IFRAME);
      await frame.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
      await expect(frame.getByTestId('embed')).toBeVisible();
      expect(await iframe.evaluate((el) => el.getBoundingClientRect().width)).toBe(420);

      const closed = await expectSettled(iframe, frame);
      expect(closed.outer).toBeLessThan(820); // shrank from the fallback height (FALLBACK_HEIGHT) to the content
      expect(closed.outer).toBeGreaterThan(300);

      // Toggling the chart grows the iframe to the new content height, and back.
      await frame.getByTestId('embed-chart-toggle').click();
      await expect(frame.getByTestId('gains-chart')).toBeVisible();
      await expect.poll(async () => (await heights(iframe, frame)).outer, { timeout: 20_000 }).toBeGreaterThan(closed.outer + 100);
      const open = await expectSettled(iframe, frame);
      expect(open.outer).toBeGreaterThan(closed.outer + 100);
      await frame.getByTestId('embed-chart-toggle').click();
      await expect.poll(async () => (await heights(iframe, frame)).outer, { timeout: 20_000 }).toBeLessThan(open.outer - 100);
      const again = await expectSettled(iframe, frame);
      expect(Math.abs(again.outer - closed.outer)).toBeLessThanOrEqual(2);

      // A height message from anyone but the iframe's own window is ignored.
      await page.evaluate(() => window.postMessage({ type: 'territorial-map:height', height: 55 }, '*'));
      await page.waitForTimeout(300);
      expect(Math.abs((await heights(iframe, frame)).outer - again.outer)).toBeLessThanOrEqual(2);

      // The chart toggle changed the iframe's URL with replaceState: the host's history did not grow.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);

      const foreign = seen.filter((u) => /^https?:/.test(u) && ![hostOrigin, appOrigin].includes(new URL(u).origin));
      expect(foreign).toEqual([]);
      expect(seen.filter((u) => u.startsWith(hostOrigin)).map((u) => new URL(u).pathname)).toEqual(expect.arrayContaining(['/']));
      expect(seen.filter((u) => u.startsWith(hostOrigin) && !/\/(favicon\.ico)?$/.test(new URL(u).pathname))).toEqual([]);
      expect(pageProblems.foreignRequests).toEqual([]);
    } finally {
      await new Promise((r) => host.server.close(r));
    }
  });

  test('works from a sub-path: the code points at that path and the snippet there resizes the iframe', async ({ page, allowedOrigins }) => {
    const app = await startSubPathApp(process.env.E2E_DIST ?? 'dist', '/news/maps/ukraine/');
    const appOrigin = new URL(app.url).origin;
    allowedOrigins.push(appOrigin); // the app's origin in this test is not baseURL's
    try {
      const code = await embedCodeFromDialog(page, 'date=2025-06-30&lang=uk', app.url);
      expect(code).toContain(`src="${app.url}?date=2025-06-30&amp;lang=uk&amp;as_of=`);
      expect(code).toContain(`<script src="${app.url}embed.js" async></script>`);
      const host = await startHost(() => code, 360);
      allowedOrigins.push(new URL(host.url).origin);
      try {
        await page.goto(host.url);
        const iframe = page.locator(IFRAME);
        const frame = page.frameLocator(IFRAME);
        await frame.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
        await expect(frame.locator('h1')).toHaveText('Територіальні претензії Росії в Україні');
        const h = await expectSettled(iframe, frame);
        expect(h.outer).toBeLessThan(820);
      } finally {
        await new Promise((r) => host.server.close(r));
      }
    } finally {
      await new Promise((r) => app.server.close(r));
    }
  });

  for (const width of [300, 800]) {
    test(`compact layout at ${width} px: map, slider, chart toggle, one-line credit, open full map`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await gotoApp(page, 'date=2025-07-01&lang=en&embed=1');
      const embed = page.getByTestId('embed');
      await expect(embed).toBeVisible();
      await expect(page.locator('.app-header')).toHaveCount(0);
      await expect(page.getByTestId('status-table')).toHaveCount(0);
      await expect(page.getByTestId('timeline-slider')).toBeVisible();
      const toggle = page.getByTestId('embed-chart-toggle');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByTestId('embed-chart')).toBeHidden();
      // One line of credit, with the sources of the date.
      const credit = page.getByTestId('embed-credit');
      await expect(credit).toContainText('Sources: ');
      await expect(credit).toContainText('The Telegraph');
      const lines = await credit.locator('.embed-credit-text').evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '16')));
      expect(lines).toBeLessThanOrEqual(1);
      const link = page.getByTestId('open-full');
      await expect(link).toHaveAttribute('target', '_blank');
      const href = new URL((await link.getAttribute('href'))!, page.url());
      expect(href.searchParams.get('embed')).toBeNull();
      expect(href.searchParams.get('date')).toBe('2025-07-01');
      expect(href.searchParams.get('lang')).toBe('en');
      // No horizontal overflow; the map's height follows its width (squarer on narrow frames).
      const box = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
      expect(box.sw).toBeLessThanOrEqual(box.cw);
      const map = await page.getByTestId('map').boundingBox();
      expect(Math.abs(map!.height - map!.width * (width <= 520 ? 1.02 : 2 / 3))).toBeLessThanOrEqual(2);

      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByTestId('gains-chart')).toBeVisible();
      await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('1');
    });
  }

  test('the embedded legend and credit carry the corrected claims (finding, region report, sources) in en and uk', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-08&lang=en&embed=1');
    await page.getByTestId('embed-legend').locator('summary').click();
    const legend = page.getByTestId('embed-legend');
    await expect(legend.locator('li[data-symbol="assessedContested"]')).toHaveAttribute('data-visible', 'true');
    await expect(legend.locator('li[data-symbol="assessedContested"]')).toContainText('Assessed: village in the grey zone');
    await expect(legend.locator('li[data-symbol="troops"]')).toContainText('in the region');
    await expect(legend.locator('li[data-symbol="zone"]')).toContainText('depth not stated');
    await expect(page.getByTestId('embed-credit')).toContainText('The Kyiv Independent');
    await gotoApp(page, 'date=2025-07-08&lang=uk&embed=1');
    await page.getByTestId('embed-legend').locator('summary').click();
    await expect(page.getByTestId('embed-legend').locator('li[data-symbol="assessedContested"]')).toContainText('Оцінка: село в сірій зоні');
    await expect(page.getByTestId('embed-legend').locator('li[data-symbol="zone"]')).toContainText('глибину не вказано');
  });

  test('pinned or live: the dialog pins to the record\'s last day by default; a pinned embed says "Data as of" and stops there', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01&lang=en');
    await page.getByTestId('embed-open').click();
    await expect(page.getByTestId('embed-pinned')).toBeChecked();
    const pinned = await page.getByTestId('embed-code').inputValue();
    const asOf = /as_of=(\d{4}-\d{2}-\d{2})/.exec(pinned)?.[1];
    expect(asOf).toBeTruthy();
    await page.getByTestId('embed-live').check();
    expect(await page.getByTestId('embed-code').inputValue()).not.toContain('as_of');
    await page.keyboard.press('Escape');

    // a view pinned before the record's end: the slider stops at as_of and the embed says so
    await gotoApp(page, 'date=2025-07-20&lang=en&embed=1&as_of=2025-07-10');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2025-07-10');
    await expect(page.getByTestId('record-pinned')).toContainText('Data as of 10 July 2025');
    // the embed's link to the full map is the live view
    const live = page.getByTestId('open-full');
    await expect(live).toHaveAttribute('href', /date=2025-07-10&lang=en/);
    expect(await live.getAttribute('href')).not.toContain('as_of');
    await expect(page.getByTestId('record-map-of')).toContainText(/map of (10|9|8) July 2025/);
  });

  test('the open-full-map link opens the same state without embed in a new tab', async ({ page, context }) => {
    await gotoApp(page, 'date=2025-06-30&lang=uk&embed=1');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByTestId('open-full').click()]);
    await tab.waitForLoadState();
    const u = new URL(tab.url());
    expect(u.searchParams.get('date')).toBe('2025-06-30');
    expect(u.searchParams.get('lang')).toBe('uk');
    expect(u.searchParams.get('embed')).toBeNull();
    await tab.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
    await expect(tab.locator('.app-header')).toBeVisible();
  });

  test('embed dialog: modal, focus kept inside, Escape closes, focus returns, copy says Copied', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await gotoApp(page, 'date=2025-07-01&lang=en');
    const opener = page.getByTestId('embed-open');
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog).toBeHidden();
    await opener.click();
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
    await expect(dialog).toHaveAccessibleName('Embed this map');
    await expect(page.getByTestId('embed-code')).toBeFocused();

    const code = await page.getByTestId('embed-code').inputValue();
    const origin = new URL(baseURL!).origin;
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?date=2025-07-01&amp;lang=en&amp;as_of=\d{4}-\d{2}-\d{2}&amp;embed=1" /);
    expect(code).toContain('title="Russia’s territorial claims in Ukraine — 1 July 2025"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('width="100%"');
    expect(code).toContain('data-territorial-map');
    expect(code).toContain(`<script src="${origin}/embed.js" async></script>`);
    // The snippet is served by the build.
    const js = await page.request.get(`${origin}/embed.js`);
    expect(js.ok()).toBe(true);
    expect(await js.text()).toContain('territorial-map:height');

    // Tab and Shift+Tab never leave the dialog.
    const inside = () => dialog.evaluate((d) => d.contains(document.activeElement));
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }

    await page.getByTestId('embed-copy').click();
    await expect(page.getByTestId('embed-copy-status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    // Reopening in Ukrainian on another date gives that state; the close button also returns focus.
    await page.getByTestId('lang-uk').click();
    await opener.click();
    await expect(dialog).toHaveAccessibleName('Вбудувати цю карту');
    expect(await page.getByTestId('embed-code').inputValue()).toMatch(/lang=uk&amp;as_of=\d{4}-\d{2}-\d{2}&amp;embed=1/);
    await expect(page.getByTestId('embed-copy-status')).toHaveText('');
    await page.getByTestId('embed-close').click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
});
