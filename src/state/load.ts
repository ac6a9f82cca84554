// Fetches what the page needs from its own origin. Every failure names the file, so the error
// state can say what broke.
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Dataset, OblastCollection } from '../domain';
import { decodeObserved, type ObservedHistory } from '../domain/observed-format';
import type { SourceRecord } from '../evidence/records';
import { SHIPPED_RECORDS } from '../evidence/shipped';
import { ObservedJoin, setObservedFeed } from './observed-transfer';
import type { DecodeReply } from './observed-decode.worker';

/** Where the primary (first) packed observed record is, '' when the build ships none (every record: SHIPPED_RECORDS). */
export const OBSERVED_URL: string = SHIPPED_RECORDS[0]?.url ?? '';
/** Set by the build: the last snapshot day of any shipped record ('' when none), known before it loads. */
declare const __OBSERVED_LAST__: string | undefined;
export const OBSERVED_LAST: string = typeof __OBSERVED_LAST__ === 'string' ? __OBSERVED_LAST__ : '';
/** Set by the build: the first snapshot day of any shipped record ('' when none). */
declare const __OBSERVED_FIRST__: string | undefined;
export const OBSERVED_FIRST: string = typeof __OBSERVED_FIRST__ === 'string' ? __OBSERVED_FIRST__ : '';

export interface GeoBundle {
  oblasts: OblastCollection;
  context: FeatureCollection;
  zone: FeatureCollection;
}

export interface AppData {
  dataset: Dataset;
  geo: GeoBundle;
  /**
   * The observed occupied area once loaded. loadAppData leaves it null: the page fetches the
   * history after the first map idle (loadObserved) so it does not delay the first screen.
   */
  observed: ObservedHistory | null;
  /**
   * Every observed record loaded, one per source, in the build's order (the first is `observed`).
   * Views that give a result per source (legend, ledger, status table, CSV, GeoJSON, figure legend)
   * read this; views of one record (gains, compare, the ground not shown as occupied) read `observed`.
   */
  records: readonly SourceRecord[];
}

/** Where the record stands: not in this build, being fetched, failed (message names the file), or loaded. */
export type ObservedState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; history: ObservedHistory };

export class LoadError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
  }
}

export const FILES = {
  dataset: 'data/dataset.json',
  // The three layers (oblasts, context, zone) as one quantised TopoJSON: 36 KB gzipped against
  // 80 KB for the three GeoJSON files it is built from (npm run geo writes both).
  geo: 'geo/map.topojson',
} as const;

/** Fetches one of the page's files; a network failure or an HTTP error is a LoadError naming it. */
async function fetchFile(file: string, base: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(base + file);
  } catch (e) {
    throw new LoadError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(file, `HTTP ${res.status}`);
  return res;
}

async function getJson(file: string, base: string): Promise<unknown> {
  const res = await fetchFile(file, base);
  try {
    return await res.json();
  } catch {
    throw new LoadError(file, 'is not valid JSON');
  }
}

function isCollection(v: unknown): v is FeatureCollection {
  return !!v && typeof v === 'object' && (v as FeatureCollection).type === 'FeatureCollection' && Array.isArray((v as FeatureCollection).features);
}

/** The build validated the data; here we only make sure the files are the shapes the views read. */
function checkDataset(v: unknown): Dataset {
  const d = v as Partial<Dataset>;
  if (!d || !Array.isArray(d.claims) || !Array.isArray(d.sources) || !Array.isArray(d.areas) || !d.gains || !Array.isArray(d.gains.months)) {
    throw new LoadError(FILES.dataset, 'does not hold claims, sources, gains and areas');
  }
  // a dataset built before the corrections log existed has none
  if (!Array.isArray(d.corrections)) d.corrections = [];
  return d as Dataset;
}

/** Fetches and decodes one packed observed record (the primary by default); a bad file is a LoadError naming it. */
export async function loadObserved(base = import.meta.env.BASE_URL, url = OBSERVED_URL): Promise<ObservedHistory> {
  if (!url) throw new LoadError('observed history', 'not included in this build');
  if (typeof Worker !== 'function') return decodeHere(await getJson(url, base), url);
  const bytes = await (await fetchFile(url, base)).arrayBuffer();
  return decodeInWorker(bytes, url).catch((e: unknown) => {
    if (e instanceof LoadError) throw e;
    // the worker could not run: decode here after all
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new LoadError(url, 'is not valid JSON');
    }
    return decodeHere(raw, url);
  });
}

function decodeHere(raw: unknown, url: string): ObservedHistory {
  try {
    return decodeObserved(raw);
  } catch (e) {
    throw new LoadError(url, (e as Error).message);
  }
}

/**
 * Parses and decodes in a worker (observed-transfer.ts says why): the history comes back in
 * pieces, each read in its own task, and the faces and arcs as blobs for MapLibre's worker.
 * Rejects with a LoadError for a bad file, with another error when the worker itself fails.
 */
function decodeInWorker(bytes: ArrayBuffer, url: string): Promise<ObservedHistory> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./observed-decode.worker.ts', import.meta.url), { type: 'module', name: 'observed-decode' });
    const join = new ObservedJoin();
    let feed: { faces: Blob; arcs: Blob } | null = null;
    worker.onmessage = (e: MessageEvent<DecodeReply>) => {
      const m = e.data;
      if (m.kind === 'error') {
        worker.terminate();
        reject(new LoadError(url, m.message));
      } else if (m.kind === 'feed') {
        feed = m;
      } else {
        const h = join.take(m);
        if (!h) return;
        worker.terminate();
        if (feed) setObservedFeed(h, feed.faces, feed.arcs);
        resolve(h);
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`observed-decode worker: ${e.message}`));
    };
    // a copy: the bytes stay here for the fallback
    worker.postMessage(bytes);
  });
}

export async function loadAppData(base = import.meta.env.BASE_URL): Promise<AppData> {
  const [dataset, topoRaw] = await Promise.all([getJson(FILES.dataset, base), getJson(FILES.geo, base)]);
  const observed: ObservedHistory | null = null;
  const { oblasts, context, zone } = decodeGeo(topoRaw);
  if (oblasts.features.length !== 27 || oblasts.features.some((f) => typeof f.properties?.id !== 'string')) {
    throw new LoadError(FILES.geo, `expected 27 oblasts with ids, found ${oblasts.features.length}`);
  }
  return { dataset: checkDataset(dataset), geo: { oblasts, context, zone }, observed, records: [] };
}

/** The page's GeoJSON layers out of the TopoJSON file; any missing layer is a load error naming the file. */
export function decodeGeo(raw: unknown): GeoBundle {
  const topo = raw as Topology;
  const layer = (name: string): FeatureCollection => {
    const obj = topo && topo.type === 'Topology' && topo.objects ? topo.objects[name] : undefined;
    if (!obj) throw new LoadError(FILES.geo, `has no "${name}" layer`);
    const fc = feature(topo, obj) as FeatureCollection | Feature;
    if (!isCollection(fc)) throw new LoadError(FILES.geo, `layer "${name}" is not a FeatureCollection`);
    return fc;
  };
  return { oblasts: layer('oblasts') as OblastCollection, context: layer('context'), zone: layer('zone') };
}
