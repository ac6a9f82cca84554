import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { formatError } from './src/domain/validate.ts';
import { loadDataset } from './scripts/load-data.ts';
import { observedPlugin } from './scripts/observed-vite.ts';
import { serveJson } from './scripts/vite-json.ts';

/** Serves (dev) and emits (build) data/dataset.json: the validated data files in one request. */
function dataset(): Plugin {
  const load = () => {
    const { dataset: d, errors } = loadDataset();
    if (!d) throw new Error('data check failed:\n' + errors.map(formatError).join('\n'));
    return JSON.stringify(d);
  };
  return {
    name: 'territorial-dataset',
    configureServer(server) {
      server.watcher.add('data');
      serveJson(server, '/data/dataset.json', load);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/dataset.json', source: load() });
    },
  };
}

/**
 * The Content-Security-Policy the built page carries as a <meta> tag (dev keeps Vite's inline
 * HMR scripts working). frame-ancestors cannot live in a meta tag: see README for the headers.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The first screen's two data files are asked for by the HTML itself (preload), so they arrive while
 * the scripts are parsed; loadAppData's fetch (same URL, cors, same-origin credentials) then takes
 * the preloaded response instead of starting the request ~250 ms later (issue 13).
 */
function preloadData(): Plugin {
  return {
    name: 'territorial-preload-data',
    transformIndexHtml: () =>
      ['./data/dataset.json', './geo/map.topojson'].map((href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
  };
}

function csp(): Plugin {
  return {
    name: 'territorial-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative base: the build works from any sub-path a newsroom puts it under.
  base: './',
  plugins: [react(), dataset(), preloadData(), csp(), observedPlugin()],
  // bench/profile.mjs --react: React's profiling build, so <Profiler> reports render times.
  ...(process.env.REACT_PROFILING ? { resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } } } : {}),
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // MapLibre in its own chunk so the bundle budget can be measured "beyond MapLibre".
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
