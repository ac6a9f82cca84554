import { describe, expect, it } from 'vitest';
import { ampCode, EMBED_ATTR, embedCode, embedSrc, escapeAttr, fullMapHref, pageBase, scriptSrc, staticPictureSrc } from './embed-code';
import { EMBED_STRINGS } from './embed.i18n';
import { EXPORT_STRINGS } from '../export/export.i18n';

describe('embed code', () => {
  const pageUrl = 'https://news.example.org/maps/ukraine/?date=2025-06-30&lang=uk#x';

  it('points the iframe at the same page with embed=1 and the state, and the script next to it', () => {
    expect(pageBase(pageUrl)).toBe('https://news.example.org/maps/ukraine/');
    expect(embedSrc(pageUrl, { date: '2025-07-01', lang: 'en' })).toBe('https://news.example.org/maps/ukraine/?date=2025-07-01&lang=en&embed=1');
    expect(scriptSrc(pageUrl)).toBe('https://news.example.org/maps/ukraine/embed.js');
    expect(scriptSrc('http://127.0.0.1:4173/sub/index.html?date=2025-07-01')).toBe('http://127.0.0.1:4173/sub/embed.js');
    expect(embedSrc('http://h/sub/index.html', { date: '2025-07-01', lang: 'uk' })).toBe('http://h/sub/index.html?date=2025-07-01&lang=uk&embed=1');
  });

  it('builds an iframe with title, lazy loading, full width and the marker attribute, plus an async script', () => {
    const code = embedCode({ pageUrl, date: '2025-07-01', lang: 'en', title: 'Russia’s claims — 1 July 2025' });
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(/^<iframe src="https:\/\/news\.example\.org\/maps\/ukraine\/\?date=2025-07-01&amp;lang=en&amp;embed=1" /);
    expect(iframe).toContain('title="Russia’s claims — 1 July 2025"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('width="100%"');
    expect(iframe).toContain(` ${EMBED_ATTR}>`);
    expect(iframe!.endsWith('</iframe>')).toBe(true);
    expect(script).toBe('<script src="https://news.example.org/maps/ukraine/embed.js" async></script>');
  });

  it('escapes attribute values', () => {
    expect(escapeAttr(`a"b<c>&d`)).toBe('a&quot;b&lt;c&gt;&amp;d');
    const code = embedCode({ pageUrl: 'https://h/p"q/', date: '2025-07-01', lang: 'en', title: '"><script>x</script>' });
    expect(code).not.toContain('"><script>x');
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(code).toContain('https://h/p%22q/');
  });

  it('links the full map without embed, keeping date, language and chart', () => {
    const inside = 'https://h/map/?date=2025-07-01&lang=uk&embed=1';
    expect(fullMapHref(inside, { date: '2025-07-01', lang: 'uk', chart: false })).toBe('https://h/map/?date=2025-07-01&lang=uk&chart=0');
    expect(fullMapHref(inside, { date: '2025-07-01', lang: 'uk', chart: true })).toBe('https://h/map/?date=2025-07-01&lang=uk');
  });
});

describe('embed and export strings', () => {
  const same = (a: object, b: object) => expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  it('have the same keys in English and Ukrainian (slots and empty strings: i18n.test.ts)', () => {
    same(EMBED_STRINGS.en, EMBED_STRINGS.uk);
    same(EXPORT_STRINGS.en, EXPORT_STRINGS.uk);
  });
});

describe('fallbacks', () => {
  const pageUrl = 'https://news.example.org/maps/ukraine/?date=2025-06-30&lang=uk';
  it('the iframe holds a link to the static picture for hosts that drop iframes', () => {
    const code = embedCode({ pageUrl, date: '2025-07-01', lang: 'uk', title: 'Карта' });
    expect(code).toContain('<a href="https://news.example.org/maps/ukraine/static/map-uk.png">Карта</a></iframe>');
    expect(staticPictureSrc(pageUrl, 'en', 'svg')).toBe('https://news.example.org/maps/ukraine/static/map-en.svg');
  });

  it('AMP: a resizable amp-iframe with an overflow button and the static picture as placeholder', () => {
    const amp = ampCode({ pageUrl, date: '2025-07-01', lang: 'en', title: 'Map "x"', more: 'Show the whole map' });
    expect(amp).toMatch(/^<amp-iframe src="https:\/\/news\.example\.org\/maps\/ukraine\/\?date=2025-07-01&amp;lang=en&amp;embed=1" /);
    expect(amp).toContain(' resizable ');
    expect(amp).toContain('sandbox="allow-scripts allow-same-origin');
    expect(amp).toContain('<div overflow tabindex="0" role="button" aria-label="Show the whole map">Show the whole map</div>');
    expect(amp).toContain('<amp-img placeholder layout="fill" src="https://news.example.org/maps/ukraine/static/map-en.png" alt="Map &quot;x&quot;"></amp-img>');
    expect(amp.endsWith('</amp-iframe>')).toBe(true);
  });
});
