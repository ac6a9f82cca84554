import { describe, expect, it } from 'vitest';
import { COMPARE_COLORS } from '../symbols/palettes';
import { COMPARE_LAYER_IDS, compareLayers } from './compare-layer';

describe('compare layers', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`outline gained and lost faces in their colours, at least 2 px wide (${theme})`, () => {
      const layers = compareLayers(theme, true);
      for (const [id, color] of [[COMPARE_LAYER_IDS.gainedLine, COMPARE_COLORS[theme].gained], [COMPARE_LAYER_IDS.lostLine, COMPARE_COLORS[theme].lost]] as const) {
        const l = layers.find((x) => x.id === id)!;
        expect(l.type).toBe('line');
        const paint = (l as { paint: Record<string, unknown> }).paint;
        expect(paint['line-color']).toBe(color);
        expect(paint['line-width']).toBeGreaterThanOrEqual(2);
      }
      // and without the record there is nothing to outline
      expect(compareLayers(theme, false).map((l) => l.id)).toEqual([COMPARE_LAYER_IDS.changed]);
    });
  }
});
