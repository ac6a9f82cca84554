import { test, expect, gotoApp, MAP_READY } from './fixtures';

test('the app loads offline and the map becomes ready', async ({ page }) => {
  await gotoApp(page);
  await expect(page).toHaveTitle(/Ukraine/);
  await expect(page.locator(MAP_READY)).toHaveCount(1);
});
