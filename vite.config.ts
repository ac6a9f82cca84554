import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { formatError } from './src/domain/validate.ts';
import { loadDataset } from './scripts/load-data.ts';
import { loadObservedDir, observedDirs, observedPlugin } from './scripts/observed-vite.ts';
import { serveJson } from './scripts/vite-json.ts';
import { readFileSync } from 'node:fs';
import { join as joinPath, resolve as resolvePath } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { decodeGeo } from './src/state/load.ts';
import { decodeObserved } from './src/domain/observed-format.ts';
import { staticPicture, STATIC_SIZE, type StaticPicture } from './src/export/static-picture.ts';
import { escapeAttr } from './src/embed/embed-code.ts';

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
  // blob: MapLibre's worker loads the observed faces and arcs from blobs the page's decoding worker made
  "connect-src 'self' blob:",
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
 * the preloaded response instead of starting the request ~250 ms later.
 */
function preloadData(): Plugin {
  return {
    name: 'territorial-preload-data',
    transformIndexHtml: () =>
      ['./data/dataset.json', './geo/map.topojson'].map((href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' as const })),
  };
}

/** The date the page opens on without a `date` in its URL (state/bounds.ts's ARTICLE_DATE). */
const DEFAULT_DATE = '2025-07-01';

/**
 * The static picture of the default view per language (static/map-<lang>.svg and .png, 1200 × 630),
 * drawn with the page's own SVG figure code and rasterised by resvg (no browser at build time). The
 * page's <noscript> shows it with its text alternative, and the Open Graph / Twitter card tags point at
 * the PNG. SITE_URL (e.g. https://example.org/map/) makes the card URLs absolute, as crawlers want.
 */
function staticPictures(): Plugin {
  let pics: StaticPicture[] = [];
  const site = process.env.SITE_URL ? process.env.SITE_URL.replace(/\/?$/, '/') : './';
  return {
    name: 'territorial-static-picture',
    apply: 'build',
    buildStart() {
      const { dataset: d, errors } = loadDataset();
      if (!d) throw new Error('data check failed:\n' + errors.map(formatError).join('\n'));
      const geo = decodeGeo(JSON.parse(readFileSync('public/geo/map.topojson', 'utf8')));
      // the picture draws the primary record (the first the build ships), as the page's first screen does
      const dir = observedDirs()[0]?.dir;
      let observed = null;
      if (dir) {
        const file = joinPath(resolvePath(dir), 'observed.json');
        try {
          // with its derived figures, as the page gets it: the ground not shown as occupied (the
          // outlines, and the control claims' verdicts in the text) lives in observed-derived.json
          observed = decodeObserved(JSON.parse(loadObservedDir(dir)));
        } catch (e) {
          this.warn(`static picture without the observed layer: ${file}: ${(e as Error).message}`);
        }
      }
      pics = (['en', 'uk'] as const).map((lang) => staticPicture({ dataset: d, geo, observed, lang, date: DEFAULT_DATE }));
    },
    transformIndexHtml(html) {
      const en = pics.find((p) => p.lang === 'en')!;
      const uk = pics.find((p) => p.lang === 'uk')!;
      const noscript =
        `<noscript><figure class="static-picture"><img src="./static/map-en.svg" width="${STATIC_SIZE.width}" height="${STATIC_SIZE.height}" alt="${escapeAttr(en.description)}">` +
        `<figcaption>${escapeAttr(en.description)} <a href="./static/map-uk.svg" lang="uk" title="${escapeAttr(uk.description)}">Українською</a></figcaption></figure>` +
        `<p>The interactive map needs JavaScript. The data and sources are in the project's data folder.</p></noscript>`;
      const out = html.replace(/<noscript>[\s\S]*?<\/noscript>/, noscript);
      const meta = (attr: 'property' | 'name', key: string, content: string) => ({ tag: 'meta', attrs: { [attr]: key, content }, injectTo: 'head' as const });
      return {
        html: out,
        tags: [
          meta('property', 'og:type', 'website'),
          meta('property', 'og:title', en.title),
          meta('property', 'og:description', en.description),
          meta('property', 'og:image', `${site}static/map-en.png`),
          meta('property', 'og:image:width', String(STATIC_SIZE.width)),
          meta('property', 'og:image:height', String(STATIC_SIZE.height)),
          meta('property', 'og:image:alt', en.description),
          meta('name', 'twitter:card', 'summary_large_image'),
          meta('name', 'twitter:title', en.title),
          meta('name', 'twitter:description', en.description),
          meta('name', 'twitter:image', `${site}static/map-en.png`),
          meta('name', 'twitter:image:alt', en.description),
        ],
      };
    },
    generateBundle() {
      for (const p of pics) {
        this.emitFile({ type: 'asset', fileName: `static/map-${p.lang}.svg`, source: p.svg });
        this.emitFile({ type: 'asset', fileName: `static/map-${p.lang}.txt`, source: p.description + '\n' });
        const png = new Resvg(p.svg, { fitTo: { mode: 'width', value: STATIC_SIZE.width }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } }).render().asPng();
        this.emitFile({ type: 'asset', fileName: `static/map-${p.lang}.png`, source: png });
      }
    },
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
  plugins: [react(), dataset(), preloadData(), csp(), observedPlugin(), staticPictures()],
  // bench/profile.mjs --react: React's profiling build, so <Profiler> reports render times.
  ...(process.env.REACT_PROFILING ? { resolve: { alias: { 'react-dom/client': 'react-dom/profiling' } } } : {}),
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            // MapLibre in its own chunk so the bundle budget can be measured "beyond MapLibre".
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 2 },
            // What the boot script imports statically, in one chunk: split into the 7 chunks it shares
            // with the page, its modules came in 9 requests before the first picture could be drawn.
            { name: 'boot', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
