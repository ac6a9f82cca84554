// PNG encoding off the main thread: receives the composed figure as an ImageBitmap, draws it on an
// OffscreenCanvas and encodes it with convertToBlob, which in a worker runs on the worker's thread
// (a main-thread toBlob encodes in the page's idle time, blocking input and the map in between).
interface Request {
  bitmap: ImageBitmap;
}
type Reply = { blob: Blob } | { error: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<Request>) => void) | null; postMessage: (m: Reply) => void };

scope.onmessage = (e) => {
  const { bitmap } = e.data;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) {
    scope.postMessage({ error: 'no 2D context on an OffscreenCanvas' });
    return;
  }
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  canvas.convertToBlob({ type: 'image/png' }).then(
    (blob) => scope.postMessage({ blob }),
    (err: Error) => scope.postMessage({ error: err.message }),
  );
};
