// The compare CSV through the one writer: a net loss is written as a number (-132.2), never as the
// text '-132.2, so a spreadsheet's column sum over observed_net_km2 counts every oblast.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ObservedComparison } from '../domain/compare';
import type { OblastCollection } from '../domain/geo';
import { claimsAt } from '../domain/join';
import { realDataset } from '../../tests/support/helpers';
import { COMPARE_COLUMNS, compareCsv } from './compare-csv';

const data = realDataset();
const oblasts = JSON.parse(readFileSync('public/geo/oblasts.geojson', 'utf8')) as OblastCollection;
const rows = [
  { id: 'UA-14', gained: 10.04, lost: 142.24, net: -132.2 },
  { id: 'UA-09', gained: 324.81, lost: 1.25, net: 323.56 },
  { id: 'UA-23', gained: 0, lost: 5.5, net: -5.5 },
];
const observed: ObservedComparison = {
  from: { requested: '2025-06-01', snapshot: '2025-06-01', exact: true },
  to: { requested: '2025-06-30', snapshot: '2025-06-30', exact: true },
  oblasts: rows,
  totals: { gained: 334.85, lost: 148.99, net: 185.86 },
  faces: new Uint8Array(0),
  missing: [],
  missingDays: 0,
};

describe('compare CSV numbers', () => {
  const csv = compareCsv(claimsAt(data, '2025-06-30'), oblasts, data.sources, observed);
  const table: string[][] = parse(csv, { bom: true });
  const col = table[0]!.indexOf(COMPARE_COLUMNS[2]);

  it('writes a net loss as a plain negative number', () => {
    expect(table.find((r) => r[0] === 'UA-14')![col]).toBe('-132.2');
    expect(csv).not.toContain("'-132.2");
  });

  it('a column sum over observed_net_km2 counts the negative rows', () => {
    const numeric = table.slice(1).map((r) => r[col]!).filter((c) => c !== '');
    expect(numeric.every((c) => Number.isFinite(Number(c)))).toBe(true);
    const sum = numeric.reduce((s, c) => s + Number(c), 0);
    expect(sum).toBeCloseTo(-132.2 + 323.6 - 5.5, 6);
  });
});
