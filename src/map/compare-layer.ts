// Compare mode on the map: the observed faces coloured by how they changed between the two snapshots
// (gained: orange with vertical bars; lost: teal with a square grid; both outlined so slivers show at
// national zoom; unchanged: muted grey), and the
// outline of oblasts where a claim's status changed (dashed violet). The layers sit on the sources the
// map already has and are hidden outside compare mode; colours and patterns are the registry's
// (symbols/registry.ts; map/patterns.ts draws the bitmaps); a comparison only sets feature-state `cmp` on
// the faces whose code differs from what is drawn.
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { FACE_CODE } from '../domain/compare';
import { OBSERVED_SOURCES } from './observed-layer';
import { COMPARE_COLORS, type ResolvedTheme } from '../symbols/palettes';
import { symbols } from '../symbols/registry';

export const COMPARE_LAYER_IDS = { same: 'compare-same', gained: 'compare-gained', lost: 'compare-lost', gainedLine: 'compare-gained-line', lostLine: 'compare-lost-line', changed: 'compare-claim-changed' } as const;
const OBSERVED_LAYER_IDS = ['observed-fill', 'observed-line'];

const code = (k: keyof typeof FACE_CODE) => ['==', ['coalesce', ['feature-state', 'cmp'], 0], FACE_CODE[k]] as unknown as boolean;

/** Width in px of the gained / lost outline: at national zoom a sliver's pattern is a few pixels, its outline still shows. */
export const CHANGE_OUTLINE = 2;

export function compareLayers(theme: ResolvedTheme, withObserved: boolean): LayerSpecification[] {
  const { FILLS, LINES } = symbols(theme);
  const C = COMPARE_COLORS[theme];
  const hidden = { visibility: 'none' as const };
  const faces: LayerSpecification[] = withObserved
    ? [
        { id: COMPARE_LAYER_IDS.same, type: 'fill', source: OBSERVED_SOURCES.faces, layout: hidden, paint: { 'fill-color': FILLS.cmpSame.color, 'fill-opacity': ['case', code('same'), FILLS.cmpSame.opacity, 0], 'fill-antialias': false } },
        { id: COMPARE_LAYER_IDS.gained, type: 'fill', source: OBSERVED_SOURCES.faces, layout: hidden, paint: { 'fill-pattern': FILLS.cmpGained.pattern, 'fill-opacity': ['case', code('gained'), FILLS.cmpGained.opacity, 0], 'fill-antialias': false } },
        { id: COMPARE_LAYER_IDS.lost, type: 'fill', source: OBSERVED_SOURCES.faces, layout: hidden, paint: { 'fill-pattern': FILLS.cmpLost.pattern, 'fill-opacity': ['case', code('lost'), FILLS.cmpLost.opacity, 0], 'fill-antialias': false } },
        { id: COMPARE_LAYER_IDS.gainedLine, type: 'line', source: OBSERVED_SOURCES.faces, layout: hidden, paint: { 'line-color': C.gained, 'line-width': CHANGE_OUTLINE, 'line-opacity': ['case', code('gained'), 1, 0] } },
        { id: COMPARE_LAYER_IDS.lostLine, type: 'line', source: OBSERVED_SOURCES.faces, layout: hidden, paint: { 'line-color': C.lost, 'line-width': CHANGE_OUTLINE, 'line-opacity': ['case', code('lost'), 1, 0] } },
      ]
    : [];
  return [
    ...faces,
    {
      id: COMPARE_LAYER_IDS.changed, type: 'line', source: 'oblasts', layout: hidden,
      paint: { 'line-color': LINES.cmpChanged.color, 'line-width': LINES.cmpChanged.width, 'line-dasharray': [...LINES.cmpChanged.dash], 'line-opacity': ['case', ['boolean', ['feature-state', 'changed'], false], 1, 0] },
    },
  ];
}

/** Adds the compare layers under the oblast outlines (once). */
export function addCompareLayers(map: MapLibreMap, theme: ResolvedTheme, withObserved: boolean): void {
  for (const l of compareLayers(theme, withObserved)) {
    if (map.getLayer(l.id)) continue;
    map.addLayer(l, map.getLayer('oblast-lines') ? 'oblast-lines' : undefined);
  }
}

/** Recolours the compare layers for a theme (patterns are redrawn by the caller). */
export function paintCompareLayers(map: MapLibreMap, theme: ResolvedTheme, withObserved: boolean): void {
  for (const l of compareLayers(theme, withObserved)) {
    if (!map.getLayer(l.id) || !('paint' in l) || !l.paint) continue;
    for (const [k, v] of Object.entries(l.paint)) (map.setPaintProperty as (a: string, b: string, c: unknown) => void)(l.id, k, v);
  }
}

export interface CompareDrawn {
  faces: Uint8Array | null;
  changed: Set<string>;
}

/** Shows or hides compare mode and sets feature-state where it differs from what is drawn. */
export function applyCompare(map: MapLibreMap, on: boolean, faces: Uint8Array | null, changed: readonly string[], prev: CompareDrawn): CompareDrawn {
  const vis = (id: string, v: boolean) => {
    if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', v ? 'visible' : 'none');
  };
  for (const id of Object.values(COMPARE_LAYER_IDS)) vis(id, on);
  for (const id of OBSERVED_LAYER_IDS) vis(id, !on);
  if (on && faces && map.getSource(OBSERVED_SOURCES.faces)) {
    for (let i = 0; i < faces.length; i++) {
      const before = prev.faces ? prev.faces[i] : 0;
      if (before === faces[i]) continue;
      map.setFeatureState({ source: OBSERVED_SOURCES.faces, id: i }, { cmp: faces[i] });
    }
  }
  const next = new Set(on ? changed : []);
  for (const id of prev.changed) if (!next.has(id)) map.setFeatureState({ source: 'oblasts', id }, { changed: false });
  for (const id of next) if (!prev.changed.has(id)) map.setFeatureState({ source: 'oblasts', id }, { changed: true });
  return { faces: on && faces ? faces : prev.faces, changed: next };
}
