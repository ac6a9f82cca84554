// Text descriptions of join results, shared by the table, the panel and the exports.
import { localName } from './names';
import type { ActiveClaim, OblastStatus, Source } from '../domain';
import { formatDate, type Lang } from './format';
import { STRINGS } from './strings';
import { placesOf } from '../domain/places';
import { claimsOn } from '../domain/join';
import { kindOf } from '../domain/kinds/registry';

export interface Facet {
  label: string;
  active: ActiveClaim;
}

export function facetsOf(o: OblastStatus, lang: Lang): Facet[] {
  const t = STRINGS[lang].facet;
  const out: Facet[] = [];
  // strongest first, in the one order of the claim-kind registry
  for (const a of claimsOn(o)) {
    const facet = kindOf(a.claim.kind).facet;
    if (!facet) continue;
    if (facet === 'point') {
      const place = placesOf(a.claim)[0];
      out.push({ label: `${t.point} ${place ? localName(place, lang) : ''}`.trim(), active: a });
    } else out.push({ label: t[facet], active: a });
  }
  return out;
}

export function sinceText(a: ActiveClaim | null, lang: Lang): string {
  if (!a) return '';
  return formatDate(a.event.date, a.event.precision, lang);
}

export function sourceOf(sources: readonly Source[], id: string): Source | undefined {
  return sources.find((s) => s.id === id);
}
