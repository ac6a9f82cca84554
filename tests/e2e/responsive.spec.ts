import { expect, gotoApp, test } from './fixtures';

const dateOf = (url: string) => new URL(url).searchParams.get('date');

test.describe('small screens', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('375 px: the map, timeline and table fit without horizontal scrolling', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const map = await page.getByTestId('map').boundingBox();
    expect(map!.width).toBeGreaterThan(360);
    expect(map!.height).toBeGreaterThan(300);
    await expect(page.getByTestId('timeline-slider')).toBeVisible();
    await expect(page.locator('[data-testid="status-table"] tbody tr')).toHaveCount(27);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('play jumps from event to event instead of animating day by day', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-01');
    await page.getByTestId('play').click();
    await expect.poll(() => dateOf(page.url()), { timeout: 5_000 }).toBe('2025-06-30');
    await page.getByTestId('play').click();
  });
});

test('very long, HTML-laden and unknown URL values are corrected without errors', async ({ page }) => {
  const long = 'x'.repeat(5000);
  await gotoApp(page, `date=${long}&lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E&embed=${long}&${long}=1`);
  const u = new URL(page.url());
  expect([...u.searchParams.keys()].sort()).toEqual(['date', 'lang']);
  expect(u.searchParams.get('date')).toBe('2025-07-01');
  expect(u.searchParams.get('lang')).toBe('en');
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});
