// How the panels take a new date from the store without holding up the slider and the map: the map
// and the slider follow the store at once; the panels get a copy of the date handed over later, in a
// React transition (its render yields to input, and a newer date restarts it). A newer date before
// the hand-over cancels the pending one, so a held key or a drag hands over only where it stops.
import { startTransition, useEffect, useState, type RefObject } from 'react';

/**
 * `live`, handed over after the next animation frame (the one in which the map draws the new day),
 * then rendered as a transition.
 */
export function useHandOver(live: string): string {
  const [shown, setShown] = useState(live);
  useEffect(() => {
    if (shown === live) return;
    return afterFrame(() => startTransition(() => setShown(live)));
  }, [live, shown]);
  return shown;
}

/**
 * `live` for a panel that may be out of view (below the fold, scrolled away in the side column):
 * handed over like `useHandOver` while the element in `ref` is in view, and when it comes into view.
 * Out of view, it catches up only once the date has rested for `restMs` and the page is idle, so
 * holding a key or dragging the slider does no work for what the reader cannot see, and a reader
 * (or a screen reader) reaching the panel later finds it current.
 */
export function useHandOverWhenSeen(live: string, ref: RefObject<Element | null>, prepare?: Prepare, restMs = 400): string {
  const [shown, setShown] = useState(live);
  const seen = useInView(ref);
  useEffect(() => {
    if (shown === live) return;
    const hand = () => startTransition(() => setShown(live));
    if (seen) return afterFrame(hand);
    // Out of view, the figures the render will read are computed first, one slice per idle period:
    // no slice and no render then holds the page for long.
    return afterRestAndIdle(hand, restMs, prepare?.(live));
  }, [live, shown, seen, restMs, prepare]);
  return shown;
}

/** Work a panel's render on `date` will read (cached figures), as slices run one per idle period before it. */
export type Prepare = (date: string) => Array<() => void>;

/** `live` handed over only once it has rested for `restMs` and the page is idle: for text out of sight (the map's description). */
export function useHandOverAtRest(live: string, prepare?: Prepare, restMs = 400): string {
  const [shown, setShown] = useState(live);
  useEffect(() => {
    if (shown === live) return;
    return afterRestAndIdle(() => startTransition(() => setShown(live)), restMs, prepare?.(live));
  }, [live, shown, restMs, prepare]);
  return shown;
}

/** Whether the element is in the viewport (clipped by its scroll containers); true where IntersectionObserver is missing. */
export function useInView(ref: RefObject<Element | null>): boolean {
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    // A margin of half a screen: a panel scrolled towards is current before it shows.
    const io = new IntersectionObserver((entries) => setSeen(entries.at(-1)!.isIntersecting), { rootMargin: '50% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return seen;
}

/** Runs `f` in a task after the next animation frame; returns its cancel. */
export function afterFrame(f: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(f, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Runs `f` once `ms` have passed and then the page is idle (a timer where requestIdleCallback is
 * missing); with `slices`, each slice first, one per idle period, then `f`. Returns its cancel.
 */
export function afterRestAndIdle(f: () => void, ms: number, slices: ReadonlyArray<() => void> = []): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue = [...slices, f];
  const next = () => {
    const run = () => {
      queue.shift()!();
      if (queue.length) next();
    };
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(run, { timeout: 2000 });
    else timer = setTimeout(run, 0);
  };
  timer = setTimeout(next, ms);
  return () => {
    queue.length = 0;
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
