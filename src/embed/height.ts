// Inside an iframe, tells the parent page how tall the document is: once at start, on every size
// change (ResizeObserver on the document element) and when the parent asks (embed.js does on load,
// in case it ran after our first message). The message carries nothing but the height.
//
// The same height is also said in the two protocols newsrooms' hosts already listen to, so they need
// no embed.js: Pym.js (`pymxPYMx<childId>xPYMxheightxPYMx<px>`, for an iframe made by Pym's parent
// script, which names the child in the `childId` query parameter and asks again with `width`
// messages) and AMP's amp-iframe `resizable` (`{ sentinel: 'amp', type: 'embed-size', height }`).
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from './embed-code';

export const PYM_DELIMITER = 'xPYMx';

// The page's query as it was loaded: the store rewrites the URL to its own keys at once, and the
// host's keys (Pym's childId, transparent) are not among them.
const LOADED_SEARCH = typeof location === 'undefined' ? '' : location.search;

/** Pym's child id from the page's query, when Pym's parent script made the iframe. */
export function pymChildId(search: string = LOADED_SEARCH): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}

/** `?transparent=1`: the host draws its own background behind the embed. */
export function wantsTransparent(search: string = LOADED_SEARCH): boolean {
  return new URLSearchParams(search).get('transparent') === '1';
}

export function pymMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(PYM_DELIMITER);
}

export function documentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/** Starts reporting; returns a stop function. Does nothing outside an iframe. */
export function reportHeight(win: Window = window, search: string = LOADED_SEARCH): () => void {
  if (win.parent === win) return () => {};
  const doc = win.document;
  const pymId = pymChildId(search);
  const pymWidth = pymId ? pymMessage(pymId, 'width', '') : null;
  let last = -1;
  const post = (force: boolean) => {
    const height = documentHeight(doc);
    if (!force && height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    // AMP resizes only on request from the frame; it ignores the request while the frame is in view.
    win.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    if (pymId) win.parent.postMessage(pymMessage(pymId, 'height', String(height)), '*');
  };
  const ro = new ResizeObserver(() => post(false));
  ro.observe(doc.documentElement);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const data: unknown = e.data;
    if ((data as { type?: unknown } | null)?.type === HEIGHT_REQUEST) post(true);
    // Pym's parent sends its width on load and on every resize, and expects the height back.
    else if (pymWidth && typeof data === 'string' && data.startsWith(pymWidth)) post(true);
  };
  win.addEventListener('message', onMessage);
  post(true);
  return () => {
    ro.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
