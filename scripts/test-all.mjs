#!/usr/bin/env node
// `npm test`: the whole test suite, in order:
//   chromium   — Debian's Chromium must exist (installed via apt-get when running as root)
//   check:data — data/ validates
//   unit       — vitest (JSON results in test-results/unit.json)
//   layers     — the folder layer rules (.dependency-cruiser.cjs; a breaking import names its rule)
//   lint       — ESLint with typescript-eslint and the React hooks rules (eslint.config.mjs)
//   typecheck  — tsc --noEmit
//   build      — npm run build (dist/, with the committed record in data/observed/)
//   observed   — when ../shared/fixtures/observed exists: npm run observed into a temp dir and a
//                second build with OBSERVED_DIR (six snapshots), for the fixture-specific observed
//                e2e tests; the default-build observed tests run on dist/ without it
//   e2e        — Playwright against dist/ (JSON results in test-results/e2e.json)
// Later stages still run after a failure where that is meaningful; e2e needs a build and a
// browser. The summary ends with the line `N passed, N failed[, N skipped]`, counting single
// tests from vitest and Playwright, plus one failure for each stage that failed without
// reporting failed tests of its own. Nothing may be printed after that line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);

const RESULTS = 'test-results';
const UNIT_JSON = join(RESULTS, 'unit.json');
const E2E_JSON = join(RESULTS, 'e2e.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @typedef {{passed: number, failed: number, skipped: number, flaky?: number}} Counts */
/** @type {{name: string, status: 'pass'|'FAIL'|'skip', seconds: number, note?: string, counts?: Counts}[]} */
const stages = [];

function banner(text) {
  const bold = process.stdout.isTTY ? ['\x1b[1m', '\x1b[0m'] : ['', ''];
  console.log(`\n${bold[0]}=== ${text} ===${bold[1]}`);
}

/** Runs a command with inherited stdio; returns its exit code (non-zero on spawn failure). */
function run(cmd, args, env = process.env) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.error) {
    console.error(`could not run ${cmd}: ${r.error.message}`);
    return 127;
  }
  return r.status ?? 1; // killed by a signal
}

function stage(name, fn) {
  banner(name);
  const t0 = Date.now();
  let result;
  try {
    result = fn();
  } catch (e) {
    console.error(e);
    result = { ok: false, note: String(e?.message ?? e) };
  }
  const entry = {
    name,
    status: result.ok ? 'pass' : 'FAIL',
    seconds: (Date.now() - t0) / 1000,
    note: result.note,
    counts: result.counts,
  };
  stages.push(entry);
  return entry.status === 'pass';
}

function skip(name, why) {
  stages.push({ name, status: 'skip', seconds: 0, note: why });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** vitest's JSON reporter (jest-compatible shape). */
function vitestCounts(file) {
  const j = readJson(file);
  if (!j || typeof j.numTotalTests !== 'number') return undefined;
  return {
    passed: j.numPassedTests ?? 0,
    failed: j.numFailedTests ?? 0,
    skipped: (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter; a flaky test (passed on retry) counts as passed. */
function playwrightCounts(file) {
  const j = readJson(file);
  const s = j?.stats;
  if (!s || typeof s.expected !== 'number') return undefined;
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
    flaky: s.flaky ?? 0,
  };
}

function countsNote(c) {
  if (!c) return undefined;
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.flaky ? ` (${c.flaky} flaky)` : ''}`;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// ---------------------------------------------------------------- chromium
const chromiumOk = stage('chromium', () => {
  if (!existsSync(CHROMIUM)) {
    if (!isRoot) {
      console.error(`Chromium was not found at ${CHROMIUM}. Install it with:\n\n    sudo apt-get install -y chromium\n`);
      console.error('(or point CHROMIUM_PATH at a Chromium/Chrome binary)');
      process.exit(1);
    }
    console.log(`${CHROMIUM} is missing; installing Debian's chromium package`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], env) !== 0) return { ok: false, note: 'apt-get update failed' };
    if (run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env) !== 0)
      return { ok: false, note: 'apt-get install chromium failed' };
    if (!existsSync(CHROMIUM)) return { ok: false, note: `still no ${CHROMIUM} after installing` };
  }
  const v = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  const version = (v.stdout ?? '').trim();
  if (v.status !== 0 || !version) return { ok: false, note: `${CHROMIUM} --version failed` };
  console.log(version);
  return { ok: true, note: version };
});

// ---------------------------------------------------------------- check:data
stage('check:data', () => ({ ok: run('npm', ['run', '--silent', 'check:data']) === 0 }));

// ---------------------------------------------------------------- unit
mkdirSync(RESULTS, { recursive: true });
rmSync(UNIT_JSON, { force: true });
rmSync(E2E_JSON, { force: true });
stage('unit (vitest)', () => {
  const code = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${UNIT_JSON}`,
  ]);
  const counts = vitestCounts(UNIT_JSON);
  return { ok: code === 0, counts, note: countsNote(counts) };
});

// ---------------------------------------------------------------- layers, lint
stage('layers (dependency-cruiser)', () => ({ ok: run('npm', ['run', '--silent', 'lint:layers']) === 0 }));
stage('lint (eslint)', () => ({ ok: run('npm', ['run', '--silent', 'lint']) === 0 }));

// ---------------------------------------------------------------- typecheck
stage('typecheck (tsc)', () => ({ ok: run('npx', ['tsc', '-p', '.', '--noEmit']) === 0 }));

// ---------------------------------------------------------------- build
const buildOk = stage('build', () => ({ ok: run('npm', ['run', 'build']) === 0 }));

// ---------------------------------------------------------------- observed build
// A second build with DeepState snapshots for tests/e2e/observed.spec.ts: the six fixture snapshots
// from ../shared (GPL-3.0, never copied into the repo) imported into a temp dir and built with
// OBSERVED_DIR; Playwright serves it beside dist/ (E2E_OBSERVED_DIST). Without ../shared those tests skip.
const OBSERVED_FIXTURES = join(ROOT, '..', 'shared', 'fixtures', 'observed');
let observedTmp = null;
if (!buildOk) skip('observed build', 'build failed');
else if (!existsSync(OBSERVED_FIXTURES)) skip('observed build', `${OBSERVED_FIXTURES} absent: observed e2e tests skip`);
else
  stage('observed build', () => {
    observedTmp = mkdtempSync(join(tmpdir(), 'observed-e2e-'));
    const packed = join(observedTmp, 'observed');
    const dist = join(observedTmp, 'dist');
    if (run('npx', ['tsx', 'scripts/observed.ts', OBSERVED_FIXTURES, '--out', packed]) !== 0) return { ok: false, note: 'import failed' };
    const env = { ...process.env, OBSERVED_DIR: packed, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
    if (run('npx', ['vite', 'build', '--logLevel', 'warn', '--emptyOutDir', '--outDir', dist], env) !== 0)
      return { ok: false, note: 'vite build with OBSERVED_DIR failed' };
    process.env.E2E_OBSERVED_DIST = dist;
    return { ok: true, note: dist };
  });

// ---------------------------------------------------------------- e2e
if (!buildOk) skip('e2e (playwright)', 'build failed');
else if (!chromiumOk) skip('e2e (playwright)', 'no Chromium');
else
  stage('e2e (playwright)', () => {
    const code = run('npx', ['playwright', 'test']);
    const counts = playwrightCounts(E2E_JSON);
    return { ok: code === 0, counts, note: countsNote(counts) };
  });

if (observedTmp) rmSync(observedTmp, { recursive: true, force: true });

// ---------------------------------------------------------------- summary
let passed = 0;
let failed = 0;
let skipped = 0;
for (const s of stages) {
  if (s.counts) {
    passed += s.counts.passed;
    failed += s.counts.failed;
    skipped += s.counts.skipped;
  }
  // A failed stage that did not report a failed test of its own (tsc, build, a crash, a
  // test file that would not load...) counts as one failure.
  if (s.status === 'FAIL' && !(s.counts && s.counts.failed > 0)) failed += 1;
}

banner('summary');
const width = Math.max(...stages.map((s) => s.name.length));
for (const s of stages) {
  const time = s.status === 'skip' ? '' : `${s.seconds.toFixed(1).padStart(6)} s`;
  console.log(`${s.name.padEnd(width)}  ${s.status.padEnd(4)}  ${time.padEnd(8)}  ${s.note ?? ''}`.trimEnd());
}
const anyStageFailed = stages.some((s) => s.status === 'FAIL');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = anyStageFailed || failed > 0 ? 1 : 0;
