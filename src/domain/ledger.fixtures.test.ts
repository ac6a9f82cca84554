// The ledger, turf-style: each src/domain/ledger-fixtures/in/<case>.json (claims, a packed history,
// dates) gives out/<case>.json (every row on every date, and the --ledger CSV). A change in what the
// ledger says shows up as a diff of the out file; `REGEN=1 npx vitest run src/domain/ledger.fixtures.test.ts`
// rewrites the out files after a deliberate change (read the diff before committing it). Each case
// also checks that every verdict is one its kind declares (src/domain/kinds/).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimLedger, ledgerCsv, verdictOf, type LedgerCell, type LedgerRow } from './ledger';
import { decodeObserved } from './observed-format';
import { kindOf } from './kinds/registry';
import { ClaimSchema, type Claim } from './schema';

const DIR = join(process.cwd(), 'src/domain/ledger-fixtures');
const REGEN = process.env.REGEN === '1';
const r1 = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 10) / 10);
const r3 = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1000) / 1000);

function cell(c: LedgerCell | null) {
  if (!c) return null;
  return {
    snapshot: c.snapshot, verdict: c.verdict,
    not_occupied_km2: r1(c.notOccupiedKm2), not_occupied_areas: c.notOccupiedAreas, mismatch_km2: r1(c.mismatchKm2), occupied_share: r3(c.occupiedShare),
    share: r3(c.share), distance_km: r1(c.distanceKm), zone_km2: r1(c.zoneKm2), change_km2: r1(c.changeKm2),
  };
}
const row = (r: LedgerRow) => ({
  claim: r.claim.id, subject: r.subjectLabel, measure: r.measure, verdict: verdictOf(r, r.at), at: cell(r.at),
  first_match: r.firstMatch, lag_days: r.lagDays, predates_record: r.predatesRecord, last_lag_days: r.lastLagDays,
});

const cases = readdirSync(join(DIR, 'in')).filter((f) => f.endsWith('.json')).sort();

describe('ledger fixtures (in → out)', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  for (const file of cases) {
    it(file.replace(/\.json$/, ''), () => {
      const input = JSON.parse(readFileSync(join(DIR, 'in', file), 'utf8')) as { about: string; history: string; dates: string[]; claims: unknown[] };
      const claims = input.claims.map((c) => ClaimSchema.parse(c)) as Claim[];
      const h = decodeObserved(JSON.parse(readFileSync(join(DIR, input.history), 'utf8')));
      const byDate = Object.fromEntries(input.dates.map((d) => [d, claimLedger(claims, h, d).map(row)]));
      const last = claimLedger(claims, h, input.dates.at(-1)!);
      const out = { about: input.about, rows: byDate, csv: ledgerCsv(last).trim().split('\r\n') };
      for (const rows of Object.values(byDate)) for (const r of rows) {
        const kind = kindOf(claims.find((c) => c.id === r.claim)!.kind);
        if (r.verdict) expect(kind.verdicts, `${r.claim} said "${r.verdict}"`).toContain(r.verdict);
      }
      const path = join(DIR, 'out', file);
      if (REGEN || !existsSync(path)) writeFileSync(path, JSON.stringify(out, null, 2) + '\n');
      expect(out).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
