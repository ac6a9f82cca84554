// The recharts bar chart of monthly gains. Loaded lazily by GainsPanel so recharts is its own chunk.
// The chart is a picture for pointer users (hover tooltip, click a bar); the panel renders the same
// figures as a list of buttons for keyboard and screen-reader users, so the SVG is aria-hidden.
import { useId, type JSX, type ReactNode } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { formatKm2, formatMonth, formatNumber, type Lang } from '../i18n/format';
import type { GainRow } from '../domain/gains-view';
import { fillTemplate } from '../i18n/template';
import { GAINS_STRINGS } from './gains.i18n';
import type { ObservedGain } from '../domain/observed';
import { formatDate } from '../i18n/format';
import { THEME } from '../symbols/theme';
import { OBSERVED_STRINGS } from '../i18n/observed';

/** A chart row: ISW's figure and, when snapshots are shipped, the one computed from them. */
type ChartRow = GainRow & { observed?: number; observedFrom?: string; observedTo?: string };

const CHART_HEIGHT = 220;
const BAR_NEUTRAL = '#9ca3af';
const BAR_SELECTED = '#b91c1c';
const BAR_OUTLINE = '#111827';

export interface GainsChartProps {
  rows: readonly GainRow[];
  lang: Lang;
  /** Called with "YYYY-MM" when a bar is clicked. */
  onSelect: (month: string) => void;
  /** Monthly gains computed from DeepState snapshots, drawn beside ISW's bars. */
  observed?: readonly ObservedGain[];
}

/** Diagonal white hatching laid over the selected bar, so selection is not shown by colour alone. */
function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1={0} y1={0} x2={0} y2={6} stroke="#ffffff" strokeOpacity={0.6} strokeWidth={2} />
    </pattern>
  );
}

function SelectedBar({ x, y, width, height, hatch }: { x: number; y: number; width: number; height: number; hatch: string }) {
  return (
    <g className="gp-bar gp-bar-selected">
      <rect x={x} y={y} width={width} height={height} fill={BAR_SELECTED} />
      <rect x={x} y={y} width={width} height={height} fill={`url(#${hatch})`} />
      {height > 2 && width > 2 && (
        <rect x={x + 1} y={y + 1} width={width - 2} height={height - 2} fill="none" stroke={BAR_OUTLINE} strokeWidth={2} />
      )}
    </g>
  );
}

export default function GainsChart({ rows: iswRows, lang, onSelect, observed = [] }: GainsChartProps) {
  const t = GAINS_STRINGS[lang];
  const ot = OBSERVED_STRINGS[lang];
  const byMonth = new Map(observed.map((g) => [g.month, g]));
  const rows: ChartRow[] = iswRows.map((r) => {
    const g = byMonth.get(r.month);
    return g ? { ...r, observed: Math.round(g.km2), observedFrom: g.from, observedTo: g.to } : r;
  });
  const hasObserved = rows.some((r) => r.observed !== undefined);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatch = `gp-hatch-${uid}`;
  const legendHatch = `gp-hatch-legend-${uid}`;

  const shape = (p: BarShapeProps): JSX.Element => {
    const row = p.payload as GainRow | undefined;
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    const width = Math.max(0, p.width ?? 0);
    const height = Math.max(0, p.height ?? 0);
    if (row?.selected) return <SelectedBar x={x} y={y} width={width} height={height} hatch={hatch} />;
    return <rect className="gp-bar" x={x} y={y} width={width} height={height} fill={BAR_NEUTRAL} />;
  };

  const tooltip = ({ active, payload }: TooltipContentProps): ReactNode => {
    const row = active ? (payload?.[0]?.payload as ChartRow | undefined) : undefined;
    if (!row) return null;
    return (
      <div className="gp-tooltip">
        <div className="gp-tooltip-month">{formatMonth(row.month, lang)}</div>
        <div className="gp-tooltip-value">{formatKm2(row.km2, lang)}</div>
        <div>{fillTemplate(t.tooltipCounted, { counter: row.countedBy })}</div>
        <div>{fillTemplate(t.tooltipSource, { publisher: row.publisher ?? t.unknownSource })}</div>
        {row.observed !== undefined && (
          <div>
            {fillTemplate(ot.tooltipCompared, {
              km2: formatKm2(row.observed, lang),
              from: formatDate(row.observedFrom!, 'short', lang),
              to: formatDate(row.observedTo!, 'short', lang),
            })}
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="gp-chart" data-testid="gains-chart" aria-hidden="true">
      <svg width={0} height={0} className="gp-defs" focusable="false">
        <defs>
          <Hatch id={hatch} />
          <Hatch id={legendHatch} />
        </defs>
      </svg>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT} minWidth={0}>
        <BarChart data={rows} margin={{ top: 22, right: 8, bottom: 0, left: 4 }} accessibilityLayer={false}>
          <XAxis dataKey="month" tickFormatter={(m: string) => formatMonth(m, lang, 'short')} tickLine={false} interval="preserveStartEnd" minTickGap={4} />
          <YAxis
            width={56}
            allowDecimals={false}
            tickFormatter={(v: number) => formatNumber(v, lang)}
            label={{ value: t.axisUnit, angle: -90, position: 'insideLeft', offset: 4, style: { textAnchor: 'middle' } }}
          />
          <Tooltip content={tooltip} isAnimationActive={false} cursor={{ fill: 'rgba(17, 24, 39, 0.06)' }} />
          <Bar
            dataKey="km2"
            isAnimationActive={false}
            shape={shape}
            cursor="pointer"
            onClick={(d, i) => {
              const month = (d.payload as GainRow | undefined)?.month ?? rows[i]?.month;
              if (month) onSelect(month);
            }}
          >
            <LabelList
              dataKey="km2"
              position="top"
              className="gp-bar-label"
              fill="#1f2937"
              fontSize={12}
              formatter={(v) => (typeof v === 'number' ? formatNumber(v, lang) : v)}
            />
          </Bar>
          {hasObserved && (
            <Bar dataKey="observed" name={ot.series} isAnimationActive={false} fill={THEME.observedFill} stroke={THEME.observedLine} cursor="pointer"
              onClick={(d) => {
                const month = (d.payload as ChartRow | undefined)?.month;
                if (month) onSelect(month);
              }}
            >
              <LabelList dataKey="observed" position="top" className="gp-bar-label gp-bar-label-observed" fill={THEME.observedLine} fontSize={11}
                formatter={(v) => (typeof v === 'number' ? formatNumber(v, lang) : v)} />
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
      <p className="gp-legend">
        <svg width={14} height={14} viewBox="0 0 14 14" focusable="false">
          <rect x={0} y={0} width={14} height={14} fill={BAR_SELECTED} />
          <rect x={0} y={0} width={14} height={14} fill={`url(#${legendHatch})`} />
          <rect x={1} y={1} width={12} height={12} fill="none" stroke={BAR_OUTLINE} strokeWidth={2} />
        </svg>
        {t.legendSelected}
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
