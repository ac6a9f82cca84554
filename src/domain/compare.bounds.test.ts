import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { changeBounds, FACE_CODE } from './compare';

const square = (x: number, y: number, d = 1) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] },
});
const faces: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [square(30, 45), square(36, 47), square(38, 48, 0.1), square(20, 40)] };

describe('changeBounds', () => {
  it('frames only the gained and lost faces', () => {
    const codes = Uint8Array.from([FACE_CODE.same, FACE_CODE.gained, FACE_CODE.lost, FACE_CODE.none]);
    expect(changeBounds(faces, codes)).toEqual([36, 47, 38.1, 48.1]);
  });
  it('is null when nothing was gained or lost', () => {
    expect(changeBounds(faces, Uint8Array.from([FACE_CODE.same, FACE_CODE.same, 0, 0]))).toBeNull();
    expect(changeBounds(faces, new Uint8Array(4))).toBeNull();
  });
});
