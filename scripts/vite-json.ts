import type { ViteDevServer } from 'vite';

/** Dev server: answers `url` with the JSON `load()` builds on each request, or a 500 naming what failed. */
export function serveJson(server: ViteDevServer, url: string, load: () => string): void {
  server.middlewares.use(url, (_req, res) => {
    try {
      const body = load();
      res.setHeader('Content-Type', 'application/json');
      res.end(body);
    } catch (e) {
      res.statusCode = 500;
      res.end((e as Error).message);
    }
  });
}
