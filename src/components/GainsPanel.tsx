// The advance-rate panel: a toggle for the (lazily loaded) bar chart of Russian gains per month, a
// keyboard-reachable list of the months, and the "years to take the rest of Ukraine" projection with
// its basis and sources. This file must not import recharts; GainsChart does, in its own chunk.
import { Fragment, Suspense, lazy, memo, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { Dataset, Source } from '../domain/schema';
import { formatDate, formatKm2, formatMonth, formatNumber, type Lang } from '../i18n/format';
import { formatDaySpan } from '../i18n/date-range';
import { useApp } from '../state/store';
import { gainsView, monthEndDate, roundedYears, type Series } from '../domain/gains-view';
import { monthOf } from '../domain/dates';
import { languageName } from '../i18n/names';
import { pluralForm } from '../i18n/plural';
import { fillParts, fillTemplate } from '../i18n/template';
import { afterEvidenceDrawn } from '../state/first-screen';
import { GAINS_STRINGS, type GainsStrings } from './gains.i18n';
import './gains.css';
import { type ObservedHistory } from '../domain/observed-format';
import { monthlyGains } from '../domain/observed-metrics';
import { OBSERVED_STRINGS } from '../i18n/observed';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';

// Loaded once the map has drawn the observed record (or there is none to draw), not with the page:
// recharts' chunk and first mount took ~100 ms of the main thread in the frames where MapLibre tiles
// and draws the record. The panel leads the side column, so it is in view from the start: waiting
// for it to near the viewport would load recharts with the page.
// Memoised: recharts re-rendering for every day cost ~19 ms of each timeline step (bench/README.md).
const GainsChart = memo(lazy(() => afterEvidenceDrawn().then(() => import('./GainsChart'))));

export interface GainsPanelProps {
  data: Dataset;
  /** The date shown (the app passes its deferred date, so the chart never holds up a map step). */
  date: string;
  /** The observed record, when shipped: a second series of gains computed from them. */
  observed?: ObservedHistory | null;
}

/** A template with its {slots} replaced by React nodes (text stays text; nothing is parsed as HTML). */
function fill(template: string, values: Record<string, ReactNode>): ReactNode {
  return fillParts(template, values).map((p, i) => <Fragment key={i}>{p}</Fragment>);
}

function yearsUnit(t: GainsStrings, n: number, lang: Lang, digits = 0): string {
  const form = pluralForm(n, lang, digits);
  return t.years[form] ?? t.years.other;
}

function Num({ children }: { children: ReactNode }) {
  return <strong className="gp-num">{children}</strong>;
}

function SourceName({ source, t }: { source: Source | null; t: GainsStrings }) {
  if (!source) return <>{t.unknownSource}</>;
  return <cite className="gp-source">{source.publisher}</cite>;
}

/**
 * Everything the panel shows depends on the date's month only (gainsView reads the date through its
 * month): a step within a month renders nothing here, and the chart and its list only on a new month.
 */
export function GainsPanel({ date, ...rest }: GainsPanelProps) {
  return <GainsPanelMonth {...rest} month={monthOf(date)} />;
}

const GainsPanelMonth = memo(function GainsPanelMonth({ data, month, observed }: Omit<GainsPanelProps, 'date'> & { month: string }) {
  const date = `${month}-01`;
  const lang = useApp((s) => s.lang);
  const chart = useApp((s) => s.chart);
  const setChart = useApp((s) => s.setChart);
  const setDate = useApp((s) => s.setDate);
  const t = sourced(GAINS_STRINGS[lang], observedSource(), lang);
  const observedGains = useMemo(() => (observed ? monthlyGains(observed) : []), [observed]);
  // With snapshots shipped, the projection starts from them: they cover every month of the record.
  const [wanted, setSeries] = useState<Series>('observed');
  const view = useMemo(() => gainsView(data, date, observedGains, wanted), [data, date, observedGains, wanted]);
  const ot = sourced(OBSERVED_STRINGS[lang], observedSource(), lang);
  const titleId = useId();
  const regionId = useId();
  const { months, rate: projection, coverage, quote } = view;
  // The chart draws the months' figures, which no date changes: the same rows for every month (the
  // selected one is passed on its own, and the chart marks its bar without drawing again).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const chartRows = useMemo(() => months, [data, observedGains]);
  const selectMonth = useCallback((m: string) => setDate(monthEndDate(m)), [setDate]);

  let projectionBlock: ReactNode;
  if (!projection) {
    projectionBlock = <p className="gp-empty">{t.noData}</p>;
  } else {
    const { years, basis } = projection;
    const rounded = roundedYears(years);
    const monthName = formatMonth(projection.month, lang);
    const km2 = <Num>{formatKm2(projection.km2, lang)}</Num>;
    const sentence = Number.isFinite(years)
      ? fill(t.projection, {
          month: monthName,
          km2,
          years: (
            <Num>
              <span
                className="gp-years"
                data-testid="gains-years"
                title={fillTemplate(t.yearsTitle, { years: formatNumber(years, lang, 1), yearsUnit: yearsUnit(t, years, lang, 1) })}
              >
                {formatNumber(rounded, lang, 0)}
              </span>
            </Num>
          ),
          yearsUnit: yearsUnit(t, rounded, lang),
        })
      : fill(t.projectionNever, { month: monthName, km2 });
    const rateBasis =
      projection.series === 'observed'
        ? fillTemplate(t.rateObserved, {
            from: formatDate(projection.from!, 'day', lang),
            to: formatDate(projection.to!, 'day', lang),
            partial: projection.partial ? t.partial : '',
          })
        : t.rateIsw;
    const occupiedSource = view.occupiedSource;
    projectionBlock = (
      <>
        {!view.hasSelected && coverage && projection.series === 'reported' && (
          <p className="gp-no-figure" data-testid="gains-no-figure">
            {fill(t.noFigure, {
              month: formatMonth(view.selectedMonth, lang),
              first: formatMonth(coverage.first, lang),
              last: formatMonth(coverage.last, lang),
            })}
          </p>
        )}
        <p className="gp-projection-text" data-testid="gains-projection-text" data-series={projection.series} data-month={projection.month}
          data-years={Number.isFinite(years) ? years.toFixed(2) : 'never'}>
          {projection.fallback && (
            <>
              <span className="gp-fallback-label">{fillTemplate(t.latestInSeries, { month: formatMonth(view.selectedMonth, lang) })}</span>{' '}
            </>
          )}
          {sentence}
        </p>
        <p className="gp-basis" data-testid="gains-rate-basis">{rateBasis}</p>
        <p className="gp-basis" data-testid="gains-basis">
          {fill(t.basis, {
            total: <Num>{formatKm2(basis.total.km2, lang)}</Num>,
            totalSource: <SourceName source={view.totalSource} t={t} />,
            occupied: <Num>{formatKm2(basis.occupied.km2, lang)}</Num>,
            occupiedDate: basis.occupied.until ? formatDaySpan(basis.occupied.date, basis.occupied.until, lang) : formatDate(basis.occupied.date, basis.occupied.precision, lang),
            occupiedSource: (
              <>
                <SourceName source={occupiedSource} t={t} />
                {view.occupiedMapper && `, ${view.occupiedMapper}`}
              </>
            ),
            remaining: <Num>{formatKm2(basis.remaining, lang)}</Num>,
          })}
        </p>
      </>
    );
  }

  const quoteSrc = quote?.source ?? null;

  return (
    <section className="gp" aria-labelledby={titleId} data-testid="gains-panel">
      <div className="gp-head">
        <h2 id={titleId} className="gp-title">{t.title}</h2>
        <button
          type="button"
          className="gp-toggle"
          data-testid="chart-toggle"
          aria-expanded={chart}
          aria-controls={regionId}
          onClick={() => setChart(!chart)}
        >
          {chart ? t.hide : t.show}
        </button>
      </div>

      <div id={regionId} className="gp-region" hidden={!chart}>
        {chart && months.length > 0 && (
          <>
            <Suspense
              fallback={
                <div className="gp-chart gp-loading" role="status" data-testid="gains-chart-loading">
                  {t.loading}
                </div>
              }
            >
              <GainsChart rows={chartRows} selected={view.selectedMonth} lang={lang} onSelect={selectMonth} />
            </Suspense>
            <div className="gp-months" role="group" aria-label={t.monthsGroup} data-testid="gains-months">
              {months.map((r) => {
                // With the whole record (many months) the buttons show the month only; the figures are in
                // the accessible name, which starts with the visible text (voice control: "click Jun 25").
                const compact = months.length > 6;
                const month = formatMonth(r.month, lang, compact ? 'short' : 'long');
                const full = r.observed
                  ? fillTemplate(r.reported ? t.monthButtonBoth : t.monthButtonObserved, {
                      month,
                      isw: r.reported ? formatKm2(r.reported.km2, lang) : '',
                      observed: formatKm2(r.observed.km2, lang),
                    })
                  : fillTemplate(t.monthButton, { month, km2: formatKm2(r.reported!.km2, lang) });
                return (
                  <button
                    key={r.month}
                    type="button"
                    className="gp-month"
                    aria-pressed={r.selected}
                    aria-label={compact ? full : undefined}
                    title={compact ? full : undefined}
                    data-month={r.month}
                    onClick={() => setDate(monthEndDate(r.month))}
                  >
                    {compact ? month : full}
                  </button>
                );
              })}
            </div>
          </>
        )}
      </div>

      {observedGains.length > 0 && view.rows.length > 0 && (
        <div className="gp-series" role="group" aria-label={t.seriesGroup} data-testid="gains-series">
          <span>{t.seriesGroup}</span>
          {(['observed', 'reported'] as const).map((k) => (
            <button key={k} type="button" aria-pressed={view.series === k} data-series={k} onClick={() => setSeries(k)}>
              {k === 'reported' ? t.seriesIsw : t.seriesObserved}
            </button>
          ))}
        </div>
      )}

      <div className="gp-projection" data-testid="gains-projection">
        {projectionBlock}
      </div>

      {view.countedBy.length > 0 && (
        <p className="gp-note" data-testid="gains-note">
          {fill(t.note, { counter: view.countedBy.join(', ') })}
        </p>
      )}

      {observedGains.length > 0 && (
        <div className="ob-gains" data-testid="observed-gains">
          <p className="gp-note">{ot.gainsNote}</p>
          <details>
            <summary>{ot.gainsList}</summary>
            <ul>
              {observedGains.map((g) => (
                <li key={g.month} data-month={g.month} data-from={g.from} data-to={g.to}>
                  {fillTemplate(ot.gainRow, {
                    month: formatMonth(g.month, lang),
                    km2: formatKm2(g.km2, lang),
                    from: formatDate(g.from, 'short', lang),
                    to: formatDate(g.to, 'short', lang),
                  })}
                  {g.partial && t.partial}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}

      {quote && (
        <figure className="gp-quote" data-testid="gains-quote">
          <blockquote lang={quoteSrc?.language} cite={quoteSrc?.url ?? undefined}>
            <p>{quote.text}</p>
          </blockquote>
          <figcaption>
            {quoteSrc
              ? fill(t.quoteBy, {
                  publisher: quoteSrc.url ? (
                    <a href={quoteSrc.url} rel="noopener noreferrer">
                      {quoteSrc.publisher}
                    </a>
                  ) : (
                    quoteSrc.publisher
                  ),
                  title: <span lang={quoteSrc.language}>{quoteSrc.title}</span>,
                  date: formatDate(quoteSrc.date, quoteSrc.precision, lang),
                })
              : `— ${t.unknownSource}`}
            {quoteSrc && quoteSrc.language !== lang && (
              <>
                {' '}
                <span className="gp-quote-lang">{fillTemplate(t.quoteLang, { language: languageName(quoteSrc.language, lang) })}</span>
              </>
            )}
          </figcaption>
        </figure>
      )}
    </section>
  );
});
