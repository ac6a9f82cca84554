// Pure parts of the exports: CSV, SVG paths and figure, GeoJSON, figure layout and text.
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../../src/domain/join';
import type { OblastCollection } from '../../src/domain/geo';
import { statusCsv, statusRows, CSV_COLUMNS } from '../../src/export/csv';
import { exportFileName, figureText } from '../../src/export/content';
import { claimsGeoJson } from '../../src/export/geojson';
import { FIG, layoutFigure, wrapText, type Measure } from '../../src/export/layout';
import { buildScene, escapeXml, figureSvg, geometryPath, labelSize, linePath, num, wrapLabel, type Project } from '../../src/export/svg';
import { placesCollection } from '../../src/domain/places';
import type { GeoBundle } from '../../src/state/load';
import { realDataset } from './helpers';
import { parseCsv } from '../csv';

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
    // no evidence passed: the observed and ledger columns stay empty; no correction: `corrected` empty
    expect(rows.find((r) => r[0] === 'UA-05')!.slice(3)).toEqual(['none', '', '', '', '', '', '', '', '']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...rows.slice(1).map((r) => r[0]!)].sort());
  });
});

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

describe('figure text and file names', () => {
  it('titles the date, lists only the symbols shown and credits the sources of the date', () => {
    const en = figureText(claimsAt(data, '2025-07-08'), data.sources, 'en');
    expect(en.title).toBe('Russia’s territorial claims in Ukraine on 8 July 2025');
    expect(en.legend.map((l) => l.key)).toEqual(['fullClaim', 'annex', 'zone', 'assessedContested', 'troops', 'borderRu']);
    expect(en.credits[0]).toMatch(/^Sources: .*The Telegraph/);
    expect(en.credits[1]).toContain('Natural Earth');
    const uk = figureText(claimsAt(data, '2014-03-01'), data.sources, 'uk');
    expect(uk.title).toContain('березня 2014');
    expect(uk.credits[0]).toBe('На цю дату немає чинних заяв');
  });

  it('names files by date and scale', () => {
    expect(exportFileName('2025-07-01', 'png', 2)).toBe('territorial-control_2025-07-01_2x.png');
    expect(exportFileName('2025-07-01', 'svg')).toBe('territorial-control_2025-07-01.svg');
    expect(exportFileName('2025-07-01', 'csv')).toBe('territorial-status_2025-07-01.csv');
    expect(exportFileName('2025-07-01', 'geojson')).toBe('territorial-claims_2025-07-01.geojson');
  });
});

describe('claims GeoJSON', () => {
  it('points for places, oblast polygons for oblast claims, the zone polygon, null for country-wide statements', () => {
    const fc = claimsGeoJson(claimsAt(data, '2025-07-08'), geo, data.sources);
    expect(fc.metadata.date).toBe('2025-07-08');
    const byClaim = (id: string) => fc.features.filter((f) => f.properties.claim_id === id);
    const dachne = byClaim('dachne-capture-2025');
    expect(dachne).toHaveLength(1);
    expect(dachne[0]!.geometry).toMatchObject({ type: 'Point' });
    expect(dachne[0]!.properties).toMatchObject({ status: 'assessed', finding: 'contested', status_since: '2025-07-08', quote_kind: 'paraphrase', place_uk: expect.any(String), oblasts: ['UA-12'] });
    // A region report: one feature with the two oblasts' polygons, not city-centre points.
    const troops = byClaim('troops-sumy-kharkiv-2025');
    expect(troops).toHaveLength(1);
    expect(troops[0]!.geometry?.type).toBe('MultiPolygon');
    expect(troops[0]!.properties.oblasts).toEqual(['UA-59', 'UA-63']);
    const annex = byClaim('annexation-2022')[0]!;
    expect(annex.geometry?.type).toBe('MultiPolygon');
    expect((annex.geometry as { coordinates: unknown[] }).coordinates.length).toBeGreaterThanOrEqual(4);
    expect(byClaim('buffer-zone-2025')[0]!.geometry?.type).toBe('Polygon');
    // Today's data: the SPIEF statement has no place, so its feature has no geometry.
    const spief = byClaim('spief-statement-2025');
    expect(spief.map((f) => f.geometry)).toEqual([null]);
    expect(JSON.parse(JSON.stringify(fc)).type).toBe('FeatureCollection');
    for (const f of fc.features) expect(f.properties.quote.length).toBeGreaterThan(0);
  });

  it('is empty before the first claim', () => {
    expect(claimsGeoJson(claimsAt(data, '2014-02-20'), geo, data.sources).features).toHaveLength(0);
  });
});
