import { memo } from 'react';
import type { Claim, ClaimEvent, Finding, JoinResult, Source, Status } from '../domain';
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

/**
 * One claim as the values it shows (the claim and its event are the dataset's own objects): it renders
 * again only when its status, its report's age or the selection changed, not on every date.
 */
const ClaimItem = memo(function ClaimItem(p: {
  claim: Claim; event: ClaimEvent; status: Status; finding: Finding | null; assessor: string | null; publisher: string; since: string; age: string;
  selected: boolean; focused: boolean; lang: Lang; onSelect: (claimId: string) => void;
}) {
  const { claim, event, lang } = p;
  return (
    <li data-claim={claim.id} data-status={p.status} data-in-focus={p.focused || undefined}
      className={[p.selected && 'selected', p.focused && 'in-focus'].filter(Boolean).join(' ') || undefined}>
      <button type="button" className="claim-btn" onClick={() => p.onSelect(claim.id)} aria-expanded={p.selected}>
        <span className="claim-title">{claim.title[lang]}</span>
        <StatusChip status={p.status} finding={p.finding} lang={lang} assessor={p.assessor} />
      </button>
      {p.focused && <p className="in-focus-note">{PLACE_SEARCH_STRINGS[lang].inFocus}</p>}
      <Quote event={event} lang={lang} />
      <p className="cite">
        {formatDate(event.date, event.precision, lang)}
        {p.publisher ? ` · ${p.publisher}` : ''}
      </p>
      <p className="cite report-age" data-testid="report-age" data-since={p.since}>
        {p.age}
      </p>
    </li>
  );
});

/** The claims in effect on the date, each with its latest word and who said it. */
export function ClaimsPanel({ join, sources, lang, selected, onSelect, inFocus = [] }: Props) {
  const t = STRINGS[lang];
  return (
    <section className="claims-panel" aria-labelledby="claims-h" data-testid="claims-panel">
      <h2 id="claims-h">{t.panel.title}</h2>
      {join.active.length === 0 && <p className="muted">{t.panel.none}</p>}
      <ul className="claim-list">
        {[...join.active].sort((a, b) => Number(inFocus.includes(b.claim.id)) - Number(inFocus.includes(a.claim.id))).map((a) => (
          <ClaimItem key={a.claim.id} claim={a.claim} event={a.event} status={a.status} finding={a.finding} assessor={assessorOf(a, lang)}
            publisher={sourceOf(sources, a.event.source)?.publisher ?? ''} since={a.since} age={reportAgeText(a.event, a.since, join.date, lang)}
            selected={selected === a.claim.id} focused={inFocus.includes(a.claim.id)} lang={lang} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}
