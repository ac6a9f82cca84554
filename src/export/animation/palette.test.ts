// The GIF palette follows the animation's theme: a dark animation's page, land and date box are
// stored exactly (a light-only palette maps them to the nearest light or cube entry, and the GIF's
// page turns a different grey).
import { describe, expect, it } from 'vitest';
import { FIG_COLORS } from '../layout';
import { DARK, LIGHT } from '../../symbols/palettes';
import { exactColours, gifPalette, hexRgb, over, PaletteMapper, PALETTE_SIZE, UNCHANGED_INDEX } from './palette';

const has = (palette: readonly (readonly number[])[], c: readonly number[]) => palette.some((p) => p.join() === c.join());

describe('GIF palette per theme', () => {
  it('the dark palette holds the dark page, land, labels and blends exactly', () => {
    const dark = gifPalette('dark');
    expect(dark).toHaveLength(PALETTE_SIZE);
    for (const hex of [FIG_COLORS.dark.background, FIG_COLORS.dark.text, DARK.land, DARK.background, DARK.label, DARK.observedLine]) expect(has(dark, hexRgb(hex))).toBe(true);
    expect(has(dark, over(hexRgb(DARK.claimedFill), DARK.claimedOpacity, hexRgb(DARK.land)))).toBe(true);
    // the date box: the dark page at 92 % over the dark land
    expect(has(dark, over(hexRgb(FIG_COLORS.dark.background), 0.92, hexRgb(DARK.land)))).toBe(true);
  });

  it('a dark pixel keeps its colour in the dark palette, not in the light one', () => {
    const page = hexRgb(FIG_COLORS.dark.background);
    const land = hexRgb(DARK.land);
    const dark = gifPalette('dark');
    const light = gifPalette('light');
    const inDark = new PaletteMapper(dark.slice(0, UNCHANGED_INDEX));
    const inLight = new PaletteMapper(light.slice(0, UNCHANGED_INDEX));
    expect(dark[inDark.nearest(...page)]).toEqual(page);
    expect(dark[inDark.nearest(...land)]).toEqual(land);
    expect(light[inLight.nearest(...land)]).not.toEqual(land);
  });

  it('light is unchanged: the white page and light land, and the two exact sets differ', () => {
    const light = gifPalette('light');
    expect(has(light, [255, 255, 255])).toBe(true);
    expect(has(light, hexRgb(LIGHT.land))).toBe(true);
    expect(exactColours('dark')).not.toEqual(exactColours('light'));
  });
});
