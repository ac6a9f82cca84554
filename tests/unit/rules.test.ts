// Rule tests on the made-up fixture claims (tests/fixtures/claims): the join's status rules and the
// timeline's tick and play rules, independent of today's data. Plus a golden SVG export of the
// fixture map (tests/fixtures/golden/figure-2025-01-20.svg): any change to the figure's markup
// shows up as a diff to review; regenerate with `npx vitest run tests/unit/rules.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { claimsAt, eventDates } from '../../src/domain/join';
import { placesCollection } from '../../src/domain/places';
import { nextPlayDate, nextTick, prevTick } from '../../src/domain/timeline';
import { figureText } from '../../src/export/content';
import { layoutFigure } from '../../src/export/layout';
import { buildScene, figureSvg } from '../../src/export/svg';
import { fixtureDataset, fixtureGeo } from './fixture-data';

const data = fixtureDataset();

describe('join rules (fixture claims)', () => {
  it('nothing before the first event; the event status after it', () => {
    expect(claimsAt(data, '2025-01-09').oblasts['UA-09']?.control ?? null).toBeNull();
    expect(claimsAt(data, '2025-01-10').oblasts['UA-09']?.control?.status).toBe('claimed');
    expect(claimsAt(data, '2025-01-12').oblasts['UA-09']?.control?.status).toBe('denied');
  });

  it('a claim repeated after a denial is shown as disputed', () => {
    expect(claimsAt(data, '2025-01-20').oblasts['UA-09']?.control?.status).toBe('disputed');
  });

  it('a month-precision event takes effect on the first day of its month', () => {
    expect(claimsAt(data, '2024-04-30').oblasts['UA-43']?.annexation ?? null).toBeNull();
    expect(claimsAt(data, '2024-05-01').oblasts['UA-43']?.annexation?.status).toBe('claimed');
  });

  it('a village claim follows its events: claimed, then denied', () => {
    const at = (d: string) => claimsAt(data, d).active.find((a) => a.claim.id === 'fx-village')?.status ?? null;
    expect([at('2025-01-31'), at('2025-02-01'), at('2025-02-03')]).toEqual([null, 'claimed', 'denied']);
  });
});

describe('timeline rules (fixture claims)', () => {
  const dates = eventDates(data);
  it('ticks are the event dates, in order, once each', () => {
    expect(dates).toEqual(['2024-05-01', '2025-01-10', '2025-01-12', '2025-01-20', '2025-02-01', '2025-02-03']);
  });
  it('previous and next tick step over the event dates', () => {
    expect(nextTick('2025-01-10', dates)).toBe('2025-01-12');
    expect(prevTick('2025-01-12', dates)).toBe('2025-01-10');
    expect(nextTick('2025-02-03', dates)).toBeNull();
    expect(prevTick('2024-05-01', dates)).toBeNull();
  });
  it('play moves forward, never past the range end', () => {
    const range = { min: '2024-05-01', max: '2025-02-03' };
    const next = nextPlayDate('2025-01-11', dates, range);
    expect(next > '2025-01-11').toBe(true);
    expect(nextPlayDate('2025-02-03', dates, range)).toBe('2025-02-03');
  });
});

describe('golden SVG export (fixture map)', () => {
  it('the figure of 2025-01-20 matches the committed SVG', async () => {
    const geo = fixtureGeo();
    const join = claimsAt(data, '2025-01-20');
    const measure = (t: string, f: { size: number }) => t.length * f.size * 0.55;
    const text = figureText(join, data.sources, 'en');
    const layout = layoutFigure({ ...text, mapWidth: 400, mapHeight: 300 }, measure);
    // A plain equirectangular projection of the squares' box (29–33°E, 47–50°N) onto 400×300.
    const project = ([lon, lat]: [number, number]): [number, number] => [((lon - 29) / 4) * 400, ((50 - lat) / 3) * 300];
    const scene = buildScene({ geo, join, places: placesCollection(data.claims, geo.oblasts), lang: 'en', project, zoom: 5, width: 400, height: 300, measure });
    const svg = figureSvg(layout, scene, { title: text.title, description: text.description, lang: 'en' });
    expect(svg).toContain('data-id="UA-09"');
    await expect(svg).toMatchFileSnapshot('../fixtures/golden/figure-2025-01-20.svg');
  });
});
