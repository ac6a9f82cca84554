// Observed control in the side panel: the legend entry for an observed source's occupied area (or a
// note that this build has none), and the claims-vs-observed comparison for the selected date.
import { localName } from '../i18n/names';
import { memo, useMemo } from 'react';
import type { Claim, JoinResult, OblastCollection } from '../domain';
import { verdictOf, type LedgerCell, type LedgerRow, type Verdict } from '../domain/ledger';
import { snapshotIndex, type ObservedHistory } from '../domain/observed-format';
import { showsNotOccupied } from '../domain/observed-metrics';
import { figuresAt } from '../domain/date-figures';
import { formatDate, formatKm2, formatLatLon, formatPercent, formatUnit, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import type { ObservedState } from '../state/load';
import { areasInLabel, areasLabel, daysLabel, LEDGER_STRINGS, verdictLabel } from './ledger.i18n';
import { fillTemplate } from '../i18n/template';
import { Swatch } from './Swatch';
import type { ResolvedTheme } from '../symbols/palettes';
import { OBSERVED_STRINGS } from '../i18n/observed';
import './observed.css';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';
import type { SourceManifest } from '../evidence/types';
import type { SourceRecord } from '../evidence/records';

/** The ledger's strings with the source's name, licence and publisher filled from its manifest. */
const ledgerStrings = (lang: Lang, source: SourceManifest = observedSource()) => sourced(LEDGER_STRINGS[lang], source, lang);


/**
 * The legend's group for one observed source, "Observed (<source>, date)": the solid fill of the snapshot shown, a
 * loading or error note while the history loads after the first screen, or how to add the observed record
 * to a build. The first group, "Claimed", is the Legend's own list.
 */
export function ObservedLegend({ observed, date, lang, theme, state, source = observedSource(), primary = true }: { observed: ObservedHistory | null; date: string; lang: Lang; theme: ResolvedTheme; state?: ObservedState; source?: SourceManifest; primary?: boolean }) {
  const t = sourced(OBSERVED_STRINGS[lang], source, lang);
  const g = sourced(STRINGS[lang].legend, source, lang);
  if (!observed && (state?.kind === 'loading' || state?.kind === 'error')) {
    return (
      <p className="ob-legend muted" data-testid="observed-legend" data-included="true" data-state={state.kind} data-snapshot="">
        <Swatch symbol="observed" theme={theme} /> {state.kind === 'loading' ? ledgerStrings(lang, source).mapLoading : ledgerStrings(lang, source).mapError}
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
    <div className="ob-legend legend-group" data-testid="observed-legend" data-source={source.id} data-included="true" data-state="ready" data-snapshot={snap ?? ''}>
      <h3 className="legend-group-title" data-testid="legend-group-observed">
        {snap
          ? fillTemplate(g.groupObserved, { date: formatDate(snap, 'day', lang) })
          : fillTemplate(g.groupObservedNone, { date: formatDate(observed.dates[0]!, 'day', lang) })}
      </h3>
      <div className={snap ? 'ob-legend-entry' : 'ob-legend-entry muted'}>
        <Swatch symbol="observed" theme={theme} />
        <span>
          {snap
            ? fillTemplate(t.legend, { date: formatDate(snap, 'day', lang) })
            : fillTemplate(t.legendBefore, { date: formatDate(observed.dates[0]!, 'day', lang) })}
        </span>
      </div>
      {/* the map outlines the primary record's ground not shown as occupied in claimed oblasts */}
      {primary && showsNotOccupied(observed, date) && (
        <div className="ob-legend-entry" data-testid="legend-not-occupied">
          <Swatch symbol="notOccupied" theme={theme} />
          <span>{g.notOccupied}</span>
        </div>
      )}
      <span className="ob-attr muted">{g.observedCredit}</span>
    </div>
  );
}

/** One legend group per observed source (or the note that this build has none). */
export function ObservedLegends({ records, date, lang, theme, state }: { records: readonly SourceRecord[]; date: string; lang: Lang; theme: ResolvedTheme; state?: ObservedState }) {
  if (!records.length) return <ObservedLegend observed={null} date={date} lang={lang} theme={theme} state={state} />;
  return <>{records.map((r, i) => <ObservedLegend key={r.source.id} source={r.source} observed={r.history} date={date} lang={lang} theme={theme} state={state} primary={i === 0} />)}</>;
}

/** A distance in the reader's units: whole numbers stay whole ("±4 km"), short measured ones keep a decimal. */
const km = (n: number, lang: Lang) => formatUnit(n, 'km', lang, n < 10 && !Number.isInteger(n) ? 1 : 0);
const km2 = (n: number, lang: Lang) => formatKm2(n, lang, n < 10 && n > 0 ? 1 : 0);
const signedKm2 = (n: number, lang: Lang) => (n > 0 ? '+' : n < 0 ? '−' : '±') + formatKm2(Math.abs(n), lang, 0);
const position = (at: [number, number], lang: Lang) => formatLatLon(at, lang);

/** The record is still loading or failed to load: said in the panel, with a retry after an error. */
export function ObservedStatus({ state, lang, onRetry }: { state: ObservedState; lang: Lang; onRetry?: () => void }) {
  const t = ledgerStrings(lang);
  if (state.kind === 'loading') {
    return (
      <section className="ob-panel" data-testid="claims-vs-observed" data-state="loading" aria-busy="true">
        <h2>{t.title}</h2>
        <p className="muted" role="status">{fill(t.loading)}</p>
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

/** A small badge over the map while the record loads or when it failed (the map itself stays drawn). */
export function ObservedMapBadge({ state, lang }: { state: ObservedState; lang: Lang }) {
  const t = ledgerStrings(lang);
  if (state.kind !== 'loading' && state.kind !== 'error') return null;
  return (
    <div className={`ob-badge ob-badge-${state.kind}`} data-testid="observed-status" data-state={state.kind} role={state.kind === 'error' ? 'alert' : 'status'}>
      {state.kind === 'loading' ? t.mapLoading : t.mapError}
    </div>
  );
}

/**
 * The chip a row shows: a verdict only where the kind may give one. Annexations, estimated positions
 * and announced zones get their measure in words and no chip; a row without a snapshot shows a dash.
 */
export function chipVerdict(r: LedgerRow, cell: LedgerCell | null): Verdict | '' | null {
  const v = verdictOf(r, cell);
  return v === 'no_verdict' ? null : v;
}

function LedgerChip({ verdict, lang, source }: { verdict: Verdict | '' | null; lang: Lang; source?: SourceManifest }) {
  if (verdict === null) return null;
  if (!verdict) return <span className="muted">—</span>;
  return <span className={`chip ledger-chip ledger-${verdict}`} data-verdict={verdict}>{verdictLabel(verdict, lang, source)}</span>;
}

/** The ledger's strings come with the source's slots filled (ledgerStrings); this fills the rest. */
const fill = (template: string, values: Record<string, string> = {}) => fillTemplate(template, values);

/** What a row says on the chosen snapshot, in words. */
export function cellText(r: LedgerRow, lang: Lang, first: string, radiusKm = 2, source: SourceManifest = observedSource()): string {
  const t = ledgerStrings(lang, source);
  if (!r.measurable) return t.notMeasurable;
  const c = r.at;
  if (!c) return fill(t.noSnapshot, { date: formatDate(first, 'day', lang) });
  const date = formatDate(c.snapshot, 'day', lang);
  const notOccupied = km2(c.notOccupiedKm2 ?? 0, lang);
  switch (r.measure) {
    case 'control': {
      const text = c.notOccupiedAreas
        ? fill(t.areaNot, { km2: notOccupied, count: areasInLabel(c.notOccupiedAreas, lang), date })
        : fill(t.areaMatch, { width: km(2 * radiusKm, lang), date });
      return c.mismatchKm2 ? `${text} ${fill(t.mismatch, { km2: km2(c.mismatchKm2, lang) })}.` : text;
    }
    case 'legal':
      return `${fill(t.legal, { share: formatPercent(c.occupiedShare ?? 0, lang, 1), km2: notOccupied, date })} ${t.legalNote}`;
    case 'point':
    case 'estimate': {
      if (r.subject.kind !== 'point') return '';
      const radius = km(r.subject.place.uncertainty_km, lang);
      const share = formatPercent(c.share ?? 0, lang, 0);
      if (r.measure === 'estimate') return fill(t.estimate, { radius, share });
      return fill(t.point, { share, radius, km: c.distanceKm !== undefined && Number.isFinite(c.distanceKm) ? km(c.distanceKm, lang) : '—' });
    }
    case 'zone': {
      const now = c.zoneKm2 ?? 0;
      const change = c.changeKm2 ?? 0;
      return fill(t.zone, { change: signedKm2(change, lang), date: formatDate(r.claimDate, 'day', lang), base: km2(now - change, lang), share: formatPercent(c.share ?? 0, lang, 0) });
    }
    default:
      return t.notMeasurable;
  }
}

export function recordText(r: LedgerRow, lang: Lang, source: SourceManifest = observedSource()): string {
  const t = ledgerStrings(lang, source);
  if (!r.measurable) return '—';
  const verdicts = r.measure === 'control' || r.measure === 'point';
  if (r.predatesRecord && r.firstDate) {
    const year = formatDate(r.claimDate, 'year', lang);
    const start = formatDate(r.firstDate, 'short', lang);
    return verdicts && r.firstMatch ? fill(t.recordBeforeMatch, { year, date: start, match: formatDate(r.firstMatch, 'short', lang) }) : fill(t.recordBefore, { year, date: start });
  }
  if (!verdicts) return '—';
  if (r.firstMatch && r.lagDays !== null) return fill(t.recordMatch, { date: formatDate(r.firstMatch, 'short', lang), days: daysLabel(r.lagDays, lang) });
  if (r.lastDate && r.lastLagDays !== null) return fill(t.recordNot, { date: formatDate(r.lastDate, 'short', lang), days: daysLabel(r.lastLagDays, lang) });
  return '—';
}

/** One ledger row as the values it shows: the row renders again only when one of them changed. */
const LedgerLine = memo(function LedgerLine(p: {
  claimId: string; subject: string; verdict: Verdict | ''; chip: Verdict | '' | null; measure: string; notOccupiedKm2: string; notOccupiedAreas: string; firstMatch: string;
  title: string; cell: string; record: string; lang: Lang; source: SourceManifest;
}) {
  return (
    <tr data-claim={p.claimId} data-subject={p.subject} data-verdict={p.verdict}
      data-measure={p.measure} data-not-occupied-km2={p.notOccupiedKm2} data-not-occupied-areas={p.notOccupiedAreas} data-first-match={p.firstMatch}>
      <th scope="row">{p.title}</th>
      <td><LedgerChip verdict={p.chip} lang={p.lang} source={p.source} /> <span className="ledger-detail">{p.cell}</span></td>
      <td>{p.record}</td>
    </tr>
  );
});

/**
 * The claim ledger for the selected date (every claim made by then, one row per subject) with verdict
 * chips where a kind may give one, and the ground not shown as occupied in each claimed oblast on that snapshot.
 */
export function ClaimsVsObservedPanel({ observed, join, oblasts, lang, claims, source = observedSource() }: { observed: ObservedHistory; join: JoinResult; oblasts: OblastCollection; lang: Lang; claims?: readonly Claim[]; source?: SourceManifest }) {
  const t = ledgerStrings(lang, source);
  const all = claims ?? join.active.map((a) => a.claim);
  // The ledger and not-occupied ground of the date's snapshot, from the one per-date cache (figuresAt).
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
  const notOccupied = figures.notOccupied();
  const radiusKm = observed.packed.notOccupied?.radiusKm ?? 0;
  const radius = km(radiusKm, lang);
  return (
    <section className="ob-panel" aria-labelledby="ob-h" data-testid="claims-vs-observed" data-source={source.id} data-state="ready" data-snapshot={snap ?? ''}>
      <h2 id="ob-h">{t.title}</h2>
      <p className="muted">
        {snap
          ? fill(t.caption, { assessor: fill(t.assessor), date: formatDate(snap, 'day', lang), last: formatDate(observed.dates.at(-1)!, 'day', lang) })
          : fill(t.noSnapshot, { date: formatDate(first, 'day', lang) })}
      </p>
      <table className="ledger" data-testid="claim-ledger">
        <thead>
          <tr><th scope="col">{t.colClaim}</th><th scope="col">{t.colOn}</th><th scope="col">{t.colRecord}</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <LedgerLine key={`${r.claim.id}|${r.subjectLabel}`} claimId={r.claim.id} subject={r.subjectLabel} verdict={verdictOf(r, r.at)} chip={chipVerdict(r, r.at)}
              measure={r.measure} notOccupiedKm2={r.at?.notOccupiedKm2?.toFixed(1) ?? ''} notOccupiedAreas={String(r.at?.notOccupiedAreas ?? '')} firstMatch={r.firstMatch ?? ''}
              title={`${r.claim.title[lang]} — ${subject(r)}`} cell={cellText(r, lang, first, radiusKm, source)} record={recordText(r, lang, source)} lang={lang} source={source} />
          ))}
        </tbody>
      </table>
      {snap && notOccupied.length > 0 && (
        <div className="ob-not-occupied" data-testid="not-occupied-ground" data-snapshot={snap}>
          <h3>{fill(t.notOccupiedTitle, { date: formatDate(snap, 'day', lang) })}</h3>
          <ul>
            {notOccupied.map((g) => (
              <li key={g.oblast} data-oblast={g.oblast} data-count={g.count} data-km2={g.notOccupiedKm2.toFixed(1)} data-mismatch-km2={g.mismatchKm2.toFixed(1)}>
                {g.count
                  ? fill(t.notOccupiedLine, { oblast: name(g.oblast), count: areasLabel(g.count, lang), km2: km2(g.notOccupiedKm2, lang), pos: position(g.parts[0]!.label, lang) })
                  : fill(t.notOccupiedNone, { oblast: name(g.oblast) })}
                {g.mismatchKm2 > 0 && <span className="muted"> · {fill(t.mismatch, { km2: km2(g.mismatchKm2, lang) })}</span>}
              </li>
            ))}
          </ul>
          <p className="muted">{fill(t.notOccupiedNote, { radius })}</p>
        </div>
      )}
    </section>
  );
}
