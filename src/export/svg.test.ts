// SVG paths and the SVG figure of a date on today's data. Plus a golden SVG export of the fixture
// map (tests/fixtures/golden/figure-2025-01-20.svg): any change to the figure's markup shows up as a
// diff to review; regenerate with `npx vitest run src/export/svg.test.ts -u`.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import { figureText } from './content';
import { layoutFigure, type Measure } from './layout';
import { buildScene, escapeXml, figureSvg, geometryPath, labelSize, linePath, num, wrapLabel, type Project } from './svg';
import { placesCollection } from '../domain/places';
import type { GeoBundle } from '../state/load';
import { realDataset } from '../../tests/support/helpers';
import { fixtureDataset, fixtureGeo } from '../../tests/support/fixture-data';

const data = realDataset();
const readGeo = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as FeatureCollection;
const geo: GeoBundle = { oblasts: readGeo('oblasts.geojson') as OblastCollection, context: readGeo('context.geojson'), zone: readGeo('buffer-zone.geojson') };
/** A monospace fake: every character is half an em wide. */
const measure: Measure = (t, f) => Array.from(t).length * f.size * 0.5;

/** Web Mercator of [22.1, 44.3]–[40.3, 52.4] fitted into w×h, as the map fits its bounds. */
function mercator(w: number, h: number): Project {
  const my = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const [x0, x1, y0, y1] = [(22.1 * Math.PI) / 180, (40.3 * Math.PI) / 180, my(44.3), my(52.4)];
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return ([lon, lat]) => [((lon * Math.PI) / 180 - x0) * k, (y1 - my(lat)) * k];
}


describe('SVG paths', () => {
  const id: Project = ([x, y]) => [x, y];

  it('builds a closed ring with relative segments and drops the repeated closing point', () => {
    expect(linePath([[0, 0], [10, 0], [10, 10], [0, 0]], id, { closed: true })).toBe('M0 0l10 0l0 10z');
  });

  it('rounds to 0.1 px without accumulating error and drops points closer than minDist', () => {
    const d = linePath([[0.04, 0], [0.1, 0], [1.26, 0.04], [2.52, 0.08], [5, 5]], id, { closed: false, minDist: 0.3 });
    expect(d).toBe('M0 0l1.3 0l1.2 0.1l2.5 4.9');
    expect(num(-0.04)).toBe('0');
    expect(num(2.25)).toBe('2.3');
  });

  it('drops rings that collapse to fewer than three points and skips non-finite points', () => {
    expect(linePath([[0, 0], [0.1, 0], [0, 0]], id, { closed: true })).toBe('');
    expect(linePath([[0, 0], [NaN, 1], [3, 0]], id, { closed: false })).toBe('M0 0l3 0');
  });

  it('handles polygons with holes, multipolygons and lines', () => {
    expect(geometryPath({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] }, id)).toBe('M0 0l4 0l0 4zM1 1l1 0l0 1z');
    expect(geometryPath({ type: 'MultiPolygon', coordinates: [[[[0, 0], [4, 0], [4, 4], [0, 0]]], [[[9, 9], [8, 9], [8, 8], [9, 9]]]] }, id)).toBe('M0 0l4 0l0 4zM9 9l-1 0l0 -1z');
    expect(geometryPath({ type: 'LineString', coordinates: [[0, 0], [3, 4]] }, id)).toBe('M0 0l3 4');
    expect(geometryPath({ type: 'Point', coordinates: [1, 1] }, id)).toBe('');
    expect(geometryPath(null, id)).toBe('');
  });

  it('escapes text for XML', () => {
    expect(escapeXml(`<b a="1">Tom & 'Jerry'</b>\u0007`)).toBe('&lt;b a=&quot;1&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/b&gt;');
  });

  it('wraps map labels at spaces and after hyphens, never inside a word', () => {
    const f = { size: 10, weight: 400 as const };
    expect(wrapLabel('Dnipropetrovsk', 70, f, measure)).toEqual(['Dnipropetrovsk']);
    expect(wrapLabel('Ivano-Frankivsk', 70, f, measure)).toEqual(['Ivano-', 'Frankivsk']);
    expect(wrapLabel('Kyiv Oblast', 50, f, measure)).toEqual(['Kyiv', 'Oblast']);
    expect(wrapLabel('Kyiv Oblast', 70, f, measure)).toEqual(['Kyiv Oblast']);
    expect(wrapLabel('Kyiv', 70, f, measure)).toEqual(['Kyiv']);
  });

  it('label size follows the style interpolation', () => {
    expect(labelSize(3)).toBe(9);
    expect(labelSize(5.5)).toBe(11);
    expect(labelSize(8)).toBe(13);
  });
});

describe('SVG figure', () => {
  const build = (date: string, lang: 'en' | 'uk', tamper?: (g: GeoBundle) => GeoBundle) => {
    const join = claimsAt(data, date);
    const text = figureText(join, data.sources, lang);
    const layout = layoutFigure({ ...text, theme: 'light', mapWidth: 800, mapHeight: 560 }, measure);
    const g = tamper ? tamper(geo) : geo;
    const scene = buildScene({ geo: g, join, places: placesCollection(data.claims, g.oblasts), lang, project: mercator(800, 560), zoom: 5.2, width: 800, height: 560, measure });
    return { svg: figureSvg(layout, scene, { title: text.title, description: text.description, lang }), scene, layout };
  };

  it('holds 27 oblast paths with data-id and draws the claims of the date', () => {
    const { svg, scene } = build('2025-07-08', 'en');
    expect(svg.match(/<path id="tc-ob-UA-\d\d" data-id="UA-\d\d" d="M/g)).toHaveLength(27);
    expect(scene.oblasts.find((o) => o.id === 'UA-09')).toMatchObject({ control: 'claimed', annex: true, claimLine: true });
    // Crimea's control is Russia's claim (no assessor is cited), drawn as a claim, not as an assessment's finding.
    expect(scene.oblasts.find((o) => o.id === 'UA-43')).toMatchObject({ control: 'claimed', annex: true });
    expect(scene.oblasts.find((o) => o.id === 'UA-05')).toMatchObject({ control: null, annex: false });
    expect(scene.zones).toHaveLength(1);
    // 8 July: the Black Bird Group's "likely a grey zone" is an assessment's finding (half disc, not a
    // claim's diamond); troops are region reports, one marker per oblast.
    expect(scene.icons.map((i) => i.icon).sort()).toEqual(['pt-contested', 'troops', 'troops']);
    expect(scene.placeLabels.map((l) => l.text)).toEqual(['Dachne']);
    expect(svg).toContain('fill="url(#tc-hatch-annex)"');
    expect(svg).toContain('<pattern id="tc-dots-zone"');
    expect(svg).toContain('<title>Russia’s territorial claims in Ukraine on 8 July 2025</title>');
    expect(svg).toContain('data-symbol="assessedContested"');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('before any claim there are no overlays, icons or zone', () => {
    const { scene, svg } = build('2014-03-01', 'uk');
    expect(scene.oblasts.every((o) => !o.control && !o.annex)).toBe(true);
    expect(scene.icons).toHaveLength(0);
    expect(scene.zones).toHaveLength(0);
    expect(svg).toContain('Вінницька');
    expect(svg).toContain('xml:lang="uk"');
  });

  it('escapes names from the data (no markup gets through)', () => {
    const evil = '<i>&"x"';
    const { svg } = build('2025-07-01', 'en', (g) => ({
      ...g,
      oblasts: { ...g.oblasts, features: g.oblasts.features.map((f) => (f.properties.id === 'UA-05' ? { ...f, properties: { ...f.properties, name_en: evil } } : f)) },
    }));
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('>&lt;i&gt;&amp;&quot;x&quot;</text>');
  });

  it('refuses ids that are not plain tokens', () => {
    expect(() =>
      build('2025-07-01', 'en', (g) => ({ ...g, oblasts: { ...g.oblasts, features: g.oblasts.features.map((f, i) => (i === 0 ? { ...f, properties: { ...f.properties, id: 'x" onload="y' } } : f)) } })),
    ).toThrow(/unexpected feature id/);
  });
});

describe('golden SVG export (fixture map)', () => {
  it('the figure of 2025-01-20 matches the committed SVG', async () => {
    const geo = fixtureGeo();
    const data = fixtureDataset();
    const join = claimsAt(data, '2025-01-20');
    const measure = (t: string, f: { size: number }) => t.length * f.size * 0.55;
    const text = figureText(join, data.sources, 'en');
    const layout = layoutFigure({ ...text, theme: 'light', mapWidth: 400, mapHeight: 300 }, measure);
    // A plain equirectangular projection of the squares' box (29–33°E, 47–50°N) onto 400×300.
    const project = ([lon, lat]: [number, number]): [number, number] => [((lon - 29) / 4) * 400, ((50 - lat) / 3) * 300];
    const scene = buildScene({ geo, join, places: placesCollection(data.claims, geo.oblasts), lang: 'en', project, zoom: 5, width: 400, height: 300, measure });
    const svg = figureSvg(layout, scene, { title: text.title, description: text.description, lang: 'en' });
    expect(svg).toContain('data-id="UA-09"');
    await expect(svg).toMatchFileSnapshot('../../tests/fixtures/golden/figure-2025-01-20.svg');
  });
});
