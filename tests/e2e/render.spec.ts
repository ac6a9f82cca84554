// Render test in the manner of MapLibre's: fixed input (date, size, language) → expected PNG,
// compared with a pixel tolerance. After an intended visual change, regenerate with
//   npm run build && npx playwright test render --update-snapshots
// and look at the new PNG before committing it.
import { expect, gotoApp, test } from './fixtures';

test.use({ viewport: { width: 1000, height: 760 }, deviceScaleFactor: 1 });

test('render: the map on 2025-07-01 (article date) matches the expected image', async ({ page }) => {
  await gotoApp(page, 'date=2025-07-01&lang=en', { evidence: true });
  // No fixed wait for the symbols' fade-in: toHaveScreenshot retakes the screenshot until two in a
  // row are identical, then compares.
  await expect(page.getByTestId('map')).toHaveScreenshot('map-2025-07-01.png', {
    maxDiffPixelRatio: 0.005,
    threshold: 0.15,
    animations: 'disabled',
  });
});

test('render: the map changes between 2014-03-01 and 2025-07-01', async ({ page }) => {
  await gotoApp(page, 'date=2014-03-01&lang=en', { evidence: true });
  const before = await page.getByTestId('map').screenshot();
  await gotoApp(page, 'date=2025-07-01&lang=en', { evidence: true });
  const after = await page.getByTestId('map').screenshot();
  expect(before.equals(after)).toBe(false);
});
