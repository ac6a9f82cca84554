// The schedules the panels take a new date on: after the map's frame, or (out of view) once the date
// has rested and the page is idle; a newer date cancels a hand-over not yet made.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFrame, afterRestAndIdle } from './hand-over';

let frames: Array<() => void> = [];
let idles: Array<() => void> = [];
beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  idles = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idles.push(f));
  vi.stubGlobal('cancelIdleCallback', (id: number) => (idles[id - 1] = () => {}));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const runFrames = () => frames.splice(0).forEach((f) => f());
const runIdle = () => idles.splice(0).forEach((f) => f());

describe('afterFrame', () => {
  it('runs in a task after the next animation frame, not in it', () => {
    const f = vi.fn();
    afterFrame(f);
    vi.runAllTimers();
    expect(f).not.toHaveBeenCalled();
    runFrames();
    expect(f).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(f).toHaveBeenCalledOnce();
  });
  it('is cancelled before the frame and between the frame and its task', () => {
    const a = vi.fn();
    afterFrame(a)();
    runFrames();
    vi.runAllTimers();
    const b = vi.fn();
    const cancel = afterFrame(b);
    runFrames();
    cancel();
    vi.runAllTimers();
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });
});

describe('afterRestAndIdle', () => {
  it('waits for the rest, then for an idle period', () => {
    const f = vi.fn();
    afterRestAndIdle(f, 400);
    vi.advanceTimersByTime(399);
    expect(idles).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(f).not.toHaveBeenCalled();
    runIdle();
    expect(f).toHaveBeenCalledOnce();
  });
  it('a newer date (the cancel) stops it during the rest and while it waits for idle', () => {
    const a = vi.fn();
    const cancelA = afterRestAndIdle(a, 400);
    vi.advanceTimersByTime(200);
    cancelA();
    const b = vi.fn();
    const cancelB = afterRestAndIdle(b, 400);
    vi.advanceTimersByTime(400);
    cancelB();
    vi.runAllTimers();
    runIdle();
    expect(a).not.toHaveBeenCalled();
    expect(b).not.toHaveBeenCalled();
  });
  it('runs the slices first, one per idle period; a cancel between slices stops the rest', () => {
    const order: string[] = [];
    afterRestAndIdle(() => order.push('f'), 400, [() => order.push('a'), () => order.push('b')]);
    vi.advanceTimersByTime(400);
    runIdle();
    expect(order).toEqual(['a']);
    runIdle();
    runIdle();
    expect(order).toEqual(['a', 'b', 'f']);
    const cut: string[] = [];
    const cancel = afterRestAndIdle(() => cut.push('f'), 400, [() => cut.push('a'), () => cut.push('b')]);
    vi.advanceTimersByTime(400);
    runIdle();
    cancel();
    runIdle();
    runIdle();
    expect(cut).toEqual(['a']);
  });
  it('without requestIdleCallback, runs after the rest', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const f = vi.fn();
    afterRestAndIdle(f, 400);
    vi.advanceTimersByTime(401);
    expect(f).toHaveBeenCalledOnce();
  });
});
