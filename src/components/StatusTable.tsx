import { localName } from '../i18n/names';
import { useMemo } from 'react';
import type { JoinResult, OblastCollection, Source } from '../domain';
import { formatDate, LOCALE, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { facetsOf, sinceText, sourceOf } from '../i18n/describe';
import { StatusChip } from './StatusChip';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { oblastShares } from '../domain/observed-metrics';
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
}

/** The text alternative to the map: one row per oblast. */
export function StatusTable({ join, oblasts, sources, lang, onSelect, observed }: Props) {
  const t = STRINGS[lang];
  const shares = useMemo(() => {
    if (!observed) return null;
    const day = snapshotIndex(observed.dates, join.date);
    return day < 0 ? new Map<string, number>() : new Map(oblastShares(observed, day).map((o) => [o.id, o.share]));
  }, [observed, join.date]);
  const rows = useMemo(() => {
    const name = (p: { name_en: string; name_uk: string }) => localName(p, lang);
    return oblasts.features
      .map((f) => ({ p: f.properties, name: name(f.properties), status: join.oblasts[f.properties.id]! }))
      .sort((a, b) => a.name.localeCompare(b.name, LOCALE[lang]));
  }, [oblasts, join, lang]);
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
            {shares && <th scope="col">{sourced(OBSERVED_STRINGS[lang], observedSource(), lang).column}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ p, name, status }) => {
            const facets = facetsOf(status, lang);
            const src = status.lead ? sourceOf(sources, status.lead.event.source) : undefined;
            return (
              <tr key={p.id} data-oblast={p.id} data-headline={status.headline}>
                <th scope="row">{name}</th>
                <td>
                  {facets.length === 0 ? (
                    <span className="muted">{t.noClaim}</span>
                  ) : (
                    <ul className="facets">
                      {facets.map((f) => (
                        <li key={f.active.claim.id} data-claim={f.active.claim.id}>
                          <button type="button" className="linklike" onClick={() => onSelect(f.active.claim.id)}>
                            {f.label}
                          </button>
                          : <StatusChip status={f.active.status} finding={f.active.finding} lang={lang} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{sinceText(status.lead, lang)}</td>
                <td>{src ? src.publisher : ''}</td>
                {shares && (
                  <td className="ob-table-share" data-observed-share={shares.get(p.id)?.toFixed(4) ?? ''}>
                    {shares.has(p.id) ? pct(shares.get(p.id)!, lang, 1) : <span className="muted">{OBSERVED_STRINGS[lang].columnNone}</span>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
