// Newsroom embeds: a static picture of the map at once and no layout shift when the live map takes
// its place; no scroll trap in an embed (the wheel scrolls the host, Ctrl + wheel zooms); the page
// without JavaScript; Pym.js's own parent script sizing the iframe without embed.js.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { disableWebGL, expect, MAP_READY, test } from './fixtures';

/** A host page on its own origin; `/pym.js` is the pym.js package's own parent script. */
async function startHost(body: string): Promise<{ server: Server; url: string }> {
  const pym = await readFile('node_modules/pym.js/dist/pym.v1.min.js');
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else if (req.url === '/pym.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(pym);
    } else if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;font-family:sans-serif">${body}</body></html>`);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Records, in the page, when the picture and the ready map first appear and every layout shift. */
async function watchFirstScreen(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __fs: { picture?: number; pictureImg?: number; ready?: number; gone?: number; shifts: Array<{ t: number; v: number }> } };
    w.__fs = { shifts: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) w.__fs.shifts.push({ t: e.startTime, v: e.value });
    }).observe({ type: 'layout-shift', buffered: true });
    const check = () => {
      const now = performance.now();
      const pic = document.querySelector('[data-testid="map-picture"]');
      if (pic && w.__fs.picture === undefined) w.__fs.picture = now;
      if (pic?.querySelector('canvas[data-drawn="yes"]') && w.__fs.pictureImg === undefined) w.__fs.pictureImg = now;
      if (document.querySelector('[data-testid="map"][data-ready="true"]') && w.__fs.ready === undefined) w.__fs.ready = now;
      if (w.__fs.picture !== undefined && !pic && w.__fs.gone === undefined) w.__fs.gone = now;
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-drawn'] });
  });
}

/**
 * What the picture's canvas shows: its size against its box, how many colours, and the shares of
 * reddish pixels (the claims) and of pixels near the light palette's occupied fill (#a3afbe).
 */
type CanvasStats = { w: number; h: number; boxW: number; boxH: number; colours: number; red: number; occupied: number };

/**
 * The picture's canvas: its size, its box and what it shows. The boot's canvas is replaced by
 * React's copy when the page's code arrives; a canvas that was taken out between the locator's
 * resolving and the evaluation (box 0 × 0) is read again from the one now in the page.
 */
async function canvasStats(picture: Locator): Promise<CanvasStats> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const stats = await picture.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      if (!c.isConnected) return null;
      const px = c.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set<number>();
      let red = 0, occupied = 0;
      for (let i = 0; i < px.length; i += 4) {
        const [r, g, b] = [px[i]!, px[i + 1]!, px[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (r > g + 40 && r > b + 40) red++;
        if (Math.abs(r - 0xa3) + Math.abs(g - 0xaf) + Math.abs(b - 0xbe) < 24) occupied++;
      }
      const box = c.getBoundingClientRect();
      const n = px.length / 4;
      return { w: c.width, h: c.height, boxW: Math.round(box.width), boxH: Math.round(box.height), colours: colours.size, red: red / n, occupied: occupied / n };
    });
    if (stats) return stats;
  }
  throw new Error('the picture\'s canvas kept leaving the page');
}

type FirstScreen = { picture?: number; pictureImg?: number; ready?: number; gone?: number; shifts: Array<{ t: number; v: number }> };

// The boot script (src/app/boot.ts) draws the header, the map's box and the picture before the
// page's code loads. Holding that code back shows the boot's first screen alone; let through, React's
// first render must leave the box where it was and take the boot's picture instead of drawing it again.
test.describe('the first screen before the page loads', () => {
  for (const [name, query, width] of [
    ['desktop', 'date=2025-06-30&lang=en', 1280],
    ['tablet (the header actions on a second row)', 'date=2025-06-30&lang=uk', 900],
    ['phone', 'date=2025-06-30&lang=en&theme=dark', 400],
    ['embed at 300 px', 'date=2025-06-30&lang=uk&embed=1', 300],
    ['embed at 420 px', 'date=2025-06-30&lang=en&embed=1', 420],
    ['embed at 640 px, a focus', 'date=2025-06-30&lang=en&embed=1&focus=UA-09', 640],
  ] as const) {
    test(`${name}: the boot's picture is in the map's box, which React's page leaves in place`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`/?${query}`);
      const skeleton = page.getByTestId('skeleton');
      const boot = skeleton.getByTestId('map-picture');
      await expect(boot.locator('canvas[data-drawn="yes"]')).toBeVisible({ timeout: 30_000 });
      await expect(boot).toHaveAttribute('data-date', '2025-06-30');
      const before = await skeleton.locator('.map-frame').boundingBox();
      const bootStats = await canvasStats(boot);
      expect([bootStats.w, bootStats.h]).toEqual([bootStats.boxW, bootStats.boxH]);
      expect(bootStats.red).toBeGreaterThan(0.005);
      // The boot's frame is inert: its copies of the header's controls cannot be reached.
      expect(await skeleton.evaluate((e) => (e as HTMLElement).inert)).toBe(true);
      if (query.includes('theme=dark')) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      release();
      await expect(skeleton).toHaveCount(0, { timeout: 30_000 });
      const picture = page.getByTestId('map-picture');
      await expect(picture.locator('canvas[data-drawn="yes"]')).toBeVisible();
      const after = await page.locator('.map-frame').first().boundingBox();
      expect(after).toEqual(before);
      const pageStats = await canvasStats(picture);
      expect(pageStats).toEqual(bootStats);
      // Taken, not drawn again: the SVG was decoded once, by the boot.
      const decodes = await page.evaluate(() => performance.getEntriesByName('territorial-map:picture-decode').length);
      expect(decodes).toBe(1);
    });
  }
});

test.describe('newsroom embeds', () => {
  for (const [name, query, viewport] of [
    ['full page', 'date=2025-06-30&lang=en', { width: 1280, height: 800 }],
    ['embed at 420 px', 'date=2025-06-30&lang=uk&embed=1', { width: 420, height: 800 }],
  ] as const) {
    test(`${name}: the static picture is shown before the map, and the swap shifts nothing`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await watchFirstScreen(page);
      await page.goto(`/?${query}`);
      const picture = page.getByTestId('map-picture');
      await expect(picture.locator('canvas[data-drawn="yes"]')).toBeVisible({ timeout: 30_000 });
      await expect(picture).toHaveAttribute('data-date', '2025-06-30');
      // The picture's SVG (the exports' scene code; its content is checked in export/picture.test.ts)
      // drawn on the canvas at the box's size: land, the occupied area, the claims' reds and labels.
      const drawn = await canvasStats(picture);
      expect([drawn.w, drawn.h]).toEqual([drawn.boxW, drawn.boxH]);
      expect(drawn.colours).toBeGreaterThan(50);
      expect(drawn.red).toBeGreaterThan(0.01);
      await expect(picture.locator('.map-picture-note')).toHaveText(query.includes('uk') ? 'Завантаження інтерактивної карти…' : 'Loading the interactive map…');
      await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
      await expect(picture).toHaveCount(0);
      await page.waitForTimeout(500);
      const fs = await page.evaluate(() => (window as unknown as { __fs: FirstScreen }).__fs);
      expect(fs.pictureImg).toBeDefined();
      expect(fs.pictureImg!).toBeLessThan(fs.ready!);
      // No layout shift from the picture's first frame to well after the swap.
      const shifts = fs.shifts.filter((s) => s.t >= fs.pictureImg! && s.t <= fs.gone! + 500);
      expect(shifts).toEqual([]);
      // The map region is described by the text alternative.
      const map = page.getByTestId('map');
      const id = await map.getAttribute('aria-describedby');
      expect(id).toBeTruthy();
      const text = await page.locator(`[id="${id}"]`).textContent();
      expect(text).toMatch(query.includes('uk') ? /^30 червня 2025/ : /^30 June 2025\./);
    });
  }

  test('the wheel over an embed scrolls the host page and leaves the map alone; Ctrl + wheel zooms', async ({ page, baseURL, allowedOrigins }) => {
    const src = `${baseURL}/?date=2025-06-30&lang=en&embed=1`;
    const host = await startHost(`<p>Article text.</p><iframe src="${src}" title="Map" style="width:420px;height:820px;border:0;display:block"></iframe><div style="height:3000px">More text.</div>`);
    allowedOrigins.push(new URL(host.url).origin);
    try {
      await page.setViewportSize({ width: 800, height: 700 });
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      await frame.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
      const map = frame.getByTestId('map');
      const before = await map.getAttribute('data-view');
      const box = (await page.locator('iframe').boundingBox())!;
      await page.mouse.move(box.x + 210, box.y + 150);
      await page.mouse.wheel(0, 400);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      await page.waitForTimeout(600);
      expect(await map.getAttribute('data-view')).toBe(before);
      // The help says how to zoom, in the page's language.
      await expect(frame.locator('.maplibregl-desktop-message')).toHaveText('Use Ctrl + scroll to zoom the map');

      await page.evaluate(() => window.scrollTo(0, 0));
      const scrolled = await page.evaluate(() => window.scrollY);
      const at = (await page.locator('iframe').boundingBox())!;
      await page.mouse.move(at.x + 210, at.y + 150);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -400);
      await page.keyboard.up('Control');
      await expect.poll(async () => Number((await map.getAttribute('data-view'))?.split(',')[2]), { timeout: 15_000 }).toBeGreaterThan(Number(before!.split(',')[2]));
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    } finally {
      await new Promise((r) => host.server.close(r));
    }
  });

  test('keyboard zoom still works in an embed once the map has focus', async ({ page }) => {
    await page.setViewportSize({ width: 420, height: 800 });
    await page.goto('/?date=2025-06-30&lang=en&embed=1');
    await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
    const map = page.getByTestId('map');
    const before = Number((await map.getAttribute('data-view'))!.split(',')[2]);
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Equal');
    await expect.poll(async () => Number((await map.getAttribute('data-view'))!.split(',')[2]), { timeout: 15_000 }).toBeGreaterThan(before);
  });

  test("Pym's own parent script sizes the iframe, with no embed.js", async ({ page, baseURL, allowedOrigins }) => {
    const src = `${baseURL}/?date=2025-06-30&lang=en&embed=1`;
    const host = await startHost(`<p>Article.</p><div id="map-pym" style="width:420px"></div><script src="/pym.js"></script><script>new pym.Parent('map-pym', ${JSON.stringify(src)}, {});</script><p>More.</p>`);
    allowedOrigins.push(new URL(host.url).origin);
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('#map-pym iframe');
      await frame.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
      const content = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
      // Pym writes the height attribute from the child's messages (its default is 150 px before any).
      await expect.poll(async () => Number((await page.locator('#map-pym iframe').getAttribute('height'))?.replace('px', '')), { timeout: 20_000 }).toBeGreaterThan(300);
      const attr = Number((await page.locator('#map-pym iframe').getAttribute('height'))!.replace('px', ''));
      expect(Math.abs(attr - content)).toBeLessThanOrEqual(2);
      expect(await page.evaluate(() => 'territorialMapEmbed' in window || '__territorialMapEmbed' in window)).toBe(false);
    } finally {
      await new Promise((r) => host.server.close(r));
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page shows the static picture of the default view and its text', async ({ page }) => {
    await page.goto('/');
    const img = page.locator('.static-picture img');
    await expect(img).toBeVisible();
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1200);
    const alt = await img.getAttribute('alt');
    expect(alt).toMatch(/^1 July 2025\. /);
    expect(alt).not.toMatch(/held by Ukraine|borne out/);
    // Built from the record with its derived figures, as the page reads it: the control claims' verdicts.
    expect(alt).toContain("Luhansk: does not match DeepState's map; 171 km² in 2 areas not shown as occupied.");
    await expect(page.locator('.static-picture figcaption')).toContainText(alt!);
    // Social cards point at the PNG, which is there.
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/static\/map-en\.png$/);
    const png = await page.request.get(new URL(og!, page.url()).href);
    expect(png.headers()['content-type']).toBe('image/png');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });
});

test.describe('without WebGL', () => {
  test.use({ allowConsoleErrors: true });
  test('the fallback shows the picture of the requested state, with the observed layer once it arrives, above the table', async ({ page }) => {
    await disableWebGL(page);
    await page.goto('/?date=2025-06-30&lang=en&focus=UA-09');
    const picture = page.getByTestId('map-fallback').getByTestId('map-picture');
    await expect(picture.locator('canvas[data-drawn="yes"]')).toBeVisible({ timeout: 30_000 });
    await expect(picture).toHaveAttribute('data-date', '2025-06-30');
    await expect(picture.getByTestId('map-picture-caption')).toContainText(/^30 June 2025\./);
    await expect(picture).toHaveAttribute('data-observed', 'yes', { timeout: 30_000 });
    // redrawn with the occupied area (the canvas is drawn once the new SVG has been decoded)
    await expect.poll(async () => (await canvasStats(picture)).occupied, { timeout: 10_000 }).toBeGreaterThan(0.02);
    await expect(picture.getByTestId('map-picture-caption')).toContainText("DeepState's map");
    const pic = (await picture.boundingBox())!;
    const table = (await page.getByTestId('status-table').boundingBox())!;
    expect(pic.y + pic.height).toBeLessThanOrEqual(table.y);
  });
});
