// The packed history decoded off the page's thread and handed back in pieces. Parsing the file
// (3 MB of JSON) and building its features took one task of 100–700 ms on the bench machine, right
// after the map's first idle, and handing the faces and arcs to MapLibre (setData) cloned them in
// another. A worker now parses and decodes; the page gets the decoded history as a run of messages,
// each small enough to be read in a few milliseconds (each message is its own task, so frames are
// drawn between them), and MapLibre gets the faces and arcs as JSON blobs its own worker fetches and
// parses, so they never pass through the page's thread at all.
//
// The pieces travel as JSON text, not as structured clones: the page reads nested arrays of numbers
// several times faster with JSON.parse than through a structured clone. The packed file's raw
// streams (arcs, face rings, day runs, not-occupied-ground rings) are what the features and runs were decoded
// from; nothing on the page reads them afterwards, so they stay in the worker (empty arrays here).
//
// split (in the worker) and join (in the page) are pure: a test checks that join(split(h)) is h
// without those raw streams.
import type { ObservedHistory } from '../domain/observed-format';

/** The arrays sent in pieces, by where they sit in the history (everything else goes in the skeleton). */
const LISTS = [
  'faces.features',
  'arcs.features',
  'packed.faceOblastKm2',
  'packed.faceKm2',
  'packed.notOccupied.parts',
  'packed.zone.faceKm2',
  'notOccupiedParts.features',
  'notOccupiedLabels.features',
] as const;
type ListPath = (typeof LISTS)[number];

/** The typed per-face and per-arc arrays, sent flat (one buffer each, transferred) and cut again in the page. */
const TYPED = ['faceRuns', 'arcRuns', 'faceBox'] as const;
type TypedPath = (typeof TYPED)[number];

export type TransferMessage =
  | { kind: 'skeleton'; history: ObservedHistory }
  /** `json`: an array of the list's next items, as JSON text. */
  | { kind: 'list'; path: ListPath; json: string }
  | { kind: 'typed'; path: TypedPath; flat: Int32Array | Float64Array; offsets: Int32Array }
  | { kind: 'done' };

/** How many numbers a message of list items carries at most (about 2 ms to read on the bench machine). */
export const CHUNK_NUMBERS = 20_000;

function getAt(root: unknown, path: string): unknown {
  let at = root as Record<string, unknown> | null | undefined;
  for (const k of path.split('.')) at = at == null ? undefined : (at[k] as Record<string, unknown> | undefined);
  return at;
}

/** Numbers in a JSON-like value (the cost of sending it, roughly). */
function weight(v: unknown): number {
  if (Array.isArray(v)) {
    let n = 1;
    for (const x of v) n += weight(x);
    return n;
  }
  if (v && typeof v === 'object') {
    let n = 1;
    for (const x of Object.values(v as Record<string, unknown>)) n += weight(x);
    return n;
  }
  return 1;
}

/** The packed file's raw streams, decoded already: left out of what the page gets (see above). */
export function withoutRawStreams(h: ObservedHistory): ObservedHistory {
  const p = h.packed;
  return {
    ...h,
    packed: { ...p, faces: [], arcs: [], faceRuns: [], arcRuns: [], ...(p.notOccupied ? { notOccupied: { ...p.notOccupied, parts: p.notOccupied.parts.map((x) => ({ ...x, rings: [] })) } } : {}) },
  };
}

/** A shallow copy of `h` down to the listed arrays, which are left empty. */
function skeleton(h: ObservedHistory): ObservedHistory {
  const fc = <T extends { features: unknown[] } | null>(c: T): T => (c ? { ...c, features: [] } : c);
  const p = h.packed;
  return {
    ...h,
    packed: {
      ...p,
      faceOblastKm2: [], faceKm2: [],
      ...(p.notOccupied ? { notOccupied: { ...p.notOccupied, parts: [] } } : {}),
      ...(p.zone ? { zone: { ...p.zone, faceKm2: [] } } : {}),
    },
    faces: fc(h.faces),
    arcs: fc(h.arcs),
    notOccupiedParts: fc(h.notOccupiedParts),
    notOccupiedLabels: fc(h.notOccupiedLabels),
    faceRuns: [],
    arcRuns: [],
    faceBox: [],
  };
}

function flatten(list: ReadonlyArray<Int32Array | Float64Array>, Kind: typeof Int32Array | typeof Float64Array): { flat: Int32Array | Float64Array; offsets: Int32Array } {
  const offsets = new Int32Array(list.length + 1);
  for (let i = 0; i < list.length; i++) offsets[i + 1] = offsets[i]! + list[i]!.length;
  const flat = new Kind(offsets[list.length]!);
  list.forEach((a, i) => flat.set(a, offsets[i]!));
  return { flat, offsets };
}

/** The decoded history as messages, in the order join takes them; `transfer` lists each one's buffers. */
export function splitObserved(decoded: ObservedHistory, chunkNumbers = CHUNK_NUMBERS): Array<{ message: TransferMessage; transfer: ArrayBuffer[] }> {
  const h = withoutRawStreams(decoded);
  const out: Array<{ message: TransferMessage; transfer: ArrayBuffer[] }> = [{ message: { kind: 'skeleton', history: skeleton(h) }, transfer: [] }];
  for (const path of TYPED) {
    const { flat, offsets } = flatten(h[path], path === 'faceBox' ? Float64Array : Int32Array);
    out.push({ message: { kind: 'typed', path, flat, offsets }, transfer: [flat.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer] });
  }
  for (const path of LISTS) {
    const list = getAt(h, path);
    if (!Array.isArray(list)) continue;
    let items: unknown[] = [];
    let n = 0;
    for (const item of list) {
      items.push(item);
      n += weight(item);
      if (n >= chunkNumbers) {
        out.push({ message: { kind: 'list', path, json: JSON.stringify(items) }, transfer: [] });
        items = [];
        n = 0;
      }
    }
    if (items.length) out.push({ message: { kind: 'list', path, json: JSON.stringify(items) }, transfer: [] });
  }
  out.push({ message: { kind: 'done' }, transfer: [] });
  return out;
}

/** Builds the history back from splitObserved's messages, one at a time; `take` returns it after 'done'. */
export class ObservedJoin {
  private h: ObservedHistory | null = null;

  take(m: TransferMessage): ObservedHistory | null {
    if (m.kind === 'skeleton') {
      this.h = m.history;
      return null;
    }
    const h = this.h;
    if (!h) throw new Error(`observed transfer: ${m.kind} before the skeleton`);
    if (m.kind === 'typed') {
      const cut: Array<Int32Array | Float64Array> = [];
      for (let i = 0; i + 1 < m.offsets.length; i++) cut.push(m.flat.subarray(m.offsets[i]!, m.offsets[i + 1]!));
      (h as unknown as Record<TypedPath, unknown>)[m.path] = cut;
      return null;
    }
    if (m.kind === 'list') {
      const list = getAt(h, m.path) as unknown[] | undefined;
      if (list) for (const x of JSON.parse(m.json) as unknown[]) list.push(x);
      return null;
    }
    this.h = null;
    return h;
  }
}

/** Reassembles a whole run of messages (the page's fallback and the tests). */
export function joinObserved(messages: readonly TransferMessage[]): ObservedHistory {
  const j = new ObservedJoin();
  for (const m of messages) {
    const h = j.take(m);
    if (h) return h;
  }
  throw new Error('observed transfer: no done message');
}

/** Per history (keyed by its faces, which a cut history shares): blobs of its faces and arcs as GeoJSON, for MapLibre's worker. */
const feeds = new WeakMap<object, { faces: string; arcs: string }>();

/** Remembers object URLs of the JSON of `h`'s faces and arcs (made in the decoding worker). */
export function setObservedFeed(h: ObservedHistory, faces: Blob, arcs: Blob): void {
  feeds.set(h.faces, { faces: URL.createObjectURL(faces), arcs: URL.createObjectURL(arcs) });
}

/** Object URLs MapLibre can load `h`'s faces and arcs from, when the worker made them; else null. */
export function observedFeed(h: ObservedHistory): { faces: string; arcs: string } | null {
  return feeds.get(h.faces) ?? null;
}
