// The first screen's frame before React has loaded: the header and the map's box, built from the
// same strings and class names as the page (App.tsx, EmbedLayout.tsx, HeaderMenu, ThemeSwitch and
// LangSwitch), so the box sits where the page's will and the boot's picture drawn in it lines up.
// Its controls are copies that do nothing (the whole frame is inert); React replaces the frame with
// the page on its first render. tests/e2e/newsroom.spec.ts ("the first screen before the page
// loads") checks that the map's box does not move between the two, at phone, tablet and desktop
// widths and in embeds.
import { COMPARE_STRINGS } from '../i18n/compare';
import type { Lang } from '../i18n/format';
import { ENDONYMS } from '../i18n/names';
import { STRINGS } from '../i18n/strings';
import { EMBED_STRINGS } from '../embed/embed.i18n';
import { THEMES } from '../state/url-view';

type Child = Node | string;

function el(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  // text is set as text, never parsed as HTML
  e.append(...children);
  return e;
}

/** Builds the frame into `root` (emptied first) and returns the map's box, where the picture goes. */
export function buildSkeleton(root: HTMLElement, lang: Lang, embed: boolean): HTMLElement {
  const s = STRINGS[lang];
  const box = el('div', { class: 'map-frame' }, el('div', { class: 'map' }));
  let frame: HTMLElement;
  if (embed) {
    frame = el('div', { class: 'app embed' }, el('header', { class: 'embed-head' }, el('h1', {}, s.title)), el('main', { class: 'embed-main' }, box));
  } else {
    const ct = COMPARE_STRINGS[lang];
    const actions = el(
      'div',
      { class: 'header-actions', 'data-open': 'false' },
      el('button', { type: 'button', class: 'embed-open' }, EMBED_STRINGS[lang].button),
      el('span', { class: 'theme-switch' }, el('label', {}, ct.theme), el('select', {}, ...THEMES.map((k) => el('option', {}, ct.themes[k])))),
      el('div', { class: 'lang-switch' }, ...(['uk', 'en'] as const).map((l) => el('button', { type: 'button', lang: l }, ENDONYMS[l]))),
    );
    frame = el(
      'div',
      { class: 'app' },
      el(
        'header',
        { class: 'app-header' },
        el('div', {}, el('h1', {}, s.title), el('p', { class: 'subtitle' }, s.subtitle)),
        el('button', { type: 'button', class: 'header-menu-toggle' }, el('span', { class: 'header-menu-icon' }), s.menu),
        actions,
      ),
      el('main', { class: 'layout' }, el('div', { class: 'map-col' }, box), el('aside', { class: 'side' })),
    );
  }
  // Not focusable and not in the accessibility tree: the page's own controls come with React.
  frame.inert = true;
  frame.dataset.testid = 'skeleton';
  root.replaceChildren(frame);
  return box;
}
