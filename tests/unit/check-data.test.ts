import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/domain';
import { loadDataset } from '../../scripts/load-data';

const hasGeo = existsSync('public/geo/oblasts.geojson');

/** A copy of data/ with one file changed by `mutate`, for the check to reject. */
function badCopy(file: string, mutate: (json: any) => void | string): string {
  const root = mkdtempSync(join(tmpdir(), 'tcm-data-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  const p = join(root, 'data', file);
  const json = JSON.parse(readFileSync(p, 'utf8'));
  const replaced = mutate(json);
  writeFileSync(p, typeof replaced === 'string' ? replaced : JSON.stringify(json));
  return root;
}

function errorsFor(root: string): string[] {
  const { dataset, errors } = loadDataset({ root });
  expect(dataset).toBeNull();
  return errors.map(formatError);
}

const dachneIdx = (j: any) => j.claims.findIndex((c: any) => c.id === 'dachne-capture-2025');

describe.skipIf(!hasGeo)('data check', () => {
  it('accepts the project data', () => {
    const { dataset, errors } = loadDataset();
    expect(errors).toEqual([]);
    expect(dataset!.claims.length).toBeGreaterThanOrEqual(9);
  });

  it('rejects a file that is not JSON, naming the file', () => {
    const e = errorsFor(badCopy('claims.json', () => '{ "claims": [ oops'));
    expect(e[0]).toMatch(/^data\/claims\.json: \$: /);
  });

  it('rejects a schema error with the JSON path', () => {
    const e = errorsFor(badCopy('claims.json', (j) => { j.claims[0].events[0].status = 'rumoured'; }));
    expect(e.join('\n')).toMatch(/data\/claims\.json: \$\.claims\[0\]\.events\[0\]\.status: /);
  });

  it('rejects an impossible date and a precision that does not match', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      j.claims[0].events[0].date = '2014-02-30';
      j.claims[1].events[0].precision = 'day';
    }));
    expect(e.join('\n')).toMatch(/\$\.claims\[0\]\.events\[0\]\.date: not a valid date/);
    expect(e.join('\n')).toMatch(/\$\.claims\[1\]\.events\[0\]\.precision: "day" does not match date "2014"/);
  });

  it('rejects an unknown oblast id', () => {
    const e = errorsFor(badCopy('claims.json', (j) => { j.claims[2].subject.oblasts[1] = 'UA-99'; }));
    expect(e).toContain('data/claims.json: $.claims[2].subject.oblasts[1]: unknown oblast id "UA-99"');
  });

  it('rejects an unknown source id, in claims and in gains', () => {
    const e1 = errorsFor(badCopy('claims.json', (j) => { j.claims[0].events[1].source = 'nowhere'; }));
    expect(e1).toContain('data/claims.json: $.claims[0].events[1].source: unknown source id "nowhere"');
    const e2 = errorsFor(badCopy('gains.json', (j) => { j.months[3].source = 'nowhere'; }));
    expect(e2).toContain('data/gains.json: $.months[3].source: unknown source id "nowhere"');
  });

  it('rejects events out of date order', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      const ev = j.claims[dachneIdx(j)].events;
      [ev[1], ev[2]] = [ev[2], ev[1]];
    }));
    expect(e.join('\n')).toMatch(/\$\.claims\[\d+\]\.events\[2\]\.date: event out of date order: 2025-07-02 comes after 2025-07-07/);
  });

  it('rejects a point outside its oblast', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      // Dachne, Donetsk oblast (near Kurakhove): same name, wrong village.
      Object.assign(j.claims[dachneIdx(j)].subject.point, { lon: 37.19, lat: 47.98 });
    }));
    expect(e.join('\n')).toMatch(/\$\.claims\[\d+\]\.subject\.point: Dachne \(37\.19, 47\.98\) lies outside its oblast\(s\) UA-12/);
  });

  it('the CLI exits non-zero and prints the file and path', () => {
    const root = badCopy('sources.json', (j) => { j.sources[0].url = 'not a url'; });
    let out = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/check-data.ts', '--root', root], { stdio: 'pipe' });
    } catch (e: any) {
      code = e.status;
      out = String(e.stderr);
    }
    expect(code).not.toBe(0);
    expect(out).toMatch(/data\/sources\.json: \$\.sources\[0\]\.url: /);
    expect(out).toMatch(/nothing was built/);
  }, 30_000);
});
