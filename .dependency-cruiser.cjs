// The folder layers of README "How it fits together", checked by dependency-cruiser in `npm test`
// (`npm run lint:layers`). Data flows one way: a module may import from its own layer and the
// layers below it, never above. Each rule has a name; a breaking import fails with that name.
//
//   src/app/                                   composition root (wires the views together)
//   src/map/ src/components/ src/export/ src/embed/   views of one state
//   src/state/                                 one zustand store; URL <-> state
//   src/evidence/                              the record's sources: one manifest folder per source
//   src/symbols/                               the symbol registry: palette, symbols, status sets
//   src/i18n/                                  string tables, template filler, plurals, names
//   src/domain/                                pure TS: schema, join, gains, geometry
//   scripts/pipeline/                          node-only import: snapshot readers, topology, packing,
//                                              not-occupied ground and band (derive); never imported by src/
// Unit tests sit beside the module they test and may reach across layers to check a module against
// its neighbours (a domain figure in a view's CSV, a string table against every other table); the
// layer rules bind page and pipeline code only. Import cycles are forbidden for tests too.
const TEST = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles anywhere.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain/ is the bottom layer: it imports only itself (and packages).',
      from: { path: '^src/domain/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'i18n-below-views',
      severity: 'error',
      comment: 'src/i18n/ may read src/domain/ only.',
      from: { path: '^src/i18n/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/(domain|i18n)/' },
    },
    {
      name: 'symbols-below-views',
      severity: 'error',
      comment: 'The symbol registry may read src/domain/ and src/i18n/ only.',
      from: { path: '^src/symbols/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/(domain|i18n|symbols)/' },
    },
    {
      name: 'evidence-below-state',
      severity: 'error',
      comment: 'src/evidence/ (source manifests and registry) may read src/domain/ and src/i18n/ only; its tests may render views.',
      from: { path: '^src/evidence/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/(domain|i18n|evidence)/' },
    },
    {
      name: 'state-below-views',
      severity: 'error',
      comment: 'The store and URL state may read domain, i18n, symbols and evidence, never a view.',
      from: { path: '^src/state/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/(domain|i18n|symbols|evidence|state)/' },
    },
    {
      name: 'map-is-a-leaf-view',
      severity: 'error',
      comment: 'src/map/ draws the map; it does not import the other views or the app.',
      from: { path: '^src/map/', pathNot: TEST },
      to: { path: '^src/(components|export|embed|app)/' },
    },
    {
      name: 'views-do-not-import-each-other',
      severity: 'error',
      comment: 'components/, export/ and embed/ are siblings: shared logic lives below them (domain, i18n, symbols) or in map/; only src/app/ wires them together.',
      from: { path: '^src/(components|export|embed)/', pathNot: TEST },
      to: { path: '^src/(components|export|embed)/', pathNot: '^src/$1/' },
    },
    {
      name: 'nothing-imports-app',
      severity: 'error',
      comment: 'src/app/ is the composition root: nothing outside it imports it.',
      from: { path: '^src/', pathNot: ['^src/app/', TEST] },
      to: { path: '^src/app/' },
    },
    {
      name: 'page-never-imports-pipeline',
      severity: 'error',
      comment: 'Everything under src/ is page code bundled by vite. The node-only import pipeline (scripts/pipeline/: file system, turf overlays, topology builder, packing, not-occupied ground) and the other build scripts stay out of the bundle.',
      from: { path: '^src/', pathNot: TEST },
      to: { path: '^scripts/' },
    },
    {
      name: 'page-uses-no-node-builtins',
      severity: 'error',
      comment: 'Page code runs in the browser: node: modules (fs, path, crypto, zlib) belong to scripts/ and tests.',
      from: { path: '^src/', pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'scripts-use-domain-only',
      severity: 'error',
      comment: 'The build-time pipeline may reuse pure domain code, never the views or the app.',
      from: { path: '^scripts/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/(domain|i18n|symbols|evidence)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
