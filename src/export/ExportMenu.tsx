// The Export section: figure (PNG at 1×/2×/3×, SVG) and data (CSV, GeoJSON) for the current date.
// This file is on the first-load path, so it only holds the controls; the exporters are
// imported on first use.
import { useId, useRef, useState } from 'react';
import { formatNumber } from '../i18n/format';
import { AnimationControls } from './animation/AnimationControls';
import { exportFileName } from './content';
import { EXPORT_STRINGS } from './export.i18n';
import { fillTemplate } from '../i18n/template';
import type { ExportContext, ExportResult } from './run';
import { compareCsvName } from './compare-csv';
import './export.css';

/** The menu's props are the exporters' context: the state a download is built from. */
/** `ready`: the page has settled (the first screen done, the record in or failed); the animation's encoder probe waits for it. */
export type ExportMenuProps = ExportContext & { ready: boolean };

type Kind = 'png' | 'svg' | 'csv' | 'geojson';
const SCALES = [1, 2, 3] as const;

export function ExportMenu({ map, data, join, lang, compare = null, theme, ready, asOf = null }: ExportMenuProps) {
  const t = EXPORT_STRINGS[lang];
  const headingId = useId();
  const [scale, setScale] = useState<number>(2);
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'working'; text: string } | null>(null);
  const [figure, setFigure] = useState<ExportResult['figure']>();
  const running = useRef(false);

  const run = async (kind: Kind) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    const stem = compare ? `${compare.from}_${join.date}` : join.date;
    setStatus({ kind: 'working', text: fillTemplate(t.working, { file: compare && kind === 'csv' ? compareCsvName(compare.from, join.date) : exportFileName(stem, kind, scale) }) });
    try {
      const m = await import('./run');
      const ctx = { map, data, join, lang, compare, theme, asOf };
      const r =
        kind === 'png' ? await m.exportPng(ctx, scale) : kind === 'svg' ? await m.exportSvg(ctx) : kind === 'csv' ? await m.exportCsv(ctx) : await m.exportGeoJson(ctx);
      if (r.figure) setFigure(r.figure);
      setStatus({ kind: 'ok', text: fillTemplate(t.saved, { file: r.fileName }) });
    } catch (e) {
      console.warn('export:', e);
      setStatus({ kind: 'error', text: fillTemplate(t.failed, { message: (e as Error).message }) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  // aria-disabled rather than disabled: a focused button that becomes disabled drops focus to <body>.
  const button = (kind: Kind, label: string, needsMap: boolean) => (
    <button
      type="button"
      className="export-btn"
      data-testid={`export-${kind}`}
      aria-disabled={busy !== null || (needsMap && !map) ? true : undefined}
      aria-busy={busy === kind ? true : undefined}
      onClick={() => {
        if (busy === null && (!needsMap || map)) void run(kind);
      }}
    >
      {label}
    </button>
  );

  return (
    <section
      className="export"
      aria-labelledby={headingId}
      data-testid="export"
      data-figure-width={figure?.width}
      data-figure-height={figure?.height}
      data-figure-map={figure ? `${figure.map.x},${figure.map.y},${figure.map.w},${figure.map.h}` : undefined}
    >
      <h2 id={headingId}>{t.section}</h2>
      <p className="export-hint muted">{t.hint}</p>
      <div className="export-row" role="group" aria-label={t.figure}>
        <label className="export-scale">
          {t.scale}{' '}
          <select data-testid="export-scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {formatNumber(s, lang)}×
              </option>
            ))}
          </select>
        </label>
        {button('png', t.png, true)}
        {button('svg', t.svg, true)}
      </div>
      <div className="export-row" role="group" aria-label={t.data}>
        {button('csv', t.csv, false)}
        {button('geojson', t.geojson, false)}
      </div>
      <p className={`export-status${status?.kind === 'error' ? ' export-error' : ''}`} role="status" data-testid="export-status" data-state={status?.kind}>
        {status?.text}
      </p>
      <AnimationControls map={map} data={data} date={join.date} lang={lang} theme={theme} ready={ready} asOf={asOf} />
    </section>
  );
}
