// Find a place: the header's combobox offers oblasts by their other spellings (Lugansk), claim places
// (Dachne) and, with the observed record, areas not shown as occupied; Enter writes `focus`, frames the
// map and marks the claims; Escape closes; no match is announced; axe finds nothing serious on the open list.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, gotoApp, MAP_SETTLED, test } from './fixtures';

const search = (page: Page) => new URL(page.url()).searchParams;
const viewOf = async (page: Page) => (await page.getByTestId('map').getAttribute('data-view'))!.split(',').map(Number) as [number, number, number];
const input = (page: Page) => page.getByRole('combobox', { name: /^Find a place|^Знайти місце/ });
const list = (page: Page) => page.getByTestId('place-search-list');

test.describe('find a place', () => {
  test('Lugansk offers Luhansk oblast; Enter writes focus, frames it and marks its claims', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01&lang=en');
    const whole = await viewOf(page);
    const box = input(page);
    await box.click();
    await box.pressSequentially('Lugansk');
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const first = list(page).getByRole('option').first();
    await expect(first).toHaveAttribute('data-focus', 'UA-09');
    await expect(first).toContainText('Luhansk');
    await expect(first).toContainText('also spelled Lugansk');
    await expect(page.getByTestId('place-search-status')).toContainText(/\d+ results?/);
    // Down makes the first option active (aria-activedescendant), Enter chooses it
    await box.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => search(page).get('focus')).toBe('UA-09');
    await expect(page.getByTestId('place-search-status')).toHaveText('Map moved to Luhansk.');
    await expect.poll(async () => (await viewOf(page))[2]).toBeGreaterThan(whole[2] + 1.5);
    const [lon, lat] = await viewOf(page);
    expect(lon).toBeGreaterThan(38.2);
    expect(lon).toBeLessThan(39.8);
    expect(lat).toBeGreaterThan(48.3);
    expect(lat).toBeLessThan(49.6);
    const marked = page.locator('[data-testid="claims-panel"] li[data-in-focus]');
    await expect(marked.first()).toBeVisible();
    await expect(page.locator('[data-testid="claims-panel"] li[data-claim="luhansk-full-control-2025"]')).toHaveAttribute('data-in-focus', 'true');
    await expect(page.locator('[data-testid="claims-panel"] li[data-claim="luhansk-full-control-2025"]')).toContainText('Concerns the place you chose');
    // the marked claims come first in the list
    await expect(page.locator('[data-testid="claims-panel"] li').first()).toHaveAttribute('data-in-focus', 'true');
    // a reload keeps the focus and the marks
    await page.reload();
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    expect(search(page).get('focus')).toBe('UA-09');
    await expect(page.locator('[data-testid="claims-panel"] li[data-claim="luhansk-full-control-2025"]')).toHaveAttribute('data-in-focus', 'true');
  });

  test('Dachne is offered as a claimed place with its uncertainty; choosing it zooms in and opens its claim', async ({ page }) => {
    await gotoApp(page, 'date=2025-09-01&lang=en');
    const box = input(page);
    await box.click();
    await box.pressSequentially('dachne');
    const opt = list(page).getByRole('option').first();
    await expect(opt).toHaveAttribute('data-kind', 'place');
    await expect(opt).toContainText('Dachne');
    await expect(opt).toContainText('±4 km');
    await opt.click();
    await expect.poll(() => search(page).get('focus')).toBe('place:dachne-capture-2025:0');
    await expect.poll(async () => (await viewOf(page))[2]).toBeGreaterThan(9);
    const [lon, lat] = await viewOf(page);
    expect(Math.abs(lon - 36.68)).toBeLessThan(0.05);
    expect(Math.abs(lat - 48.08)).toBeLessThan(0.05);
    await expect(page.locator('[data-testid="claims-panel"] li[data-claim="dachne-capture-2025"]')).toHaveAttribute('data-in-focus', 'true');
  });

  test('Cyrillic works in Ukrainian; Home/End and Up move; Escape closes, then clears', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01&lang=uk');
    const box = input(page);
    await box.click();
    await box.pressSequentially('запор');
    await expect(list(page).getByRole('option').first()).toHaveAttribute('data-focus', 'UA-23');
    await expect(list(page).getByRole('option').first()).toContainText('Запорізька область');
    await box.fill('ки');
    const n = await list(page).getByRole('option').count();
    expect(n).toBeGreaterThan(1);
    await box.press('ArrowDown');
    await box.press('End');
    await expect(list(page).getByRole('option').nth(n - 1)).toHaveAttribute('aria-selected', 'true');
    await box.press('Home');
    await expect(list(page).getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowUp');
    await expect(list(page).getByRole('option').nth(n - 1)).toHaveAttribute('aria-selected', 'true');
    await box.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(list(page)).toBeHidden();
    await expect(box).toHaveValue('ки');
    await box.press('Escape');
    await expect(box).toHaveValue('');
    expect(search(page).get('focus')).toBeNull();
  });

  test('no match is said in the live region, in both languages', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01&lang=en');
    const box = input(page);
    await box.click();
    await box.pressSequentially('Atlantis');
    const status = page.getByTestId('place-search-status');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toContainText('No place matches “Atlantis”.');
    await expect(status).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await box.press('Enter');
    expect(search(page).get('focus')).toBeNull();
    await page.getByTestId('lang-uk').click();
    await box.click();
    await box.fill('Атлантида');
    await expect(status).toContainText('Немає місця, що відповідає «Атлантида».');
  });

  test('axe: no serious or critical issue with the list open, light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark']) {
      await gotoApp(page, `date=2025-07-01&lang=en&theme=${theme}`);
      const box = input(page);
      await box.click();
      await box.pressSequentially('kh');
      await box.press('ArrowDown');
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      const r = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
      const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
      expect(bad, theme).toEqual([]);
    }
  });

  test('with the observed record: the largest areas not shown as occupied are offered and framed', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30&lang=en', { record: true });
    const observed = await page.locator(MAP_SETTLED).getAttribute('data-observed');
    test.skip(observed !== 'ready', 'this build has no observed record (see E2E_OBSERVED_DIST in playwright.config.ts)');
    const box = input(page);
    await box.click();
    await box.pressSequentially('not shown');
    const opt = list(page).locator('[data-kind="area"]').first();
    await expect(opt).toContainText(/^Not shown as occupied: [\d,.]+ km² in /);
    const focus = await opt.getAttribute('data-focus');
    expect(focus).toMatch(/^area:UA-\d\d:\d+$/);
    await opt.click();
    await expect.poll(() => search(page).get('focus')).toBe(focus);
    await expect(page.locator('[data-testid="claims-panel"] li[data-in-focus]').first()).toBeVisible();
  });
});
