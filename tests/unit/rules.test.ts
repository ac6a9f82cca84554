// Rule tests on the made-up fixture claims (tests/fixtures/claims): the join's status rules and the
// timeline's tick and play rules, independent of today's data. Plus a golden SVG export of the
// fixture map (tests/fixtures/golden/figure-2025-01-20.svg): any change to the figure's markup
// shows up as a diff to review; regenerate with `npx vitest run tests/unit/rules.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { claimsAt, eventDates } from '../../src/domain/join';
import { featureStates, placesCollection } from '../../src/domain/places';
import { nextPlayDate, nextTick, prevTick } from '../../src/domain/timeline';
import { figureText } from '../../src/export/content';
import { layoutFigure } from '../../src/export/layout';
import { buildScene, figureSvg } from '../../src/export/svg';
import { fixtureDataset, fixtureGeo } from './fixture-data';

const data = fixtureDataset();

describe('join rules (fixture claims)', () => {
  it('nothing before the first event; the claimant\'s status after it; disputed from the first denial', () => {
    expect(claimsAt(data, '2025-01-09').oblasts['UA-09']?.control ?? null).toBeNull();
    expect(claimsAt(data, '2025-01-10').oblasts['UA-09']?.control?.status).toBe('claimed');
    expect(claimsAt(data, '2025-01-12').oblasts['UA-09']?.control?.status).toBe('disputed');
    expect(claimsAt(data, '2025-01-12').oblasts['UA-09']?.control?.statusSince).toBe('2025-01-12');
  });

  it('a claim repeated after a denial stays disputed, since the first denial', () => {
    expect(claimsAt(data, '2025-01-20').oblasts['UA-09']?.control?.status).toBe('disputed');
    expect(claimsAt(data, '2025-01-20').oblasts['UA-09']?.control?.statusSince).toBe('2025-01-12');
  });

  it('a month-precision event takes effect on the first day of its month', () => {
    expect(claimsAt(data, '2024-04-30').oblasts['UA-43']?.annexation ?? null).toBeNull();
    expect(claimsAt(data, '2024-05-01').oblasts['UA-43']?.annexation?.status).toBe('claimed');
  });

  it('a village claim follows its events: claimed, then disputed once denied', () => {
    const at = (d: string) => claimsAt(data, d).active.find((a) => a.claim.id === 'fx-village')?.status ?? null;
    expect([at('2025-01-31'), at('2025-02-01'), at('2025-02-03')]).toEqual([null, 'claimed', 'disputed']);
  });

  it('an independent assessment replaces the party statuses and carries its finding; the village symbol follows the finding', () => {
    const village = (d: string) => claimsAt(data, d).active.find((a) => a.claim.id === 'fx-village')!;
    expect([village('2025-02-09').status, village('2025-02-09').finding]).toEqual(['disputed', null]);
    expect([village('2025-02-10').status, village('2025-02-10').finding, village('2025-02-10').statusSince]).toEqual(['assessed', 'contested', '2025-02-10']);
    const geo = fixtureGeo();
    const places = placesCollection(data.claims, geo.oblasts);
    const state = (d: string) => featureStates(claimsAt(data, d), places, []).find((u) => u.id === 'fx-village#0')!.state;
    expect(state('2025-02-03')).toEqual({ status: 'disputed', symbol: 'disputed' });
    expect(state('2025-02-10')).toEqual({ status: 'assessed', symbol: 'contested' });
  });

  it('a troop report without points is a region report: one marker at the label point of each subject oblast', () => {
    const geo = fixtureGeo();
    const markers = placesCollection(data.claims, geo.oblasts).features.filter((f) => f.properties.claimId === 'fx-troops');
    const west = geo.oblasts.features.find((f) => f.properties.id === 'UA-14')!.properties;
    expect(markers.map((f) => [f.properties.key, f.properties.name_en, f.geometry.coordinates])).toEqual([['fx-troops#0', 'West', [west.label_lon, west.label_lat]]]);
  });
});

describe('timeline rules (fixture claims)', () => {
  const dates = eventDates(data);
  it('ticks are the event dates, in order, once each', () => {
    expect(dates).toEqual(['2024-05-01', '2025-01-10', '2025-01-12', '2025-01-20', '2025-02-01', '2025-02-03', '2025-02-05', '2025-02-10']);
  });
  it('previous and next tick step over the event dates', () => {
    expect(nextTick('2025-01-10', dates)).toBe('2025-01-12');
    expect(prevTick('2025-01-12', dates)).toBe('2025-01-10');
    expect(nextTick('2025-02-10', dates)).toBeNull();
    expect(prevTick('2024-05-01', dates)).toBeNull();
  });
  it('play moves forward, never past the range end', () => {
    const range = { min: '2024-05-01', max: '2025-02-10' };
    const next = nextPlayDate('2025-01-11', dates, range);
    expect(next > '2025-01-11').toBe(true);
    expect(nextPlayDate('2025-02-10', dates, range)).toBe('2025-02-10');
  });
});

describe('golden SVG export (fixture map)', () => {
  it('the figure of 2025-01-20 matches the committed SVG', async () => {
    const geo = fixtureGeo();
    const join = claimsAt(data, '2025-01-20');
    const measure = (t: string, f: { size: number }) => t.length * f.size * 0.55;
    const text = figureText(join, data.sources, 'en');
    const layout = layoutFigure({ ...text, theme: 'light', mapWidth: 400, mapHeight: 300 }, measure);
    // A plain equirectangular projection of the squares' box (29–33°E, 47–50°N) onto 400×300.
    const project = ([lon, lat]: [number, number]): [number, number] => [((lon - 29) / 4) * 400, ((50 - lat) / 3) * 300];
    const scene = buildScene({ geo, join, places: placesCollection(data.claims, geo.oblasts), lang: 'en', project, zoom: 5, width: 400, height: 300, measure });
    const svg = figureSvg(layout, scene, { title: text.title, description: text.description, lang: 'en' });
    expect(svg).toContain('data-id="UA-09"');
    await expect(svg).toMatchFileSnapshot('../fixtures/golden/figure-2025-01-20.svg');
  });
});
