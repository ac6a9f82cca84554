import { localName } from '../i18n/names';
import { memo, useMemo } from 'react';
import type { Finding, JoinResult, OblastCollection, Source, Status } from '../domain';
import { formatDate, LOCALE, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { facetsOf, sinceText, sourceOf } from '../i18n/describe';
import { StatusChip } from './StatusChip';
import { assessorOf } from '../domain/join';
import type { ObservedHistory } from '../domain/observed-format';
import type { SourceRecord } from '../evidence/records';
import { figuresAt } from '../domain/date-figures';
import { formatPercent as pct } from '../i18n/format';
import { OBSERVED_STRINGS } from '../i18n/observed';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';

interface Props {
  join: JoinResult;
  oblasts: OblastCollection;
  sources: readonly Source[];
  lang: Lang;
  onSelect: (claimId: string) => void;
  /** When the build ships an observed record: an extra column with each oblast's observed share. */
  observed?: ObservedHistory | null;
  /** Every observed record (one column per source); when absent, `observed` under the primary source. */
  records?: readonly SourceRecord[];
}

/** What one row shows, as plain values: a row renders again only when one of them changed. */
interface RowView {
  id: string;
  name: string;
  headline: string;
  facets: Array<{ claimId: string; label: string; status: Status; finding: Finding | null; assessor: string | null }>;
  since: string;
  publisher: string;
  /** The observed columns, one per source: empty without any; share null when the snapshot has no figure for the oblast. */
  observed: Array<{ source: string; share: number | null }>;
  /** Everything above in one string, compared by the memo. */
  sig: string;
}

const StatusRow = memo(
  function StatusRow({ row, lang, onSelect }: { row: RowView; lang: Lang; onSelect: (claimId: string) => void }) {
    const t = STRINGS[lang];
    return (
      <tr data-oblast={row.id} data-headline={row.headline}>
        <th scope="row">{row.name}</th>
        <td>
          {row.facets.length === 0 ? (
            <span className="muted">{t.noClaim}</span>
          ) : (
            <ul className="facets">
              {row.facets.map((f) => (
                <li key={f.claimId} data-claim={f.claimId}>
                  <button type="button" className="linklike" onClick={() => onSelect(f.claimId)}>
                    {f.label}
                  </button>
                  : <StatusChip status={f.status} finding={f.finding} lang={lang} assessor={f.assessor} />
                </li>
              ))}
            </ul>
          )}
        </td>
        <td>{row.since}</td>
        <td>{row.publisher}</td>
        {row.observed.map((o) => (
          <td key={o.source} className="ob-table-share" data-source={o.source} data-observed-share={o.share?.toFixed(4) ?? ''}>
            {o.share != null ? pct(o.share, lang, 1) : <span className="muted">{OBSERVED_STRINGS[lang].columnNone}</span>}
          </td>
        ))}
      </tr>
    );
  },
  (a, b) => a.row.sig === b.row.sig && a.lang === b.lang && a.onSelect === b.onSelect,
);

/** The text alternative to the map: one row per oblast. */
export function StatusTable({ join, oblasts, sources, lang, onSelect, observed, records }: Props) {
  const t = STRINGS[lang];
  // The shares come from the one per-date cache the ledger panel reads too (figuresAt), once per source.
  const shares = useMemo(
    () => (records ?? (observed ? [{ source: observedSource(), history: observed }] : [])).map((r) => ({ source: r.source, shares: figuresAt(r.history, join.date).shares() })),
    [records, observed, join.date],
  );
  const order = useMemo(() => {
    const name = (p: { name_en: string; name_uk: string }) => localName(p, lang);
    return oblasts.features.map((f) => ({ p: f.properties, name: name(f.properties) })).sort((a, b) => a.name.localeCompare(b.name, LOCALE[lang]));
  }, [oblasts, lang]);
  const rows = useMemo(
    () =>
      order.map(({ p, name }): RowView => {
        const status = join.oblasts[p.id]!;
        const facets = facetsOf(status, lang).map((f) => ({ claimId: f.active.claim.id, label: f.label, status: f.active.status, finding: f.active.finding, assessor: assessorOf(f.active, lang) }));
        const src = status.lead ? sourceOf(sources, status.lead.event.source) : undefined;
        const since = sinceText(status.lead, lang);
        const publisher = src ? src.publisher : '';
        const observedCells = shares.map((s) => ({ source: s.source.id, share: s.shares.get(p.id) ?? null }));
        const sig = [name, status.headline, since, publisher, observedCells.length ? observedCells.map((c) => `${c.source}:${c.share}`).join(',') : '-', ...facets.map((f) => `${f.claimId}:${f.label}:${f.status}:${f.finding}:${f.assessor}`)].join('|');
        return { id: p.id, name, headline: status.headline, facets, since, publisher, observed: observedCells, sig };
      }),
    [order, join, lang, sources, shares],
  );
  return (
    <div className="table-wrap">
      <table className="status-table" data-testid="status-table" id="status-table" tabIndex={-1}>
        <caption>
          {t.table.caption} {formatDate(join.date, 'day', lang)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.table.oblast}</th>
            <th scope="col">{t.table.status}</th>
            <th scope="col">{t.table.since}</th>
            <th scope="col">{t.table.source}</th>
            {shares.map((s) => <th key={s.source.id} scope="col" data-source={s.source.id}>{sourced(OBSERVED_STRINGS[lang], s.source, lang).column}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <StatusRow key={row.id} row={row} lang={lang} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
