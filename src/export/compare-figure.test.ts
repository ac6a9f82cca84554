import { describe, expect, it } from 'vitest';
import { FACE_CODE } from '../domain/compare';
import type { ObservedHistory } from '../domain/observed-format';
import { COMPARE_COLORS } from '../symbols/palettes';
import { compareOverlay } from './compare-figure';

const square = (x: number) => ({ type: 'Feature' as const, properties: { km2: 1 }, geometry: { type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] } });
const h = { faces: { type: 'FeatureCollection', features: [square(0), square(2), square(4)] } } as unknown as ObservedHistory;

describe('compare overlay in the SVG figure', () => {
  it('outlines gained and lost faces in their colours, as the map does', () => {
    const svg = compareOverlay(h, Uint8Array.from([FACE_CODE.gained, FACE_CODE.lost, FACE_CODE.same]), ([x, y]) => [x * 10, y * 10], 'dark', 'tc');
    expect(svg).toMatch(new RegExp(`data-layer="compare-gained"[^>]*stroke="${COMPARE_COLORS.dark.gained}" stroke-width="2"`));
    expect(svg).toMatch(new RegExp(`data-layer="compare-lost"[^>]*stroke="${COMPARE_COLORS.dark.lost}" stroke-width="2"`));
    expect(svg).not.toMatch(/data-layer="compare-same"[^>]*stroke=/);
  });
});
