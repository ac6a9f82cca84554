// The seam, proved with a second, made-up source: FixtureWatch's hand-drawn days beside the synthetic
// history under the default source. With both, the legend has two observed groups, the ledger a
// result per source, and the status CSV the observed columns once per source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import { decodeObserved, type ObservedHistory } from '../domain/observed-format';
import { notOccupiedSubjects, packHistory, parseSnapshot } from '../../scripts/pipeline/observed-pack';
import { ClaimsVsObservedPanel, ObservedLegends } from '../components/Observed';
import { CSV_COLUMNS, OBSERVED_COLUMNS, statusRowsBySource } from '../export/csv';
import { miniSnapshots, realDataset } from '../../tests/support/helpers';
import { FIXTURE_WATCH_DAYS } from './fixture-watch/days';
import { fixtureWatch } from './fixture-watch/manifest';
import { observedSource } from './registry';
import { ledgerBySource, type SourceRecord } from './records';

const oblasts = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/observed-mini/oblasts.geojson'), 'utf8')) as OblastCollection;
const data = realDataset();
const decode = (inputs: ReturnType<typeof parseSnapshot>[]): ObservedHistory =>
  decodeObserved(JSON.parse(JSON.stringify(packHistory(inputs, oblasts, undefined, { notOccupied: notOccupiedSubjects(data.claims).filter((id) => oblasts.features.some((f) => f.properties.id === id)) }).packed)));
const mini = decode(miniSnapshots().map((f) => parseSnapshot(f.name, f.text)));
// The importer still reads the default source's file names; the days go in under that name.
const fw = decode(Object.entries(FIXTURE_WATCH_DAYS).map(([d, fc]) => parseSnapshot(`deepstatemap_data_${d.replace(/-/g, '')}.geojson`, JSON.stringify(fc))));
const records: SourceRecord[] = [
  { source: observedSource(), history: mini },
  { source: fixtureWatch, history: fw },
];
const DATE = '2025-07-15';

describe('two observed sources', () => {
  it('the legend shows one observed group per source, each with its own name and licence', () => {
    const out = renderToStaticMarkup(<ObservedLegends records={records} date={DATE} lang="en" theme="light" />);
    expect(out.match(/data-testid="legend-group-observed"/g)).toHaveLength(2);
    expect(out).toContain('data-source="fixture-watch"');
    expect(out).toContain(`data-source="${observedSource().id}"`);
    expect(out).toContain('Observed (FixtureWatch, 10 July 2025)');
    expect(out).toContain(`Observed (${observedSource().name}, 30 June 2025)`);
    expect(out).toContain('FixtureWatch Lab, CC0-1.0');
  });

  it('the ledger gives a result per source: the same claim, measured against each record', () => {
    const ledgers = ledgerBySource(data.claims, records, DATE);
    expect(ledgers.map((l) => l.source.id)).toEqual([observedSource().id, 'fixture-watch']);
    const luhansk = ledgers.map((l) => l.rows.find((r) => r.claim.id === 'luhansk-full-control-2025' && r.subject.kind === 'oblast' && r.subject.id === 'UA-09')!);
    expect(luhansk.every(Boolean)).toBe(true);
    expect(luhansk.map((r) => r.at?.snapshot)).toEqual(['2025-06-30', '2025-07-10']);
    // FixtureWatch draws all of the Luhansk square on 10 July; the synthetic history leaves ground outside it
    expect(luhansk[1]!.at!.notOccupiedAreas).toBe(0);
    expect(luhansk[0]!.at!.notOccupiedAreas).toBeGreaterThan(0);
    const panels = records.map((r) =>
      renderToStaticMarkup(<ClaimsVsObservedPanel observed={r.history} source={r.source} join={claimsAt(data, DATE)} oblasts={oblasts} lang="en" claims={data.claims} />));
    expect(panels[0]).toContain(`data-source="${observedSource().id}"`);
    expect(panels[1]).toContain('data-source="fixture-watch"');
    expect(panels[1]).toContain('the area FixtureWatch shows as occupied (assessed by ');
  });

  it('the status CSV carries the observed columns once per source', () => {
    const ledgers = ledgerBySource(data.claims, records, DATE);
    const rows = statusRowsBySource(claimsAt(data, DATE), oblasts, data.sources, ledgers);
    const head = rows[0]!;
    for (const id of [observedSource().id, 'fixture-watch']) for (const c of OBSERVED_COLUMNS) expect(head).toContain(`${c}_${id}`);
    expect(head.length).toBe(CSV_COLUMNS.length + OBSERVED_COLUMNS.length);
    const luhansk = rows.find((r) => r[0] === 'UA-09')!;
    const col = (name: string) => luhansk[head.indexOf(name)];
    expect(col(`observed_snapshot_${observedSource().id}`)).toBe('2025-06-30');
    expect(col('observed_snapshot_fixture-watch')).toBe('2025-07-10');
    expect(col('not_occupied_areas_fixture-watch')).toBe('0');
    // one source keeps the plain names
    expect(statusRowsBySource(claimsAt(data, DATE), oblasts, data.sources, ledgers.slice(0, 1))[0]).toEqual([...CSV_COLUMNS]);
  });
});
