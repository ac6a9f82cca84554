// Defers a lazy chunk until the first screen is drawn: the advance-rate chart (recharts, ~115 KB
// gzipped) sits below the map, and loading it with the page slowed the map's first frame on a weak
// GPU (bench/README.md).

/**
 * Resolves once the map reports `data-ready="true"` (or there is no map, e.g. without WebGL), once
 * `selector` (when given) comes within `margin` of the viewport (a reader who scrolls first), or after
 * `timeoutMs` at the latest. The elements are committed by the render that calls this (lazy() runs
 * its loader while rendering), so they are looked for a task later.
 */
export function afterFirstScreen(selector?: string, margin = '300px', timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const map = document.querySelector('[data-testid="map"]');
      if (!map || map.getAttribute('data-ready') === 'true') return resolve();
      const stop: (() => void)[] = [];
      const done = () => {
        for (const f of stop) f();
        resolve();
      };
      const mo = new MutationObserver(() => map.getAttribute('data-ready') === 'true' && done());
      mo.observe(map, { attributes: true, attributeFilter: ['data-ready'] });
      stop.push(() => mo.disconnect());
      const el = selector ? document.querySelector(selector) : null;
      if (el && typeof IntersectionObserver !== 'undefined') {
        const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), { rootMargin: margin });
        io.observe(el);
        stop.push(() => io.disconnect());
      }
      const timer = setTimeout(done, timeoutMs);
      stop.push(() => clearTimeout(timer));
    }, 0);
  });
}
