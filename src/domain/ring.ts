// Small planar ring helpers shared by the observed record (degrees, in the page) and the importer's
// topology builder (integer grid): the even-odd point-in-ring test and a ring's bounding box. One
// definition, so both sides agree on what "inside" means.

/** A ring vertex: [x, y] (degrees or grid units); extra coordinates are ignored. */
type Vertex = readonly number[];

/** Even-odd test: whether (x, y) lies inside the ring (closed or not; points on the edge may go either way). */
export function pointInRing(x: number, y: number, ring: readonly Vertex[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Bounding box [minX, minY, maxX, maxY] of a ring; [∞, ∞, -∞, -∞] when it is empty. */
export function ringBox(ring: readonly Vertex[]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of ring) {
    const x = p[0]!, y = p[1]!;
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}
