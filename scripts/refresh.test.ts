// The scheduled refresh's one script, run as the workflow runs it, on fixture days: a packed history
// of three days gets the two new days of a snapshot folder, says changed=true, and a second run
// finds nothing new.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { PackedObserved } from '../src/domain/observed-format';
import { importObserved, OBSERVED_FILE } from './observed';
import { FIXTURE_DAYS, writeFixtureDays } from './pipeline/fixture-days';

const tmp = mkdtempSync(join(tmpdir(), 'refresh-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ALL = Object.keys(FIXTURE_DAYS);

it('appends two fixture days and reports changed=true, then changed=false', () => {
  const out = join(tmp, 'observed');
  importObserved({ input: writeFixtureDays(join(tmp, 'old'), ALL.slice(0, 3)), out, log: () => {} });
  const mirror = writeFixtureDays(join(tmp, 'mirror-data'), ALL);
  const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/refresh.ts', '--snapshots', mirror, '--out', out], { encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: '' } });
  const first = run();
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain('refresh: added 2026-01-05, 2026-01-06; the record now ends on 2026-01-06; no snapshot for 2026-01-04');
  expect(first.stdout).toContain('changed=true');
  const packed = JSON.parse(readFileSync(join(out, OBSERVED_FILE), 'utf8')) as PackedObserved;
  expect(packed.dates).toEqual(ALL);
  const second = run();
  expect(second.status, second.stderr).toBe(0);
  expect(second.stdout).toContain('changed=false');
}, 120_000);
