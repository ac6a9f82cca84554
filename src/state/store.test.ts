// bindUrl: the store and the address bar, with the write taken out of the input that changed the
// state. A fake window records every history call; fake timers stand in for the delay.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindUrl, useApp } from './store';

interface Call {
  kind: 'push' | 'replace';
  url: string;
}

function fakeWindow(search: string) {
  const calls: Call[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const location = { search, hash: '' };
  const set = (kind: Call['kind']) => (_: unknown, __: string, url: string) => {
    calls.push({ kind, url });
    location.search = url.replace(/#.*$/, '');
  };
  const win = {
    location,
    navigator: { language: 'en-GB' },
    history: { pushState: set('push'), replaceState: set('replace') },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, (listeners.get(type) ?? new Set()).add(fn)),
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((fn) => fn());
  return { win: win as unknown as Window, calls, location, fire, listeners };
}

const BOUNDS = { min: '2014-02-20', max: '2025-12-31', initial: '2025-07-01' };
const WRITE_MS = 200;
const BURST_MS = 600;

describe('bindUrl', () => {
  let unbind: (() => void) | null = null;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  });
  afterEach(() => {
    unbind?.();
    unbind = null;
    vi.useRealTimers();
  });
  const bind = (search: string) => {
    const w = fakeWindow(search);
    unbind = bindUrl(BOUNDS, w.win, BURST_MS, WRITE_MS);
    return w;
  };

  it('reads the URL into the store and corrects it at once', () => {
    const w = bind('?date=2031-99-99&lang=en&foo=1');
    expect(useApp.getState().date).toBe('2025-07-01');
    expect(w.calls).toEqual([{ kind: 'replace', url: '?date=2025-07-01&lang=en' }]);
  });

  it('writes a change after the delay, not during the input that made it', () => {
    const w = bind('?date=2025-07-01&lang=en');
    useApp.getState().setDate('2025-07-02');
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(WRITE_MS - 1);
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(w.calls).toEqual([{ kind: 'push', url: '?date=2025-07-02&lang=en' }]);
  });

  it('a burst within the delay is one write, of the last state', () => {
    const w = bind('?date=2025-07-01&lang=en');
    for (let i = 0; i < 5; i++) useApp.getState().stepDays(1);
    vi.advanceTimersByTime(WRITE_MS);
    expect(w.calls).toEqual([{ kind: 'push', url: '?date=2025-07-06&lang=en' }]);
  });

  it('a drag longer than the delay pushes once, then replaces; a later change pushes again', () => {
    const w = bind('?date=2025-07-01&lang=en');
    for (let i = 0; i < 10; i++) {
      useApp.getState().stepDays(1);
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(WRITE_MS);
    expect(w.calls.map((c) => c.kind)).toEqual(['push', 'replace', 'replace']);
    expect(w.location.search).toBe('?date=2025-07-11&lang=en');
    vi.advanceTimersByTime(BURST_MS);
    useApp.getState().setDate('2025-01-01');
    vi.advanceTimersByTime(WRITE_MS);
    expect(w.calls.at(-1)).toEqual({ kind: 'push', url: '?date=2025-01-01&lang=en' });
  });

  it('a pan or zoom replaces the entry; a change back to what the bar shows writes nothing', () => {
    const w = bind('?date=2025-07-01&lang=en');
    useApp.getState().setView({ lon: 31, lat: 48.5, zoom: 6 });
    vi.advanceTimersByTime(WRITE_MS);
    expect(w.calls).toEqual([{ kind: 'replace', url: '?date=2025-07-01&lang=en&view=31.00000,48.50000,6.00' }]);
    useApp.getState().setDate('2025-07-02');
    useApp.getState().setDate('2025-07-01');
    vi.advanceTimersByTime(WRITE_MS);
    expect(w.calls).toHaveLength(1);
  });

  it('an embed never pushes', () => {
    const w = bind('?date=2025-07-01&lang=en&embed=1');
    vi.advanceTimersByTime(BURST_MS);
    useApp.getState().setDate('2025-06-01');
    vi.advanceTimersByTime(WRITE_MS);
    expect(w.calls).toEqual([{ kind: 'replace', url: '?date=2025-06-01&lang=en&embed=1' }]);
  });

  it('hiding the page and unbinding flush a pending write', () => {
    const w = bind('?date=2025-07-01&lang=en');
    useApp.getState().setDate('2025-07-03');
    w.fire('pagehide');
    expect(w.location.search).toBe('?date=2025-07-03&lang=en');
    useApp.getState().setDate('2025-07-04');
    unbind!();
    unbind = null;
    expect(w.location.search).toBe('?date=2025-07-04&lang=en');
    expect(w.listeners.get('pagehide')?.size ?? 0).toBe(0);
    vi.advanceTimersByTime(WRITE_MS * 2);
    expect(w.calls).toHaveLength(2);
  });

  it('back/forward applies the URL and drops a pending write', () => {
    const w = bind('?date=2025-07-01&lang=en');
    useApp.getState().setDate('2025-07-09');
    w.location.search = '?date=2025-02-01&lang=uk';
    w.fire('popstate');
    expect(useApp.getState().date).toBe('2025-02-01');
    expect(useApp.getState().lang).toBe('uk');
    vi.advanceTimersByTime(WRITE_MS * 2);
    expect(w.calls).toEqual([]);
  });
});
