// The Node version this project supports is the one package.json's `engines` states, and the
// README repeats. This test fails when the running Node is older, naming both versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { engines?: { node?: string } };

/** ">=20.19" or ">=20.19.0" → [20, 19, 0]; anything else is an error, so the check cannot pass vacuously. */
export function minimumOf(range: string): [number, number, number] {
  const m = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!m) throw new Error(`package.json engines.node: expected ">=MAJOR.MINOR[.PATCH]", found ${JSON.stringify(range)}`);
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
}

export function atLeast(version: string, min: readonly number[]): boolean {
  const v = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== min[i]) return (v[i] ?? 0) > min[i]!;
  return true;
}

describe('Node version', () => {
  it('package.json states the supported Node range, and the README says the same', () => {
    const range = pkg.engines?.node ?? '';
    const [maj, min] = minimumOf(range);
    expect(readFileSync(join(process.cwd(), 'README.md'), 'utf8')).toContain(`Node ${maj}.${min} or later`);
  });

  it('the running Node satisfies engines.node', () => {
    const min = minimumOf(pkg.engines?.node ?? '');
    expect({ node: process.versions.node, supported: atLeast(process.versions.node, min) }).toEqual({ node: process.versions.node, supported: true });
  });

  it('the comparison itself', () => {
    expect(atLeast('20.19.0', [20, 19, 0])).toBe(true);
    expect(atLeast('20.18.9', [20, 19, 0])).toBe(false);
    expect(atLeast('22.0.0', [20, 19, 0])).toBe(true);
    expect(() => minimumOf('^20')).toThrow(/engines\.node/);
  });
});
