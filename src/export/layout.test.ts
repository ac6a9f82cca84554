// Figure layout with a fake monospace measure: wrapping, map box, date stamp, legend columns.
import { describe, expect, it } from 'vitest';
import { FIG, layoutFigure, wrapText, type Measure } from './layout';

/** A monospace fake: every character is half an em wide. */
const measure: Measure = (t, f) => Array.from(t).length * f.size * 0.5;

describe('figure layout', () => {
  const input = (w: number) => ({
    theme: 'light' as const,
    mapWidth: w,
    mapHeight: 400,
    title: 'Russia’s territorial claims in Ukraine on 1 July 2025',
    subtitle: 'A claim is not a fact.',
    date: '1 July 2025',
    legendTitle: 'Legend',
    legend: [
      { key: 'held', label: 'Held by Russia since 2014 (assessed)' },
      { key: 'annex', label: 'Annexation claimed by Russia (hatched)' },
      { key: 'zone', label: 'Buffer zone' },
      { key: 'claimed', label: 'Village capture claimed' },
    ],
    credits: ['Sources: The Telegraph; Reuters', 'Boundaries: Natural Earth', 'Made with the map'],
  });

  it('wraps words to the width and breaks over-long words', () => {
    const f = { size: 10, weight: 400 as const };
    expect(wrapText('aa bb cc', 25, f, measure)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 20, f, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 20, f, measure)).toEqual(['']);
  });

  it('is the map width plus padding, with the map at its CSS size below the title', () => {
    const l = layoutFigure(input(800), measure);
    expect(l.width).toBe(800 + 2 * FIG.pad);
    expect(l.map).toMatchObject({ x: FIG.pad, w: 800, h: 400 });
    const title = l.text.filter((t) => t.role === 'title');
    expect(title.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...title.map((t) => t.y))).toBeLessThan(l.map.y);
    expect(Number.isInteger(l.height)).toBe(true);
    const credits = l.text.filter((t) => t.role === 'credits');
    expect(credits.at(-1)!.y).toBeLessThan(l.height);
    expect(credits[0]!.y).toBeGreaterThan(l.map.y + l.map.h);
  });

  it('puts the date stamp inside the map and the legend below it', () => {
    const l = layoutFigure(input(800), measure);
    const d = l.dateBox;
    expect(d.x).toBeGreaterThanOrEqual(l.map.x);
    expect(d.y + d.h).toBeLessThanOrEqual(l.map.y + l.map.h);
    expect(l.text.find((t) => t.role === 'date')!.text).toBe('1 July 2025');
    expect(l.swatches).toHaveLength(4);
    for (const s of l.swatches) expect(s.rect.y).toBeGreaterThan(l.map.y + l.map.h);
  });

  it('uses more legend columns when wide, one when narrow, and no text overflows the width', () => {
    const wide = layoutFigure(input(1000), measure);
    const narrow = layoutFigure(input(280), measure);
    const cols = (l: typeof wide) => new Set(l.swatches.map((s) => s.rect.x)).size;
    expect(cols(wide)).toBeGreaterThan(1);
    expect(cols(narrow)).toBe(1);
    expect(narrow.height).toBeGreaterThan(wide.height - 600 + 0); // narrow wraps more lines
    for (const l of [wide, narrow]) for (const t of l.text) expect(t.x + measure(t.text, t.font)).toBeLessThanOrEqual(l.width - FIG.pad + 0.001);
  });

  it('omits the legend block when nothing is shown', () => {
    const l = layoutFigure({ ...input(600), legend: [] }, measure);
    expect(l.swatches).toHaveLength(0);
    expect(l.text.some((t) => t.role === 'legend-title')).toBe(false);
  });
});
