// Pole of inaccessibility (the polylabel algorithm by Mapbox, re-implemented): the interior point
// farthest from the outline. Centroids fail for concave units and for Kyiv Oblast, whose centroid
// falls inside the Kyiv city hole.
import type { Position } from 'geojson';

interface Cell {
  x: number;
  y: number;
  h: number; // half size
  d: number; // signed distance from centre to outline
  max: number; // best distance possible inside this cell
}

function pointToPolygonDist(x: number, y: number, polygon: Position[][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      const ax = a[0]!, ay = a[1]!, bx = b[0]!, by = b[1]!;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSq = Math.min(minSq, segDistSq(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segDistSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax, y = ay;
  let dx = bx - x, dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

function makeCell(x: number, y: number, h: number, polygon: Position[][]): Cell {
  const d = pointToPolygonDist(x, y, polygon);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Works on lon/lat by stretching longitude with cos(lat) so distances are roughly isotropic. */
export function polylabel(lonLatPolygon: Position[][], precisionDeg = 0.001): [number, number] {
  const outer = lonLatPolygon[0]!;
  let minY = Infinity, maxY = -Infinity;
  for (const p of outer) {
    minY = Math.min(minY, p[1]!);
    maxY = Math.max(maxY, p[1]!);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const polygon = lonLatPolygon.map((r) => r.map((p) => [p[0]! * k, p[1]!]));

  let minX = Infinity, maxX = -Infinity;
  for (const p of polygon[0]!) {
    minX = Math.min(minX, p[0]!);
    maxX = Math.max(maxX, p[0]!);
  }
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  const queue: Cell[] = [];
  let h = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize)
    for (let y = minY; y < maxY; y += cellSize) queue.push(makeCell(x + h, y + h, h, polygon));

  let best = makeCell(minX + width / 2, minY + height / 2, 0, polygon);
  for (const c of queue) if (c.d > best.d) best = c;

  while (queue.length) {
    // Pop the most promising cell; linear scan keeps it simple and deterministic.
    let bi = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.max > queue[bi]!.max) bi = i;
    const cell = queue[bi]!;
    queue[bi] = queue[queue.length - 1]!;
    queue.pop();

    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precisionDeg) continue;
    h = cell.h / 2;
    queue.push(makeCell(cell.x - h, cell.y - h, h, polygon));
    queue.push(makeCell(cell.x + h, cell.y - h, h, polygon));
    queue.push(makeCell(cell.x - h, cell.y + h, h, polygon));
    queue.push(makeCell(cell.x + h, cell.y + h, h, polygon));
  }
  return [best.x / k, best.y];
}
