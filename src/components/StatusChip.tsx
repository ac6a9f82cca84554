import type { Finding, Status } from '../domain';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { statusLabel } from '../i18n/status-label';

/** Status as a word plus a shape, never colour alone; an assessment shows what it found, and by whom when `assessor` is given. */
export function StatusChip({ status, finding, lang, assessor }: { status: Status; finding?: Finding | null; lang: Lang; assessor?: string | null }) {
  const t = STRINGS[lang];
  return (
    <span className={`chip chip-${status}`} data-status={status} data-finding={finding ?? undefined} title={t.statusHelp[status]}>
      <span className="chip-mark" aria-hidden="true" />
      {statusLabel(status, finding, lang, assessor)}
    </span>
  );
}
