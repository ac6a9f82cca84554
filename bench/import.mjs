// The observed-record import, timed: a full import (pack + derived figures) of every snapshot in
// ../shared/fixtures/observed-history (both archives, unpacked into a temp folder, never the repo),
// and observed:update with the last 30 days onto a pack of the others. Reported as seconds per
// 100 days and as update / full; CPU seconds are given too, since the wall time depends on what
// else the machine runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'fixtures', 'observed-history');

function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const cpu = process.cpuUsage(c0);
  return { value, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** Returns null (with the reason) when the archives are not at hand. */
export async function benchImport({ log = console.log, newDays = 30 } = {}) {
  const archives = fs.existsSync(SHARED) ? fs.readdirSync(SHARED).filter((f) => f.endsWith('.tar.gz')).sort() : [];
  if (!archives.length) return { skipped: `${SHARED} absent` };
  const { importObserved } = await tsImport('../scripts/observed.ts', import.meta.url);
  const { updateObserved } = await tsImport('../scripts/observed-update.ts', import.meta.url);
  const { packDifferences } = await tsImport('../scripts/pipeline/observed-canonical.ts', import.meta.url);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  try {
    const all = path.join(tmp, 'all');
    fs.mkdirSync(all);
    for (const a of archives) {
      const r = spawnSync('tar', ['xzf', path.join(SHARED, a), '-C', tmp]);
      if (r.status !== 0) throw new Error(`tar ${a}: ${r.stderr}`);
    }
    for (const d of fs.readdirSync(tmp)) {
      if (d === 'all') continue;
      const sub = path.join(tmp, d);
      if (!fs.statSync(sub).isDirectory()) continue;
      for (const f of fs.readdirSync(sub)) if (f.endsWith('.geojson')) fs.renameSync(path.join(sub, f), path.join(all, f));
    }
    const names = fs.readdirSync(all).filter((f) => f.endsWith('.geojson')).sort();
    const quiet = () => {};
    log(`import: full import of ${names.length} snapshots…`);
    const full = timed(() => importObserved({ input: all, out: path.join(tmp, 'full'), log: quiet }));
    // the pack of all but the last days, then the update with them (from a folder with only the new days)
    const older = path.join(tmp, 'older');
    fs.mkdirSync(older);
    names.slice(0, names.length - newDays).forEach((f) => fs.symlinkSync(path.join(all, f), path.join(older, f)));
    log(`import: pack of the first ${names.length - newDays}, then observed:update with the last ${newDays}…`);
    const base = path.join(tmp, 'upd');
    importObserved({ input: older, out: base, log: quiet });
    // as the scheduled refresh runs it: on a clone of the mirror, which holds every day
    const upd = timed(() => updateObserved({ input: all, out: base, log: quiet }));
    const same = ['observed.json', 'observed-derived.json'].every((f) => fs.readFileSync(path.join(base, f)).equals(fs.readFileSync(path.join(tmp, 'full', f))));
    // the documented canonical form (scripts/pipeline/observed-canonical.ts): per-day figures within rounding
    const load = (dir) => ({ packed: JSON.parse(fs.readFileSync(path.join(dir, 'observed.json'), 'utf8')), derived: JSON.parse(fs.readFileSync(path.join(dir, 'observed-derived.json'), 'utf8')) });
    const updated = load(base), whole = load(path.join(tmp, 'full'));
    const differences = packDifferences(updated, whole);
    return {
      days: names.length,
      first: full.value.first,
      last: full.value.last,
      fullSeconds: full.seconds,
      fullCpuSeconds: full.cpuSeconds,
      deriveSeconds: full.value.deriveSeconds,
      newDays,
      updateSeconds: upd.seconds,
      updateCpuSeconds: upd.cpuSeconds,
      updateEqualsFull: same,
      updateCanonicalDifferences: differences,
      updateFaces: updated.packed.faces.length,
      fullFaces: whole.packed.faces.length,
      rawBytes: full.value.rawBytes,
      gzipBytes: full.value.gzipBytes,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
