// Pure pieces of compare mode and the theme: the dark palette has the light one's keys, the theme choice resolves,
// the compare CSV adds three columns, the figure text carries both dates, and the figure layout takes
// the theme's page colours.
import { describe, expect, it } from 'vitest';
import { claimsAt } from './join';
import type { ObservedComparison } from './compare';
import { compareView } from './compare-view';
import { resolveTheme } from '../state/url-view';
import { COMPARE_COLUMNS, compareCsvName, compareRows } from '../export/compare-csv';
import { compareFigureText } from '../export/compare-figure';
import { figureText } from '../export/content';
import { FIG_COLORS, layoutFigure } from '../export/layout';
import { swatchSvg } from '../symbols/markup';
import { DARK_THEME } from '../symbols/palettes';
import { THEME } from '../symbols/theme';
import type { AppData } from '../state/load';
import { readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import type { OblastCollection } from './geo';
import { realDataset } from '../../tests/support/helpers';

const realOblasts = () => JSON.parse(readFileSync(joinPath(process.cwd(), 'public/geo/oblasts.geojson'), 'utf8')) as OblastCollection;

const keysDeep = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keysDeep(v).map((x) => `${k}.${x}`) : [k])).sort();

describe('dark palette and theme choice', () => {
  it('has exactly the keys of THEME, with values of the same types', () => {
    expect(keysDeep(DARK_THEME)).toEqual(keysDeep(THEME));
    for (const [k, v] of Object.entries(THEME)) expect(typeof (DARK_THEME as Record<string, unknown>)[k]).toBe(typeof v);
  });
  it('auto follows the system; absent means light', () => {
    expect(resolveTheme('auto', true)).toBe('dark');
    expect(resolveTheme('auto', false)).toBe('light');
    expect(resolveTheme(undefined, true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('compare exports', () => {
  const data = realDataset();
  const oblasts = realOblasts();
  const join = claimsAt(data, '2025-06-30');
  const observed: ObservedComparison = {
    from: { requested: '2025-06-01', snapshot: '2025-06-01', exact: true },
    to: { requested: '2025-06-30', snapshot: '2025-06-30', exact: true },
    oblasts: [
      { id: 'UA-14', gained: 324.81, lost: 1.25, net: 323.56 },
      { id: 'UA-09', gained: 0, lost: 0, net: 0 },
    ],
    totals: { gained: 324.81, lost: 1.25, net: 323.56 },
    faces: new Uint8Array(0),
    missing: [],
    missingDays: 0,
  };

  it('the CSV keeps the status columns and adds gained, lost and net per oblast (empty where unknown)', () => {
    const rows = compareRows(join, oblasts, data.sources, observed);
    expect(rows[0]!.slice(-3)).toEqual([...COMPARE_COLUMNS]);
    expect(rows[0]!.slice(0, 7)).toEqual(['id', 'name_en', 'name_uk', 'status', 'since', 'source', 'quote']);
    expect(rows).toHaveLength(28);
    expect(rows.find((r) => r[0] === 'UA-14')!.slice(-3)).toEqual(['324.8', '1.3', '323.6']);
    expect(rows.find((r) => r[0] === 'UA-09')!.slice(-3)).toEqual(['0.0', '0.0', '0.0']);
    expect(rows.find((r) => r[0] === 'UA-46')!.slice(-3)).toEqual(['', '', '']);
    expect(compareRows(join, oblasts, data.sources, null)[1]!.slice(-3)).toEqual(['', '', '']);
    expect(compareCsvName('2025-06-01', '2025-06-30')).toBe('territorial-control_2025-06-01_2025-06-30.csv');
  });

  it('the figure text carries both dates, the compare legend and the snapshots used', () => {
    const app = { dataset: data, geo: { oblasts, context: { type: 'FeatureCollection', features: [] }, zone: { type: 'FeatureCollection', features: [] } }, observed: null } as unknown as AppData;
    const view = { ...compareView(app, '2025-06-01', join), observed };
    const t = compareFigureText(figureText(join, data.sources, 'en'), view, 'en');
    expect(t.title).toBe('Territorial claims and observed change, 1 June 2025 → 30 June 2025');
    expect(t.date).toBe('1 Jun 2025 → 30 Jun 2025');
    expect(t.legend.map((l) => l.key)).toEqual(expect.arrayContaining(['cmpGained', 'cmpLost', 'cmpSame']));
    expect(t.credits[0]).toBe('DeepState 1 June 2025 → 30 June 2025 (GPL-3.0)');
    const uk = compareFigureText(figureText(join, data.sources, 'uk'), view, 'uk');
    expect(uk.title).toContain('1 червня 2025 р. → 30 червня 2025 р.');
  });

  it('the figure takes the theme’s page colours, and swatches are drawn in the theme’s palette', () => {
    const measure = (s: string) => s.length * 6;
    const input = { theme: 'light' as const, mapWidth: 400, mapHeight: 300, title: 'T', subtitle: 'S', date: 'D', legendTitle: 'L', legend: [{ key: 'held', label: 'x' }], credits: ['c'] };
    const light = layoutFigure(input, measure);
    const dark = layoutFigure({ ...input, theme: 'dark' }, measure);
    expect(light.theme).toBe('light');
    expect(light.text.find((t) => t.role === 'title')!.color).toBe(FIG_COLORS.light.text);
    expect(dark.text.find((t) => t.role === 'title')!.color).toBe(FIG_COLORS.dark.text);
    expect(dark.width).toBe(light.width);
    expect(swatchSvg('held', 1, 'dark')).toContain(DARK_THEME.russianControlFill);
    expect(swatchSvg('held', 1, 'light')).toContain(THEME.russianControlFill);
    expect(swatchSvg('cmpGained', 1, 'light')).not.toBe(swatchSvg('cmpLost', 1, 'light'));
  });
});
