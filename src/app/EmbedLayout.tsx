// The compact layout for `?embed=1` (newsroom iframes, 300–800 px wide): title, map, timeline, a
// toggle for the monthly-gains chart, a collapsed legend and one credit line with the sources and
// an "open full map" link. The map's height follows its width (never the viewport's), so the page
// height the iframe reports is stable; inside an iframe that height is posted to the parent.
import { Suspense, lazy, useEffect, useId, useMemo, type ReactNode } from 'react';
import type { JoinResult } from '../domain/join';
import { formatKm2, formatMonth } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import type { AppData } from '../state/load';
import { useApp } from '../state/store';
import { Legend } from '../components/Legend';
import { ObservedLegend } from '../components/Observed';
import { monthlyGains } from '../domain/observed-metrics';
import { Timeline, type TimelineTick } from '../components/Timeline';
import { gainsView, monthEndDate } from '../domain/gains-view';
import { publishersOf } from '../export/credits';
import { fillTemplate } from '../i18n/template';
import { GAINS_STRINGS } from '../components/gains.i18n';
import { fullMapHref } from '../embed/embed-code';
import { EMBED_STRINGS } from '../embed/embed.i18n';
import { reportHeight, wantsTransparent } from '../embed/height';
import { EmbedLegendLine } from './EmbedLegendLine';
import type { CompareView } from '../domain/compare-view';
import type { ResolvedTheme } from '../symbols/palettes';
import '../embed/embed.css';
import { observedSource } from '../evidence/registry';

const GainsChart = lazy(() => import('../components/GainsChart'));

export interface EmbedLayoutProps {
  data: AppData;
  /** The date of `join` (the app's deferred date: the map alone follows the slider at once). */
  date: string;
  join: JoinResult;
  ticks: TimelineTick[];
  /** The map (or the no-WebGL fallback), as the full page builds it. */
  map: ReactNode;
  compare?: CompareView | null;
  theme?: ResolvedTheme;
  /** How current the record is (and, pinned, its day and later corrections): first in the credit line. */
  record?: ReadonlyArray<{ id: string; text: string }>;
}

export function EmbedLayout({ data, date, join, ticks, map, compare = null, theme = 'light', record = [] }: EmbedLayoutProps) {
  const lang = useApp((s) => s.lang);
  const chart = useApp((s) => s.chart);
  const setChart = useApp((s) => s.setChart);
  const setDate = useApp((s) => s.setDate);
  const t = EMBED_STRINGS[lang];
  const s = STRINGS[lang];
  const chartId = useId();

  useEffect(() => {
    document.documentElement.classList.add('embedded');
    document.documentElement.classList.toggle('transparent', wantsTransparent());
    const stop = reportHeight(window);
    return () => {
      stop();
      document.documentElement.classList.remove('embedded', 'transparent');
    };
  }, []);

  const publishers = useMemo(() => publishersOf(join, data.dataset.sources), [join, data]);
  const observedGains = useMemo(() => (data.observed ? monthlyGains(data.observed) : []), [data]);
  const rows = useMemo(() => gainsView(data.dataset, date, observedGains).months, [data, date, observedGains]);
  const credit = [publishers.length ? fillTemplate(t.sources, { list: publishers.join('; ') }) : t.noSources, t.boundaries].join(' · ');
  const from = useApp((s) => s.from);
  const view = useApp((s) => s.view);
  const focus = useApp((s) => s.focus);
  const themeChoice = useApp((s) => s.theme);
  const full = fullMapHref(window.location.href, { date, lang, chart, from, view, focus, theme: themeChoice });

  return (
    <div className="app embed" data-testid="embed">
      <header className="embed-head">
        <h1>{s.title}</h1>
      </header>
      <main className="embed-main">
        {map}
        <EmbedLegendLine join={join} lang={lang} observed={data.observed} compare={compare} theme={theme} />
        <Timeline ticks={ticks} />
        <div className="embed-tools">
          <button type="button" className="embed-chart-toggle" data-testid="embed-chart-toggle" aria-expanded={chart} aria-controls={chartId} onClick={() => setChart(!chart)}>
            {chart ? t.hideChart : t.showChart}
          </button>
          <details className="embed-legend" data-testid="embed-legend">
            <summary>{s.legend.title}</summary>
            <Legend join={join} lang={lang} theme={theme} claimedTitle={data.observed ? STRINGS[lang].legend.groupClaimed : undefined} extra={<ObservedLegend observed={data.observed} date={date} lang={lang} theme={theme} />} />
          </details>
        </div>
        <section id={chartId} className="embed-chart" hidden={!chart} aria-label={GAINS_STRINGS[lang].title} data-testid="embed-chart">
          {chart && rows.length > 0 && (
            <>
              <Suspense fallback={<div className="gp-chart gp-loading" role="status">{t.chartLoading}</div>}>
                <GainsChart rows={rows} lang={lang} onSelect={(m) => setDate(monthEndDate(m))} />
              </Suspense>
              <ul className="visually-hidden">
                {rows.map((r) => (
                  <li key={r.month}>
                    {formatMonth(r.month, lang)}: {[r.reported && `ISW ${formatKm2(r.reported.km2, lang)}`, r.observed && `${observedSource().name} ${formatKm2(r.observed.km2, lang)}`].filter(Boolean).join(', ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </main>
      <footer className="embed-credit" data-testid="embed-credit">
        <span className="embed-credit-text" title={[...record.map((n) => n.text), credit].join(' · ')}>
          {record.map((n, i) => (
            <span key={i} data-testid={n.id}>{n.text} · </span>
          ))}
          {credit}
        </span>
        <a href={full} target="_blank" rel="noopener" data-testid="open-full">
          {t.openFull}
          <span className="visually-hidden"> {t.newTab}</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      </footer>
    </div>
  );
}
