// The reader's controls: the timeline's two rows (overview on two scales, a detail rail at ≥ 2 px
// a day), find a place, the phone layout.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoApp, MAP_READY, test } from './fixtures';

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const dateOf = (url: string) => new URL(url).searchParams.get('date')!;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

test.describe('timeline', () => {
  test('a 10 px move on the rail within the record lands at most 5 days away; the rail keeps ≥ 2 px a day', async ({ page }) => {
    await gotoApp(page, 'date=2025-03-01');
    await page.locator(MAP_READY).waitFor({ state: 'attached' });
    const rail = page.getByTestId('timeline-rail');
    const box = (await rail.boundingBox())!;
    const start = (await rail.getAttribute('data-window-start'))!;
    const end = (await rail.getAttribute('data-window-end'))!;
    // the drawn track is inset by the thumb's radius on each side
    const perDay = (box.width - 20) / days(start, end);
    expect(perDay).toBeGreaterThanOrEqual(2);
    const slider = page.getByTestId('timeline-slider');
    const now = async () => Number(await slider.getAttribute('aria-valuenow'));
    const thumb = (await page.locator('.tl-rail .tl-thumb').boundingBox())!;
    const x = thumb.x + thumb.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    const pressed = await now();
    // the press lands on the thumb's day (or its neighbour), inside the record
    expect(Math.abs(pressed - Number(await slider.getAttribute('aria-valuenow')))).toBe(0);
    await page.mouse.move(x + 10, y, { steps: 3 });
    await expect.poll(now).not.toBe(pressed);
    const moved = (await now()) - pressed;
    await page.mouse.up();
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThanOrEqual(5);
    expect(dateOf(page.url()) >= '2024-07-08').toBe(true);
  });

  test('the overview reaches back to 2014 on the same control; the squeezed years are marked', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01');
    const overview = page.getByTestId('timeline-overview');
    const compressed = page.getByTestId('timeline-compressed');
    await expect(compressed).toBeVisible();
    await expect(page.locator('.tl-legend')).toContainText('compressed');
    const box = (await overview.boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect.poll(() => dateOf(page.url()) < '2014-06-01').toBe(true);
    // the rail's window follows: it now shows 2014
    await expect(page.getByTestId('timeline-rail')).toHaveAttribute('data-window-start', '2014-02-20');
    // a click at the right end lands on the last day (a pixel there is about a day of the record)
    await page.mouse.click(box.x + box.width - 0.5, box.y + box.height / 2);
    const end = Number(await page.getByTestId('timeline-slider').getAttribute('aria-valuemax'));
    await expect.poll(async () => end - Number(await page.getByTestId('timeline-slider').getAttribute('aria-valuenow'))).toBeLessThanOrEqual(1);
    await page.locator(MAP_READY).waitFor({ state: 'attached' });
  });

  test('keyboard steps move the window with the date, in Ukrainian too', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01&lang=uk');
    await expect(page.locator('.tl-legend')).toContainText('стиснуто');
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => dateOf(page.url())).toBe('2014-02-20');
    await expect(page.getByTestId('timeline-rail')).toHaveAttribute('data-window-start', '2014-02-20');
    await page.keyboard.press('End');
    const end = await page.getByTestId('timeline-rail').getAttribute('data-window-end');
    await expect.poll(() => dateOf(page.url())).toBe(end);
  });
});

test.describe('embed legend', () => {
  for (const width of [300, 420, 640]) {
    test(`at ${width} px the short legend wraps and nothing in it is cut`, async ({ page }) => {
      await page.setViewportSize({ width, height: 560 });
      await gotoApp(page, 'date=2025-06-30&embed=1');
      const line = page.getByTestId('embed-legend-line');
      await expect(line.locator('.embed-legend-item').first()).toBeVisible();
      const m = await line.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const items = [...el.querySelectorAll<HTMLElement>('.embed-legend-lead, .embed-legend-item')].map((i) => {
          const r = i.getBoundingClientRect();
          return { text: i.textContent, left: r.left, right: r.right, top: r.top, clipped: i.scrollWidth > i.clientWidth + 1 };
        });
        return { left: box.left, right: box.right, scroll: el.scrollWidth - el.clientWidth, items, rows: new Set(items.map((i) => Math.round(i.top))).size, overflow: getComputedStyle(el).overflowX };
      });
      expect(m.scroll).toBeLessThanOrEqual(0);
      for (const i of m.items) {
        expect(i.left, i.text!).toBeGreaterThanOrEqual(m.left - 0.5);
        expect(i.right, i.text!).toBeLessThanOrEqual(m.right + 0.5);
        expect(i.clipped, i.text!).toBe(false);
      }
      // the whole text is there: the observed entry ends with its snapshot date
      await expect(line).toContainText('DeepState 30 Jun 2025');
      if (width <= 420) expect(m.rows).toBeGreaterThan(1);
      // The timeline's labels under it wrap between words only ("compressed" was broken in two at 300 px).
      const broken = await page.locator('.tl-legend span').evaluateAll((spans) =>
        spans.flatMap((span) => {
          const text = span.firstChild!;
          const out: string[] = [];
          for (const m of span.textContent!.matchAll(/\S+/g)) {
            const r = document.createRange();
            r.setStart(text, m.index);
            r.setEnd(text, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((q) => Math.round(q.top))).size > 1) out.push(m[0]);
          }
          return out;
        }),
      );
      expect(broken).toEqual([]);
    });
  }
});

test.describe('phone layout', () => {
  for (const theme of ['light', 'dark']) {
    test(`at 375 × 740 (${theme}) the map takes ≥ 70 % of the first screen, the header is one row, the rail is in view`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await gotoApp(page, `date=2025-06-30&theme=${theme}`);
      const map = (await page.getByTestId('map').boundingBox())!;
      const header = (await page.locator('.app-header').boundingBox())!;
      const rail = (await page.getByTestId('timeline-rail').boundingBox())!;
      const shown = Math.min(740, map.y + map.height) - Math.max(0, map.y);
      expect(shown / 740).toBeGreaterThanOrEqual(0.7);
      expect(header.height).toBeLessThanOrEqual(56);
      expect(rail.y + rail.height).toBeLessThanOrEqual(740);
      await expect(page.getByTestId('timeline-slider')).toBeInViewport();
      // the folded controls open from the menu, by keyboard too
      await expect(page.getByTestId('lang-uk')).toBeHidden();
      const menu = page.getByTestId('header-menu');
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await page.getByTestId('lang-uk').click();
      await expect(page.getByTestId('header-menu')).toHaveText('Меню');
      await expect(page.locator('.subtitle')).toBeVisible();
      expect(await axe(page), `phone ${theme}, menu open`).toEqual([]);
    });
  }

  test('at 1280 × 800 the menu button is not shown and the actions are', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30');
    await expect(page.getByTestId('header-menu')).toBeHidden();
    await expect(page.getByTestId('lang-uk')).toBeVisible();
  });
});

test.describe('compare shows the change', () => {
  const viewOf = async (page: Page) => (await page.getByTestId('map').getAttribute('data-view'))!.split(',').map(Number) as [number, number, number];
  test('entering compare frames the gained and lost areas, unless the URL holds a focus', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30');
    const whole = await viewOf(page);
    await page.getByTestId('compare-toggle').check();
    await expect(page.getByTestId('compare-panel')).toBeVisible();
    // the faces are known once the record is in: the map then zooms in on the front
    await expect.poll(async () => (await viewOf(page))[2], { timeout: 30_000 }).toBeGreaterThan(whole[2] + 0.5);
    const [lon, lat] = await viewOf(page);
    expect(lon).toBeGreaterThan(33);
    expect(lat).toBeGreaterThan(46);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    // with a focus in the URL the focus keeps the camera
    await gotoApp(page, 'date=2025-06-30&focus=UA-09');
    const focused = await viewOf(page);
    await page.getByTestId('compare-toggle').check();
    await expect(page.getByTestId('compare-panel')).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await viewOf(page)).toEqual(focused);
  });
});
