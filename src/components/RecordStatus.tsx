// How current the record shown is: "<source> map of <last day> · N days old" against the reader's
// clock, a quiet notice when the last day is more than a week old, and for a pinned view "Data as of
// …" with a link to the live view. The clock is a prop so tests can fix the reader's today.
import type { Correction } from '../domain/schema';
import { correctionsAfter } from '../domain/corrections';
import { formatDate, type Lang } from '../i18n/format';
import { RECORD_STRINGS } from '../i18n/record';
import { fillTemplate } from '../i18n/template';
import { freshness } from '../evidence/record';
import { ageText, mapOfText, staleText } from '../evidence/record-text';
import type { SourceManifest } from '../evidence/types';
import './record.css';

export interface RecordStatusProps {
  /** The last day of the record shown ('' when this build has none). */
  last: string;
  source: SourceManifest;
  lang: Lang;
  /** The reader's clock. */
  now?: () => Date;
  /** A pinned view's day, with the live view's address. */
  asOf?: string | null;
  liveHref?: string;
  /** The corrections log: a pinned view lists the corrections made after its day. */
  corrections?: readonly Correction[];
  /** The embed names the record's last day without the reader's age of it. */
  compact?: boolean;
}

/**
 * The same notes as text, for the embed's one-line credit (its height is fixed by the host page's
 * iframe, so the notes take no extra line there): map of …, the stale notice, "Data as of …", later
 * corrections.
 */
export function recordNotes({ last, source, lang, now = () => new Date(), asOf = null, corrections = [] }: Omit<RecordStatusProps, 'liveHref' | 'compact'>): Array<{ id: string; text: string }> {
  if (!last) return [];
  const t = RECORD_STRINGS[lang];
  const f = freshness(last, now());
  return [
    { id: 'record-map-of', text: mapOfText(source, last, lang) },
    ...(f.stale ? [{ id: 'record-stale', text: staleText(f, lang) }] : []),
    ...(asOf ? [{ id: 'record-pinned', text: fillTemplate(t.asOf, { date: formatDate(asOf, 'day', lang) }) }] : []),
    ...(asOf ? correctionsAfter(corrections, asOf) : []).map((k) => ({ id: 'record-corrected', text: fillTemplate(t.correctedOn, { date: formatDate(k.date, 'day', lang), what: k.what[lang] }) })),
  ];
}

export function RecordStatus({ last, source, lang, now = () => new Date(), asOf = null, liveHref, corrections = [], compact = false }: RecordStatusProps) {
  const t = RECORD_STRINGS[lang];
  if (!last) return null;
  const f = freshness(last, now());
  const later = asOf ? correctionsAfter(corrections, asOf) : [];
  return (
    <div className="record-status muted" data-testid="record-status" data-last={last} data-age-days={f.ageDays} data-stale={f.stale ? 'true' : 'false'} data-as-of={asOf ?? ''}>
      <p className="record-age">
        <span data-testid="record-map-of">{mapOfText(source, last, lang)}</span>
        {!compact && <> · <span data-testid="record-age">{ageText(f, lang)}</span></>}
      </p>
      {f.stale && <p className="record-stale" role="note" data-testid="record-stale">{staleText(f, lang)}</p>}
      {asOf && (
        <p className="record-pinned" data-testid="record-pinned">
          {fillTemplate(t.asOf, { date: formatDate(asOf, 'day', lang) })}
          {liveHref && <> (<a href={liveHref} target="_blank" rel="noopener" data-testid="record-live-link">{t.liveLink}</a>)</>}
        </p>
      )}
      {later.map((k, i) => (
        <p key={i} className="record-corrected" data-testid="record-corrected" data-claim={k.claim_id} data-date={k.date}>
          {fillTemplate(t.correctedOn, { date: formatDate(k.date, 'day', lang), what: k.what[lang] })}
        </p>
      ))}
    </div>
  );
}
