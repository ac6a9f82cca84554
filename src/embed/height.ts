// Inside an iframe, tells the parent page how tall the document is: once at start, on every size
// change (ResizeObserver on the document element) and when the parent asks (embed.js does on load,
// in case it ran after our first message). The message carries nothing but the height.
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './embed-code';

export function documentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; returns a stop function. Does nothing outside an iframe. */
export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const doc = win.document;
  let last = -1;
  const post = (force: boolean) => {
    const height = documentHeight(doc);
    if (!force && height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const ro = new ResizeObserver(() => post(false));
  ro.observe(doc.documentElement);
  const onMessage = (e: MessageEvent) => {
    if (e.source === win.parent && (e.data as { type?: unknown } | null)?.type === HEIGHT_REQUEST) post(true);
  };
  win.addEventListener('message', onMessage);
  post(true);
  return () => {
    ro.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
