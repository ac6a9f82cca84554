// The shown status as words, with an assessment's finding ("assessed: grey zone"): one helper for
// the chip, the table, the panel, the map's marker labels and the exports. The words live in
// STRINGS (`status`, `finding`), so both languages are checked by the string-table test.
import type { Finding, Status } from '../domain';
import type { Lang } from './format';
import { STRINGS } from './strings';

/** "claimed", "disputed", "assessed: grey zone"… */
export function statusLabel(status: Status, finding: Finding | null | undefined, lang: Lang): string {
  const t = STRINGS[lang];
  return status === 'assessed' && finding ? `${t.status[status]}: ${t.finding[finding]}` : t.status[status];
}

/** Machine form for CSV/GeoJSON: "assessed:contested", else the status. */
export function statusCode(status: Status, finding: Finding | null | undefined): string {
  return status === 'assessed' && finding ? `${status}:${finding}` : status;
}
