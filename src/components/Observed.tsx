// Observed control in the side panel: the legend entry for DeepState's observed occupied area (or a
// note that this build has none), and the claims-vs-observed comparison for the selected date.
import { localName } from '../i18n/names';
import { memo, useMemo } from 'react';
import type { Claim, JoinResult, OblastCollection } from '../domain';
import { verdictOf, type LedgerRow, type Verdict } from '../domain/ledger';
import { snapshotIndex, type ObservedHistory } from '../domain/observed';
import { figuresAt } from '../domain/date-figures';
import { formatDate, formatKm2, formatNumber, formatPercent, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import type { ObservedState } from '../state/load';
import { areasLabel, daysLabel, LEDGER_STRINGS } from './ledger.i18n';
import { fillTemplate } from '../i18n/template';
import { Swatch } from './Swatch';
import { OBSERVED_STRINGS } from '../i18n/observed';
import './observed.css';


/**
 * The legend's second group, "Observed (DeepState, date)": the solid fill of the snapshot shown, a
 * loading or error note while the history loads after the first screen, or how to add observed data
 * to a build. The first group, "Claimed", is the Legend's own list.
 */
export function ObservedLegend({ observed, date, lang, state }: { observed: ObservedHistory | null; date: string; lang: Lang; state?: ObservedState }) {
  const t = OBSERVED_STRINGS[lang];
  const g = STRINGS[lang].legend;
  if (!observed && (state?.kind === 'loading' || state?.kind === 'error')) {
    return (
      <p className="ob-legend muted" data-testid="observed-legend" data-included="true" data-state={state.kind} data-snapshot="">
        <Swatch symbol="observed" /> {state.kind === 'loading' ? LEDGER_STRINGS[lang].mapLoading : LEDGER_STRINGS[lang].mapError}
      </p>
    );
  }
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
    <div className="ob-legend legend-group" data-testid="observed-legend" data-included="true" data-state="ready" data-snapshot={snap ?? ''}>
      <h3 className="legend-group-title" data-testid="legend-group-observed">
        {snap
          ? fillTemplate(g.groupObserved, { date: formatDate(snap, 'day', lang) })
          : fillTemplate(g.groupObservedNone, { date: formatDate(observed.dates[0]!, 'day', lang) })}
      </h3>
      <div className={snap ? 'ob-legend-entry' : 'ob-legend-entry muted'}>
        <Swatch symbol="observed" />
        <span>
          {snap
            ? fillTemplate(t.legend, { date: formatDate(snap, 'day', lang) })
            : fillTemplate(t.legendBefore, { date: formatDate(observed.dates[0]!, 'day', lang) })}
        </span>
      </div>
      <span className="ob-attr muted">{g.observedCredit}</span>
    </div>
  );
}

const km = (n: number, lang: Lang) => `${formatNumber(n, lang, n < 10 ? 1 : 0)} ${lang === 'uk' ? 'км' : 'km'}`;
const km2 = (n: number, lang: Lang) => formatKm2(n, lang, n < 10 && n > 0 ? 1 : 0);
const signedKm2 = (n: number, lang: Lang) => (n > 0 ? '+' : n < 0 ? '−' : '±') + formatKm2(Math.abs(n), lang, 0);
const position = ([lon, lat]: [number, number], lang: Lang) =>
  `${formatNumber(lat, lang, 2)}° ${lang === 'uk' ? 'пн. ш.' : 'N'}, ${formatNumber(lon, lang, 2)}° ${lang === 'uk' ? 'сх. д.' : 'E'}`;

/** The evidence is still loading or failed to load: said in the panel, with a retry after an error. */
export function ObservedStatus({ state, lang, onRetry }: { state: ObservedState; lang: Lang; onRetry?: () => void }) {
  const t = LEDGER_STRINGS[lang];
  if (state.kind === 'loading') {
    return (
      <section className="ob-panel" data-testid="claims-vs-observed" data-state="loading" aria-busy="true">
        <h2>{t.title}</h2>
        <p className="muted" role="status">{t.loading}</p>
      </section>
    );
  }
  if (state.kind === 'error') {
    return (
      <section className="ob-panel" data-testid="claims-vs-observed" data-state="error">
        <h2>{t.title}</h2>
        <p role="alert" data-testid="observed-load-error">{fillTemplate(t.error, { message: state.message })}</p>
        {onRetry && <button type="button" onClick={onRetry}>{t.retry}</button>}
      </section>
    );
  }
  return null;
}

/** A small badge over the map while the evidence loads or when it failed (the map itself stays drawn). */
export function ObservedMapBadge({ state, lang }: { state: ObservedState; lang: Lang }) {
  const t = LEDGER_STRINGS[lang];
  if (state.kind !== 'loading' && state.kind !== 'error') return null;
  return (
    <div className={`ob-badge ob-badge-${state.kind}`} data-testid="observed-status" data-state={state.kind} role={state.kind === 'error' ? 'alert' : 'status'}>
      {state.kind === 'loading' ? t.mapLoading : t.mapError}
    </div>
  );
}

function LedgerChip({ verdict, lang }: { verdict: Verdict | ''; lang: Lang }) {
  if (!verdict) return <span className="muted">—</span>;
  return <span className={`chip ledger-chip ledger-${verdict}`} data-verdict={verdict}>{LEDGER_STRINGS[lang].verdict[verdict]}</span>;
}

/** What a row says on the chosen snapshot, in words. */
function cellText(r: LedgerRow, lang: Lang, first: string): string {
  const t = LEDGER_STRINGS[lang];
  if (!r.measurable) return t.notMeasurable;
  const c = r.at;
  if (!c) return fillTemplate(t.noSnapshot, { date: formatDate(first, 'day', lang) });
  const date = formatDate(c.snapshot, 'day', lang);
  if (r.subject.kind === 'oblast') {
    return c.heldAreas ? fillTemplate(t.areaNot, { km2: km2(c.heldKm2 ?? 0, lang), count: areasLabel(c.heldAreas, lang), date }) : fillTemplate(t.areaBorne, { date });
  }
  if (r.subject.kind === 'point') {
    return fillTemplate(t.point, {
      share: formatPercent(c.share ?? 0, lang, 0),
      radius: km(r.subject.place.uncertainty_km, lang),
      km: c.distanceKm !== undefined && Number.isFinite(c.distanceKm) ? km(c.distanceKm, lang) : '—',
    });
  }
  return fillTemplate(t.zone, { km2: km2(c.zoneKm2 ?? 0, lang), share: formatPercent(c.share ?? 0, lang, 0), change: signedKm2(c.changeKm2 ?? 0, lang) });
}

function recordText(r: LedgerRow, lang: Lang): string {
  const t = LEDGER_STRINGS[lang];
  if (!r.measurable) return '—';
  if (r.firstBorneOut && r.lagDays !== null) return fillTemplate(t.recordBorne, { date: formatDate(r.firstBorneOut, 'short', lang), days: daysLabel(r.lagDays, lang) });
  if (r.lastDate && r.lastLagDays !== null) return fillTemplate(t.recordNot, { date: formatDate(r.lastDate, 'short', lang), days: daysLabel(r.lastLagDays, lang) });
  return '—';
}

/** One ledger row as the values it shows: the row renders again only when one of them changed. */
const LedgerLine = memo(function LedgerLine(p: {
  claimId: string; subject: string; verdict: Verdict | ''; heldKm2: string; heldAreas: string; firstBorneOut: string;
  title: string; cell: string; record: string; lang: Lang;
}) {
  return (
    <tr data-claim={p.claimId} data-subject={p.subject} data-verdict={p.verdict}
      data-held-km2={p.heldKm2} data-held-areas={p.heldAreas} data-first-borne-out={p.firstBorneOut}>
      <th scope="row">{p.title}</th>
      <td><LedgerChip verdict={p.verdict} lang={p.lang} /> <span className="ledger-detail">{p.cell}</span></td>
      <td>{p.record}</td>
    </tr>
  );
});

/**
 * The claim ledger for the selected date (every claim made by then, one row per subject) with status
 * chips, and the ground held by Ukraine in each claimed oblast on that snapshot.
 */
export function ClaimsVsObservedPanel({ observed, join, oblasts, lang, claims }: { observed: ObservedHistory; join: JoinResult; oblasts: OblastCollection; lang: Lang; claims?: readonly Claim[] }) {
  const t = LEDGER_STRINGS[lang];
  const all = claims ?? join.active.map((a) => a.claim);
  // The ledger and held ground of the date's snapshot, from the one per-date cache (figuresAt).
  const figures = figuresAt(observed, join.date);
  const rows = useMemo(() => figures.ledger(all).filter((r) => r.claimDate <= join.date), [figures, all, join.date]);
  const snap = figures.snapshot;
  const first = observed.dates[0]!;
  const name = (id: string) => {
    const p = oblasts.features.find((f) => f.properties.id === id)?.properties;
    return p ? localName(p, lang) : id;
  };
  const subject = (r: LedgerRow) =>
    r.subject.kind === 'oblast' || r.subject.kind === 'zone' ? name(r.subject.id)
      : r.subject.kind === 'point' ? localName(r.subject.place, lang)
        : r.subject.label.split(' ').map(name).join(', ');
  const held = figures.held();
  const radius = `${formatNumber(observed.packed.held?.radiusKm ?? 0, lang, 0)} ${lang === 'uk' ? 'км' : 'km'}`;
  return (
    <section className="ob-panel" aria-labelledby="ob-h" data-testid="claims-vs-observed" data-state="ready" data-snapshot={snap ?? ''}>
      <h2 id="ob-h">{t.title}</h2>
      <p className="muted">
        {snap
          ? fillTemplate(t.caption, { date: formatDate(snap, 'day', lang), last: formatDate(observed.dates.at(-1)!, 'day', lang) })
          : fillTemplate(t.noSnapshot, { date: formatDate(first, 'day', lang) })}
      </p>
      <table className="ledger" data-testid="claim-ledger">
        <thead>
          <tr><th scope="col">{t.colClaim}</th><th scope="col">{t.colOn}</th><th scope="col">{t.colRecord}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <LedgerLine key={`${r.claim.id}|${r.subjectLabel}`} claimId={r.claim.id} subject={r.subjectLabel} verdict={verdictOf(r, r.at)}
              heldKm2={r.at?.heldKm2?.toFixed(1) ?? ''} heldAreas={String(r.at?.heldAreas ?? '')} firstBorneOut={r.firstBorneOut ?? ''}
              title={`${r.claim.title[lang]} — ${subject(r)}`} cell={cellText(r, lang, first)} record={recordText(r, lang)} lang={lang} />
          ))}
        </tbody>
      </table>
      {snap && held.length > 0 && (
        <div className="ob-held" data-testid="held-ground" data-snapshot={snap}>
          <h3>{fillTemplate(t.heldTitle, { date: formatDate(snap, 'day', lang) })}</h3>
          <ul>
            {held.map((g) => (
              <li key={g.oblast} data-oblast={g.oblast} data-count={g.count} data-km2={g.heldKm2.toFixed(1)} data-mismatch-km2={g.mismatchKm2.toFixed(1)}>
                {g.count
                  ? fillTemplate(t.heldLine, { oblast: name(g.oblast), count: areasLabel(g.count, lang), km2: km2(g.heldKm2, lang), pos: position(g.parts[0]!.label, lang) })
                  : fillTemplate(t.heldNone, { oblast: name(g.oblast) })}
                {g.mismatchKm2 > 0 && <span className="muted"> · {fillTemplate(t.heldMismatch, { km2: km2(g.mismatchKm2, lang) })}</span>}
              </li>
            ))}
          </ul>
          <p className="muted">{fillTemplate(t.heldNote, { radius })}</p>
        </div>
      )}
    </section>
  );
}
