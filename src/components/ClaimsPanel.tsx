import type { JoinResult, Source } from '../domain';
import { formatDate, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { sourceOf } from '../i18n/describe';
import { StatusChip } from './StatusChip';
import { assessorOf } from '../domain/join';
import { reportAgeText } from './report-age';
import { Quote } from './Quote';
import { PLACE_SEARCH_STRINGS } from './place-search.i18n';

interface Props {
  join: JoinResult;
  sources: readonly Source[];
  lang: Lang;
  selected: string | null;
  onSelect: (claimId: string) => void;
  /** Claims of the place the map is focused on (the place search): listed first and marked. */
  inFocus?: readonly string[];
}

/** The claims in effect on the date, each with its latest word and who said it. */
export function ClaimsPanel({ join, sources, lang, selected, onSelect, inFocus = [] }: Props) {
  const t = STRINGS[lang];
  return (
    <section className="claims-panel" aria-labelledby="claims-h" data-testid="claims-panel">
      <h2 id="claims-h">{t.panel.title}</h2>
      {join.active.length === 0 && <p className="muted">{t.panel.none}</p>}
      <ul className="claim-list">
        {[...join.active].sort((a, b) => Number(inFocus.includes(b.claim.id)) - Number(inFocus.includes(a.claim.id))).map((a) => {
          const src = sourceOf(sources, a.event.source);
          return (
            <li key={a.claim.id} data-claim={a.claim.id} data-status={a.status} data-in-focus={inFocus.includes(a.claim.id) || undefined}
              className={[selected === a.claim.id && 'selected', inFocus.includes(a.claim.id) && 'in-focus'].filter(Boolean).join(' ') || undefined}>
              <button type="button" className="claim-btn" onClick={() => onSelect(a.claim.id)} aria-expanded={selected === a.claim.id}>
                <span className="claim-title">{a.claim.title[lang]}</span>
                <StatusChip status={a.status} finding={a.finding} lang={lang} assessor={assessorOf(a)} />
              </button>
              {inFocus.includes(a.claim.id) && <p className="in-focus-note">{PLACE_SEARCH_STRINGS[lang].inFocus}</p>}
              <Quote event={a.event} lang={lang} />
              <p className="cite">
                {formatDate(a.event.date, a.event.precision, lang)}
                {src ? ` · ${src.publisher}` : ''}
              </p>
              <p className="cite report-age" data-testid="report-age" data-since={a.since}>
                {reportAgeText(a.event, a.since, join.date, lang)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
