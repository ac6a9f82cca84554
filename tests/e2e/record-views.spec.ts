// The record views (claims vs observed, the chart's computed series, the figures) on a build with DeepState snapshots: the default dist/
// once the packed history ships, or E2E_OBSERVED_DIST (see playwright.config.ts). Without a record
// in either, every test skips with a message.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, gotoApp, test } from './fixtures';

const OBSERVED_URL = process.env.E2E_OBSERVED_URL ?? '';
if (OBSERVED_URL) test.use({ baseURL: OBSERVED_URL });

async function gotoWithRecord(page: Page, query: string) {
  // The record loads after the map's first idle: wait for it, the tests read its lists at once.
  await gotoApp(page, query, { record: true });
  const included = await page.getByTestId('observed-legend').getAttribute('data-included');
  test.skip(included !== 'true', 'this build has no observed record: build with OBSERVED_DIR or set E2E_OBSERVED_DIST');
}

test.describe('record views', () => {
  test('at 1280×800 the map, the slider and the rate chart are all in view without scrolling', async ({ page }, info) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoWithRecord(page, 'date=2025-06-30&lang=en');
    const chart = page.getByTestId('gains-chart');
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
    const boxes = await page.evaluate(() => {
      const r = (sel: string) => {
        const b = document.querySelector(sel)!.getBoundingClientRect();
        return { x: b.x, y: b.y, r: b.right, b: b.bottom };
      };
      return { map: r('[data-testid="map"]'), slider: r('[data-testid="timeline-slider"]'), chart: r('[data-testid="gains-chart"]'), scrollY: window.scrollY };
    });
    await page.screenshot({ path: info.outputPath('layout-1280x800.png') });
    expect(boxes.scrollY).toBe(0);
    for (const [name, b] of Object.entries(boxes)) {
      if (typeof b === 'number') continue;
      expect.soft(b.x, `${name} left`).toBeGreaterThanOrEqual(0);
      expect.soft(b.y, `${name} top`).toBeGreaterThanOrEqual(0);
      expect.soft(b.r, `${name} right`).toBeLessThanOrEqual(1280);
      expect.soft(b.b, `${name} bottom`).toBeLessThanOrEqual(800);
    }
    // The side panel is not scrolled either: the chart is in view as the page opens.
    expect(await page.locator('.side').evaluate((e) => e.scrollTop)).toBe(0);
  });

  test('legend: a Claimed group and an Observed (DeepState, date) group; in the embed legend too', async ({ page }) => {
    await gotoWithRecord(page, 'date=2025-06-30&lang=en');
    await expect(page.getByTestId('legend-group-claimed')).toHaveText('Claimed');
    await expect(page.getByTestId('legend-group-observed')).toHaveText('Observed (DeepState, 30 June 2025)');
    await gotoApp(page, 'date=2025-06-30&lang=uk&embed=1');
    await page.getByTestId('embed-legend').locator('summary').click();
    await expect(page.getByTestId('legend-group-claimed')).toHaveText('Заявлено');
    await expect(page.getByTestId('legend-group-observed')).toHaveText('Спостереження (DeepState, 30 червня 2025 р.)');
  });

  test('the rate chart covers every month of the record and follows the slider to the last snapshot', async ({ page }) => {
    await gotoWithRecord(page, 'date=2025-06-30&lang=en');
    const computed = page.locator('[data-testid="observed-gains"] li');
    const months = await computed.evaluateAll((els) => els.map((e) => e.getAttribute('data-month')!));
    expect(months.length).toBeGreaterThanOrEqual(4);
    const chart = page.getByTestId('gains-chart');
    // Every computed month is a bar group and a button; ISW's months are among them.
    await expect(chart).toHaveAttribute('data-months', String(new Set([...months, '2025-03', '2025-04', '2025-05', '2025-06']).size));
    await expect(page.locator('[data-testid="gains-months"] button[data-month="2025-06"]')).toHaveAttribute('aria-pressed', 'true');
    const text = page.getByTestId('gains-projection-text');
    await expect(text).toHaveAttribute('data-series', 'observed');
    await expect(text).toHaveAttribute('data-month', '2025-06');
    await expect(page.getByTestId('gains-rate-basis')).toContainText('net change of the area DeepState shows as occupied');
    await page.locator('[data-testid="gains-series"] button[data-series="reported"]').click();
    await expect(text).toHaveAttribute('data-series', 'reported');
    await expect(page.getByTestId('gains-years')).toHaveText('69');

    // The slider runs to the last snapshot (or the last claim event, whichever is later).
    const lastSnapshot = await computed.last().getAttribute('data-to');
    await page.getByTestId('timeline-slider').focus();
    await page.keyboard.press('End');
    // The address bar is written a moment after the change (store.ts bindUrl), so poll it.
    await expect.poll(() => new URL(page.url()).searchParams.get('date')! >= lastSnapshot!).toBe(true);
    const end = new URL(page.url()).searchParams.get('date')!;
    await expect(page.getByTestId('observed-legend')).toHaveAttribute('data-snapshot', lastSnapshot!);
    const lastMonth = months.at(-1)!;
    // The selected month follows: the end's month is pressed when the chart has it (the last claim
    // event may fall after the last snapshot, in a month with no figure: then none is).
    const buttons = page.locator('[data-testid="gains-months"] button');
    const all = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-month')!));
    await expect(buttons.and(page.locator('[aria-pressed="true"]'))).toHaveCount(all.includes(end.slice(0, 7)) ? 1 : 0);
    expect(await buttons.and(page.locator('[aria-pressed="true"]')).evaluateAll((els) => els.map((e) => e.getAttribute('data-month')))).toEqual(
      all.includes(end.slice(0, 7)) ? [end.slice(0, 7)] : [],
    );
    await page.locator('[data-testid="gains-series"] button[data-series="observed"]').click();
    await expect(text).toHaveAttribute('data-month', lastMonth);
    const years = await text.getAttribute('data-years');
    expect(years === 'never' || Number(years) >= 0).toBe(true);
    // Each claim says how old its last report is on that day.
    const ages = page.getByTestId('report-age');
    await expect(ages.first()).toContainText('last report');
    for (const t of await ages.allTextContents()) expect(t).toMatch(/^last report .+, (on this day|\d+ (day|month|year)s? earlier)$/);
  });

  test('SVG figure: the observed layer under the claims, both legend groups, no label over another', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoWithRecord(page, 'date=2025-07-01&lang=en');
    const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId('export-svg').click()]);
    const src = (await readFile((await dl.path())!)).toString('utf8');
    const r = await page.evaluate((svgText) => {
      const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden';
      host.appendChild(document.importNode(doc.documentElement, true));
      document.body.appendChild(host);
      const boxes = (sel: string) =>
        [...host.querySelectorAll<SVGTextElement>(sel)].map((t) => {
          const b = t.getBBox();
          return { text: t.textContent, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
        });
      const oblast = boxes('g[data-layer="oblast-labels"] text:not([stroke])');
      const places = boxes('g[data-layer="places"] text:not([stroke])');
      const hit = (a: (typeof oblast)[number], b: (typeof oblast)[number]) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      const collisions = oblast.flatMap((o) => places.filter((p) => hit(o, p)).map((p) => `${o.text} × ${p.text}`));
      const layers = [...host.querySelectorAll('g[data-layer]')].map((g) => g.getAttribute('data-layer'));
      const observedPath = host.querySelector('g[data-layer="observed"] path')?.getAttribute('d')?.length ?? 0;
      const texts = [...host.querySelectorAll('text')].map((t) => t.textContent);
      host.remove();
      return { collisions, layers, observedPath, texts, places: places.map((p) => p.text), oblasts: oblast.length };
    }, src);
    expect(r.places).toContain('Dachne');
    expect(r.oblasts).toBeGreaterThan(20);
    expect(r.collisions).toEqual([]);
    expect(r.observedPath).toBeGreaterThan(1000);
    expect(r.layers.indexOf('observed')).toBeLessThan(r.layers.indexOf('oblast-control'));
    expect(r.texts).toContain('Claimed');
    expect(r.texts).toContain('Observed (DeepState, 1 July 2025)');
  });
});
