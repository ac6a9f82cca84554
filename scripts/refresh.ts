// `npm run refresh -- [--mirror <git url>] [--ref <commit>] [--snapshots <dir>] [--out data/observed]`
//
// The one step the scheduled refresh (.github/workflows/refresh.yml) runs: get the snapshots, append
// the new days to the packed history (observed:update, which also refreshes the derived figures) and
// say whether anything changed. With --snapshots it reads a local folder (what the tests do); else
// it shallow-clones the mirror (default https://github.com/cyterat/deepstate-map-data) at --ref (a
// commit or branch; the newest commit when omitted) and records the commit it read as provenance.
// Prints `changed=true|false` (also to $GITHUB_OUTPUT when set, for the workflow's later steps).
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIRROR } from './pipeline/observed-derive.ts';
import { updateObserved, type UpdateSummary } from './observed-update.ts';

export interface RefreshOptions {
  mirror?: string;
  ref?: string;
  snapshots?: string;
  out?: string;
  log?: (line: string) => void;
}

function git(args: string[], cwd?: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}

/** Clones the mirror shallowly at `ref` into a temp folder; returns its data/ folder and commit. */
function cloneMirror(url: string, ref: string | undefined): { dir: string; commit: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'mirror-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  try {
    git(['init', '-q', tmp]);
    git(['remote', 'add', 'origin', url], tmp);
    git(['fetch', '-q', '--depth', '1', 'origin', ref ?? 'HEAD'], tmp);
    git(['checkout', '-q', 'FETCH_HEAD'], tmp);
    return { dir: join(tmp, 'data'), commit: git(['rev-parse', 'HEAD'], tmp), cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

export function refresh(opts: RefreshOptions): UpdateSummary & { changed: boolean; commit: string | null } {
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  let dir = opts.snapshots, commit: string | null = null, cleanup = () => {};
  if (!dir) {
    const m = cloneMirror(opts.mirror ?? MIRROR, opts.ref);
    ({ dir, commit, cleanup } = m);
    log(`refresh: ${opts.mirror ?? MIRROR} at ${commit}`);
  }
  try {
    const s = updateObserved({ input: dir, out: opts.out, commit, log });
    return { ...s, changed: s.added.length > 0, commit };
  } finally {
    cleanup();
  }
}

function main(argv: string[]): void {
  const o: RefreshOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--mirror') o.mirror = argv[++i];
    else if (a === '--ref') o.ref = argv[++i] || undefined;
    else if (a === '--snapshots') o.snapshots = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else {
      console.error(`refresh: unexpected argument ${a}\nusage: npm run refresh -- [--mirror <git url>] [--ref <commit>] [--snapshots <dir>] [--out data/observed]`);
      process.exit(2);
    }
  }
  try {
    const s = refresh(o);
    const gaps = s.missing.length ? `; no snapshot for ${s.missing.join(', ')}` : '';
    console.log(s.changed ? `refresh: added ${s.added.join(', ')}; the record now ends on ${s.last}${gaps}` : `refresh: nothing new; the record ends on ${s.last}`);
    console.log(`changed=${s.changed}`);
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `changed=${s.changed}\nlast=${s.last}\n`);
  } catch (e) {
    console.error(`refresh: stopped, the packed history is left as it was.\n${(e as Error).message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
