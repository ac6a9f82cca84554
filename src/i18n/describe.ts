// Text descriptions of join results, shared by the table, the panel and the exports.
import { localName } from './names';
import type { ActiveClaim, OblastStatus, Source } from '../domain';
import { formatDate, type Lang } from './format';
import { STRINGS } from './strings';
import { placesOf } from '../domain/places';

export interface Facet {
  label: string;
  active: ActiveClaim;
}

export function facetsOf(o: OblastStatus, lang: Lang): Facet[] {
  const t = STRINGS[lang].facet;
  const out: Facet[] = [];
  if (o.control) out.push({ label: t.control, active: o.control });
  if (o.annexation) out.push({ label: t.annexation, active: o.annexation });
  for (const p of o.points) {
    const place = placesOf(p.claim)[0];
    out.push({ label: `${t.point} ${place ? localName(place, lang) : ''}`.trim(), active: p });
  }
  if (o.troops) out.push({ label: t.troops, active: o.troops });
  if (o.zone) out.push({ label: t.zone, active: o.zone });
  return out;
}

export function sinceText(a: ActiveClaim | null, lang: Lang): string {
  if (!a) return '';
  return formatDate(a.event.date, a.event.precision, lang);
}

export function sourceOf(sources: readonly Source[], id: string): Source | undefined {
  return sources.find((s) => s.id === id);
}
