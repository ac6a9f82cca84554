import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenPresented } from './draw-picture';

type Entries = Array<{ identifier?: string }>;

/** A stand-in for the browser's PerformanceObserver: the test delivers entries by hand. */
function fakeObserver(types: string[]) {
  const observers: Array<{ cb: (l: { getEntries: () => Entries }) => void; disconnected: boolean }> = [];
  class Fake {
    static supportedEntryTypes = types;
    private o: (typeof observers)[number];
    constructor(cb: (l: { getEntries: () => Entries }) => void) {
      this.o = { cb, disconnected: false };
      observers.push(this.o);
    }
    observe() {}
    disconnect() {
      this.o.disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', Fake);
  return (entries: Entries) => observers.filter((o) => !o.disconnected).forEach((o) => o.cb({ getEntries: () => entries }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenPresented', () => {
  it('runs once the marked element is reported, not for other marks, and only once', () => {
    vi.useFakeTimers();
    const deliver = fakeObserver(['element', 'paint']);
    const f = vi.fn();
    whenPresented('map-picture', 1000, f);
    deliver([{ identifier: 'something-else' }]);
    expect(f).not.toHaveBeenCalled();
    deliver([{ identifier: 'map-picture' }]);
    expect(f).toHaveBeenCalledTimes(1);
    deliver([{ identifier: 'map-picture' }]);
    vi.advanceTimersByTime(2000);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('runs after the wait when no entry comes', () => {
    vi.useFakeTimers();
    fakeObserver(['element']);
    const f = vi.fn();
    whenPresented('map-picture', 1000, f);
    vi.advanceTimersByTime(999);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('falls back to a painted frame where Element Timing is missing', () => {
    vi.useFakeTimers();
    fakeObserver(['paint']);
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    const f = vi.fn();
    whenPresented('map-picture', 1000, f);
    expect(frames).toHaveLength(1);
    frames[0]!();
    vi.advanceTimersByTime(0);
    expect(f).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(f).toHaveBeenCalledTimes(1);
  });
});
