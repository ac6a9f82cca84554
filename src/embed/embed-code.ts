// The host-side code for embedding the map: an <iframe> for a state plus the resizer script.
// Pure string building so it is unit-tested; all values are escaped as HTML attributes.
import type { IsoDate } from '../domain/dates';
import type { Lang } from '../i18n/format';
import { toQuery, type UrlState } from '../state/url';

/** The URL keys an embed keeps: compare `from`, the camera (`focus` or `view`), the theme and a pinned `as_of`. */
export type EmbedExtras = Pick<UrlState, 'from' | 'view' | 'focus' | 'theme' | 'asOf'>;

/** The message the embedded page posts to its parent; embed.js listens for it. */
export const HEIGHT_MESSAGE = 'territorial-map:height';
/** The message embed.js may post to an iframe to ask for its height again. */
export const HEIGHT_REQUEST = 'territorial-map:request-height';
/** Attribute marking the iframes embed.js resizes. */
export const EMBED_ATTR = 'data-territorial-map';
/** Height of the iframe before the first message arrives (or without the script). */
export const FALLBACK_HEIGHT = 820;

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page itself (origin + path, index.html kept if present), without query or hash. */
export function pageBase(pageUrl: string): string {
  const u = new URL(pageUrl);
  return u.origin + u.pathname;
}

/** The embed view of a state: same page, `embed=1`, the chart closed (the embed default). */
export function embedSrc(pageUrl: string, s: { date: IsoDate; lang: Lang; chart?: boolean } & EmbedExtras): string {
  return pageBase(pageUrl) + toQuery({ date: s.date, lang: s.lang, embed: true, chart: s.chart ?? false, from: s.from, view: s.view, focus: s.focus, theme: s.theme, asOf: s.asOf });
}

/** The full page for the same state (the "open full map" link from inside an embed). */
export function fullMapHref(pageUrl: string, s: { date: IsoDate; lang: Lang; chart: boolean } & EmbedExtras): string {
  return pageBase(pageUrl) + toQuery({ date: s.date, lang: s.lang, embed: false, chart: s.chart, from: s.from, view: s.view, focus: s.focus, theme: s.theme });
}

/** embed.js sits next to index.html in the build (public/), so it resolves against the page. */
export function scriptSrc(pageUrl: string): string {
  return new URL('embed.js', pageBase(pageUrl)).href;
}

/** The build's static picture of the default view (static/map-<lang>.png|svg), next to index.html. */
export function staticPictureSrc(pageUrl: string, lang: Lang, ext: 'png' | 'svg' = 'png'): string {
  return new URL(`static/map-${lang}.${ext}`, pageBase(pageUrl)).href;
}

export interface EmbedCodeInput extends EmbedExtras {
  pageUrl: string;
  date: IsoDate;
  lang: Lang;
  /** Accessible name of the iframe. */
  title: string;
}

export function embedCode(i: EmbedCodeInput): string {
  const src = embedSrc(i.pageUrl, i);
  // The link inside the iframe is for hosts that drop iframes (feed readers, some CMS previews): the
  // static picture of the map, which needs neither scripts nor WebGL.
  const iframe =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(i.title)}" loading="lazy" width="100%" height="${FALLBACK_HEIGHT}"` +
    ` style="width:100%;border:0;display:block" ${EMBED_ATTR}><a href="${escapeAttr(staticPictureSrc(i.pageUrl, i.lang))}">${escapeAttr(i.title)}</a></iframe>`;
  const script = `<script src="${escapeAttr(scriptSrc(i.pageUrl))}" async></script>`;
  return `${iframe}\n${script}`;
}

/**
 * The embed for AMP pages: amp-iframe, `resizable` so the page's `embed-size` requests set its height
 * (AMP grants them only out of view, or after a tap on the overflow button), the static picture as its
 * placeholder while the frame loads.
 */
export function ampCode(i: EmbedCodeInput & { more: string }): string {
  const src = embedSrc(i.pageUrl, i);
  return (
    `<amp-iframe src="${escapeAttr(src)}" title="${escapeAttr(i.title)}" layout="fixed-height" height="${FALLBACK_HEIGHT}" resizable` +
    ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" frameborder="0">\n` +
    `  <div overflow tabindex="0" role="button" aria-label="${escapeAttr(i.more)}">${escapeAttr(i.more)}</div>\n` +
    `  <amp-img placeholder layout="fill" src="${escapeAttr(staticPictureSrc(i.pageUrl, i.lang))}" alt="${escapeAttr(i.title)}"></amp-img>\n` +
    `</amp-iframe>`
  );
}
