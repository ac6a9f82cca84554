// The packed format's delta coding: what the importer encodes, the page decodes to the same points,
// also when several arcs share one stream (each starts from the previous arc's last point).
import { describe, expect, it } from 'vitest';
import { decodeDeltas, encodeDeltas } from './observed-format';

describe('delta coding', () => {
  it('decodeDeltas undoes encodeDeltas, on one ring and on a stream of arcs', () => {
    const ring: Array<[number, number]> = [[3000, 4000], [3010, 3990], [2995, 4005], [3000, 4000]];
    expect(encodeDeltas(ring)).toEqual([3000, 4000, 10, -10, -15, 15, 5, -5]);
    expect(decodeDeltas(encodeDeltas(ring), 100)).toEqual(ring.map(([x, y]) => [x / 100, y / 100]));
    const arcs: Array<Array<[number, number]>> = [[[5, 5], [7, 9]], [[7, 9], [1, 2], [0, 0]]];
    const enc = encodeDeltas(arcs[0]!, [0, 0]);
    const at: [number, number] = [0, 0];
    const flats = arcs.map((a) => encodeDeltas(a, at));
    expect(flats[0]).toEqual(enc);
    expect(flats[1]!.slice(0, 2)).toEqual([0, 0]); // the second arc starts where the first ended
    const back: [number, number] = [0, 0];
    expect(flats.map((f) => decodeDeltas(f, 1, back))).toEqual(arcs);
  });
});
