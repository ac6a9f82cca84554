// Loaded with `node --import` by the lint commands only. The project compiles with TypeScript 7
// (the native `tsc`), which has no JavaScript compiler API; typescript-eslint and dependency-cruiser
// need that API, so for them the module name `typescript` resolves to `@typescript/typescript6`
// (TypeScript 6, the same language, with the classic API). The app, tests and build never load this.
import Module, { register } from 'node:module';

const TS = /^typescript(\/.*)?$/;
const target = (spec) => spec.replace(/^typescript/, '@typescript/typescript6');

// CommonJS (typescript-eslint, dependency-cruiser's version check).
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, TS.test(request) ? target(request) : request, ...rest);
};

// ES modules (dependency-cruiser's `import('typescript')`).
register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function resolve(spec, ctx, next) { return next(/^typescript(\\/.*)?$/.test(spec) ? spec.replace(/^typescript/, '@typescript/typescript6') : spec, ctx); }`,
    ),
  import.meta.url,
);
