// Path serialisation for the SVG figure: projected rings and lines as compact path data (one
// decimal, relative segments), XML escaping and the id check. Pure string building.
import type { Geometry, Position } from 'geojson';

export type Project = (lngLat: [number, number]) => [number, number];

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

export const SAFE_ID = /^[A-Za-z0-9_-]+$/;
export function safeId(id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`unexpected feature id ${JSON.stringify(id)}`);
  return id;
}

/** One decimal, no "-0", no trailing ".0". */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * One ring or line as path data: absolute move, then relative segments between the rounded
 * projected points (rounding never accumulates). Points closer than `minDist` px to the last kept
 * point are dropped. Rings are closed with Z; rings that collapse to fewer than 3 points vanish.
 */
export function linePath(coords: readonly Position[], project: Project, opts: { closed: boolean; minDist?: number }): string {
  const min2 = (opts.minDist ?? 0.3) ** 2;
  const pts: Array<[number, number]> = [];
  const n = opts.closed && coords.length > 1 && samePos(coords[0]!, coords[coords.length - 1]!) ? coords.length - 1 : coords.length;
  for (let i = 0; i < n; i++) {
    const c = coords[i]!;
    const [x, y] = project([c[0]!, c[1]!]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const q: [number, number] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    const last = pts[pts.length - 1];
    if (last && (q[0] - last[0]) ** 2 + (q[1] - last[1]) ** 2 < min2 && i !== n - 1) continue;
    pts.push(q);
  }
  if (pts.length < (opts.closed ? 3 : 2)) return '';
  let d = `M${num(pts[0]![0])} ${num(pts[0]![1])}`;
  for (let i = 1; i < pts.length; i++) d += `l${num(pts[i]![0] - pts[i - 1]![0])} ${num(pts[i]![1] - pts[i - 1]![1])}`;
  return opts.closed ? d + 'z' : d;
}

function samePos(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Path data for a (multi)polygon or (multi)line; points and collections give ''. */
export function geometryPath(g: Geometry | null, project: Project, minDist?: number): string {
  if (!g) return '';
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r) => linePath(r, project, { closed: true, minDist })).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r) => linePath(r, project, { closed: true, minDist }))).join('');
    case 'LineString':
      return linePath(g.coordinates, project, { closed: false, minDist });
    case 'MultiLineString':
      return g.coordinates.map((l) => linePath(l, project, { closed: false, minDist })).join('');
    default:
      return '';
  }
}
