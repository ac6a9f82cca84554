import type { Status } from '../domain';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';

/** Status as a word plus a shape, never colour alone. */
export function StatusChip({ status, lang }: { status: Status; lang: Lang }) {
  const t = STRINGS[lang];
  return (
    <span className={`chip chip-${status}`} data-status={status} title={t.statusHelp[status]}>
      <span className="chip-mark" aria-hidden="true" />
      {t.status[status]}
    </span>
  );
}
