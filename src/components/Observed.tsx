// Observed control in the side panel: the legend entry for DeepState's observed occupied area (or a
// note that this build has none), and the claims-vs-observed comparison for the selected date.
import { localName } from '../i18n/names';
import { useMemo } from 'react';
import type { JoinResult, OblastCollection } from '../domain';
import { claimsVsObserved, snapshotIndex, type ObservedHistory } from '../domain/observed';
import { formatDate, formatNumber, formatPercent, type Lang } from '../i18n/format';
import { fillTemplate } from '../i18n/template';
import { Swatch } from './Swatch';
import { OBSERVED_STRINGS } from '../i18n/observed';
import './observed.css';


/** Legend entry with the date of the snapshot shown, or how to add observed data to a build. */
export function ObservedLegend({ observed, date, lang }: { observed: ObservedHistory | null; date: string; lang: Lang }) {
  const t = OBSERVED_STRINGS[lang];
  if (!observed) {
    return (
      <p className="ob-legend muted" data-testid="observed-legend" data-included="false">
        {t.notIncluded}
      </p>
    );
  }
  const day = snapshotIndex(observed.dates, date);
  const snap = day >= 0 ? observed.dates[day]! : null;
  return (
    <div className="ob-legend" data-testid="observed-legend" data-included="true" data-snapshot={snap ?? ''}>
      <div className={snap ? 'ob-legend-entry' : 'ob-legend-entry muted'}>
        <Swatch symbol="observed" />
        <span>
          {snap
            ? fillTemplate(t.legend, { date: formatDate(snap, 'day', lang) })
            : fillTemplate(t.legendBefore, { date: formatDate(observed.dates[0]!, 'day', lang) })}
        </span>
      </div>
      <span className="ob-attr muted">{t.legendAttribution}</span>
    </div>
  );
}

const km = (n: number, lang: Lang) => `${formatNumber(n, lang, n < 10 ? 1 : 0)} ${lang === 'uk' ? 'км' : 'km'}`;

/** Each area claim with the observed share, each place claim inside or outside the observed area. */
export function ClaimsVsObservedPanel({ observed, join, oblasts, lang }: { observed: ObservedHistory; join: JoinResult; oblasts: OblastCollection; lang: Lang }) {
  const t = OBSERVED_STRINGS[lang];
  const cmp = useMemo(() => claimsVsObserved(join, observed), [join, observed]);
  const name = (id: string) => {
    const p = oblasts.features.find((f) => f.properties.id === id)?.properties;
    return p ? localName(p, lang) : id;
  };
  const pct = (s: number) => formatPercent(s, lang, 1);
  const withError = (s: number) => (cmp.error !== null ? fillTemplate(t.withError, { share: pct(s), error: pct(cmp.error) }) : pct(s));
  return (
    <section className="ob-panel" aria-labelledby="ob-h" data-testid="claims-vs-observed" data-snapshot={cmp.snapshot ?? ''}>
      <h2 id="ob-h">{t.title}</h2>
      {!cmp.snapshot ? (
        <p className="muted">{fillTemplate(t.noSnapshot, { date: formatDate(observed.dates[0]!, 'day', lang) })}</p>
      ) : (
        <>
          <p>{fillTemplate(t.snapshot, { date: formatDate(cmp.snapshot, 'day', lang) })}</p>
          {cmp.error !== null && <p className="muted" data-testid="observed-error-band">{fillTemplate(t.errorBand, { error: pct(cmp.error), held: pct(1 - cmp.error) })}</p>}
          {cmp.areas.length + cmp.points.length === 0 && <p className="muted">{t.none}</p>}
          <ul>
            {cmp.areas.map((a) => (
              <li key={`${a.claim.id}/${a.oblast}`} data-claim={a.claim.id} data-oblast={a.oblast} data-share={a.observedShare.toFixed(4)}>
                {fillTemplate(t.areaLine, {
                  claim: a.claim.title[lang],
                  oblast: name(a.oblast),
                  claimed: formatPercent(a.claimedShare, lang, 0),
                  observed: withError(a.observedShare),
                })}
              </li>
            ))}
            {cmp.points.map((p) => (
              <li key={`${p.claim.id}#${p.place}`} data-claim={p.claim.id} data-place={p.place} data-inside={p.observed.inside}>
                {fillTemplate(p.observed.inside ? t.pointInside : t.pointOutside, {
                  claim: p.claim.title[lang],
                  place: localName(p, lang),
                  km: km(p.observed.distanceKm, lang),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
