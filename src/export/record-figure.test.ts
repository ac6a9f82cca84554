// The exported figure carries the record and never stacks labels: the observed layer drawn under the
// claims in the SVG, the legend's "Claimed" and "Observed (DeepState, date)" groups in the figure,
// and oblast labels kept clear of place labels (moved below/above their point, else dropped).
import { LIGHT } from '../symbols/palettes';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { claimsAt } from '../domain/join';
import type { OblastCollection } from '../domain/geo';
import { decodeObserved } from '../domain/observed-format';
import { packHistory, parseSnapshot } from '../../scripts/pipeline/observed-pack';
import { figureText } from './content';
import { layoutFigure, type Measure } from './layout';
import { buildScene, figureSvg, oblastLabelBox, overlaps, placeLabelBox, placeOblastLabels, type Project } from './svg';
import { placesCollection } from '../domain/places';
import { buildStyle, type StyleInputs } from '../map/style';
import { LABELS } from '../symbols/statuses';
import type { Point } from 'geojson';
import type { GeoBundle } from '../state/load';
import { miniSnapshots, realDataset } from '../../tests/support/helpers';

const data = realDataset();
const readGeo = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as FeatureCollection;
const geo: GeoBundle = { oblasts: readGeo('oblasts.geojson') as OblastCollection, context: readGeo('context.geojson'), zone: readGeo('buffer-zone.geojson') };
const measure: Measure = (t, f) => Array.from(t).length * f.size * (f.weight === 700 ? 0.6 : 0.5);
function mercator(w: number, h: number): Project {
  const my = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const [x0, x1, y0, y1] = [(22.1 * Math.PI) / 180, (40.3 * Math.PI) / 180, my(44.3), my(52.4)];
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return ([lon, lat]) => [((lon * Math.PI) / 180 - x0) * k, (y1 - my(lat)) * k];
}
const miniOblasts = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/observed-mini/oblasts.geojson'), 'utf8')) as OblastCollection;
const mini = decodeObserved(JSON.parse(JSON.stringify(packHistory(miniSnapshots().map((f) => parseSnapshot(f.name, f.text)), miniOblasts).packed)));

describe('labels never collide', () => {
  it('on the map: place labels join the collision index and oblast labels move or drop; the observed fill lies under every claim layer', () => {
    const empty = (): FeatureCollection<Point> => ({ type: 'FeatureCollection', features: [] });
    const base: StyleInputs = { oblasts: empty(), context: empty(), zone: empty(), labels: empty(), places: empty(), fonts: { regular: [], bold: [] }, lang: 'en', palette: LIGHT };
    const style = buildStyle({ ...base, observed: mini });
    const layer = (id: string) => style.layers.find((l) => l.id === id) as { layout?: Record<string, unknown> } | undefined;
    expect(layer('place-labels')!.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': false });
    const oblast = layer('oblast-labels')!.layout!;
    expect(oblast['text-allow-overlap'] ?? false).toBe(false);
    expect(oblast['text-ignore-placement'] ?? false).toBe(false);
    expect(oblast['text-variable-anchor']).toEqual([...LABELS.oblast.anchors]);
    // Layer order: the place labels are above (placed first), the observed fill below every claim layer.
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('place-labels')).toBeGreaterThan(ids.indexOf('oblast-labels'));
    for (const claim of ['oblast-control', 'oblast-annex', 'zone-fill', 'zone-line', 'oblast-claim-line']) expect(ids.indexOf('observed-fill')).toBeLessThan(ids.indexOf(claim));
  });

  const label = (x: number, y: number, text = 'Donetsk') => ({ lines: [text], x, y, size: 12 });
  it('an oblast label under a place label moves below its point, then above, then aside, else it is dropped', () => {
    const place = placeLabelBox({ text: 'Dachne', x: 100, y: 100, size: 12 }, measure);
    const [below] = placeOblastLabels([label(110, 100)], [place], measure);
    expect(below!.y).toBeGreaterThan(100);
    expect(overlaps(oblastLabelBox(below!, measure), place)).toBe(false);
    // Block below too: it goes above.
    const under = { x0: 0, y0: 106, x1: 300, y1: 140 };
    const [above] = placeOblastLabels([label(110, 100)], [place, under], measure);
    expect(above!.y).toBeLessThan(100);
    // Block everything: dropped.
    expect(placeOblastLabels([label(110, 100)], [{ x0: 0, y0: 0, x1: 300, y1: 300 }], measure)).toEqual([]);
    // Nothing in the way: unchanged.
    expect(placeOblastLabels([label(400, 400)], [place], measure)[0]!.y).toBe(400);
  });

  for (const [w, h, zoom] of [[800, 560, 5.2], [600, 420, 4.8], [1000, 760, 5.6]] as const) {
    it(`no oblast label overlaps a place label or another oblast label in the SVG scene (${w}×${h})`, () => {
      for (const date of ['2025-06-30', '2025-07-01', '2025-07-08']) {
        const scene = buildScene({ geo, join: claimsAt(data, date), places: placesCollection(data.claims, geo.oblasts), lang: 'en', project: mercator(w, h), zoom, width: w, height: h, measure });
        expect(scene.placeLabels.length).toBeGreaterThan(0);
        const places = scene.placeLabels.map((p) => placeLabelBox(p, measure));
        const obl = scene.labels.map((l) => oblastLabelBox(l, measure));
        for (const o of obl) for (const p of places) expect(overlaps(o, p)).toBe(false);
        obl.forEach((a, i) => obl.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
        expect(scene.labels.length).toBeGreaterThan(20);
      }
    });
  }
});

describe('figures carry the record', () => {
  it('the figure legend has a Claimed group and an Observed (DeepState, date) group, and credits DeepState', () => {
    const t = figureText(claimsAt(data, '2025-06-30'), data.sources, 'en', mini);
    const groups = [...new Set(t.legend.map((l) => l.group))];
    expect(groups).toEqual(['Claimed', 'Observed (DeepState, 30 June 2025)']);
    expect(t.legend.at(-1)).toEqual({ key: 'observed', label: 'Occupied area as mapped (solid fill)', group: 'Observed (DeepState, 30 June 2025)' });
    expect(t.credits).toContain('Observed data: DeepStateMap, GPL-3.0');
    const layout = layoutFigure({ ...t, theme: 'light', mapWidth: 800, mapHeight: 560 }, measure);
    expect(layout.text.filter((x) => x.role === 'legend-group').map((x) => x.text)).toEqual(['Claimed', 'Observed (DeepState, 30 June 2025)']);
    expect(layout.swatches.map((s) => s.key)).toContain('observed');
    // Ukrainian, and a date before the first snapshot: no observed group.
    expect(figureText(claimsAt(data, '2025-06-30'), data.sources, 'uk', mini).legend.at(-1)!.group).toBe('Спостереження (DeepState, 30 червня 2025 р.)');
    const before = figureText(claimsAt(data, '2025-01-01'), data.sources, 'en', mini);
    expect(before.legend.some((l) => l.key === 'observed' || l.group)).toBe(false);
    // Without a history, the legend is as before.
    expect(figureText(claimsAt(data, '2025-06-30'), data.sources, 'en').legend.some((l) => l.group)).toBe(false);
  });

  it('the SVG draws the observed area of the snapshot on the date, under the claims', () => {
    const join = claimsAt(data, '2025-06-30');
    const t = figureText(join, data.sources, 'en', mini);
    const layout = layoutFigure({ ...t, theme: 'light', mapWidth: 800, mapHeight: 560 }, measure);
    const scene = buildScene({ geo, join, places: placesCollection(data.claims, geo.oblasts), lang: 'en', project: mercator(800, 560), zoom: 5.2, width: 800, height: 560, measure, observed: mini });
    expect(scene.observed!.fill).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(scene.observed!.line).toMatch(/^M/);
    const svg = figureSvg(layout, scene, { title: t.title, description: t.description, lang: 'en' });
    const at = svg.indexOf('data-layer="observed"');
    expect(at).toBeGreaterThan(svg.indexOf('data-layer="oblasts"'));
    expect(at).toBeLessThan(svg.indexOf('data-layer="oblast-control"'));
    expect(svg).toContain('data-symbol="observed"');
    // The snapshots differ: 31 May and 31 July draw different areas; before the first, nothing.
    const on = (date: string) => buildScene({ geo, join: claimsAt(data, date), places: placesCollection(data.claims, geo.oblasts), lang: 'en', project: mercator(800, 560), zoom: 5.2, width: 800, height: 560, measure, observed: mini }).observed;
    expect(on('2025-05-31')!.fill).not.toBe(on('2025-07-31')!.fill);
    expect(on('2025-05-01')).toBeNull();
  });
});
