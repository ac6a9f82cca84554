// FrameRenderer on a stand-in map: each frame draws its OWN date's observed area and not-occupied ground
// (the frame map starts from the screen's style, whose not-occupied-ground source holds the screen's date),
// and the render context's theme reaches the frame's layout (page colours, legend swatches).
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeObserved, isOn, snapshotIndex, type ObservedHistory } from '../../domain/observed-format';
import { notOccupiedPartsOn } from '../../domain/observed-metrics';
import { notOccupiedSubjects, packHistory, parseSnapshot } from '../../../scripts/pipeline/observed-pack';
import { NOT_OCCUPIED_SOURCES } from '../../map/not-occupied-layer';
import { OBSERVED_SOURCES } from '../../map/observed-layer';
import type { AppData } from '../../state/load';
import { observedSource } from '../../evidence/registry';
import { fixtureDataset, fixtureGeo } from '../../../tests/support/fixture-data';
import { miniSnapshots } from '../../../tests/support/helpers';
import type { FigureLayout } from '../layout';
import { frameText, type FramePlan } from './figure';
import { FrameRenderer } from './render';

const composed: FigureLayout[] = [];
vi.mock('../capture', () => ({ nextIdle: async () => {}, grabFrame: async () => ({ width: 1, height: 1 }) }));
vi.mock('../png', () => ({
  swatchImages: async () => new Map(),
  composeFigure: async (layout: FigureLayout, _bitmap: unknown, scale: number) => {
    composed.push(layout);
    return { width: Math.round(layout.width * scale), height: Math.round(layout.height * scale) };
  },
}));

const geo = fixtureGeo();
const history: ObservedHistory = decodeObserved(
  JSON.parse(JSON.stringify(packHistory(miniSnapshots().map((f) => parseSnapshot(f.name, f.text)), geo.oblasts, undefined, { notOccupied: notOccupiedSubjects([{ kind: 'area-control', subject: { oblasts: ['UA-09'] } }]) }).packed)),
);
const data: AppData = { dataset: fixtureDataset(), geo, observed: history, records: [{ source: observedSource(), history }] };

/** A map that keeps what was set on it: the not-occupied-ground sources' data and the observed faces that are on. */
function standInMap(screenDate: string) {
  const screenParts = new Set(notOccupiedPartsOn(history, snapshotIndex(history.dates, screenDate)));
  const pick = (fc: FeatureCollection | null): FeatureCollection => ({ type: 'FeatureCollection', features: (fc?.features ?? []).filter((f) => screenParts.has(Number(f.id))) });
  // As the copied style has it: the not-occupied parts of the date on screen.
  const sources: Record<string, FeatureCollection> = { [NOT_OCCUPIED_SOURCES.parts]: pick(history.notOccupiedParts), [NOT_OCCUPIED_SOURCES.labels]: pick(history.notOccupiedLabels) };
  const facesOn = new Set<number>();
  const map = {
    getSource: (id: string) => (id in sources ? { setData: (d: FeatureCollection) => (sources[id] = d) } : id === OBSERVED_SOURCES.faces || id === OBSERVED_SOURCES.arcs ? { setData: () => {} } : undefined),
    setFeatureState: (f: { source: string; id: string | number }, s: { on?: boolean }) => {
      if (f.source !== OBSERVED_SOURCES.faces || s.on === undefined) return;
      if (s.on) facesOn.add(Number(f.id));
      else facesOn.delete(Number(f.id));
    },
    getLayer: () => undefined,
    setLayoutProperty: () => {},
    remove: () => {},
  };
  return { map: map as unknown as maplibregl.Map, sources, facesOn };
}

const plan: FramePlan = { width: 400, height: 400, scale: 1, mapWidth: 300, mapHeight: 200 };
const measure = (t: string, f: { size: number }) => t.length * f.size * 0.5;
const box = { remove: () => {} } as unknown as HTMLElement;
const notOccupiedIds = (fc: FeatureCollection) => fc.features.map((f) => Number(f.id)).sort((a, b) => a - b);

describe('animation frames draw their own date', () => {
  beforeEach(() => void (composed.length = 0));

  it('the fixture moves: not-occupied ground differs between the first and the third snapshot', () => {
    expect(notOccupiedPartsOn(history, 0)).not.toEqual(notOccupiedPartsOn(history, 2));
    expect(notOccupiedPartsOn(history, 0).length).toBeGreaterThan(0);
  });

  it("frame N's not-occupied ground and observed area are frame N's date's, not the screen's", async () => {
    const screen = history.dates.at(-1)!;
    const { map, sources, facesOn } = standInMap(screen);
    const r = new FrameRenderer(map, box, data, plan, measure, { lang: 'en', theme: 'light' });
    for (const day of [0, 2, 1]) {
      const date = history.dates[day]!;
      await r.drawMap(date);
      expect(notOccupiedIds(sources[NOT_OCCUPIED_SOURCES.parts]!)).toEqual([...notOccupiedPartsOn(history, day)].sort((a, b) => a - b));
      expect(notOccupiedIds(sources[NOT_OCCUPIED_SOURCES.labels]!)).toEqual([...notOccupiedPartsOn(history, day)].sort((a, b) => a - b));
      const want = history.faceRuns.flatMap((_, i) => (isOn(history.faceRuns[i]!, day) ? [i] : []));
      expect([...facesOn].sort((a, b) => a - b)).toEqual(want);
      expect(r.lastDrawn).toMatchObject({ date, observedDay: day, notOccupiedDay: day, snapshot: date });
    }
  });

  it('the render context theme reaches the frame layout (dark page, dark swatches)', async () => {
    const { map } = standInMap(history.dates[0]!);
    const date = history.dates[1]!;
    for (const theme of ['dark', 'light'] as const) {
      const r = new FrameRenderer(map, box, data, { ...plan, height: 2000 }, measure, { lang: 'uk', theme });
      await r.frame(date, frameText(data.dataset, history, date, 'uk'));
      expect(composed.at(-1)!.theme).toBe(theme);
    }
  });
});
