// The static picture of the default view for one language, for pages without scripts or WebGL and
// for social previews: the map alone (picture.ts) and its text alternative. Pure: the build (vite
// config) reads the files, calls this, and rasterises the SVG to PNG.
import { observedSource } from '../evidence/registry';
import { claimsAt } from '../domain/join';
import { claimLedger } from '../domain/ledger';
import type { ObservedHistory } from '../domain/observed-format';
import type { Dataset } from '../domain/schema';
import { describeMap } from '../i18n/description';
import type { Lang } from '../i18n/format';
import { localName } from '../i18n/names';
import { STRINGS } from '../i18n/strings';
import type { GeoBundle } from '../state/load';
import type { Measure } from './layout';
import { pictureSvg } from './picture';

/** The size social cards ask for (Open Graph, Twitter's large image card). */
export const STATIC_SIZE = { width: 1200, height: 630 } as const;

/**
 * Text widths without a canvas: Noto Sans averages about 0.55 em a character (0.6 bold). Used only to
 * wrap and place labels, where a few pixels either way change nothing.
 */
export const approxMeasure: Measure = (text, font) => [...text].length * font.size * (font.weight === 700 ? 0.6 : 0.55);

export interface StaticPicture {
  lang: Lang;
  date: string;
  svg: string;
  description: string;
  title: string;
}

export function staticPicture(i: { dataset: Dataset; geo: GeoBundle; observed: ObservedHistory | null; lang: Lang; date: string }): StaticPicture {
  const join = claimsAt(i.dataset, i.date);
  const names = new Map(i.geo.oblasts.features.map((f) => [f.properties.id, f.properties]));
  const description = describeMap({
    join, lang: i.lang, ledger: i.observed ? claimLedger(i.dataset.claims, i.observed, i.date) : null,
    oblastName: (id) => { const o = names.get(id); return o ? localName(o, i.lang) : id; },
    source: { name: observedSource().name, assessor: observedSource().assessor[i.lang] },
  });
  const title = STRINGS[i.lang].title;
  const svg = pictureSvg({
    geo: i.geo, claims: i.dataset.claims, join, lang: i.lang, theme: 'light', ...STATIC_SIZE, observed: i.observed, measure: approxMeasure, title, description,
  });
  return { lang: i.lang, date: i.date, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, description, title };
}
