// The benchmark's pure figure code (bench/figures.ts): the one percentile definition, paired
// ratios, byte classes, draw calls at the first idle and the budget checks.
import { describe, expect, it } from 'vitest';
import { BUDGET, classifyFiles, countRatio, drawsAtIdle, figure, longTasksIn, formatTable, markdownTable, median, pairedRatio, percentile, tableRows } from './figures';

describe('percentile (type 7, linear between closest ranks)', () => {
  it('interpolates between ranks', () => {
    // n = 4: rank of p95 is 3 × 0.95 = 2.85 → 30 + 0.85 × 10
    expect(percentile([10, 20, 30, 40], 95)).toBeCloseTo(38.5, 10);
    expect(percentile([10, 20, 30, 40], 50)).toBe(25);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40], 100)).toBe(40);
  });
  it('does not depend on the order of the sample and does not sort it in place', () => {
    const xs = [5, 1, 4, 2, 3];
    expect(percentile(xs, 50)).toBe(3);
    expect(xs).toEqual([5, 1, 4, 2, 3]);
    expect(percentile([3, 1, 2], 75)).toBe(percentile([1, 2, 3], 75));
  });
  it('matches the textbook values on 1…20', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    // rank 19 × 0.95 = 18.05 → 19 + 0.05
    expect(percentile(xs, 95)).toBeCloseTo(19.05, 10);
    expect(median(xs)).toBe(10.5);
  });
  it('a single value is every percentile', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 95)).toBe(7);
  });
  it('NaN for an empty sample, errors for bad input', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(/0…100/);
    expect(() => percentile([1], -1)).toThrow(/0…100/);
    expect(() => percentile([1, NaN], 50)).toThrow(/NaN/);
  });
});

describe('pairedRatio', () => {
  it('is the median of per-pair ratios, not the ratio of medians', () => {
    // pairs: 2, 3, 10 → median 3; ratio of medians would be 300 / 100 = 3 too, so make them differ
    expect(pairedRatio([200, 300, 1000], [100, 100, 100])).toBe(3);
    expect(pairedRatio([100, 400, 90], [100, 100, 10])).toBe(4);
  });
  it('refuses unpaired runs', () => {
    expect(() => pairedRatio([1, 2], [1])).toThrow(/2 app runs against 1 floor/);
  });
});

describe('classifyFiles', () => {
  it('splits a load into MapLibre, JS beyond it, geo and observed bytes', () => {
    const c = classifyFiles([
      { path: '/', raw: 1000, gz: 500 },
      { path: '/assets/index-abc.js', raw: 9000, gz: 3000 },
      { path: '/assets/maplibre-x1.js', raw: 90000, gz: 30000 },
      { path: '/assets/maplibre-gl-worker-Yz.mjs', raw: 50000, gz: 20000 },
      { path: '/geo/map.topojson', raw: 80000, gz: 36000 },
      { path: '/data/observed.json', raw: 600000, gz: 230000 },
      { path: '/assets/font.woff2', raw: 40000, gz: 40000 },
    ]);
    expect(c).toEqual({ jsBeyondMaplibre: 3000, maplibre: 50000, geo: 36000, observed: 230000, total: 359500, workerSeen: true });
  });
});

describe('drawsAtIdle', () => {
  const batches = [
    { at: 100, draws: 12 },
    { at: 200, draws: 80 },
    { at: 300, draws: 95 },
    { at: 400, draws: 40 },
  ];
  it('takes the last frame drawn at or before the first idle', () => {
    expect(drawsAtIdle(batches, 300)).toBe(95);
    expect(drawsAtIdle(batches, 350)).toBe(95);
    expect(drawsAtIdle(batches, 1000)).toBe(40);
  });
  it('errors when nothing was drawn before the idle', () => {
    expect(() => drawsAtIdle(batches, 50)).toThrow(/no draw call/);
  });
});

describe('figure and the budget table', () => {
  it('checks a ratio figure against its budget', () => {
    const f = figure('stepP95', 'timeline step p95', 'ms', 20, 10);
    expect(f.ratio).toBe(2);
    expect(f.met).toBe(BUDGET.stepP95 >= 2);
    expect(figure('stepP95', 's', 'ms', 21, 10).met).toBe(false);
  });
  it('uses a given paired ratio instead of app / floor', () => {
    const f = figure('firstIdle', 'first idle', 'ms', 3000, 1000, { ratio: 1.4 });
    expect(f.ratio).toBe(1.4);
    expect(f.met).toBe(true);
  });
  it('checks absolute figures against the budget itself', () => {
    expect(figure('geoKB', 'geo', 'KB', 36.2, null).met).toBe(true);
    expect(figure('jsBeyondMaplibreKB', 'js', 'KB', 121, null).met).toBe(false);
  });
  it('a figure that was not measured is neither met nor missed', () => {
    const f = figure('scrubP95', 'scrub', 'ms', null, null, { note: 'no observed record' });
    expect(f.met).toBeNull();
    expect(f.ratio).toBeNull();
    expect(tableRows([f])[1]!.at(-1)).toBe('n/a (no observed record)');
  });
  it('prints aligned text and Markdown', () => {
    const rows = tableRows([figure('programs', 'shader programs', '', 12, 6), figure('geoKB', 'geo payload (gz)', 'KB', 36.24, null)]);
    expect(rows[1]).toEqual(['shader programs', '12', '6', '×2', '≤ ×2', 'yes']);
    expect(rows[2]).toEqual(['geo payload (gz)', '36.2 KB', '–', '', '≤ 60 KB', 'yes']);
    const text = formatTable(rows).split('\n');
    expect(text).toHaveLength(3);
    expect(text[1]!.indexOf('12')).toBe(text[0]!.indexOf('app'));
    expect(markdownTable(rows).split('\n')[1]).toBe('| --- | --- | --- | --- | --- | --- |');
  });
});

describe('long tasks and the frame after a step', () => {
  it('counts long tasks over 50 ms within the window of the steps only', () => {
    const tasks = [
      { start: 90, duration: 200 }, // before the steps (the load)
      { start: 100, duration: 51 },
      { start: 150, duration: 50 }, // not over 50 ms
      { start: 300, duration: 80 },
      { start: 301, duration: 70 }, // after the window
    ];
    expect(longTasksIn(tasks, 100, 300)).toBe(2);
    expect(longTasksIn([], 0, 1e9)).toBe(0);
  });
  it('a count ratio is app / floor, 0 / 0 is ×1 and n / 0 is infinite', () => {
    expect(countRatio(3, 2)).toBe(1.5);
    expect(countRatio(0, 0)).toBe(1);
    expect(countRatio(0, 4)).toBe(0);
    expect(countRatio(2, 0)).toBe(Infinity);
    expect(() => countRatio(-1, 0)).toThrow(/≥ 0/);
  });
  it('long tasks meet the budget only when the app has no more than the floor', () => {
    expect(figure('longTasks', 'long tasks', '', 0, 0, { ratio: countRatio(0, 0) }).met).toBe(true);
    expect(figure('longTasks', 'long tasks', '', 1, 1, { ratio: countRatio(1, 1) }).met).toBe(true);
    const f = figure('longTasks', 'long tasks', '', 3, 0, { ratio: countRatio(3, 0) });
    expect(f.met).toBe(false);
    expect(tableRows([f])[1]).toEqual(['long tasks', '3', '0', '×∞', '≤ ×1', 'NO']);
  });
  it('the frame after a step, for steps and for the scrub, stays within ×2 the floor', () => {
    expect(figure('stepFrameP95', 'to the frame after', 'ms', 40, 20).met).toBe(true);
    expect(figure('stepFrameP95', 'to the frame after', 'ms', 128.6, 20.2).met).toBe(false);
    expect(figure('scrubFrameP95', 'scrub, to the frame after', 'ms', 45.7, 22.8).met).toBe(false);
    expect(tableRows([figure('scrubFrameP95', 'f', 'ms', 30, 20)])[1]!.slice(3)).toEqual(['×1.5', '≤ ×2', 'yes']);
  });
});
