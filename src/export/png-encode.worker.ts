// PNG encoding off the main thread: receives the composed figure's RGBA pixels and writes the file
// with png-file.ts (one scanline filter, the platform's zlib through CompressionStream).
import { encodePng, streamDeflate } from './png-file';

interface Request {
  pixels: Uint8ClampedArray;
  width: number;
  height: number;
}
type Reply = { blob: Blob } | { error: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage: (m: Reply) => void };

async function encode({ pixels, width, height }: Request): Promise<Blob> {
  if (!streamDeflate) throw new Error('no CompressionStream in this worker');
  const png = await encodePng(pixels, width, height, streamDeflate);
  return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

scope.onmessage = (e) => {
  encode(e.data).then(
    (blob) => scope.postMessage({ blob }),
    (err: Error) => scope.postMessage({ error: err.message }),
  );
};
