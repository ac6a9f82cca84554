// The status CSV of a date on today's data: header, one row per oblast, round-trip through a parser.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import { statusCsv, statusRows, CSV_COLUMNS } from './csv';
import type { GeoBundle } from '../state/load';
import { realDataset } from '../../tests/support/helpers';
import { parseCsv } from '../../tests/support/csv';

const data = realDataset();
const readGeo = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as FeatureCollection;
const geo: GeoBundle = { oblasts: readGeo('oblasts.geojson') as OblastCollection, context: readGeo('context.geojson'), zone: readGeo('buffer-zone.geojson') };

describe('CSV', () => {
  it('has a header and 27 oblast rows that round-trip, Cyrillic and quotes included', () => {
    const join = claimsAt(data, '2025-07-01');
    const csv = statusCsv(join, geo.oblasts, data.sources);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(28);
    expect(rows).toEqual(statusRows(join, geo.oblasts, data.sources));
    const luhansk = rows.find((r) => r[0] === 'UA-09')!;
    expect(luhansk[2]).toBe('Луганська область');
    // The buffer zone no longer names Luhansk (it faces Belgorod, Bryansk and Kursk regions).
    expect(luhansk[3]).toBe('area-control:claimed; annexation:disputed');
    expect(luhansk[4]).toBe('2025-06-30');
    expect(luhansk[5]).toMatch(/^TASS: .*<https:\/\/tass\.com\//);
    expect(rows.find((r) => r[0] === 'UA-74')![3]).toBe('buffer-zone:claimed');
    const dnipro = statusRows(claimsAt(data, '2025-08-09'), geo.oblasts, data.sources).find((r) => r[0] === 'UA-12')!;
    expect(dnipro[3]).toBe('point-control:assessed:contested');
    expect(luhansk[6]!.length).toBeGreaterThan(10);
    // no record passed: the observed and ledger columns stay empty; no correction: `corrected` empty
    expect(rows.find((r) => r[0] === 'UA-05')!.slice(3)).toEqual(['none', '', '', '', '', '', '', '', '']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...rows.slice(1).map((r) => r[0]!)].sort());
  });
});
