// Parses and decodes the packed observed history off the page's thread (see observed-transfer.ts):
// takes the file's bytes, answers with the faces and arcs as GeoJSON blobs for MapLibre, then the
// decoded history in pieces; or with the error that names what is wrong with the file.
import { decodeObserved } from '../domain/observed-format';
import { splitObserved } from './observed-transfer';

export type DecodeReply =
  | { kind: 'error'; message: string }
  | { kind: 'feed'; faces: Blob; arcs: Blob }
  | import('./observed-transfer').TransferMessage;

const post = (m: DecodeReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<ArrayBuffer>) => {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(e.data));
  } catch {
    post({ kind: 'error', message: 'is not valid JSON' });
    return;
  }
  let h;
  try {
    h = decodeObserved(raw);
  } catch (err) {
    post({ kind: 'error', message: (err as Error).message });
    return;
  }
  const json = (v: unknown) => new Blob([JSON.stringify(v)], { type: 'application/json' });
  post({ kind: 'feed', faces: json(h.faces), arcs: json(h.arcs) });
  for (const { message, transfer } of splitObserved(h)) post(message, transfer);
};
