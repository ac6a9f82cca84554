import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoApp, MAP_READY, test } from './fixtures';

/** Collects CSP violations from the start of the page's life. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

// axe-core 4.14 or later: it runs label-content-name-mismatch (a control's name starts with its visible text).
async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('hardening', () => {
  test('the built page carries a CSP without unsafe-eval or inline scripts, and nothing violates it', async ({ page }) => {
    const violations = await watchCsp(page);
    await gotoApp(page, 'date=2025-07-01');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    for (const k of ['ArrowLeft', 'PageDown', 'PageDown', 'End', 'Home']) await page.keyboard.press(k);
    await page.getByTestId('lang-uk').click();
    await page.locator(MAP_READY).waitFor({ state: 'attached' });
    expect(await violations()).toEqual([]);
  });

  test('quotes and titles with HTML are shown as text everywhere', async ({ page }) => {
    await page.route('**/data/dataset.json', async (route) => {
      const res = await route.fetch();
      const d = await res.json();
      const dachne = d.claims.find((c: { id: string }) => c.id === 'dachne-capture-2025');
      dachne.title.en = '<b>Dachne</b> <img src=x onerror="window.__xss=1">';
      dachne.events[0].quote = '<script>window.__xss=2</script><i>taken</i>';
      await route.fulfill({ response: res, json: d });
    });
    await gotoApp(page, 'date=2025-07-01');
    const item = page.locator('[data-testid="claims-panel"] li[data-claim="dachne-capture-2025"]');
    await expect(item).toContainText('<b>Dachne</b> <img src=x onerror="window.__xss=1">');
    await expect(item).toContainText('<script>window.__xss=2</script><i>taken</i>');
    await item.locator('button').first().click();
    await expect(page.getByTestId('claim-detail')).toContainText('<i>taken</i>');
    expect(await page.locator('img[src="x"], .claims-panel b, .claims-panel i').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test.describe('a data file that fails to load', () => {
    test.use({ allowConsoleErrors: true });
    test('shows an error naming the file and a retry that recovers', async ({ page, pageProblems }) => {
      let fail = true;
      await page.route('**/geo/map.topojson', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
      await page.goto('/?date=2025-07-01');
      const err = page.getByTestId('load-error');
      await expect(err).toContainText('geo/map.topojson');
      await expect(err).toContainText('HTTP 503');
      fail = false;
      await err.getByRole('button').click();
      await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 45_000 });
      expect(pageProblems.consoleErrors.every((e) => /503|Failed to load resource/.test(e))).toBe(true);
    });

    test('a file that is not JSON also gets the error state', async ({ page }) => {
      await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"claims": [' }));
      await page.goto('/');
      await expect(page.getByTestId('load-error')).toContainText('data/dataset.json: is not valid JSON');
    });
  });

  test('axe: no serious or critical violations on the main page, in English and Ukrainian', async ({ page }) => {
    test.slow(); // axe over a large DOM with software WebGL behind it
    await gotoApp(page, 'date=2025-07-08&lang=en');
    expect(await axe(page)).toEqual([]);
    await page.locator('[data-testid="place-dachne-capture-2025#0"]').click();
    await expect(page.getByTestId('claim-detail')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    // Ukrainian in place (the header's language button), as a reader switches
    await page.getByTestId('lang-uk').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    expect(await axe(page), 'uk').toEqual([]);
    // compare mode's panel (the phone header's menu: tests/e2e/reader.spec.ts)
    await page.getByTestId('compare-toggle').check();
    await expect(page.getByTestId('compare-panel')).toBeVisible();
    expect(await axe(page), 'compare uk').toEqual([]);
  });

  test('keyboard: the skip link leads to the status table', async ({ page }) => {
    await gotoApp(page);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#status-table')).toBeFocused();
  });
});

test.describe('without WebGL', () => {
  test('Chromium with --disable-webgl shows the fallback, the table and the chart', async ({ playwright, baseURL }) => {
    const browser = await playwright.chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-webgl', '--disable-webgl2', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = await browser.newPage({ baseURL });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto('/?date=2025-06-30');
      await expect(page.getByTestId('map-fallback')).toContainText('WebGL');
      await expect(page.locator('[data-testid="status-table"] tr[data-oblast="UA-09"]')).toContainText('Full control claimed by Russia: claimed');
      await expect(page.getByTestId('gains-chart')).toContainText('588');
      await page.getByTestId('timeline-slider').focus();
      await page.keyboard.press('ArrowLeft');
      await expect(page.locator('[data-testid="status-table"] tr[data-oblast="UA-09"]')).not.toContainText('Full control');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

test.describe('hardening: embed, dialogs and exports', () => {
  test('axe: embed and the embed dialog have no serious or critical violations, in both languages', async ({ page }) => {
    test.slow();
    for (const lang of ['en', 'uk']) {
      await gotoApp(page, `date=2025-07-01&embed=1&lang=${lang}`);
      expect(await axe(page), `embed ${lang}`).toEqual([]);
      await gotoApp(page, `date=2025-07-01&lang=${lang}`);
      await page.getByTestId('embed-open').click();
      await expect(page.getByTestId('embed-dialog')).toBeVisible();
      expect(await axe(page), `embed dialog ${lang}`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('embed-dialog')).toBeHidden();
    }
  });

  test('no CSP violation while embedding and exporting; exports keep HTML from data as text', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.route('**/data/dataset.json', async (route) => {
      const res = await route.fetch();
      const d = await res.json();
      const luhansk = d.claims.find((c: { id: string }) => c.id === 'luhansk-full-control-2025');
      luhansk.events[luhansk.events.length - 1].quote = '<svg onload="window.__xss=3"><script>window.__xss=4</script></svg> "quoted", with commas';
      await route.fulfill({ response: res, json: d });
    });
    await gotoApp(page, 'date=2025-07-01');
    await page.getByTestId('embed-open').click();
    await expect(page.getByTestId('embed-code')).toContainText('<iframe');
    await page.keyboard.press('Escape');

    const grab = async (id: string) => {
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId(id).click()]);
      return (await import('node:fs/promises')).readFile((await dl.path())!, 'utf8');
    };
    const csv = await grab('export-csv');
    expect(csv).toContain('"<svg onload=""window.__xss=3""><script>window.__xss=4</script></svg> ""quoted"", with commas"');
    const svg = await grab('export-svg');
    const injected = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { parseError: !!doc.querySelector('parsererror'), scripts: doc.querySelectorAll('script').length, handlers: doc.querySelectorAll('[onload]').length };
    }, svg);
    expect(injected).toEqual({ parseError: false, scripts: 0, handlers: 0 });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await violations()).toEqual([]);
  });
});
