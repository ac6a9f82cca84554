// The recharts bar chart of monthly gains. Loaded lazily by GainsPanel so recharts is its own chunk.
// Two series side by side over every month either covers: ISW's figures and the net change computed
// from the observed source's snapshots (a month with a net loss is drawn below zero). The chart is a picture for
// pointer users (hover tooltip, click a bar); the panel renders the same figures as a list of buttons
// for keyboard and screen-reader users, so the SVG is aria-hidden.
// The bars are drawn from the months' figures only; which month is selected is set on the drawn bars
// (a class), so a new selected month re-renders no part of recharts.
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, type JSX, type ReactNode } from 'react';
import { Bar, BarChart, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { formatDate, formatKm2, formatMonth, formatNumber, type Lang } from '../i18n/format';
import type { MonthRow } from '../domain/gains-view';
import { fillTemplate } from '../i18n/template';
import { GAINS_STRINGS } from './gains.i18n';
import { THEME } from '../symbols/theme';
import { OBSERVED_STRINGS } from '../i18n/observed';
import { observedSource } from '../evidence/registry';
import { sourced } from '../evidence/strings';

/** A chart row: ISW's figure and, when snapshots are shipped, the one computed from them. */
type ChartRow = { month: string; reported?: number; observed?: number; src: MonthRow };

export const CHART_HEIGHT = 180;
const BAR_NEUTRAL = '#4b5563';
const BAR_SELECTED = '#b91c1c';
const BAR_OUTLINE = '#111827';

export interface GainsChartProps {
  rows: readonly MonthRow[];
  /** The selected month ("YYYY-MM"); without it, the row marked `selected`. */
  selected?: string;
  lang: Lang;
  /** Called with "YYYY-MM" when a bar is clicked. */
  onSelect: (month: string) => void;
}

/** Diagonal white hatching laid over the selected bar, so selection is not shown by colour alone. */
function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeOpacity={0.6} strokeWidth={2} />
    </pattern>
  );
}

/** Bars below zero come with a negative height from some layouts: normalise to a positive box. */
function box(p: BarShapeProps) {
  let y = p.y ?? 0;
  let height = p.height ?? 0;
  if (height < 0) {
    y += height;
    height = -height;
  }
  return { x: p.x ?? 0, y, width: Math.max(0, p.width ?? 0), height };
}

export default function GainsChart({ rows: months, selected, lang, onSelect }: GainsChartProps) {
  const t = sourced(GAINS_STRINGS[lang], observedSource(), lang);
  const ot = sourced(OBSERVED_STRINGS[lang], observedSource(), lang);
  const rows: ChartRow[] = useMemo(
    () => months.map((m) => ({ month: m.month, reported: m.reported?.km2, observed: m.observed ? Math.round(m.observed.km2) : undefined, src: m })),
    [months],
  );
  const month = selected ?? months.find((m) => m.selected)?.month;
  const hasObserved = rows.some((r) => r.observed !== undefined);
  const hasReported = rows.some((r) => r.reported !== undefined);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatch = `gp-hatch-${uid}`;
  const legendHatch = `gp-hatch-legend-${uid}`;
  // Every bar's value on top when there are few months; with the whole record the bars are too
  // narrow for labels, and the selected month's figures are written under the chart instead.
  const allLabels = rows.length <= 6;

  // Drawn bars, each marked `is-selected` when it is the selected month's: when a bar is drawn (also
  // after recharts measured its container) and when the month changes.
  const bars = useRef(new Set<SVGGElement>());
  const selectedRef = useRef(month);
  const registerBar = useCallback((el: SVGGElement | null) => {
    if (!el) return;
    bars.current.add(el);
    el.classList.toggle('is-selected', el.dataset.month === selectedRef.current);
    return () => {
      bars.current.delete(el);
    };
  }, []);
  useLayoutEffect(() => {
    selectedRef.current = month;
    for (const el of bars.current) el.classList.toggle('is-selected', el.dataset.month === month);
  }, [month]);

  const sel = rows.find((r) => r.month === month)?.src;
  const selText = !sel
    ? null
    : sel.observed
      ? fillTemplate(sel.reported ? t.monthButtonBoth : t.monthButtonObserved, {
          month: formatMonth(sel.month, lang),
          isw: sel.reported ? formatKm2(sel.reported.km2, lang) : '',
          observed: `${formatKm2(sel.observed.km2, lang)} (${formatDate(sel.observed.from, 'short', lang)} → ${formatDate(sel.observed.to, 'short', lang)})`,
        })
      : fillTemplate(t.monthButton, { month: formatMonth(sel.month, lang), km2: formatKm2(sel.reported!.km2, lang) });

  return (
    <div className="gp-chart" data-testid="gains-chart" data-months={rows.length} aria-hidden="true">
      <svg width={0} height={0} className="gp-defs" focusable="false">
        <defs>
          <Hatch id={hatch} />
          <Hatch id={legendHatch} />
        </defs>
      </svg>
      <Bars rows={rows} lang={lang} onSelect={onSelect} hatch={hatch} allLabels={allLabels} registerBar={registerBar} />
      {!allLabels && selText && (
        <p className="gp-selected-figures" data-testid="gains-selected">
          {selText}
        </p>
      )}
      <p className="gp-legend">
        <svg width={14} height={14} viewBox="0 0 14 14" focusable="false">
          <rect x={0} y={0} width={14} height={14} fill={BAR_SELECTED} />
          <rect x={0} y={0} width={14} height={14} fill={`url(#${legendHatch})`} />
          <rect x={1} y={1} width={12} height={12} fill="none" stroke={BAR_OUTLINE} strokeWidth={2} />
        </svg>
        {t.legendSelected}
        {hasReported && (
          <>
            {' '}
            <svg width={14} height={14} viewBox="0 0 14 14" focusable="false">
              <rect x={0} y={0} width={14} height={14} fill={BAR_NEUTRAL} />
            </svg>
            {ot.seriesIsw}
          </>
        )}
        {hasObserved && (
          <>
            {' '}
            <svg width={14} height={14} viewBox="0 0 14 14" focusable="false">
              <rect x={0.5} y={0.5} width={13} height={13} fill={THEME.observedFill} stroke={THEME.observedLine} />
            </svg>
            {ot.series}
          </>
        )}
      </p>
    </div>
  );
}

/** The recharts part: renders again only when the months' figures, the language or the handlers change. */
const Bars = memo(function Bars({ rows, lang, onSelect, hatch, allLabels, registerBar }: {
  rows: ChartRow[]; lang: Lang; onSelect: (month: string) => void; hatch: string; allLabels: boolean; registerBar: (el: SVGGElement | null) => void;
}) {
  const t = sourced(GAINS_STRINGS[lang], observedSource(), lang);
  const ot = sourced(OBSERVED_STRINGS[lang], observedSource(), lang);
  const hasObserved = rows.some((r) => r.observed !== undefined);
  const hasReported = rows.some((r) => r.reported !== undefined);
  const label = (key: 'reported' | 'observed') => (e: { payload?: ChartRow }, i: number) => {
    const v = ((e.payload as ChartRow | undefined) ?? rows[i])?.[key];
    return v !== undefined ? formatNumber(v, lang) : '';
  };
  // Every bar carries its selected look, shown by the `is-selected` class (gains.css): the selected
  // bar is filled red when neutral, hatched and outlined, so it is not told by colour alone.
  const shape = (fill: string, stroke?: string) => (p: BarShapeProps): JSX.Element => {
    const row = p.payload as ChartRow | undefined;
    const { x, y, width, height } = box(p);
    return (
      <g className={fill === BAR_NEUTRAL ? 'gp-bar gp-bar-neutral' : 'gp-bar'} data-month={row?.month} ref={registerBar}>
        <rect className="gp-bar-main" x={x} y={y} width={width} height={height} fill={fill} stroke={stroke} />
        <rect className="gp-bar-sel" x={x} y={y} width={width} height={height} fill={`url(#${hatch})`} />
        {height > 2 && width > 2 && <rect className="gp-bar-sel" x={x + 1} y={y + 1} width={width - 2} height={height - 2} fill="none" stroke={BAR_OUTLINE} strokeWidth={2} />}
      </g>
    );
  };

  const tooltip = ({ active, payload }: TooltipContentProps): ReactNode => {
    const row = active ? (payload?.[0]?.payload as ChartRow | undefined) : undefined;
    if (!row) return null;
    const isw = row.src.reported;
    const obs = row.src.observed;
    return (
      <div className="gp-tooltip">
        <div className="gp-tooltip-month">{formatMonth(row.month, lang)}</div>
        {isw && (
          <>
            <div className="gp-tooltip-value">{formatKm2(isw.km2, lang)}</div>
            <div>{fillTemplate(t.tooltipCounted, { counter: isw.countedBy })}</div>
            <div>{fillTemplate(t.tooltipSource, { publisher: isw.publisher ?? t.unknownSource })}</div>
          </>
        )}
        {obs && (
          <div>
            {fillTemplate(ot.tooltipCompared, {
              km2: formatKm2(obs.km2, lang),
              from: formatDate(obs.from, 'short', lang),
              to: formatDate(obs.to, 'short', lang),
            })}
          </div>
        )}
      </div>
    );
  };
  const click = (d: { payload?: unknown }, i: number) => {
    const month = (d.payload as ChartRow | undefined)?.month ?? rows[i]?.month;
    if (month) onSelect(month);
  };

  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT} minWidth={0}>
      <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: 4 }} accessibilityLayer={false} barGap={1}>
        <XAxis dataKey="month" tickFormatter={(m: string) => formatMonth(m, lang, 'short')} tickLine={false} interval="preserveStartEnd" minTickGap={4} />
        <YAxis
          width={52}
          allowDecimals={false}
          tickFormatter={(v: number) => formatNumber(v, lang)}
          label={{ value: t.axisUnit, angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' } }}
        />
        <ReferenceLine y={0} stroke={BAR_OUTLINE} strokeWidth={1} />
        <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: 'rgba(17, 24, 39, 0.06)' }} />
        {hasReported && (
          <Bar dataKey="reported" name={ot.seriesIsw} isAnimationActive={false} shape={shape(BAR_NEUTRAL)} cursor="pointer" onClick={click}>
            {allLabels && <LabelList position="top" className="gp-bar-label" fill="#1f2937" fontSize={12} valueAccessor={label('reported')} />}
          </Bar>
        )}
        {hasObserved && (
          <Bar dataKey="observed" name={ot.series} isAnimationActive={false} shape={shape(THEME.observedFill, THEME.observedLine)} cursor="pointer" onClick={click}>
            {allLabels && <LabelList position="top" className="gp-bar-label gp-bar-label-observed" fill={THEME.observedLine} fontSize={11} valueAccessor={label('observed')} />}
          </Bar>
        )}
      </BarChart>
    </ResponsiveContainer>
  );
});
