// Floor pages build for bench/run.mjs: index.html (bare MapLibre, one fill and one line layer of the
// oblasts), observed.html (only the app's observed layers), groups.html (the app's style, a group
// of layers at a time) and arrival.html (the bare floor given the observed record after its first
// idle); MapLibre in its own chunk, as in the app's vite.config.ts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../../public'),
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: here('../out/floor'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { index: here('index.html'), observed: here('observed.html'), groups: here('groups.html'), arrival: here('arrival.html') },
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          return undefined;
        },
      },
    },
  },
});
