// Animated export, pure parts: frame dates per step (month ends, leap days, ranges that do not
// divide evenly), file names, frame durations, refused ranges, the frame figure (text, observed
// entry, one map size for all frames, exact pixel sizes), the GIF palette and the format offers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OblastCollection } from '../../domain/geo';
import { decodeObserved } from '../../domain/observed-format';
import { packHistory, parseSnapshot } from '../../../scripts/pipeline/observed-pack';
import { frameLayout, frameText, planFrames, FIXED_SCALE } from './figure';
import { animationFileName, defaultRange, frameCount, frameDates, frameDurations, rangeProblem, stepDate } from './frames';
import { exactColours, gifPalette, hexRgb, over, PaletteMapper, PALETTE_SIZE, UNCHANGED_INDEX } from './palette';
import { offers } from './support';
import { FIG, type Measure } from '../layout';
import { ANIM_STRINGS } from './animation.i18n';
import { plural } from '../../i18n/plural';
import { THEME } from '../../symbols/theme';
import { miniSnapshots, realDataset } from '../../../tests/support/helpers';

const measure: Measure = (t, f) => Array.from(t).length * f.size * 0.5;
const data = realDataset();

describe('frame dates', () => {
  it('steps by day, week and month from `from`, ending on `to`', () => {
    expect(frameDates('2025-06-28', '2025-07-02', 'day')).toEqual(['2025-06-28', '2025-06-29', '2025-06-30', '2025-07-01', '2025-07-02']);
    expect(frameDates('2025-06-01', '2025-06-29', 'week')).toEqual(['2025-06-01', '2025-06-08', '2025-06-15', '2025-06-22', '2025-06-29']);
    expect(frameDates('2025-01-15', '2025-04-15', 'month')).toEqual(['2025-01-15', '2025-02-15', '2025-03-15', '2025-04-15']);
  });

  it('ends on `to` when the range does not divide evenly by the step', () => {
    expect(frameDates('2025-06-01', '2025-07-01', 'week')).toEqual(['2025-06-01', '2025-06-08', '2025-06-15', '2025-06-22', '2025-06-29', '2025-07-01']);
    expect(frameDates('2025-01-10', '2025-03-01', 'month')).toEqual(['2025-01-10', '2025-02-10', '2025-03-01']);
    expect(frameDates('2025-06-01', '2025-06-03', 'week')).toEqual(['2025-06-01', '2025-06-03']);
  });

  it('counts months from `from` each time: month ends clamp without drifting', () => {
    expect(frameDates('2025-01-31', '2025-05-31', 'month')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    expect(stepDate('2025-01-31', 'month', 2)).toBe('2025-03-31');
  });

  it('handles leap days', () => {
    expect(frameDates('2024-01-31', '2024-03-31', 'month')).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(frameDates('2024-02-27', '2024-03-01', 'day')).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(frameDates('2024-02-22', '2024-03-14', 'week')).toEqual(['2024-02-22', '2024-02-29', '2024-03-07', '2024-03-14']);
    expect(frameDates('2024-02-29', '2025-02-28', 'month').slice(-2)).toEqual(['2025-01-29', '2025-02-28']);
  });

  it('frame N is from + N·step for every N, and frameCount agrees', () => {
    for (const step of ['day', 'week', 'month'] as const) {
      const ds = frameDates('2023-12-31', '2025-03-01', step);
      ds.slice(0, -1).forEach((d, n) => expect(d).toBe(stepDate('2023-12-31', step, n)));
      expect(ds.at(-1)).toBe('2025-03-01');
      expect(new Set(ds).size).toBe(ds.length);
      expect(frameCount('2023-12-31', '2025-03-01', step)).toBe(ds.length);
    }
  });

  it('refuses empty, reversed and invalid ranges', () => {
    expect(rangeProblem('2025-06-01', '2025-06-01')).toBe('empty');
    expect(rangeProblem('2025-07-01', '2025-06-01')).toBe('reversed');
    expect(rangeProblem('', '2025-06-01')).toBe('invalid');
    expect(rangeProblem('2025-02-30', '2025-06-01')).toBe('invalid');
    expect(rangeProblem('2025-06-01', '2025-06-02')).toBeNull();
    expect(() => frameDates('2025-07-01', '2025-06-01', 'day')).toThrow(/2025-07-01 → 2025-06-01: reversed/);
    expect(frameCount('2025-07-01', '2025-06-01', 'day')).toBe(0);
  });

  it('defaults to the three months before the selected date, inside the timeline', () => {
    expect(defaultRange('2025-07-01', '2014-02-20')).toEqual({ from: '2025-04-01', to: '2025-07-01' });
    expect(defaultRange('2025-05-31', '2014-02-20')).toEqual({ from: '2025-02-28', to: '2025-05-31' });
    expect(defaultRange('2014-03-10', '2014-02-20')).toEqual({ from: '2014-02-20', to: '2014-03-10' });
  });
});

describe('file names and durations', () => {
  it('names the file territorial-control_<from>_<to>_<step>.<ext>', () => {
    expect(animationFileName('2025-06-01', '2025-07-01', 'week', 'gif')).toBe('territorial-control_2025-06-01_2025-07-01_week.gif');
    expect(animationFileName('2025-01-01', '2025-12-31', 'month', 'mp4')).toBe('territorial-control_2025-01-01_2025-12-31_month.mp4');
    expect(animationFileName('2024-02-28', '2024-03-01', 'day', 'webm')).toBe('territorial-control_2024-02-28_2024-03-01_day.webm');
  });

  it('gives whole-millisecond durations that sum to count/fps plus the hold', () => {
    expect(frameDurations(3, 2, 1000)).toEqual([500, 500, 1500]);
    const d = frameDurations(7, 3, 0);
    expect(d.reduce((a, b) => a + b, 0)).toBe(Math.round((7 * 1000) / 3));
    expect(Math.max(...d) - Math.min(...d)).toBeLessThanOrEqual(1);
    expect(() => frameDurations(3, 0, 0)).toThrow(/positive/);
  });
});

describe('frame figure', () => {
  const dates = frameDates('2025-06-01', '2025-07-01', 'week');
  const texts = dates.map((d) => frameText(data, null, d, 'en'));

  it('carries the date as a large stamp, the sources of the date and the credits; the title has no date', () => {
    const t = frameText(data, null, '2025-07-01', 'en');
    expect(t.date).toBe('1 July 2025');
    expect(t.title).not.toMatch(/2025/);
    expect(t.dateFont.size).toBeGreaterThan(FIG.date.size * 1.5);
    expect(t.credits.join(' ')).toMatch(/Sources: .*The Telegraph/);
    expect(t.credits.join(' ')).toMatch(/Natural Earth/);
    expect(t.credits.at(-1)).toMatch(/open territorial-claims map/);
  });

  it('has a legend of only what is drawn on that date', () => {
    const early = frameText(data, null, '2014-03-01', 'en').legend.map((l) => l.key);
    const late = frameText(data, null, '2025-07-01', 'en').legend.map((l) => l.key);
    expect(late).toEqual(expect.arrayContaining(['fullClaim', 'annex', 'zone', 'claimed', 'troops', 'borderRu']));
    expect(early).not.toContain('zone');
    expect(early).not.toContain('troops');
    expect(early.length).toBeLessThan(late.length);
  });

  it('adds the observed area and the DeepState GPL-3.0 credit once a snapshot exists', () => {
    const dir = join(process.cwd(), 'tests/fixtures/observed-mini');
    const oblasts = JSON.parse(readFileSync(join(dir, 'oblasts.geojson'), 'utf8')) as OblastCollection;
    const h = decodeObserved(JSON.parse(JSON.stringify(packHistory(miniSnapshots().map((f) => parseSnapshot(f.name, f.text)), oblasts).packed)));
    const first = h.dates[0]!;
    const after = frameText(data, h, first, 'en');
    expect(after.legend.at(-1)!.key).toBe('observed');
    expect(after.credits.join(' · ')).toMatch(/DeepStateMap, GPL-3.0/);
    const before = frameText(data, h, '2014-03-01', 'en');
    expect(before.legend.some((l) => l.key === 'observed')).toBe(false);
    expect(before.credits.join(' · ')).not.toMatch(/DeepState/);
  });

  it('fixed sizes are exact and keep one map rectangle in every frame', () => {
    for (const [size, w, h] of [['square', 1080, 1080], ['landscape', 1920, 1080], ['portrait', 1080, 1920]] as const) {
      const plan = planFrames(texts, size, { width: 800, height: 600 }, measure, 'light');
      expect([plan.width, plan.height, plan.scale]).toEqual([w, h, FIXED_SCALE]);
      const layouts = texts.map((t) => frameLayout(t, plan, measure, 'light'));
      for (const l of layouts) {
        expect(Math.round(l.width * plan.scale)).toBe(w);
        expect(Math.round(l.height * plan.scale)).toBe(h);
        expect(l.map).toEqual(layouts[0]!.map);
        expect(l.text.find((x) => x.role === 'date')!.font.size).toBe(t0DateSize());
      }
    }
  });

  it('"as shown" keeps the on-screen map size and gives even pixel sizes', () => {
    const plan = planFrames(texts, 'shown', { width: 801, height: 603 }, measure, 'light');
    expect(plan.scale).toBe(1);
    expect(plan.mapHeight).toBe(603);
    expect(plan.width % 2).toBe(0);
    expect(plan.height % 2).toBe(0);
    expect(plan.mapWidth).toBeGreaterThanOrEqual(800);
    for (const t of texts) expect(frameLayout(t, plan, measure, 'light').height).toBe(plan.height);
  });
});

const t0DateSize = () => frameText(data, null, '2025-06-01', 'en').dateFont.size;

describe('GIF palette', () => {
  const palette = gifPalette('light');
  it('has exactly 256 entries and holds every theme colour and blend exactly', () => {
    expect(palette).toHaveLength(PALETTE_SIZE);
    const keys = new Set(palette.map((c) => c.join(',')));
    for (const hex of [THEME.land, THEME.background, THEME.borderRu, THEME.point.claimed, THEME.point.denied, THEME.observedLine, FIG.colors.text, FIG.colors.muted]) {
      expect(keys.has(hexRgb(hex).join(','))).toBe(true);
    }
    const land = hexRgb(THEME.land);
    expect(keys.has(over(hexRgb(THEME.claimedFill), THEME.claimedOpacity, land).join(','))).toBe(true);
    expect(keys.has(over(hexRgb(THEME.russianControlFill), THEME.russianControlOpacity, land).join(','))).toBe(true);
    expect(keys.has(over(hexRgb(THEME.observedFill), THEME.observedOpacity, land).join(','))).toBe(true);
    expect(exactColours('light').length).toBeLessThan(80);
  });

  it('maps exact colours to themselves and others to the nearest entry, never to the unchanged slot', () => {
    const m = new PaletteMapper(palette.slice(0, UNCHANGED_INDEX));
    expect(m.nearest(...palette[UNCHANGED_INDEX]!)).not.toBe(UNCHANGED_INDEX);
    for (const c of exactColours('light')) expect(palette[m.nearest(...c)]).toEqual(c);
    const px = new Uint8ClampedArray([...hexRgb(THEME.land), 255, 250, 249, 246, 255]);
    const idx = m.map(px);
    expect(palette[idx[0]!]).toEqual(hexRgb(THEME.land));
    expect(palette[idx[1]!]).toEqual(hexRgb(THEME.land)); // one step off land is still land
  });
});

describe('format offers', () => {
  it('offers only what works and says why the rest is missing', () => {
    const all = offers({ worker: true, videoEncoder: true, codecs: { avc: true, vp9: true, vp8: true, av1: true } });
    expect(all.map((o) => [o.format, o.ok && o.codec])).toEqual([['webm', 'vp9'], ['mp4', 'avc'], ['gif', undefined]]);
    const noH264 = offers({ worker: true, videoEncoder: true, codecs: { avc: false, vp9: true, vp8: true, av1: false } });
    expect(noH264.find((o) => o.format === 'mp4')).toEqual({ format: 'mp4', ok: true, codec: 'vp9' });
    const none = offers({ worker: true, videoEncoder: false, codecs: {} });
    expect(none.filter((o) => o.ok).map((o) => o.format)).toEqual(['gif']);
    expect(none[0]).toMatchObject({ ok: false, reason: 'noWebCodecs' });
    const noCodec = offers({ worker: true, videoEncoder: true, codecs: { avc: false, vp9: false, vp8: false, av1: false } });
    expect(noCodec[1]).toMatchObject({ ok: false, reason: 'noCodec', codecs: 'H.264, VP9, AV1' });
    expect(offers({ worker: false, videoEncoder: true, codecs: { vp9: true } }).every((o) => !o.ok)).toBe(true);
  });
});

describe('frame count wording', () => {
  it('counts frames with each language\'s plural forms', () => {
    const word = (n: number, lang: 'en' | 'uk') => plural(ANIM_STRINGS[lang].frames, n, lang);
    expect([1, 2, 6].map((n) => word(n, 'en'))).toEqual(['frame', 'frames', 'frames']);
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => word(n, 'uk'))).toEqual(['кадр', 'кадри', 'кадрів', 'кадрів', 'кадр', 'кадри', 'кадрів']);
  });
});
