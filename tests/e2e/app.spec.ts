import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, gotoApp, MAP_READY, stepDays, test } from './fixtures';

const row = (id: string) => `[data-testid="status-table"] tr[data-oblast="${id}"]`;
const dachne = '[data-testid="place-dachne-capture-2025#0"]';
const dateOf = (url: string) => new URL(url).searchParams.get('date');

test.describe('the map page', () => {
  test('loads with the article date, a title, the legend and 27 table rows', async ({ page }) => {
    await gotoApp(page);
    await expect(page).toHaveTitle(/Ukraine/);
    expect(dateOf(page.url())).toBe('2025-07-01');
    await expect(page.locator('[data-testid="status-table"] tbody tr')).toHaveCount(27);
    await expect(page.locator('[data-testid="legend"] li')).not.toHaveCount(0);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
  });

  test('Luhansk: full control not claimed on 29 June 2025, claimed on 30 June', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-29');
    const before = page.locator(row('UA-09'));
    await expect(before).toHaveAttribute('data-headline', 'annexation');
    await expect(before).not.toContainText('Full control claimed by Russia');
    await expect(before.locator('li[data-claim="luhansk-full-control-2025"]')).toHaveCount(0);

    await stepDays(page, 1, '2025-06-30');
    const after = page.locator(row('UA-09'));
    await expect(after).toHaveAttribute('data-headline', 'full-control');
    await expect(after).toContainText('Full control claimed by Russia: claimed');
    await expect(after.locator('li[data-claim="luhansk-full-control-2025"] [data-status]')).toHaveAttribute('data-status', 'claimed');
    await expect(after).toContainText('30 June 2025');
    // The claim was Pasechnik's on Channel One; the primary source is TASS (the Telegraph is in the history).
    await expect(after).toContainText('TASS');
  });

  test('Dachne follows the date: nothing, claimed, then disputed from the first denial', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-29');
    await expect(page.locator(dachne)).toBeHidden();
    await expect(page.locator(row('UA-12'))).toContainText('No claim on this date');

    await stepDays(page, 2, '2025-07-01');
    await expect(page.locator(dachne)).toHaveAttribute('data-status', 'claimed');
    await expect(page.locator(dachne)).toHaveAttribute('aria-label', 'Dachne: capture claimed');
    await expect(page.locator(row('UA-12'))).toContainText('Claimed capture of Dachne: claimed');

    await stepDays(page, 1, '2025-07-02');
    await expect(page.locator(dachne)).toHaveAttribute('data-status', 'disputed');
    await expect(page.locator(row('UA-12'))).toContainText('Claimed capture of Dachne: disputed');
  });

  test('Dachne from 8 July: the independent assessments\' findings, not the parties\' later statements', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-08');
    await expect(page.locator(dachne)).toHaveAttribute('data-status', 'assessed');
    await expect(page.locator(dachne)).toHaveAttribute('aria-label', 'Dachne: assessed (Emil Kastehelmi, Black Bird Group): grey zone');
    await expect(page.locator(row('UA-12'))).toContainText('Claimed capture of Dachne: assessed (Emil Kastehelmi, Black Bird Group): grey zone');
    await expect(page.locator('[data-testid="legend"] li[data-symbol="assessedContested"]')).toHaveAttribute('data-visible', 'true');
    await expect(page.locator('[data-testid="legend"] li[data-symbol="disputed"]')).toHaveAttribute('data-visible', 'false');

    // A later denial (10 August) does not undo the finding; DeepState on 1 September: not held.
    await gotoApp(page, 'date=2025-08-10');
    await expect(page.locator(row('UA-12'))).toContainText('Claimed capture of Dachne: assessed (DeepState): grey zone');
    await gotoApp(page, 'date=2025-09-01');
    await expect(page.locator(row('UA-12'))).toContainText('Claimed capture of Dachne: assessed (DeepState): not under Russian control');
  });

  test('Ukrainian: Dachne\'s finding and the troop region report', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-08&lang=uk');
    await expect(page.locator(row('UA-12'))).toContainText('Заявлене захоплення: Дачне: оцінка (Еміль Кастехельмі, Black Bird Group): сіра зона');
    await expect(page.locator(row('UA-59'))).toContainText('Повідомлення про скупчення військ в області');
    await expect(page.locator('[data-testid="place-troops-sumy-kharkiv-2025#0"]')).toHaveAttribute('aria-label', /повідомлено про скупчення військ в області/);
  });

  test('Ukrainian: the claim detail shows claimant, speakers, notes and place in Ukrainian, coordinates to their precision', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-08&lang=uk');
    await page.locator(dachne).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid="claim-detail"]');
    await expect(detail.getByTestId('claimant')).toHaveText(/^Володимир Рогов/);
    await expect(detail.getByTestId('claimant')).toHaveAttribute('lang', 'uk');
    await expect(detail.getByTestId('coords')).toHaveText('48,08° пн. ш., 36,68° сх. д., ±4 км');
    await expect(detail).toContainText('Новопавлівська громада');
    await expect(detail.locator('li.event').nth(1).locator('.speaker')).toContainText('Генеральний штаб Збройних сил України');
    await expect(detail.locator('li.event').nth(0).locator('.note')).toHaveAttribute('lang', 'uk');
    await expect(detail).not.toContainText('Russian-installed official');
  });

  test('Enter on the Dachne marker opens its history with quotes, sources and dates', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-08');
    await page.locator(dachne).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid="claim-detail"]');
    await expect(detail).toHaveAttribute('data-claim', 'dachne-capture-2025');
    await expect(detail.locator('li.event')).toHaveCount(9);
    await expect(detail).toContainText('Dachne remains under the control of Ukraine');
    await expect(detail).toContainText('Ukrainska Pravda');
    await expect(detail).toContainText('2 July 2025');
    await expect(detail).toContainText('Vladimir Rogov');
    await expect(detail.locator('li.event.future')).toHaveCount(4);
    // The Kyiv Independent's reported speech of Trehubov: labelled, no quotation marks.
    const trehubov = detail.locator('li.event').nth(3);
    await expect(trehubov.locator('[data-quote-kind="paraphrase"]')).toContainText('reported speech, not a direct quote');
    await expect(trehubov.locator('blockquote')).toHaveCount(0);
    await expect(trehubov).not.toContainText('“Dachne is under');
    await expect(detail.locator('li.event').nth(1).locator('blockquote[data-quote-kind="verbatim"]')).toContainText('“Russian propaganda');
    await expect(detail.locator('li.event').nth(4).locator('[data-finding="contested"]')).toHaveText('assessed (Emil Kastehelmi, Black Bird Group): grey zone');
    await expect(detail).toContainText('estimate');
    await expect(detail.getByTestId('coords')).toHaveText('48.08° N, 36.68° E, ±4 km');
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
  });

  test('keyboard on the slider changes the date in the URL; back restores it', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01');
    const slider = page.getByTestId('timeline-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => dateOf(page.url())).toBe('2025-07-02');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Wednesday, 2 July 2025');
    await page.keyboard.press('PageUp');
    await expect.poll(() => dateOf(page.url())).toBe('2025-08-02');
    await page.keyboard.press('Home');
    await expect.poll(() => dateOf(page.url())).toBe('2014-02-20');
    await page.locator(MAP_READY).waitFor({ state: 'attached' });
    await page.waitForTimeout(700); // let the burst end so the next change is its own history entry
    await page.keyboard.press('End');
    // the timeline ends at the last claim event, or at the last observed snapshot when the build ships a later one
    const withRecord = (await page.getByTestId('observed-legend').getAttribute('data-included')) === 'true';
    await expect.poll(() => dateOf(page.url())).toBe(withRecord ? '2026-05-31' : '2025-09-01');
    await page.goBack();
    await expect.poll(() => dateOf(page.url())).toBe('2014-02-20');
    await expect(slider).toHaveAttribute('aria-valuetext', /20 February 2014/);
  });

  test('the advance-rate chart shows 240 and 588 and a bar click moves the timeline', async ({ page }) => {
    await gotoApp(page, 'date=2025-07-01');
    // With the whole record (18 months) the month buttons carry the figures in their names, and the
    // chart labels the selected month's bars.
    const march = page.getByRole('button', { name: /^Mar 25: .*240/ });
    await expect(march).toBeVisible();
    await expect(page.getByRole('button', { name: /^Jun 25: .*588/ })).toBeVisible();
    await march.click();
    await expect.poll(() => dateOf(page.url())).toBe('2025-03-31');
    await expect(page.getByTestId('gains-chart')).toContainText('240');
    // the projection on ISW's series (the default build also offers DeepState's)
    await page.getByTestId('gains-series').getByRole('button', { name: 'ISW' }).click();
    await expect(page.getByTestId('gains-years')).toContainText('170');
  });

  test('bad URL values fall back to defaults and the URL is corrected', async ({ page }) => {
    await gotoApp(page, 'date=2031-99-99&lang=xx&foo=<b>bar</b>');
    expect(dateOf(page.url())).toBe('2025-07-01');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.has('foo')).toBe(false);
    await gotoApp(page, 'date=1999-01-01');
    expect(dateOf(page.url())).toBe('2014-02-20');
  });

  test('Ukrainian: labels, table and html lang follow ?lang=uk', async ({ page }) => {
    await gotoApp(page, 'date=2025-06-30&lang=uk');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.locator(row('UA-09'))).toContainText('Луганська');
    await expect(page.locator(row('UA-09'))).toContainText('Заявлений Росією повний контроль: заявлено');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the "buffer zone" appears from 22 May 2025, depth not stated, its band labelled as an illustration', async ({ page }) => {
    await gotoApp(page, 'date=2025-05-21');
    await expect(page.locator('[data-testid="legend"] li[data-symbol="zone"]')).toHaveAttribute('data-visible', 'false');
    await stepDays(page, 1, '2025-05-22');
    const legendZone = page.locator('[data-testid="legend"] li[data-symbol="zone"]');
    await expect(legendZone).toHaveAttribute('data-visible', 'true');
    await expect(legendZone).toContainText('depth not stated');
    await expect(legendZone).toContainText('illustration of an analyst’s 30 km');
    await expect(page.locator(row('UA-09'))).not.toContainText('Buffer zone');
    await expect(page.locator(row('UA-74'))).toContainText('“Buffer zone” announced (depth not stated): claimed');
    await page.locator('[data-testid="claims-panel"] li[data-claim="buffer-zone-2025"] button').click();
    await expect(page.getByTestId('claim-detail')).toContainText('“Buffer zone” announced (depth not stated)');
    await expect(page.getByTestId('claim-detail')).toContainText('an illustration of the analyst’s 30 km');
    // the area of the band clipped to Sumy, Kharkiv and Chernihiv oblasts, as built into public/geo
    const band = JSON.parse(readFileSync(join(process.cwd(), 'public/geo/buffer-zone.geojson'), 'utf8')).features[0].properties;
    expect(band.area_km2).toBeGreaterThan(20_000);
    expect(band.area_km2).toBeLessThan(25_000);
    await expect(page.getByTestId('zone-area')).toHaveText(`${band.area_km2.toLocaleString('en')} km²`);
  });
});
