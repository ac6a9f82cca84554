import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError, validateDataset, type ClaimEvent } from '../src/domain';
import { loadDataset } from './load-data';
import { readRaw } from '../tests/support/helpers';

const hasGeo = existsSync('public/geo/oblasts.geojson');
const SEED = '../shared/seed';
const hasSeed = existsSync(SEED);
if (!hasSeed) console.warn(`check-data.test: ${SEED} is absent; the test against the article's reading copy is skipped (the fixture test still runs).`);
const ARTICLE = 'telegraph-putin-war-goals.txt';

/** A reading-copy folder written here from the data's own Telegraph quotes, so the quote rule is tested without ../shared. */
function fixtureSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tcm-seed-'));
  const raw = readRaw();
  const claims = (raw.claims as { claims: Array<{ events: ClaimEvent[] }> }).claims;
  const quotes = claims.flatMap((c) => c.events.filter((e) => e.source === 'telegraph-2025-07-01').map((e) => e.quote));
  quotes.push((raw.gains as { quote: string }).quote);
  // Straight quotes and line breaks in the copy: the comparison ignores only those differences.
  writeFileSync(join(dir, ARTICLE), quotes.map((q) => q.replace(/[‘’]/g, "'").replace(/ /g, '\n')).join('\n\n'));
  return dir;
}

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

function errorsFor(root: string, seedDir?: string): string[] {
  const { dataset, errors } = loadDataset({ root, seedDir });
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
      j.claims[1].events[0].precision = 'month';
    }));
    expect(e.join('\n')).toMatch(/\$\.claims\[0\]\.events\[0\]\.date: not a valid date/);
    expect(e.join('\n')).toMatch(/\$\.claims\[1\]\.events\[0\]\.precision: "month" does not match date "2014-03-18"/);
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

  it('accepts a point just outside its oblast line within the stated tolerance (Dachne on the Vovcha)', () => {
    const { dataset, errors } = loadDataset();
    expect(errors).toEqual([]);
    const p = dataset!.claims.find((c) => c.id === 'dachne-capture-2025')!.subject.point!;
    expect([p.lon, p.lat, p.uncertainty_km, p.coords_kind]).toEqual([36.68, 48.08, 4, 'estimate']);
  });

  it('rejects a point that does not say whether it is a gazetteer position or an estimate, or gives no uncertainty', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      const p = j.claims[dachneIdx(j)].subject.point;
      delete p.coords_kind; // the old record had none
      p.uncertainty_km = 0;
    })).join('\n');
    expect(e).toMatch(/\$\.claims\[\d+\]\.subject\.point\.coords_kind: /);
    expect(e).toMatch(/\$\.claims\[\d+\]\.subject\.point\.uncertainty_km: /);
  });

  it('rejects a figure that cites a secondary source (the Daily Times rewrite, the Telegraph copy of AFP)', () => {
    const e1 = errorsFor(badCopy('reference-areas.json', (j) => { j.areas[1].source = 'dailytimes-2025-06-30'; }));
    expect(e1).toContain('data/reference-areas.json: $.areas[1].source: cites "dailytimes-2025-06-30" (Daily Times (rewrite of a Reuters report)), a secondary source; a figure needs a primary source');
    const e2 = errorsFor(badCopy('gains.json', (j) => { for (const m of j.months) m.source = 'telegraph-2025-07-01'; }));
    expect(e2.filter((x) => /a figure needs a primary source/.test(x))).toHaveLength(4);
  });

  it('rejects a secondary source in a primary role: the aggregator for ISW\'s assessment, theSun\'s rewrite for a quote, the telegraph\'s narration as Putin\'s words', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      const ev = j.claims[dachneIdx(j)].events;
      // The old mistake: ISW's assessment cited to a machine-translated aggregator.
      ev.splice(7, 0, {
        date: '2025-08-31', precision: 'day', status: 'assessed', finding: 'contested', source: 'chaspravdy-2025-09-01',
        speaker: 'Institute for the Study of War (ISW)', speaker_uk: 'Інститут вивчення війни (ISW)',
        quote: 'Secondo l’Istituto Americano per lo Studio della Guerra (ISW), basato su video di geolocalizzazione pubblicati il 31 agosto, le forze ucraine sono riuscite a compiere questa importante svolta militare.',
        quote_kind: 'paraphrase', quote_lang: 'it',
      });
      // AFP's sentence cited to theSun's rewrite, shown as the ministry's own words.
      ev[2] = { ...ev[2], source: 'thesun-2025-07-07', quote_kind: 'verbatim' };
      const spief = j.claims.find((c: any) => c.id === 'spief-statement-2025');
      spief.events[0] = { ...spief.events[0], source: 'telegraph-2025-07-01', quote: "'Wherever the Russian soldier treads is ours,' he told an economic forum in St Petersburg" };
    }));
    expect(e).toContain('data/claims.json: $.claims[4].events[7].source: cites "chaspravdy-2025-09-01" (Chas Pravdy (reporting ISW)), a secondary source, for an assessed event (Institute for the Study of War (ISW)); cite the publisher that made or first reported it');
    expect(e).toContain('data/claims.json: $.claims[4].events[2].source: cites "thesun-2025-07-07" (theSun, Malaysia (rewrite of an AFP report)), a secondary source, for a verbatim quote credited to Russian Ministry of Defence; cite the publisher that made or first reported it ("afp-2025-07-07")');
    expect(e.join('\n')).toMatch(/\$\.claims\[\d+\]\.events\[0\]\.source: cites "telegraph-2025-07-01" \(The Telegraph\), a secondary source, for a verbatim quote credited to Vladimir Putin/);
  });

  it('accepts a publication speaking for itself (the Telegraph\'s own report of troops) and reported speech from a secondary source', () => {
    const { errors } = loadDataset({ root: badCopy('claims.json', (j) => {
      const l = j.claims.find((c: any) => c.id === 'luhansk-full-control-2025');
      expect(l.events[0].source).toBe('telegraph-2025-07-01');
      expect(l.events[0].quote_kind).toBe('paraphrase');
    }) });
    expect(errors).toEqual([]);
  });

  it('rejects a rewrite marked primary: a source with rewrite_of, and a publisher that says it cites another', () => {
    const e = errorsFor(badCopy('sources.json', (j) => {
      j.sources.find((s: any) => s.id === 'thesun-2025-07-07').role = 'primary';
      const lb = j.sources.find((s: any) => s.id === 'lb-2025-09-01');
      delete lb.rewrite_of;
      lb.role = 'primary';
      j.sources.find((s: any) => s.id === 'unian-ru-2025-08-08').rewrite_of = 'nowhere';
    }));
    const i = (id: string) => (JSON.parse(readFileSync('data/sources.json', 'utf8')).sources as any[]).findIndex((s) => s.id === id);
    expect(e).toContain(`data/sources.json: $.sources[${i('thesun-2025-07-07')}].role: "thesun-2025-07-07" rewrites "afp-2025-07-07", so its role is "secondary", not "primary"`);
    expect(e).toContain(`data/sources.json: $.sources[${i('lb-2025-09-01')}].role: "lb-2025-09-01" (LB.ua (citing Interfax-Ukraine)) says it relays another publisher, so its role is "secondary" (name the original in rewrite_of), not "primary"`);
    expect(e).toContain(`data/sources.json: $.sources[${i('unian-ru-2025-08-08')}].rewrite_of: unknown source id "nowhere"`);
  });

  it('rejects English claimant, speaker, note and place text without its Ukrainian', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      const d = j.claims[dachneIdx(j)];
      delete d.claimant_uk;
      delete d.events[0].note_uk;
      delete d.events[1].speaker_uk;
      delete d.subject.point.admin_uk;
    }));
    expect(e).toContain('data/claims.json: $.claims[4].claimant_uk: claimant has no Ukrainian text (claimant_uk): the Ukrainian page would show it in English');
    expect(e).toContain('data/claims.json: $.claims[4].events[0].note_uk: note has no Ukrainian text (note_uk): the Ukrainian page would show it in English');
    expect(e).toContain('data/claims.json: $.claims[4].events[1].speaker_uk: speaker has no Ukrainian text (speaker_uk): the Ukrainian page would show it in English');
    expect(e).toContain('data/claims.json: $.claims[4].subject.point.admin_uk: admin has no Ukrainian text (admin_uk): the Ukrainian page would show it in English');
  });

  it('rejects a duplicate event id and a date range that ends before it starts', () => {
    const e1 = errorsFor(badCopy('claims.json', (j) => { j.claims[0].events[1].id = j.claims[0].events[0].id; }));
    expect(e1).toContain('data/claims.json: $.claims[0].events[1].id: duplicate event id "crimea-2014-03-18-putin"');
    const e2 = errorsFor(badCopy('reference-areas.json', (j) => { j.areas[1].until = '2025-06-27'; }));
    expect(e2).toContain('data/reference-areas.json: $.areas[1].until: "2025-06-27" is before the date "2025-06-28" it ends a range from');
  });

  it('rejects an assessment of control without its finding, and a finding on a denial', () => {
    const e = errorsFor(badCopy('claims.json', (j) => {
      const ev = j.claims[dachneIdx(j)].events;
      delete ev[4].finding; // Black Bird Group, 8 July
      ev[1].finding = 'held'; // General Staff denial, 2 July
    })).join('\n');
    expect(e).toMatch(/\$\.claims\[\d+\]\.events\[4\]\.finding: an assessment of control must record what it found/);
    expect(e).toMatch(/\$\.claims\[\d+\]\.events\[1\]\.finding: a finding belongs to an "assessed" event, not "denied"/);
  });

  it('rejects data run through a status rule that lets a denial turn a disputed claim back into "denied"', () => {
    const oldRule = (evs: readonly ClaimEvent[]) => evs.map((e, j) => ({
      status: e.status === 'claimed' && evs.slice(0, j).some((x) => x.status === 'denied') ? ('disputed' as const) : e.status,
      finding: null,
      since: e.date,
    }));
    const { dataset, errors } = validateDataset(readRaw(), undefined, { statusSteps: oldRule });
    expect(dataset).toBeNull();
    expect(errors.map(formatError)).toContain(
      'data/claims.json: $.claims[4].events[1].status: status rule: claimed and denied (or contested) by 2025-07-02, so the claim must show "disputed" until an independent assessment, not "denied"',
    );
  });

  it('quotes credited to the article are checked against a reading copy (fixture): a changed quote fails, whitespace and quote marks do not', () => {
    const seed = fixtureSeed();
    const ok = loadDataset({ seedDir: seed });
    expect(ok.errors).toEqual([]);
    expect(ok.notices).toEqual([]);
    const e = errorsFor(badCopy('claims.json', (j) => {
      const bz = j.claims.find((c: any) => c.id === 'buffer-zone-2025');
      // The old mistake: an analyst's gloss shown as Putin's order, credited to the article.
      bz.events[0] = { ...bz.events[0], source: 'telegraph-2025-07-01', quote: 'Putin ordered a 30 km buffer zone along the border' };
    }), seed).join('\n');
    expect(e).toMatch(/\$\.claims\[\d+\]\.events\[0\]\.quote: quote credited to "telegraph-2025-07-01" does not occur verbatim in its reading copy telegraph-putin-war-goals\.txt/);
  });

  it('without the reading-copy folder, quotes are not checked and the check says so', () => {
    const r = loadDataset({ seedDir: join(tmpdir(), 'no-such-seed-folder') });
    expect(r.errors).toEqual([]);
    expect(r.notices[0]).toMatch(/quotes not checked against reading copies: .*no-such-seed-folder is absent/);
  });

  it.skipIf(!hasSeed)('every quote credited to the Telegraph occurs verbatim in ../shared/seed/, and a changed one fails', () => {
    const ok = loadDataset({ seedDir: SEED });
    expect(ok.errors).toEqual([]);
    expect(ok.notices).toEqual([]);
    const e = errorsFor(badCopy('claims.json', (j) => {
      const t = j.claims.find((c: any) => c.id === 'troops-sumy-kharkiv-2025');
      t.events[0].quote = t.events[0].quote.replace('Tens of thousands', 'Hundreds of thousands');
    }), SEED);
    expect(e.join('\n')).toMatch(/does not occur verbatim in its reading copy/);
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
