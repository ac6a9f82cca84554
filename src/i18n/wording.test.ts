// The words a map of the occupied area can support, in every string table and both languages. Each
// test puts a known mistake back in mind: DeepState's files hold its occupied layer only, so ground
// outside it is "not shown as occupied" (it includes the grey zone), never "held by Ukraine"; a control
// claim "matches" or "does not match" the map, it is never "borne out"; and the Ukrainian words of the
// standards review: «заперечено» for a denial (not «спростовано», refuted), no «оскаржено» (appealed)
// for disputed, no «здобутки» (achievements) for territory, «поза» with its object, and a status word
// distinct from any verdict.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from './format';
import { STRINGS } from './strings';
import { LEDGER_STRINGS } from '../components/ledger.i18n';
import { VERDICTS } from '../domain/ledger';
import { TABLES } from './i18n.test';
import { statusLabel } from './status-label';
import { assessorOf, claimsAt } from '../domain/join';
import { realDataset } from '../../tests/support/helpers';

/** Every string of a table, with its key path. */
function strings(v: unknown, path = ''): Array<[string, string]> {
  if (typeof v === 'string') return [[path, v]];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, path ? `${path}.${k}` : k));
  return [];
}
const ALL = Object.entries(TABLES).flatMap(([name, t]) => LANGS.flatMap((lang) => strings(t[lang], `${name}.${lang}`)));

const FORBIDDEN: Array<[RegExp, string]> = [
  [/held by Ukraine/i, 'ground outside the occupied layer is "not shown as occupied"'],
  [/Ukrainian[- ]held/i, 'ground outside the occupied layer is "not shown as occupied"'],
  [/borne out/i, 'a control claim "matches" / "does not match" the map'],
  [/під контролем України/i, 'поза окупованою територією / не позначено як окуповане'],
  [/спростов/i, '«заперечено» (a denial is not a refutation)'],
  [/оскарж/i, 'not «оскаржено» (appealed) for disputed'],
  [/здобут/i, 'not «здобутки» (achievements) for territory'],
  [/поза\s*(\(|[.,;:)]|$)/, '«поза» needs its object'],
  [/DeepState[^.]*independent|independent[^.]*DeepState/i, 'DeepState is named as its assessor (a Ukrainian OSINT project), not "independent"'],
];

describe('reader strings say only what the record can show', () => {
  it('the string tables are all read (a guard against an empty scan)', () => {
    expect(ALL.length).toBeGreaterThan(300);
  });
  for (const [re, why] of FORBIDDEN) {
    it(`no string table says ${re} (${why})`, () => {
      expect(ALL.filter(([, s]) => re.test(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
    });
  }

  it('no string literal in src/ says "held by Ukraine" or "borne out" (comments aside)', () => {
    const files: string[] = [];
    const walk = (d: string) => readdirSync(d).forEach((f) => {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)) files.push(p);
    });
    walk('src');
    const hits: string[] = [];
    for (const f of files) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
      for (const m of code.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) if (/held by Ukraine|borne[ _]out/i.test(m[2]!)) hits.push(`${f}: ${m[0]}`);
    }
    expect(hits).toEqual([]);
  });

  it('Ukrainian: the status "confirmed" and the verdicts use different words', () => {
    const status = Object.values(STRINGS.uk.status);
    for (const v of VERDICTS) {
      const words = LEDGER_STRINGS.uk.verdict[v];
      for (const s of status) expect(words.includes(s), `verdict ${v} "${words}" reuses the status word "${s}"`).toBe(false);
    }
    expect(STRINGS.uk.status.denied).toBe('заперечено');
  });

  it('an assessment’s finding says whose control it means', () => {
    expect(STRINGS.en.finding.held).toBe('under Russian control');
    expect(STRINGS.uk.finding.held).toBe('під контролем РФ');
    expect(STRINGS.en.legend.claimed).not.toMatch(/assess/i);
    expect(STRINGS.uk.legend.claimed).not.toMatch(/оцінка/i);
  });

  it('an assessment names its assessor where the chip has it', () => {
    expect(statusLabel('assessed', 'not-held', 'en', 'DeepState')).toBe('assessed (DeepState): not under Russian control');
    expect(statusLabel('assessed', 'held', 'uk', 'DeepState')).toBe('оцінка (DeepState): під контролем РФ');
    expect(statusLabel('assessed', 'contested', 'en')).toBe('assessed: grey zone');
    const dachne = (d: string) => claimsAt(realDataset(), d).active.find((a) => a.claim.id === 'dachne-capture-2025')!;
    expect(assessorOf(dachne('2025-09-01'))).toBe('DeepState');
    expect(assessorOf(dachne('2025-08-10'))).toBe('DeepState'); // a later denial does not change who assessed
    expect(assessorOf(dachne('2025-07-03'))).toBeNull(); // disputed, no assessment yet
  });
});
