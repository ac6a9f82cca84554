// Observed control in the page. The build with DeepState snapshots is made by scripts/test-all.mjs
// (npm test) from ../shared/fixtures/observed and served beside dist/ (E2E_OBSERVED_DIST, see
// playwright.config.ts); without it those tests skip with a message.
import { expect, gotoApp, test } from './fixtures';

const OBSERVED_URL = process.env.E2E_OBSERVED_URL ?? '';

test.describe('a build without observed data', () => {
  test('says in the legend how to add it', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30');
    const note = page.getByTestId('observed-legend');
    test.skip((await note.getAttribute('data-included')) === 'true', 'dist/ was built with OBSERVED_DIR');
    await expect(note).toHaveText('Observed data not included in this build — see README: OBSERVED_DIR');
    await expect(page.getByTestId('claims-vs-observed')).toHaveCount(0);
    await expect(page.getByTestId('observed-gains')).toHaveCount(0);
  });
});

test.describe('a build with DeepState snapshots (OBSERVED_DIR)', () => {
  test.skip(!OBSERVED_URL, 'no observed build: run npm test with ../shared/fixtures/observed present, or set E2E_OBSERVED_DIST to a dist built with OBSERVED_DIR');
  test.use({ baseURL: OBSERVED_URL || undefined });

  test('30 June 2025: the observed layer with its snapshot date, the Luhansk line, the table column', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30');
    const legend = page.getByTestId('observed-legend');
    await expect(legend).toHaveAttribute('data-included', 'true');
    await expect(legend).toHaveAttribute('data-snapshot', '2025-06-30');
    await expect(legend).toContainText('Observed occupied area (DeepState), snapshot of 30 June 2025');
    await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-ready', 'true');

    const panel = page.getByTestId('claims-vs-observed');
    await expect(panel).toHaveAttribute('data-snapshot', '2025-06-30');
    const luhansk = panel.locator('li[data-claim="luhansk-full-control-2025"][data-oblast="UA-09"]');
    await expect(luhansk).toContainText(/Luhansk: claimed 100%, observed 98\.\d% \(±\d\.\d% boundary error\)/);
    const share = Number(await luhansk.getAttribute('data-share'));
    expect(share).toBeGreaterThan(0.975);
    expect(share).toBeLessThan(0.99);
    await expect(page.getByTestId('observed-error-band')).toContainText('Crimea and Sevastopol');
    await expect(panel.locator('li[data-claim="dachne-capture-2025"]')).toHaveCount(1);

    const row = page.locator('[data-testid="status-table"] tr[data-oblast="UA-09"] td[data-observed-share]');
    await expect(row).toHaveText(/98\.\d%/);

    // the map drew the faces of that snapshot (feature-state applied before data-ready)
    await expect(page.locator('[data-testid="map"]')).toHaveAttribute('data-observed-snapshot', '2025-06-30');
  });

  test('the chart has a second series computed from the snapshots, with the days compared', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30');
    const gains = page.getByTestId('observed-gains');
    await expect(gains).toContainText('AFP’s figures from ISW data also count areas partly controlled or claimed by Russia');
    const june = gains.locator('li[data-month="2025-06"]');
    await expect(june).toHaveAttribute('data-from', '2025-06-01');
    await expect(june).toHaveAttribute('data-to', '2025-06-30');
    await expect(page.getByTestId('gains-chart')).toContainText('Computed from DeepState snapshots');
  });

  test('before the first snapshot the layer is empty and the legend says so; Ukrainian strings', async ({ page }) => {
    await gotoApp(page, 'date=2025-02-01&lang=uk');
    await expect(page.getByTestId('observed-legend')).toHaveAttribute('data-snapshot', '');
    await expect(page.getByTestId('observed-legend')).toContainText('немає знімка');
    await expect(page.getByTestId('claims-vs-observed')).toContainText('Немає знімка DeepState');
  });
});
