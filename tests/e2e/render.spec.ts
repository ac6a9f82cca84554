// Render test in the manner of MapLibre's: fixed input (date, size, language) → expected PNG,
// compared with a pixel tolerance. After an intended visual change, regenerate with
//   npm run build && npx playwright test render --update-snapshots
// and look at the new PNG before committing it.
import type { Page } from '@playwright/test';
import { expect, gotoApp, test } from './fixtures';

const OBSERVED_URL = process.env.E2E_OBSERVED_URL ?? '';

test.use({ viewport: { width: 1000, height: 760 }, deviceScaleFactor: 1 });

test('render: the map on 2025-07-01 (article date) matches the expected image', async ({ page }) => {
  await gotoApp(page, 'date=2025-07-01&lang=en', { record: true });
  // No fixed wait for the symbols' fade-in: toHaveScreenshot retakes the screenshot until two in a
  // row are identical, then compares.
  await expect(page.getByTestId('map')).toHaveScreenshot('map-2025-07-01.png', {
    maxDiffPixelRatio: 0.005,
    threshold: 0.15,
    animations: 'disabled',
  });
});

test('render: the map changes between 2014-03-01 and 2025-07-01', async ({ page }) => {
  await gotoApp(page, 'date=2014-03-01&lang=en', { record: true });
  const before = await page.getByTestId('map').screenshot();
  await gotoApp(page, 'date=2025-07-01&lang=en', { record: true });
  const after = await page.getByTestId('map').screenshot();
  expect(before.equals(after)).toBe(false);
});

// With the record: the observed occupied area of 30 June 2025 under the claims, from the default build
// when it ships the packed history, and from the observed build (E2E_OBSERVED_DIST) when there is
// one; each skips with a message when its build has no record. Both match one expected image.
// Regenerate as above, with the record in the build.
async function renderRecord(page: Page) {
  await gotoApp(page, 'date=2025-06-30&lang=en');
  test.skip((await page.getByTestId('observed-legend').getAttribute('data-included')) !== 'true', 'this build has no observed record');
  await expect(page.getByTestId('map')).toHaveAttribute('data-observed-snapshot', '2025-06-30');
  // No sleep for the symbol fade-in: toHaveScreenshot waits for two identical consecutive captures.
  await expect(page.getByTestId('map')).toHaveScreenshot('map-2025-06-30-record.png', {
    maxDiffPixelRatio: 0.005,
    threshold: 0.15,
    animations: 'disabled',
  });
}

test('render: the map on 2025-06-30 with the observed layer (default build)', async ({ page }) => {
  await renderRecord(page);
});

test.describe('observed build', () => {
  test.skip(!OBSERVED_URL, 'no observed build: set E2E_OBSERVED_DIST to a dist built with OBSERVED_DIR');
  test.use({ baseURL: OBSERVED_URL || undefined });
  test('render: the map on 2025-06-30 with the observed layer (observed build)', async ({ page }) => {
    await renderRecord(page);
  });
});
