// Animated export in Chromium: 2025-06-01 → 2025-07-01 weekly as GIF and as WebM, each file read
// back (frame count, frame size, first and last frames differ where the date stamp is); cancel
// halfway saves nothing while the slider still answers; refused ranges; an encoder failure names
// the format and leaves the app usable. The fixture fails any test that makes a request off the
// page's origin.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input } from 'mediabunny';
import { expect, gotoApp, holdRecord, test } from './fixtures';
import { decodeGif } from './gif-decode';
import { THEME } from '../../src/symbols/theme';

const FROM = '2025-06-01';
const TO = '2025-07-01';
/** 06-01, 06-08, 06-15, 06-22, 06-29 and the last frame, 07-01. */
const WEEKLY_FRAMES = 6;
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const LAND = rgb(THEME.land);

test.describe.configure({ timeout: 240_000 });

async function setUp(page: Page, o: { from?: string; to?: string; step?: string; format?: string; size?: string; fps?: string }) {
  await gotoApp(page, `date=${TO}`);
  await page.getByTestId('anim-from').fill(o.from ?? FROM);
  await page.getByTestId('anim-to').fill(o.to ?? TO);
  await page.getByTestId('anim-step').selectOption(o.step ?? 'week');
  if (o.size) await page.getByTestId('anim-size').selectOption(o.size);
  if (o.fps) await page.getByTestId('anim-fps').selectOption(o.fps);
  if (o.format) {
    await expect(page.getByTestId('anim-format').locator(`option[value="${o.format}"]`)).toHaveCount(1);
    await page.getByTestId('anim-format').selectOption(o.format);
  }
}

async function exportFile(page: Page) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 200_000 }), page.getByTestId('anim-start').click()]);
  const bytes = await readFile(await dl.path());
  await expect(page.getByTestId('anim-status')).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
  const section = page.getByTestId('animation');
  const [x, y, w, h] = (await section.getAttribute('data-date-box'))!.split(',').map(Number) as [number, number, number, number];
  return { name: dl.suggestedFilename(), bytes, size: await section.getAttribute('data-frame-size'), frames: Number(await section.getAttribute('data-frames')), dateBox: { x, y, w, h } };
}

/** Share of pixels in `box` whose colour differs (by more than `tol` in any channel) between two RGBA frames. */
function differing(a: Uint8Array | Uint8ClampedArray, b: Uint8Array | Uint8ClampedArray, width: number, box: { x: number; y: number; w: number; h: number }, tol = 0): number {
  let n = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const p = (y * width + x) * 4;
      if (Math.abs(a[p]! - b[p]!) > tol || Math.abs(a[p + 1]! - b[p + 1]!) > tol || Math.abs(a[p + 2]! - b[p + 2]!) > tol) n++;
    }
  }
  return n / (box.w * box.h);
}

test('GIF, weekly: six 1080×1080 frames with exact theme colours; first and last differ at the date stamp', async ({ page }) => {
  await setUp(page, { format: 'gif', size: 'square' });
  await expect(page.getByTestId('anim-summary')).toContainText('6 frames');
  const f = await exportFile(page);
  expect(f.name).toBe(`territorial-control_${FROM}_${TO}_week.gif`);
  expect(f.size).toBe('1080x1080');
  const gif = decodeGif(new Uint8Array(f.bytes));
  expect([gif.width, gif.height]).toEqual([1080, 1080]);
  expect(gif.frames).toHaveLength(WEEKLY_FRAMES);
  expect(f.frames).toBe(WEEKLY_FRAMES);
  expect(gif.loops).toBe(0);
  // 2 frames per second, the last shown one second longer.
  expect(gif.frames.map((x) => x.delayMs)).toEqual([500, 500, 500, 500, 500, 1500]);
  const first = gif.frames[0]!.rgba;
  const last = gif.frames.at(-1)!.rgba;
  expect(differing(first, last, 1080, f.dateBox)).toBeGreaterThan(0.02);
  // Away from the stamp, the title row is the same in both frames.
  expect(differing(first, last, 1080, { x: 0, y: 0, w: 1080, h: 40 })).toBe(0);
  // The land colour is stored exactly (fixed palette), over a large area.
  let land = 0;
  for (let p = 0; p < first.length; p += 4) if (first[p] === LAND[0] && first[p + 1] === LAND[1] && first[p + 2] === LAND[2]) land++;
  expect(land).toBeGreaterThan(50_000);
});

test('WebM, weekly: six frames of the figure as shown, first and last differ at the date stamp', async ({ page }) => {
  await setUp(page, { format: 'webm', size: 'shown' });
  const f = await exportFile(page);
  expect(f.name).toBe(`territorial-control_${FROM}_${TO}_week.webm`);
  // EBML magic, then mediabunny's demuxer: one video track, one packet per frame.
  expect([...f.bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  const input = new Input({ source: new BufferSource(f.bytes), formats: ALL_FORMATS });
  expect(await input.getMimeType()).toMatch(/^video\/webm/);
  const track = (await input.getPrimaryVideoTrack())!;
  const mapBox = await page.getByTestId('map').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
  const width = mapBox.w + 32 - ((mapBox.w + 32) % 2);
  expect(track.codedWidth).toBe(width);
  expect(`${track.codedWidth}x${track.codedHeight}`).toBe(f.size);
  expect(track.codedHeight % 2).toBe(0);
  expect(track.codedHeight).toBeGreaterThan(mapBox.h);
  const packets: Array<{ data: string; key: boolean; timestamp: number }> = [];
  for await (const p of new EncodedPacketSink(track).packets()) packets.push({ data: Buffer.from(p.data).toString('base64'), key: p.type === 'key', timestamp: p.timestamp });
  expect(packets).toHaveLength(WEEKLY_FRAMES);
  expect(packets.map((p) => p.timestamp)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  // Decode every frame in the page (WebCodecs) and compare the first and last at the date stamp.
  const config = await track.getDecoderConfig();
  const diff = await page.evaluate(
    async ({ packets, codec, width, height, box }) => {
      const frames: Uint8ClampedArray[] = [];
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      const decoder = new VideoDecoder({
        output: (vf) => {
          ctx.drawImage(vf, 0, 0);
          vf.close();
          frames.push(ctx.getImageData(0, 0, width, height).data);
        },
        error: (e) => {
          throw e;
        },
      });
      decoder.configure({ codec, codedWidth: width, codedHeight: height });
      for (const p of packets) {
        const data = Uint8Array.from(atob(p.data), (c) => c.charCodeAt(0));
        decoder.decode(new EncodedVideoChunk({ type: p.key ? 'key' : 'delta', timestamp: Math.round(p.timestamp * 1e6), data }));
      }
      await decoder.flush();
      const count = (a: Uint8ClampedArray, b: Uint8ClampedArray, r: { x: number; y: number; w: number; h: number }) => {
        let n = 0;
        for (let y = r.y; y < r.y + r.h; y++)
          for (let x = r.x; x < r.x + r.w; x++) {
            const q = (y * width + x) * 4;
            if (Math.abs(a[q]! - b[q]!) > 40 || Math.abs(a[q + 1]! - b[q + 1]!) > 40 || Math.abs(a[q + 2]! - b[q + 2]!) > 40) n++;
          }
        return n / (r.w * r.h);
      };
      return { decoded: frames.length, stamp: count(frames[0]!, frames.at(-1)!, box), title: count(frames[0]!, frames.at(-1)!, { x: 0, y: 0, w: width, h: 30 }) };
    },
    { packets, codec: config!.codec, width: track.codedWidth, height: track.codedHeight, box: f.dateBox },
  );
  expect(diff.decoded).toBe(WEEKLY_FRAMES);
  expect(diff.stamp).toBeGreaterThan(0.02);
  expect(diff.title).toBeLessThan(0.001);
});

test('MP4: one sample per frame, the last shown for the hold time', async ({ page }) => {
  await setUp(page, { from: '2025-06-29', to: TO, format: 'mp4' });
  const f = await exportFile(page);
  expect(f.name).toBe(`territorial-control_2025-06-29_${TO}_week.mp4`);
  expect(f.bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  const input = new Input({ source: new BufferSource(f.bytes), formats: ALL_FORMATS });
  expect(await input.getMimeType()).toMatch(/^video\/mp4/);
  const track = (await input.getPrimaryVideoTrack())!;
  expect(`${track.codedWidth}x${track.codedHeight}`).toBe(f.size);
  const packets: Array<{ timestamp: number; duration: number }> = [];
  for await (const p of new EncodedPacketSink(track).packets()) packets.push({ timestamp: p.timestamp, duration: p.duration });
  // 06-29 and 07-01 at 2 frames per second, the last shown 1 s longer.
  expect(packets).toEqual([{ timestamp: 0, duration: 0.5 }, { timestamp: 0.5, duration: 1.5 }]);
});

test('cancel halfway saves nothing, stops within a frame, and the slider answers meanwhile', async ({ page }) => {
  await setUp(page, { format: 'gif', step: 'day' });
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('anim-start').click();
  const bar = page.getByTestId('anim-progress');
  await expect(bar).toHaveAttribute('max', '31');
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 120_000 }).toBeGreaterThanOrEqual(3);
  // The page answers while frames are made: the slider moves the date on screen.
  const slider = page.getByTestId('timeline-slider');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('map')).toHaveAttribute('data-date', '2025-06-30');
  await page.getByTestId('anim-cancel').click();
  await expect(page.getByTestId('anim-status')).toHaveText(/cancelled; nothing was saved/);
  await expect(bar).toHaveCount(0);
  // No frame starts after cancel; at most the one being drawn then is finished.
  const t = await page.evaluate(() => {
    const cancel = performance.getEntriesByName('territorial-map:anim-cancel')[0]!.startTime;
    const frames = performance.getEntriesByName('territorial-map:anim-frame');
    return { all: frames.length, startedAfter: frames.filter((f) => f.startTime > cancel).length, endedAfter: frames.filter((f) => f.startTime + f.duration > cancel).length };
  });
  expect(t.startedAfter).toBe(0);
  expect(t.endedAfter).toBeLessThanOrEqual(1);
  expect(t.all).toBeGreaterThanOrEqual(3);
  expect(t.all).toBeLessThan(31);
  await expect(page.getByTestId('anim-offscreen-map')).toHaveCount(0);
  expect(downloads).toBe(0);
  await expect(page.getByTestId('anim-start')).not.toHaveAttribute('aria-disabled', 'true');
});

test('an empty or reversed range is refused at the controls', async ({ page }) => {
  await setUp(page, { from: '2025-07-01', to: '2025-06-01' });
  await expect(page.getByTestId('anim-summary')).toHaveText(/reversed/);
  await expect(page.getByTestId('anim-start')).toHaveAttribute('aria-disabled', 'true');
  await page.getByTestId('anim-start').click({ force: true });
  await expect(page.getByTestId('anim-progress')).toHaveCount(0);
  await page.getByTestId('anim-to').fill('2025-07-01');
  await expect(page.getByTestId('anim-summary')).toHaveText(/empty/);
  await expect(page.getByTestId('anim-start')).toHaveAttribute('aria-disabled', 'true');
  await page.getByTestId('anim-to').fill('2025-07-15');
  await expect(page.getByTestId('anim-summary')).toHaveText(/3 frames/);
  await expect(page.getByTestId('anim-start')).not.toHaveAttribute('aria-disabled', 'true');
});

test('an encoder failure names the format and leaves the app usable', async ({ page }) => {
  // The encoder worker replaced by one that fails as an encoder would (same origin, no request out).
  await page.route(/\/assets\/encoder\.worker-[\w-]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "self.onmessage = (e) => { if (e.data.type === 'start') self.postMessage({ type: 'error', message: 'simulated encoder failure' }); };" }),
  );
  let downloads = 0;
  page.on('download', () => downloads++);
  await setUp(page, { format: 'webm' });
  await page.getByTestId('anim-start').click();
  await expect(page.getByTestId('anim-status')).toHaveText('WebM export failed: simulated encoder failure');
  await expect(page.getByTestId('anim-status')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('anim-offscreen-map')).toHaveCount(0);
  expect(downloads).toBe(0);
  // Still usable: the slider moves the map and the PNG export works.
  await page.getByTestId('timeline-slider').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('map')).toHaveAttribute('data-date', '2025-06-30');
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-png').click()]);
  expect(dl.suggestedFilename()).toBe('territorial-control_2025-06-30_2x.png');
});

/** What the map showed when a probe worker started. */
type ProbeStart = { observed?: string; snapshot: string | null; ready?: string };

test.describe('the encoder probe waits for the page to settle', () => {
  // Each probe worker's start, with what the map showed then (the probe opens the media stack,
  // which in Chromium shares the GPU process with the map's frames).
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const W = window.Worker;
      const starts: ProbeStart[] = [];
      (window as unknown as { probeStarts: typeof starts }).probeStarts = starts;
      window.Worker = class extends W {
        constructor(url: string | URL, opts?: WorkerOptions) {
          if (opts?.name === 'animation-probe') {
            const m = document.querySelector<HTMLElement>('[data-testid="map"]');
            starts.push({ observed: m?.dataset.observed, snapshot: m?.dataset.observedSnapshot ?? null, ready: m?.dataset.ready });
          }
          super(url, opts);
        }
      };
    });
  });
  const starts = (page: Page) => page.evaluate(() => (window as unknown as { probeStarts: ProbeStart[] }).probeStarts);
  // after the record is decoded and drawn, which takes seconds of software WebGL
  const probed = (page: Page) => expect(page.getByTestId('anim-format').locator('option[value="gif"]')).toHaveCount(1, { timeout: 45_000 });

  test('not while the record loads; once it is drawn and the map idle', async ({ page }) => {
    const release = await holdRecord(page);
    await gotoApp(page, `date=${TO}`);
    test.skip((await page.getByTestId('observed-legend').getAttribute('data-included')) === 'false', 'dist/ was built with OBSERVED_DIR=none');
    await expect(page.getByTestId('map')).toHaveAttribute('data-observed', 'loading');
    // Before, the probe started at the first idle: this wait is what it would have had.
    await page.waitForTimeout(1500);
    expect(await starts(page)).toEqual([]);
    await expect(page.getByTestId('anim-format')).toBeDisabled();
    release();
    await probed(page);
    const [first, ...rest] = await starts(page);
    expect(rest).toEqual([]);
    expect(first).toEqual({ observed: 'ready', snapshot: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), ready: 'true' });
  });

  test('at once when the reader reaches the controls', async ({ page }) => {
    await holdRecord(page);
    await gotoApp(page, `date=${TO}`);
    test.skip((await page.getByTestId('observed-legend').getAttribute('data-included')) === 'false', 'dist/ was built with OBSERVED_DIR=none');
    await page.getByTestId('anim-step').focus();
    await probed(page);
    expect(await starts(page)).toEqual([{ observed: 'loading', snapshot: null, ready: 'true' }]);
  });
});

test.describe('a build with DeepState snapshots (OBSERVED_DIR)', () => {
  const OBSERVED_URL = process.env.E2E_OBSERVED_URL ?? '';
  test.skip(!OBSERVED_URL, 'no observed build: run npm test with ../shared/fixtures/observed present, or set E2E_OBSERVED_DIST to a dist built with OBSERVED_DIR');
  test.use({ baseURL: OBSERVED_URL || undefined });

  test('every GIF frame draws the observed area and its legend swatch in the exact theme colour', async ({ page }) => {
    await setUp(page, { from: '2025-06-29', to: '2025-07-01', step: 'day', format: 'gif' });
    const f = await exportFile(page);
    const gif = decodeGif(new Uint8Array(f.bytes));
    expect(gif.frames).toHaveLength(3);
    // THEME.observedFill at THEME.observedOpacity over land, and over the white page (legend swatch).
    const a = THEME.observedOpacity;
    const blend = (base: number[]) => rgb(THEME.observedFill).map((c, i) => Math.round(c * a + base[i]! * (1 - a)));
    const overLand = blend(LAND);
    const overWhite = blend([255, 255, 255]);
    const mapBottom = f.dateBox.y + f.dateBox.h;
    for (const fr of gif.frames) {
      let map = 0;
      let legend = 0;
      for (let p = 0, i = 0; p < fr.rgba.length; p += 4, i++) {
        const y = Math.floor(i / gif.width);
        const is = (c: number[]) => fr.rgba[p] === c[0] && fr.rgba[p + 1] === c[1] && fr.rgba[p + 2] === c[2];
        if (y < mapBottom && is(overLand)) map++;
        if (y > mapBottom && is(overWhite)) legend++;
      }
      expect(map).toBeGreaterThan(1000);
      expect(legend).toBeGreaterThan(100);
    }
  });
});
