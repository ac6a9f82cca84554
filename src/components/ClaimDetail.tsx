import { localName } from '../i18n/names';
import { useEffect, useRef } from 'react';
import type { ActiveClaim, Claim, Source } from '../domain';
import { formatDate, formatKm2, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { assessorOf, claimAt } from '../domain/join';
import { placesOf } from '../domain/places';
import { StatusChip } from './StatusChip';
import { Quote } from './Quote';
import { sourceOf } from '../i18n/describe';
import { dataText } from '../i18n/data-text';
import { formatCoords } from '../i18n/coords';
import type { Correction } from '../domain/schema';
import { correctionsOf } from '../domain/corrections';
import { RECORD_STRINGS } from '../i18n/record';
import { fillTemplate } from '../i18n/template';

interface Props {
  claim: Claim;
  date: string;
  sources: readonly Source[];
  lang: Lang;
  zoneAreaKm2?: number;
  /** The corrections log: the claim's own entries are listed under its history. */
  corrections?: readonly Correction[];
  onClose: () => void;
}

/** One claim's full record: every event with its quote, source and date, later events dimmed. */
export function ClaimDetail({ claim, date, sources, lang, zoneAreaKm2, corrections = [], onClose }: Props) {
  const t = STRINGS[lang];
  const fixes = correctionsOf(corrections, claim.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const active: ActiveClaim | null = claimAt(claim, date);
  const claimant = dataText(claim.claimant, claim.claimant_uk, lang);
  useEffect(() => heading.current?.focus(), [claim.id]);
  return (
    <section className="claim-detail" aria-labelledby="claim-detail-h" data-testid="claim-detail" data-claim={claim.id}
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div className="claim-detail-head">
        <h3 id="claim-detail-h" tabIndex={-1} ref={heading}>{claim.title[lang]}</h3>
        <button type="button" className="icon-btn" onClick={onClose} aria-label={t.panel.close} data-testid="claim-detail-close">×</button>
      </div>
      {active && <p className="claim-now"><StatusChip status={active.status} finding={active.finding} lang={lang} assessor={assessorOf(active, lang)} /> · {formatDate(date, 'day', lang)}</p>}
      <dl className="kv">
        <dt>{t.panel.claimant}</dt>
        <dd lang={claimant.lang} data-testid="claimant">{claimant.text}</dd>
        {placesOf(claim).map((p) => {
          const admin = dataText(p.admin, p.admin_uk, lang);
          const coordsSource = dataText(p.coords_source, p.coords_source_uk, lang);
          return (
            <div key={p.name_en} className="kv-group">
              <dt>{t.panel.place}</dt>
              <dd>
                {localName(p, lang)} — <span lang={admin.lang}>{admin.text}</span>
                <br />
                <span className="muted">
                  {t.panel.coords}: <span data-testid="coords">{formatCoords(p, lang)}</span> ({t.panel.coordsKind[p.coords_kind]}). <span lang={coordsSource.lang}>{coordsSource.text}</span>
                </span>
              </dd>
            </div>
          );
        })}
        {zoneAreaKm2 !== undefined && (
          <>
            <dt>{t.panel.zoneArea}</dt>
            <dd data-testid="zone-area">{formatKm2(zoneAreaKm2, lang)}</dd>
          </>
        )}
      </dl>
      <h4>{t.panel.history}</h4>
      <ol className="events">
        {claim.events.map((e, i) => {
          const src = sourceOf(sources, e.source);
          const future = !active || !active.history.includes(e);
          const speaker = e.speaker ? dataText(e.speaker, e.speaker_uk, lang) : null;
          const note = e.note ? dataText(e.note, e.note_uk, lang) : null;
          return (
            <li key={i} className={future ? 'event future' : 'event'} data-status={e.status}>
              <div className="event-head">
                <time dateTime={e.date}>{formatDate(e.date, e.precision, lang)}</time> <StatusChip status={e.status} finding={e.finding} lang={lang} assessor={e.status === 'assessed' ? e.speaker : null} />
                {speaker && <span className="speaker" lang={speaker.lang}> — {speaker.text}</span>}
                {future && <span className="later"> ({t.panel.later})</span>}
              </div>
              <Quote event={e} lang={lang} />
              {note && <p className="note" lang={note.lang}>{note.text}</p>}
              {src && (
                <p className="cite">
                  {t.panel.source}:{' '}
                  {src.url ? (
                    <a href={src.url} target="_blank" rel="noopener noreferrer">{src.publisher}, “{src.title}”</a>
                  ) : (
                    <span>{src.publisher}, “{src.title}” ({t.panel.noUrl})</span>
                  )}
                  , {formatDate(src.date, src.precision, lang)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {fixes.length > 0 && (
        <>
          <h4>{RECORD_STRINGS[lang].corrections}</h4>
          <ul className="corrections" data-testid="claim-corrections">
            {fixes.map((k, i) => (
              <li key={i} data-date={k.date}>
                {fillTemplate(RECORD_STRINGS[lang].correctionLine, { date: formatDate(k.date, 'day', lang), what: k.what[lang], why: k.why[lang] })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
