import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  WINDOW_PX_PER_DAY,
  fractionOf,
  indexAtPointer,
  linearScale,
  placeWindow,
  pxPerDay,
  twoScale,
  windowSpan,
  type Scale,
} from './timeline';

// A range like the app's: claims from 2014 (day 0), a daily record starting thousands of days later.
const setup = fc
  .record({ total: fc.integer({ min: 30, max: 6000 }), recordShare: fc.double({ min: 0.01, max: 0.99, noNaN: true }), width: fc.integer({ min: 200, max: 2000 }), left: fc.integer({ min: 0, max: 500 }) })
  .map(({ total, recordShare, width, left }) => ({ total, recordStart: Math.max(1, Math.min(total - 1, Math.round(total * (1 - recordShare)))), width, left }));

const px = (scale: Scale, i: number, left: number, width: number) => left + fractionOf(scale, i) * width;

describe('timeline scales, pointer ⇄ date', () => {
  it('the overview: a pointer anywhere lands on a day whose mark is within half a day (of its segment) of the pointer', () => {
    fc.assert(
      fc.property(setup, fc.double({ min: 0, max: 1, noNaN: true }), ({ total, recordStart, width, left }, f) => {
        const scale = twoScale(total, recordStart);
        const x = left + f * width;
        const i = indexAtPointer(scale, x, left, width);
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThanOrEqual(total);
        const seg = scale.find((s) => i >= s.from && i <= s.to)!;
        const halfDay = pxPerDay(seg, width) / 2;
        // near the joint the day may belong to the neighbouring segment: allow the larger half-day
        const slack = Math.max(...scale.map((s) => pxPerDay(s, width) / 2));
        expect(Math.abs(px(scale, i, left, width) - x)).toBeLessThanOrEqual(Math.max(halfDay, slack) + 1e-6);
      }),
    );
  });

  it('the overview: every day drawn at least a pixel from its neighbours maps back to itself', () => {
    fc.assert(
      fc.property(setup, fc.double({ min: 0, max: 1, noNaN: true }), ({ total, recordStart, width, left }, f) => {
        const scale = twoScale(total, recordStart);
        const i = Math.round(f * total);
        const seg = scale.find((s) => i >= s.from && i <= s.to)!;
        fc.pre(pxPerDay(seg, width) >= 1);
        expect(indexAtPointer(scale, px(scale, i, left, width), left, width)).toBe(i);
      }),
    );
  });

  it('the overview is monotonic and squeezes only the years before the record', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 6000 }), ({ total, recordStart }, a, b) => {
        const scale = twoScale(total, recordStart);
        const [i, j] = [Math.min(a, b, total), Math.min(Math.max(a, b), total)];
        expect(fractionOf(scale, i)).toBeLessThanOrEqual(fractionOf(scale, j));
        expect(fractionOf(scale, recordStart)).toBeCloseTo(scale[0]!.x1, 9);
      }),
    );
  });

  it('the detail rail: every day of its window maps to a pointer position and back, at ≥ 2 px per day', () => {
    fc.assert(
      fc.property(setup, fc.integer({ min: 0, max: 6000 }), fc.double({ min: 0, max: 1, noNaN: true }), ({ total, width, left }, at, f) => {
        const span = windowSpan(width, total);
        const start = placeWindow(0, Math.min(at, total), span, total);
        const scale = linearScale(start, start + span);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(start + span).toBeLessThanOrEqual(total);
        expect(pxPerDay(scale[0]!, width)).toBeGreaterThanOrEqual(2);
        const i = start + Math.round(f * span);
        expect(indexAtPointer(scale, px(scale, i, left, width), left, width)).toBe(i);
        // and a pointer 10 px away lands at most 5 days away
        const moved = indexAtPointer(scale, px(scale, i, left, width) + 10, left, width);
        expect(Math.abs(moved - i)).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('the window keeps the date inside it (with its margin where there is room)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 6000 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 6000 }), (total, w, s0, v0) => {
        const span = windowSpan(w * WINDOW_PX_PER_DAY, total);
        const value = v0 % (total + 1);
        const start = placeWindow(s0 % (total + 1), value, span, total);
        expect(value).toBeGreaterThanOrEqual(start);
        expect(value).toBeLessThanOrEqual(start + span);
        // a date already well inside leaves the window where it is
        const again = placeWindow(start, value, span, total);
        expect(again).toBe(start);
      }),
    );
  });
});

describe('timeline scales, examples', () => {
  it('gives the committed record (2024-07-08 … 2025-12-31 after claims from 2014-02-20) 70 % of the overview', () => {
    const total = 4332; // 2014-02-20 → 2025-12-31
    const recordStart = 3791; // 2024-07-08
    const s = twoScale(total, recordStart);
    expect(fractionOf(s, recordStart)).toBeCloseTo(0.3, 9);
    expect(fractionOf(s, total)).toBe(1);
    expect(twoScale(total, null)).toEqual(linearScale(0, total));
  });
  it('shows the whole range in the window when it fits at 2.5 px a day', () => {
    expect(windowSpan(1000, 300)).toBe(300);
    expect(windowSpan(700, 4332)).toBe(280);
    expect(placeWindow(0, 4332, 280, 4332)).toBe(4052);
  });
});
