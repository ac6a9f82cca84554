// Builds one planar topology from many daily snapshots of the observed occupied area.
//
// Every snapshot's ring edges are put in one set (the source keeps unchanged vertices identical, so
// most of the front line is shared between days), noded so that no two edges cross, and turned into
// the faces of the resulting planar graph. Each face is then either wholly inside or wholly outside
// the occupied area on each day, and each day's occupied area is exactly the union of its "on" faces.
// A face's state on a day is found without any point-in-polygon test: crossing an edge that the day
// draws flips inside/outside, crossing one it does not draw keeps it (even-odd rule).
//
// Pure: coordinates in, integers and index lists out. All geometry is done on an integer grid
// (`scale` units per degree) so orientation and collinearity tests are exact.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInRing, ringBox } from '../../src/domain/ring.ts';

export interface SnapshotInput {
  date: string;
  geometry: Polygon | MultiPolygon;
}

export interface Topology {
  scale: number;
  /** Node coordinates on the integer grid. */
  nodes: Array<[number, number]>;
  /** Arcs: node-id chains between nodes of degree ≠ 2 (or closed loops); every edge is in one arc. */
  arcs: number[][];
  /** Bounded faces: rings of signed arc refs (i forward, ~i reversed); outer ring first, then holes. */
  faces: number[][][];
  /** Per face, per day: 1 when the face lies in the day's occupied area. */
  faceOn: Uint8Array[];
  /** Per arc, per day: 1 when the day's outline runs along the arc. */
  arcOn: Uint8Array[];
  days: number;
}

type Pt = [number, number];
type Seg = [number, number, number, number];

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** True when p lies strictly inside segment a–b (collinear and between the ends). */
function strictlyOn(ax: number, ay: number, bx: number, by: number, px: number, py: number): boolean {
  if (orient(ax, ay, bx, by, px, py) !== 0) return false;
  if ((px === ax && py === ay) || (px === bx && py === by)) return false;
  return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

function quantRing(ring: Position[], scale: number): Pt[] {
  const out: Pt[] = [];
  for (const p of ring) {
    const q: Pt = [Math.round(p[0]! * scale), Math.round(p[1]! * scale)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : [];
}

const segKey = (s: Seg) =>
  s[0] < s[2] || (s[0] === s[2] && s[1] < s[3]) ? `${s[0]},${s[1]},${s[2]},${s[3]}` : `${s[2]},${s[3]},${s[0]},${s[1]}`;

/**
 * One noding pass: for every segment, the points where others cross or touch its interior.
 * Returns null when nothing needs splitting.
 */
const CELL = 1 << 14;
const cellKey = (cx: number, cy: number) => cx * 100003 + cy;
/** Visits the grid cells a segment's box covers. */
function cells(s: Seg, visit: (k: number) => void): void {
  const x0 = Math.floor(Math.min(s[0], s[2]) / CELL), x1 = Math.floor(Math.max(s[0], s[2]) / CELL);
  const y0 = Math.floor(Math.min(s[1], s[3]) / CELL), y1 = Math.floor(Math.max(s[1], s[3]) / CELL);
  for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) visit(cellKey(cx, cy));
}
/** A grid of segment ids by cell. */
type Grid = Map<number, number[]>;
function gridAdd(grid: Grid, s: Seg, id: number): void {
  cells(s, (k) => {
    const list = grid.get(k);
    if (list) list.push(id);
    else grid.set(k, [id]);
  });
}
/** The id of a segment equal to s (either direction) in the grid, if any. */
function gridFind(grid: Grid, segs: readonly Seg[], s: Seg, dead?: Uint8Array): number | undefined {
  const list = grid.get(cellKey(Math.floor(s[0] / CELL), Math.floor(s[1] / CELL)));
  if (!list) return undefined;
  for (const j of list) {
    if (dead?.[j]) continue;
    const t = segs[j]!;
    if ((t[0] === s[0] && t[1] === s[1] && t[2] === s[2] && t[3] === s[3]) || (t[0] === s[2] && t[1] === s[3] && t[2] === s[0] && t[3] === s[1])) return j;
  }
  return undefined;
}

function splitPoints(segs: Seg[], near?: { grid: Grid; dirty: readonly number[]; dead: Uint8Array }): Map<number, Pt[]> | null {
  const SNAP = 3;
  const grid: Grid = new Map();
  const splits = new Map<number, Pt[]>();
  const add = (i: number, p: Pt) => {
    const l = splits.get(i);
    if (l) l.push(p);
    else splits.set(i, [p]);
  };
  const seen = new Set<number>();
  const test = (i: number, j: number) => {
    const pairKey = i < j ? i * segs.length + j : j * segs.length + i;
    if (seen.has(pairKey)) return;
    seen.add(pairKey);
    const [ax, ay, bx, by] = segs[i]!;
    const [cx, cy, dx, dy] = segs[j]!;
    if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return;
    if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return;
    // An end of one lying inside the other (T-junctions and collinear overlaps).
    if (strictlyOn(ax, ay, bx, by, cx, cy)) add(i, [cx, cy]);
    if (strictlyOn(ax, ay, bx, by, dx, dy)) add(i, [dx, dy]);
    if (strictlyOn(cx, cy, dx, dy, ax, ay)) add(j, [ax, ay]);
    if (strictlyOn(cx, cy, dx, dy, bx, by)) add(j, [bx, by]);
    // A proper crossing: split both at the crossing rounded to the grid.
    const o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
    const o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
    if (o1 * o2 < 0 && o3 * o4 < 0) {
      const den = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
      const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / den;
      const p: Pt = [Math.round(ax + t * (bx - ax)), Math.round(ay + t * (by - ay))];
      // A crossing next to an existing end snaps to that end: rounding would otherwise make a new
      // point a unit away that crosses again on the next pass, and noding would creep for ever.
      let snap: [Pt, 'i' | 'j'] | null = null;
      let bestD = SNAP * SNAP;
      for (const [q, of] of [[[ax, ay], 'i'], [[bx, by], 'i'], [[cx, cy], 'j'], [[dx, dy], 'j']] as Array<[Pt, 'i' | 'j']>) {
        const dd = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2;
        if (dd <= bestD) {
          bestD = dd;
          snap = [q, of];
        }
      }
      if (snap) add(snap[1] === 'i' ? j : i, snap[0]);
      else {
        add(i, p);
        add(j, p);
      }
    }
  };
  if (!near) {
    segs.forEach((s, i) => gridAdd(grid, s, i));
    for (const list of grid.values()) {
      for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) test(list[a]!, list[b]!);
    }
  } else {
    // only pairs with a dirty segment, found through the grid of all segments: the others were noded
    // against each other before
    const { dead } = near;
    for (const i of near.dirty) {
      if (dead[i]) continue;
      cells(segs[i]!, (k) => {
        const list = near.grid.get(k);
        if (list) for (const j of list) if (j !== i && !dead[j]) test(i < j ? i : j, i < j ? j : i);
      });
    }
  }
  return splits.size ? splits : null;
}

/** Splits each segment at its points, in order along it; drops zero-length pieces. */
function applySplits(s: Seg, pts: Pt[]): Seg[] {
  const [ax, ay, bx, by] = s;
  const dx = bx - ax, dy = by - ay;
  const t = (p: Pt) => ((p[0] - ax) * dx + (p[1] - ay) * dy) / (dx * dx + dy * dy);
  const sorted = [...pts].sort((p, q) => t(p) - t(q));
  const out: Seg[] = [];
  let px = ax, py = ay;
  for (const p of [...sorted, [bx, by] as Pt]) {
    if (p[0] === px && p[1] === py) continue;
    out.push([px, py, p[0], p[1]]);
    px = p[0];
    py = p[1];
  }
  return out;
}

/** Signed doubled area of a closed integer ring (first point not repeated), exact. */
function doubledArea(pts: Pt[]): bigint {
  let s = 0n;
  const [ox, oy] = pts[0]!;
  for (let i = 1; i + 1 < pts.length; i++) {
    const [x1, y1] = pts[i]!, [x2, y2] = pts[i + 1]!;
    s += BigInt(x1 - ox) * BigInt(y2 - oy) - BigInt(x2 - ox) * BigInt(y1 - oy);
  }
  return s;
}

export interface BuildProgress {
  (stage: string, done: number, total: number): void;
}

/** Stage 1: the unique segments of every snapshot's rings and, per day, which of them it draws. */
function collectSegments(snaps: readonly SnapshotInput[], scale: number, progress?: BuildProgress): { segs: Seg[]; daySegs: number[][] } {
  // segments by a 32-bit hash of their ends (either direction), checked for equality: far cheaper than
  // string keys for the millions of segments a record draws
  const buckets = new Map<number, number | number[]>();
  const same = (t: Seg, s: Seg) => (t[0] === s[0] && t[1] === s[1] && t[2] === s[2] && t[3] === s[3]) || (t[0] === s[2] && t[1] === s[3] && t[2] === s[0] && t[3] === s[1]);
  const hash = (s: Seg) => {
    const fwd = s[0] < s[2] || (s[0] === s[2] && s[1] < s[3]);
    const [a, b, c, d] = fwd ? s : [s[2], s[3], s[0], s[1]];
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ c;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ d;
    return h ^ (h >>> 16);
  };
  const segIndex = {
    get(s: Seg): number | undefined {
      const b = buckets.get(hash(s));
      if (b === undefined) return undefined;
      if (typeof b === 'number') return same(segs[b]!, s) ? b : undefined;
      return b.find((id) => same(segs[id]!, s));
    },
    set(s: Seg, id: number): void {
      const h = hash(s);
      const b = buckets.get(h);
      if (b === undefined) buckets.set(h, id);
      else if (typeof b === 'number') buckets.set(h, [b, id]);
      else b.push(id);
    },
  };
  const segs: Seg[] = [];
  const daySegs: number[][] = [];
  snaps.forEach((snap, d) => {
    const polys = snap.geometry.type === 'Polygon' ? [snap.geometry.coordinates] : snap.geometry.coordinates;
    const list: number[] = [];
    for (const poly of polys) {
      for (const ring of poly) {
        const q = quantRing(ring, scale);
        for (let i = 0; i + 1 < q.length; i++) {
          const s: Seg = [q[i]![0], q[i]![1], q[i + 1]![0], q[i + 1]![1]];
          let id = segIndex.get(s);
          if (id === undefined) segIndex.set(s, (id = segs.push(s) - 1));
          list.push(id);
        }
      }
    }
    daySegs.push(list);
    progress?.('segments', d + 1, snaps.length);
  });
  return { segs, daySegs };
}

/**
 * Stage 2, noding: splits segments where they cross or touch until none does. Returns the pieces and,
 * per original segment, the chain of pieces it became.
 */
/** Passes before noding gives up (a full import of the record converges in 4). */
const MAX_PASSES = 32;

function nodeSegments(input: Seg[], progress?: BuildProgress): { segs: Seg[]; chains: number[][] } {
  let segs = input;
  let chains: number[][] = segs.map((_, i) => [i]);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const splits = splitPoints(segs);
    progress?.('noding', pass + 1, MAX_PASSES);
    if (!splits) break;
    if (pass === MAX_PASSES - 1) throw new Error(`noding did not converge in ${MAX_PASSES} passes`);
    const next: Seg[] = [];
    const nextIndex = new Map<string, number>();
    const children: number[][] = segs.map((s, i) => {
      const pieces = splits.has(i) ? applySplits(s, splits.get(i)!) : [s];
      return pieces.map((p) => {
        const k = segKey(p);
        let id = nextIndex.get(k);
        if (id === undefined) nextIndex.set(k, (id = next.push(p) - 1));
        return id;
      });
    });
    chains = chains.map((c) => c.flatMap((i) => children[i]!));
    segs = next;
  }
  return { segs, chains };
}

/**
 * Noding when the segments before `dirtyFrom` are already noded against each other (a packed
 * arrangement): a pass tests only pairs with a dirty segment (new, or a piece made in the pass before).
 * A split segment is retired and its pieces appended (or matched to an equal segment through `index`),
 * so the untouched bulk is never copied. Returns the live pieces and, per input segment, its chain.
 */
function nodeIncremental(input: Seg[], grid: Grid, dirtyFrom: number, progress?: BuildProgress): { segs: Seg[]; chains: number[][] } {
  const segs = input;
  const originals = segs.length;
  const piecesOf = new Map<number, number[]>();
  for (let i = dirtyFrom; i < segs.length; i++) gridAdd(grid, segs[i]!, i);
  let dirty: number[] = [];
  for (let i = dirtyFrom; i < segs.length; i++) dirty.push(i);
  let dead = new Uint8Array(segs.length);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const splits = splitPoints(segs, { grid, dirty, dead });
    progress?.('noding', pass + 1, MAX_PASSES);
    if (!splits) break;
    if (pass === MAX_PASSES - 1) throw new Error(`noding did not converge in ${MAX_PASSES} passes`);
    const grown = new Uint8Array(segs.length + 4 * splits.size + 64);
    grown.set(dead);
    for (const i of splits.keys()) grown[i] = 1;
    dead = grown;
    const made: number[] = [];
    for (const [i, pts] of splits) {
      piecesOf.set(i, applySplits(segs[i]!, pts).map((p) => {
        let id = gridFind(grid, segs, p, dead);
        if (id === undefined) {
          id = segs.push(p) - 1;
          if (id >= dead.length) {
            const more = new Uint8Array(2 * dead.length);
            more.set(dead);
            dead = more;
          }
          gridAdd(grid, p, id);
        }
        made.push(id);
        return id;
      }));
    }
    dirty = made;
  }
  const live = new Int32Array(segs.length).fill(-1);
  const out: Seg[] = [];
  segs.forEach((s, i) => {
    if (!piecesOf.has(i)) live[i] = out.push(s) - 1;
  });
  const resolve = (i: number): number[] => (piecesOf.has(i) ? piecesOf.get(i)!.flatMap(resolve) : [live[i]!]);
  const chains: number[][] = [];
  for (let i = 0; i < originals; i++) chains.push(resolve(i));
  return { segs: out, chains };
}

/** The planar graph of the noded segments. Half-edge h: 2e runs from→to along edge e, 2e+1 back. */
interface Graph {
  nodes: Pt[];
  edgeFrom: number[];
  edgeTo: number[];
  /** Number of edges. */
  E: number;
  /** Per node: outgoing half-edges sorted by angle. */
  out: number[][];
  origin: (h: number) => number;
  target: (h: number) => number;
  /** Next half-edge around the face on the left. */
  nextOf: (h: number) => number;
}

/** Stage 3: nodes, undirected edges and the half-edges sorted around each node. */
function buildGraph(segs: readonly Seg[]): Graph {
  // nodes keyed by a number when the coordinates' span allows it exactly (strings cost far more)
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const s of segs) {
    x0 = Math.min(x0, s[0], s[2]); x1 = Math.max(x1, s[0], s[2]);
    y0 = Math.min(y0, s[1], s[3]); y1 = Math.max(y1, s[1], s[3]);
  }
  const span = y1 - y0 + 1;
  const numeric = segs.length > 0 && (x1 - x0 + 1) * span < Number.MAX_SAFE_INTEGER;
  const nodeIndex = new Map<string | number, number>();
  const nodes: Pt[] = [];
  const node = (x: number, y: number) => {
    const k = numeric ? (x - x0) * span + (y - y0) : `${x},${y}`;
    let id = nodeIndex.get(k);
    if (id === undefined) nodeIndex.set(k, (id = nodes.push([x, y]) - 1));
    return id;
  };
  const edgeFrom: number[] = [], edgeTo: number[] = [];
  for (const s of segs) {
    edgeFrom.push(node(s[0], s[1]));
    edgeTo.push(node(s[2], s[3]));
  }
  const E = segs.length;
  const origin = (h: number) => ((h & 1) === 0 ? edgeFrom[h >> 1]! : edgeTo[h >> 1]!);
  const target = (h: number) => ((h & 1) === 0 ? edgeTo[h >> 1]! : edgeFrom[h >> 1]!);
  const out: number[][] = nodes.map(() => []);
  for (let h = 0; h < 2 * E; h++) out[origin(h)]!.push(h);
  const angle = (h: number) => {
    const a = nodes[origin(h)]!, b = nodes[target(h)]!;
    return Math.atan2(b[1] - a[1], b[0] - a[0]);
  };
  const posAt = new Int32Array(2 * E);
  for (const list of out) {
    list.sort((p, q) => angle(p) - angle(q));
    list.forEach((h, i) => (posAt[h] = i));
  }
  // next half-edge around the face on the left: at the head, the outgoing edge just clockwise of the twin
  const nextOf = (h: number) => {
    const tw = h ^ 1;
    const list = out[origin(tw)]!;
    return list[(posAt[tw]! - 1 + list.length) % list.length]!;
  };
  return { nodes, edgeFrom, edgeTo, E, out, origin, target, nextOf };
}

/** Half-edge cycles of the graph with their signed doubled areas (positive: a bounded face). */
interface Cycles {
  cycles: number[][];
  /** Per half-edge: index of its cycle. */
  cycleOf: Int32Array;
  areas: bigint[];
}

/** Stage 4: walks every face cycle; positive ones are bounded faces, the others outer boundaries of components. */
function traceCycles(g: Graph): Cycles {
  const cycleOf = new Int32Array(2 * g.E).fill(-1);
  const cycles: number[][] = [];
  for (let h = 0; h < 2 * g.E; h++) {
    if (cycleOf[h] !== -1) continue;
    const c: number[] = [];
    let x = h;
    do {
      cycleOf[x] = cycles.length;
      c.push(x);
      x = g.nextOf(x);
    } while (x !== h);
    cycles.push(c);
  }
  const areas = cycles.map((c) => doubledArea(cyclePts(g, c)));
  return { cycles, cycleOf, areas };
}

const cyclePts = (g: Graph, c: number[]) => c.map((h) => g.nodes[g.origin(h)]!);

/** Bounded faces (cycle indices), their holes (cycle indices) and, per cycle, the face it bounds. */
interface Faces {
  bounded: number[];
  holes: number[][];
  /** Per cycle: its face index, or OUTSIDE (= bounded.length) for the unbounded face. */
  faceOfCycle: Int32Array;
  OUTSIDE: number;
}

/**
 * Stage 5: numbers the bounded faces and puts each component's outer boundary, as a hole, in the
 * smallest bounded face of another component that contains it (or outside).
 */
function assignHoles(g: Graph, { cycles, areas }: Cycles): Faces {
  // components (union-find over nodes)
  const parent = g.nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let e = 0; e < g.E; e++) parent[find(g.edgeFrom[e]!)] = find(g.edgeTo[e]!);

  const bounded: number[] = [];
  const faceOfCycle = new Int32Array(cycles.length).fill(-1);
  cycles.forEach((_, i) => {
    if (areas[i]! > 0n) faceOfCycle[i] = bounded.push(i) - 1;
  });
  const OUTSIDE = bounded.length;
  const bbox = bounded.map((ci) => ringBox(cyclePts(g, cycles[ci]!)));
  const holes: number[][] = bounded.map(() => []);
  cycles.forEach((c, i) => {
    if (areas[i]! > 0n) return;
    const comp = find(g.origin(c[0]!));
    const [px, py] = g.nodes[g.origin(c[0]!)]!;
    let best = -1;
    bounded.forEach((ci, f) => {
      const b = bbox[f]!;
      if (px < b[0] || px > b[2] || py < b[1] || py > b[3]) return;
      if (find(g.origin(cycles[ci]![0]!)) === comp) return;
      if (!pointInRing(px, py, cyclePts(g, cycles[ci]!))) return;
      if (best === -1 || areas[ci]! < areas[bounded[best]!]!) best = f;
    });
    faceOfCycle[i] = best === -1 ? OUTSIDE : best;
    if (best !== -1) holes[best]!.push(i);
  });
  return { bounded, holes, faceOfCycle, OUTSIDE };
}

/**
 * Stage 6, per day: which edges the day draws (even-odd over the original segments' chains), then
 * inside/outside of every face by walking the faces from the outside, flipping across drawn edges.
 */
function markDays(
  g: Graph, { cycleOf }: Cycles, { bounded, faceOfCycle, OUTSIDE }: Faces,
  snaps: readonly SnapshotInput[], daySegs: number[][], chains: number[][], progress?: BuildProgress,
): { faceOn: Uint8Array[]; edgeOn: Uint8Array } {
  const E = g.E;
  const faceLeft = (h: number) => faceOfCycle[cycleOf[h]!]!;
  const adj: Array<Array<[number, number]>> = Array.from({ length: OUTSIDE + 1 }, () => []);
  for (let e = 0; e < E; e++) {
    const a = faceLeft(2 * e), b = faceLeft(2 * e + 1);
    adj[a]!.push([e, b]);
    adj[b]!.push([e, a]);
  }
  const D = snaps.length;
  const faceOn = bounded.map(() => new Uint8Array(D));
  const edgeOn = new Uint8Array(E * D);
  const present = new Uint8Array(E);
  const state = new Int8Array(OUTSIDE + 1);
  const queue = new Int32Array(OUTSIDE + 1);
  for (let d = 0; d < D; d++) {
    present.fill(0);
    for (const s of daySegs[d]!) for (const e of chains[s]!) present[e]! ^= 1;
    state.fill(-1);
    state[OUTSIDE] = 0;
    let head = 0, tail = 0;
    queue[tail++] = OUTSIDE;
    while (head < tail) {
      const f = queue[head++]!;
      for (const [e, h] of adj[f]!) {
        const s = state[f]! ^ present[e]!;
        if (state[h] === -1) {
          state[h] = s;
          queue[tail++] = h;
        } else if (state[h] !== s) {
          throw new Error(`snapshot ${snaps[d]!.date}: rings do not close into areas (odd edge count at a node)`);
        }
      }
    }
    for (let f = 0; f < OUTSIDE; f++) faceOn[f]![d] = state[f] === 1 ? 1 : 0;
    for (let e = 0; e < E; e++) edgeOn[e * D + d] = present[e]!;
    progress?.('days', d + 1, D);
  }
  return { faceOn, edgeOn };
}

/**
 * Stage 7: arcs, the maximal chains through nodes of degree 2 (such chains are drawn whole or not at
 * all), each face's rings written as arc refs, and each arc's per-day state.
 */
function buildArcs(
  g: Graph, { cycles }: Cycles, { bounded, holes }: Faces, onOf: (edge: number) => Uint8Array,
): { arcs: number[][]; faces: number[][][]; arcOn: Uint8Array[] } {
  const { E, out, origin, target } = g;
  const degree = out.map((l) => l.length);
  const arcOfEdge = new Int32Array(E).fill(-1);
  const arcDirOfHalf = new Int8Array(2 * E); // 1 when half-edge runs along the arc's direction
  const arcStartHalf = new Int32Array(2 * E).fill(0); // 1 when half-edge is the first of its arc (in its direction)
  const arcs: number[][] = [];
  const arcEdges: number[][] = [];
  const walk = (h0: number) => {
    const id = arcs.length;
    const chain = [origin(h0)];
    const edges: number[] = [];
    let h = h0;
    for (;;) {
      arcOfEdge[h >> 1] = id;
      arcDirOfHalf[h] = 1;
      edges.push(h >> 1);
      const v = target(h);
      chain.push(v);
      if (degree[v] !== 2 || v === origin(h0)) break;
      const l = out[v]!;
      h = l[0] === (h ^ 1) ? l[1]! : l[0]!;
    }
    arcStartHalf[h0] = 1;
    arcStartHalf[h ^ 1] = 1;
    arcs.push(chain);
    arcEdges.push(edges);
  };
  for (let v = 0; v < g.nodes.length; v++) {
    if (degree[v] === 2) continue;
    for (const h of out[v]!) if (arcOfEdge[h >> 1] === -1) walk(h);
  }
  for (let e = 0; e < E; e++) if (arcOfEdge[e] === -1) walk(2 * e); // closed loops of degree-2 nodes

  // a cycle as arc refs, starting at an arc boundary
  const ringOf = (c: number[]): number[] => {
    let start = c.findIndex((h) => arcStartHalf[h] === 1);
    if (start < 0) start = 0;
    const refs: number[] = [];
    for (let k = 0; k < c.length; k++) {
      const h = c[(start + k) % c.length]!;
      if (k > 0 && arcStartHalf[h] !== 1) continue;
      const a = arcOfEdge[h >> 1]!;
      refs.push(arcDirOfHalf[h] === 1 ? a : ~a);
    }
    return refs;
  };
  const faces = bounded.map((ci, f) => [ringOf(cycles[ci]!), ...holes[f]!.map((hc) => ringOf(cycles[hc]!))]);
  const arcOn = arcEdges.map((edges) => onOf(edges[0]!));
  return { arcs, faces, arcOn };
}

/** Builds the topology: the stages above, in order. */
export function buildTopology(snaps: readonly SnapshotInput[], scale = 1e6, progress?: BuildProgress): Topology {
  const collected = collectSegments(snaps, scale, progress);
  const { segs, chains } = nodeSegments(collected.segs, progress);
  const graph = buildGraph(segs);
  const cycles = traceCycles(graph);
  const faces = assignHoles(graph, cycles);
  const { faceOn, edgeOn } = markDays(graph, cycles, faces, snaps, collected.daySegs, chains, progress);
  const D = snaps.length;
  const built = buildArcs(graph, cycles, faces, (e) => edgeOn.slice(e * D, e * D + D));
  return canonical({ scale, nodes: graph.nodes, arcs: built.arcs, faces: built.faces, faceOn, arcOn: built.arcOn, days: snaps.length });
}

/** What an update starts from: the packed arcs (absolute grid coordinates) and, per arc and packed day, drawn or not. */
export interface PriorTopology {
  dates: readonly string[];
  /** Per arc: [x0, y0, x1, y1, …] on the grid. */
  arcs: readonly number[][];
  /** Per arc: the packed days that draw it, as runs [gap, length, …] (the packed file's arcRuns). */
  arcRuns: readonly (readonly number[])[];
}

/**
 * The topology of a packed history with more days appended, without re-noding what was packed: the
 * packed arcs are already noded against each other, so only the new days' segments (those not already
 * an edge) are noded, against everything near them. The graph and faces are then rebuilt, and every
 * face's state on every day is found in one walk, carrying all days at once as bit vectors: crossing an
 * edge flips the days that draw it. A packed day draws a piece of an edge when it drew the arc the edge
 * belonged to. The result differs from a full import's only where rounding a crossing of a new line
 * with an old one lands a grid unit away from where crossing the original lines would; see
 * docs/observed-packing.md for how the two are compared.
 */
export function appendTopology(prior: PriorTopology, fresh: readonly SnapshotInput[], scale = 1e6, progress?: BuildProgress): Topology {
  const grid: Grid = new Map();
  const segs: Seg[] = [];
  const segArc: number[] = [];
  prior.arcs.forEach((flat, a) => {
    for (let k = 0; k + 3 < flat.length; k += 2) {
      const s: Seg = [flat[k]!, flat[k + 1]!, flat[k + 2]!, flat[k + 3]!];
      gridAdd(grid, s, segs.push(s) - 1);
      segArc.push(a);
    }
  });
  const packedEdges = segs.length;
  const collected = collectSegments(fresh, scale, progress);
  // A new day mostly redraws lines drawn before (DeepState keeps unchanged vertices). Such a line was
  // split where others crossed it, at crossings rounded to the grid, so it is no longer one packed edge
  // but a chain of them that bends by a unit or so: it is taken as that chain (what noding it with the
  // other lines from scratch gives) instead of being noded again against its own pieces, which would
  // leave slivers a unit wide. Packed edges around a node are found through the grid.
  const edgesAt = (x: number, y: number): number[] => {
    const list = grid.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL)));
    const out: number[] = [];
    if (list) for (const j of list) {
      if (j >= packedEdges) continue;
      const t = segs[j]!;
      if (t[0] === x && t[1] === y) out.push(t[2], t[3], j);
      else if (t[2] === x && t[3] === y) out.push(t[0], t[1], j);
    }
    return out;
  };
  const chainAlong = (s: Seg): number[] | null => {
    const [ax, ay, bx, by] = s;
    const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    const ids: number[] = [];
    let cx = ax, cy = ay, ct = 0;
    for (let step = 0; step < 256 && !(cx === bx && cy === by); step++) {
      const l = edgesAt(cx, cy);
      let best = -1, bestT = Infinity;
      for (let k = 0; k < l.length; k += 3) {
        const px = l[k]! - ax, py = l[k + 1]! - ay;
        const t = (px * dx + py * dy) / len2;
        const cross = px * dy - py * dx;
        if (t <= ct || t > 1 || cross * cross > 9 * len2) continue;
        if (t < bestT) {
          bestT = t;
          best = k;
        }
      }
      if (best < 0) return null;
      ids.push(l[best + 2]!);
      cx = l[best]!;
      cy = l[best + 1]!;
      ct = bestT;
    }
    return cx === bx && cy === by ? ids : null;
  };
  const added = new Map<string, number>();
  const toGlobal = collected.segs.map((s) => {
    const id = gridFind(grid, segs, s);
    if (id !== undefined) return [id];
    const along = chainAlong(s);
    if (along) return along;
    const k = segKey(s);
    let n = added.get(k);
    if (n === undefined) added.set(k, (n = segs.push(s) - 1));
    return [n];
  });
  const { segs: noded, chains } = nodeIncremental(segs, grid, packedEdges, progress);
  const graph = buildGraph(noded);
  const cycles = traceCycles(graph);
  const faces = assignHoles(graph, cycles);

  const dates = [...prior.dates, ...fresh.map((s) => s.date)];
  const D = dates.length, Dold = prior.dates.length, W = (D + 31) >>> 5;
  const E = graph.E;
  const bits = new Uint32Array(E * W);
  // a packed arc's days straight from its runs, a word at a time
  const arcBits = prior.arcRuns.map((runs) => {
    const v = new Uint32Array(W);
    let at = 0;
    for (let k = 0; k + 1 < runs.length; k += 2) {
      const start = at + runs[k]!;
      at = start + runs[k + 1]!;
      for (let d = start; d < at;) {
        const lo = d & 31, n = Math.min(32 - lo, at - d);
        v[d >>> 5]! |= (n === 32 ? -1 : (1 << n) - 1) << lo;
        d += n;
      }
    }
    return v;
  });
  for (let i = 0; i < packedEdges; i++) {
    const v = arcBits[segArc[i]!]!;
    for (const e of chains[i]!) for (let w = 0; w < W; w++) bits[e * W + w]! ^= v[w]!;
  }
  collected.daySegs.forEach((list, k) => {
    const d = Dold + k, w = d >>> 5, bit = 1 << (d & 31);
    for (const s of list) for (const g of toGlobal[s]!) for (const e of chains[g]!) bits[e * W + w]! ^= bit;
  });

  // one walk from the outside for all days at once
  const { bounded, faceOfCycle, OUTSIDE } = faces;
  const faceLeft = (h: number) => faceOfCycle[cycles.cycleOf[h]!]!;
  // faces' neighbours across each edge, in flat arrays (face f's are adjAt[f] … adjAt[f + 1] − 1)
  const adjAt = new Int32Array(OUTSIDE + 2);
  const left = new Int32Array(2 * E);
  for (let h = 0; h < 2 * E; h++) adjAt[(left[h] = faceLeft(h)) + 1]!++;
  for (let f = 0; f <= OUTSIDE; f++) adjAt[f + 1]! += adjAt[f]!;
  const adjEdge = new Int32Array(2 * E), adjFace = new Int32Array(2 * E);
  const fillAt = adjAt.slice(0, OUTSIDE + 1);
  for (let e = 0; e < E; e++) {
    const a = left[2 * e]!, b = left[2 * e + 1]!;
    adjEdge[fillAt[a]!] = e;
    adjFace[fillAt[a]!++] = b;
    adjEdge[fillAt[b]!] = e;
    adjFace[fillAt[b]!++] = a;
  }
  const state = new Uint32Array((OUTSIDE + 1) * W);
  const set = new Uint8Array(OUTSIDE + 1);
  const queue = new Int32Array(OUTSIDE + 1);
  let head = 0, tail = 0;
  set[OUTSIDE] = 1;
  queue[tail++] = OUTSIDE;
  while (head < tail) {
    const f = queue[head++]!;
    for (let k = adjAt[f]!; k < adjAt[f + 1]!; k++) {
      const e = adjEdge[k]!, h = adjFace[k]!;
      if (!set[h]) {
        for (let w = 0; w < W; w++) state[h * W + w] = state[f * W + w]! ^ bits[e * W + w]!;
        set[h] = 1;
        queue[tail++] = h;
      } else {
        for (let w = 0; w < W; w++) {
          const diff = (state[h * W + w]! ^ state[f * W + w]! ^ bits[e * W + w]!) >>> 0;
          if (diff) throw new Error(`snapshot ${dates[w * 32 + (Math.clz32(diff & -diff) ^ 31)]}: rings do not close into areas (odd edge count at a node)`);
        }
      }
    }
  }
  // words all off or all on (most of them: faces and arcs keep their state for long spans) are filled whole
  const unpack = (v: Uint32Array, at: number) => {
    const on = new Uint8Array(D);
    for (let w = 0; w < W; w++) {
      const x = v[at + w]!, d0 = w << 5;
      if (x === 0) continue;
      if (x === 0xffffffff) on.fill(1, d0, Math.min(D, d0 + 32));
      else for (let d = d0; d < D && d < d0 + 32; d++) on[d] = (x >>> (d & 31)) & 1;
    }
    return on;
  };
  const faceOn = bounded.map((_, f) => unpack(state, f * W));
  progress?.('days', D, D);
  const built = buildArcs(graph, cycles, faces, (e) => unpack(bits, e * W));
  return canonical({ scale, nodes: graph.nodes, arcs: built.arcs, faces: built.faces, faceOn, arcOn: built.arcOn, days: D });
}

/**
 * Stage 8: one order for everything, decided by coordinates alone. The stages above number arcs and
 * faces in the order segments were first met, which depends on which days were read in which order; an
 * update (old days rebuilt from the pack, then the new ones) and a full import of the same days must
 * write the same file. Each arc runs from its smaller end (x, then y) or, for a closed loop with no
 * junction, starts at its smallest point towards its smaller neighbour; arcs are sorted by their first
 * two points; each ring starts at its smallest ref; holes and faces are sorted by their first ref.
 */
function canonical(t: Topology): Topology {
  const cmp = (a: number, b: number) => t.nodes[a]![0] - t.nodes[b]![0] || t.nodes[a]![1] - t.nodes[b]![1];
  const ends = new Map<number, number>();
  for (const c of t.arcs) for (const n of [c[0]!, c.at(-1)!]) ends.set(n, (ends.get(n) ?? 0) + 1);
  const flipped = new Uint8Array(t.arcs.length);
  const oriented = t.arcs.map((c, i) => {
    const closed = c[0] === c.at(-1);
    if (closed && ends.get(c[0]!) === 2 && c.length > 3) {
      const body = c.slice(0, -1);
      let m = 0;
      for (let k = 1; k < body.length; k++) if (cmp(body[k]!, body[m]!) < 0) m = k;
      let rot = [...body.slice(m), ...body.slice(0, m)];
      if (cmp(rot[1]!, rot.at(-1)!) > 0) {
        rot = [rot[0]!, ...rot.slice(1).reverse()];
        flipped[i] = 1;
      }
      return [...rot, rot[0]!];
    }
    const flip = closed ? c.length > 3 && cmp(c[1]!, c.at(-2)!) > 0 : cmp(c[0]!, c.at(-1)!) > 0;
    if (!flip) return c;
    flipped[i] = 1;
    return [...c].reverse();
  });
  const order = oriented.map((_, i) => i).sort((a, b) => cmp(oriented[a]![0]!, oriented[b]![0]!) || cmp(oriented[a]![1]!, oriented[b]![1]!));
  const newIndex = new Int32Array(order.length);
  order.forEach((old, k) => (newIndex[old] = k));
  const ref = (r: number) => {
    const a = r < 0 ? ~r : r;
    const forward = (r >= 0) !== (flipped[a] === 1);
    return forward ? newIndex[a]! : ~newIndex[a]!;
  };
  const rank = (r: number) => (r < 0 ? 2 * ~r + 1 : 2 * r);
  const ring = (refs: number[]) => {
    const rs = refs.map(ref);
    let m = 0;
    for (let k = 1; k < rs.length; k++) if (rank(rs[k]!) < rank(rs[m]!)) m = k;
    return [...rs.slice(m), ...rs.slice(0, m)];
  };
  const faces = t.faces.map(([outer, ...holes]) => [ring(outer!), ...holes.map(ring).sort((a, b) => rank(a[0]!) - rank(b[0]!))]);
  const faceOrder = faces.map((_, i) => i).sort((a, b) => rank(faces[a]![0]![0]!) - rank(faces[b]![0]![0]!));
  return {
    ...t,
    arcs: order.map((i) => oriented[i]!),
    arcOn: order.map((i) => t.arcOn[i]!),
    faces: faceOrder.map((i) => faces[i]!),
    faceOn: faceOrder.map((i) => t.faceOn[i]!),
  };
}

/**
 * A face's outline as a string of its grid coordinates (rings as arc refs, each arc given as a flat
 * [x0, y0, x1, y1, …] list): the key an update finds a face packed before by, whatever the arcs'
 * numbers in either pack. Exact: each ring's length and coordinates as 32-bit integers, the bytes read
 * as Latin-1 (one character per byte), which costs far less than writing the numbers out in decimal.
 */
let keyWords = new Int32Array(1 << 12);
export function outlineKey(rings: readonly number[][], arcFlat: (arc: number) => ArrayLike<number>): string {
  let n = 0;
  const room = (more: number) => {
    if (n + more <= keyWords.length) return;
    const grown = new Int32Array(2 * (n + more));
    grown.set(keyWords.subarray(0, n));
    keyWords = grown;
  };
  for (const refs of rings) {
    room(1);
    const lengthAt = n++;
    let first = true;
    for (const r of refs) {
      const flat = arcFlat(r < 0 ? ~r : r);
      const m = flat.length / 2;
      room(2 * m);
      for (let i = first ? 0 : 1; i < m; i++) {
        const k = r < 0 ? m - 1 - i : i;
        keyWords[n++] = flat[2 * k]!;
        keyWords[n++] = flat[2 * k + 1]!;
      }
      first = false;
    }
    keyWords[lengthAt] = n - lengthAt - 1;
  }
  return Buffer.from(keyWords.buffer, 0, 4 * n).toString('latin1');
}

/** Per arc of a topology: [x0, y0, x1, y1, …] on the grid. */
export function arcFlats(topo: Pick<Topology, 'nodes' | 'arcs'>): number[][] {
  return topo.arcs.map((chain) => {
    const flat = new Array<number>(2 * chain.length);
    chain.forEach((n, k) => {
      const p = topo.nodes[n]!;
      flat[2 * k] = p[0];
      flat[2 * k + 1] = p[1];
    });
    return flat;
  });
}

/** The coordinates (degrees) of a ring given as arc refs. */
export function ringCoords(topo: Pick<Topology, 'nodes' | 'arcs' | 'scale'>, refs: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const r of refs) {
    const arc = topo.arcs[r < 0 ? ~r : r]!;
    const seq = r < 0 ? [...arc].reverse() : arc;
    seq.forEach((n, i) => {
      if (i === 0 && out.length) return;
      const p = topo.nodes[n]!;
      out.push([p[0] / topo.scale, p[1] / topo.scale]);
    });
  }
  return out;
}
