// The shown status as words, with an assessment's finding ("assessed: grey zone"): one helper for
// the chip, the table, the panel, the map's marker labels and the exports. The words live in
// STRINGS (`status`, `finding`), so both languages are checked by the string-table test.
import type { Finding, Status } from '../domain';
import type { Lang } from './format';
import { STRINGS } from './strings';
import { fillTemplate } from './template';

/** "claimed", "disputed", "assessed: grey zone"; with the assessor named: "assessed (<assessor>): grey zone". */
export function statusLabel(status: Status, finding: Finding | null | undefined, lang: Lang, assessor?: string | null): string {
  const t = STRINGS[lang];
  const word = status === 'assessed' && assessor ? fillTemplate(t.assessedBy, { assessor }) : t.status[status];
  return status === 'assessed' && finding ? `${word}: ${t.finding[finding]}` : word;
}

/** Machine form for CSV/GeoJSON: "assessed:contested", else the status. */
export function statusCode(status: Status, finding: Finding | null | undefined): string {
  return status === 'assessed' && finding ? `${status}:${finding}` : status;
}
