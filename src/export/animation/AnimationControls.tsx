// The animation controls of the Export section: range, step, format (only those this browser can
// encode, with the reason for any missing), size, speed, start, a progress bar with the frames
// done and the time left, and cancel. The exporter itself (export.ts, its worker and encoders) is
// loaded on first use. A range that is empty or reversed is refused here, before anything runs.
import { useEffect, useId, useRef, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { formatBytes, formatNumber, type Lang } from '../../i18n/format';
import type { AppData } from '../../state/load';
import { useApp } from '../../state/store';
import { afterRestAndIdle } from '../../state/hand-over';
import { plural } from '../../i18n/plural';
import { fillTemplate } from '../../i18n/template';
import { ANIM_STRINGS } from './animation.i18n';
import type { AnimationProgress } from './export';
import { ANIM_SIZES, defaultRange, frameCount, frameDurations, rangeProblem, STEPS, type AnimFormat, type AnimSize, type Step } from './frames';
import { CODEC_NAMES, offers, probeCapabilitiesOffThread, type Offer } from './support';
import type { ResolvedTheme } from '../../symbols/palettes';
import './animation.css';

export interface AnimationControlsProps {
  map: maplibregl.Map | null;
  data: AppData;
  /** The selected date: the default range ends here. */
  date: string;
  lang: Lang;
  /** The page's theme: frames, their legend and the GIF palette follow it. */
  theme: ResolvedTheme;
  /** The page has settled (the map's first idle, or no map, and the record drawn or failed): the encoders are probed from then on. */
  ready: boolean;
  /** A pinned view's day (credits say so); null: live. */
  asOf?: string | null;
}

const FPS = [1, 2, 4, 8, 12] as const;
type Status = { kind: 'ok' | 'error' | 'info'; text: string } | null;

export function AnimationControls({ map, data, date, lang, theme, ready, asOf = null }: AnimationControlsProps) {
  const t = ANIM_STRINGS[lang];
  const id = useId();
  const min = useApp((s) => s.bounds.min);
  const max = useApp((s) => s.bounds.max);
  // Until the reader edits a date, the range follows the selected date.
  const [edited, setEdited] = useState<{ from: string; to: string } | null>(null);
  const range = edited ?? defaultRange(date, min);
  const [step, setStep] = useState<Step>('week');
  const [format, setFormat] = useState<AnimFormat | null>(null);
  const [size, setSize] = useState<AnimSize>('shown');
  const [fps, setFps] = useState<number>(2);
  const [hold, setHold] = useState<number>(1);
  const [available, setAvailable] = useState<Offer[] | null>(null);
  const [progress, setProgress] = useState<AnimationProgress | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [last, setLast] = useState<{ frames: number; width: number; height: number; codec: string; dateBox: string } | null>(null);
  const abort = useRef<AbortController | null>(null);

  // Which formats this browser can encode, asked from a worker (in this thread the probe cost ~130 ms
  // of the first load on the bench machine). Asking opens the browser's media stack, which in Chromium
  // lives in the GPU process and held the map's frames back while the record was being drawn, so
  // the probe waits until the page has settled (`ready`, then the map idle, then an idle period),
  // or runs at once when the reader reaches these controls.
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!ready || wanted) return;
    // An idle period that finds the map with all its tiles drawn; else the map's next idle, and again.
    const settle = () => {
      if (!map || map.loaded()) return setWanted(true);
      const again = () => {
        stop = afterRestAndIdle(settle, 0);
      };
      map.once('idle', again);
      stop = () => map.off('idle', again);
    };
    let stop = afterRestAndIdle(settle, 0);
    return () => stop();
  }, [ready, wanted, map]);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void probeCapabilitiesOffThread().then((c) => {
      if (!live) return;
      const o = offers(c);
      setAvailable(o);
      setFormat((f) => f ?? o.find((x) => x.ok)?.format ?? null);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  useEffect(() => () => abort.current?.abort(), []);

  const problem = rangeProblem(range.from, range.to);
  const frames = problem ? 0 : frameCount(range.from, range.to, step);
  const seconds = frames ? frameDurations(frames, fps, hold * 1000).reduce((a, b) => a + b, 0) / 1000 : 0;
  const running = progress !== null;
  const canStart = !running && !problem && !!map && !!format && !!available?.find((o) => o.format === format && o.ok);

  const setRange = (key: 'from' | 'to', value: string) => setEdited({ ...range, [key]: value });

  const start = async () => {
    if (!canStart || !map || !format) return;
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'info', text: t.progressStart });
    setProgress({ done: 0, total: frames, leftMs: null });
    try {
      const m = await import('./export');
      const r = await m.exportAnimation(
        map,
        data,
        { from: range.from, to: range.to, step, format, size, fps, holdSeconds: hold, lang, theme, asOf },
        { signal: controller.signal, onProgress: (p) => setProgress(p) },
      );
      setLast({ frames: r.frames, width: r.width, height: r.height, codec: r.codec, dateBox: `${r.dateBox.x},${r.dateBox.y},${r.dateBox.w},${r.dateBox.h}` });
      const sizeText = formatBytes(r.blob.size, lang);
      setStatus({ kind: 'ok', text: fillTemplate(t.saved, { file: r.fileName, n: formatNumber(r.frames, lang), frames: plural(t.frames, r.frames, lang), size: sizeText }) });
    } catch (e) {
      if (controller.signal.aborted) setStatus({ kind: 'info', text: t.cancelled });
      else {
        console.warn('animation:', e);
        setStatus({ kind: 'error', text: fillTemplate(t.failed, { format: t.formats[format], message: (e as Error).message }) });
      }
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const cancel = () => {
    if (!abort.current) return;
    // Marked so a test can check that no frame is started after it.
    performance.mark('territorial-map:anim-cancel');
    abort.current.abort();
  };

  const missing = (available ?? []).filter((o): o is Extract<Offer, { ok: false }> => !o.ok);
  const left = progress?.leftMs != null ? fillTemplate(t.secondsLeft, { n: formatNumber(Math.ceil(progress.leftMs / 1000), lang) }) : '…';

  return (
    <fieldset
      className="anim"
      onFocus={() => setWanted(true)}
      onPointerEnter={() => setWanted(true)}
      data-testid="animation"
      aria-describedby={`${id}-summary`}
      data-frames={last?.frames}
      data-frame-size={last ? `${last.width}x${last.height}` : undefined}
      data-codec={last?.codec}
      data-date-box={last?.dateBox}
    >
      <legend>{t.heading}</legend>
      <div className="anim-grid">
        <label>
          {t.from}
          <input type="date" data-testid="anim-from" value={range.from} min={min} max={max} disabled={running} onChange={(e) => setRange('from', e.target.value)} />
        </label>
        <label>
          {t.to}
          <input type="date" data-testid="anim-to" value={range.to} min={min} max={max} disabled={running} onChange={(e) => setRange('to', e.target.value)} />
        </label>
        <label>
          {t.step}
          <select data-testid="anim-step" value={step} disabled={running} onChange={(e) => setStep(e.target.value as Step)}>
            {STEPS.map((s) => (
              <option key={s} value={s}>
                {t.steps[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.format}
          <select data-testid="anim-format" value={format ?? ''} disabled={running || !available} onChange={(e) => setFormat(e.target.value as AnimFormat)}>
            {!available && <option value="">{t.reasons.checking}</option>}
            {available
              ?.filter((o) => o.ok)
              .map((o) => (
                <option key={o.format} value={o.format}>
                  {t.formats[o.format]}
                  {o.ok && o.codec ? ` (${CODEC_NAMES[o.codec]})` : ''}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t.size}
          <select data-testid="anim-size" value={size} disabled={running} onChange={(e) => setSize(e.target.value as AnimSize)}>
            {ANIM_SIZES.map((s) => (
              <option key={s} value={s}>
                {t.sizes[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.fps}
          <select data-testid="anim-fps" value={fps} disabled={running} onChange={(e) => setFps(Number(e.target.value))}>
            {FPS.map((f) => (
              <option key={f} value={f}>
                {formatNumber(f, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.hold}
          <input type="number" data-testid="anim-hold" min={0} max={10} step={0.5} value={hold} disabled={running} onChange={(e) => setHold(Math.min(10, Math.max(0, Number(e.target.value) || 0)))} />
        </label>
      </div>
      {missing.map((o) => (
        <p key={o.format} className="anim-note muted" data-testid={`anim-unavailable-${o.format}`}>
          {fillTemplate(t.unavailable, { format: t.formats[o.format], reason: fillTemplate(t.reasons[o.reason], { codecs: o.codecs ?? '' }) })}
        </p>
      ))}
      <p id={`${id}-summary`} className="anim-note" data-testid="anim-summary" role={problem ? 'alert' : undefined} data-problem={problem ?? undefined}>
        {problem ? t.range[problem] : fillTemplate(t.summary, { n: formatNumber(frames, lang), frames: plural(t.frames, frames, lang), seconds: formatNumber(seconds, lang, 1) })}
      </p>
      <div className="export-row">
        <button type="button" className="export-btn" data-testid="anim-start" aria-disabled={canStart ? undefined : true} onClick={() => void start()}>
          {t.start}
        </button>
        <button type="button" className="export-btn" data-testid="anim-cancel" aria-disabled={running ? undefined : true} onClick={cancel}>
          {t.cancel}
        </button>
      </div>
      {progress && (
        <div className="anim-progress">
          <progress
            data-testid="anim-progress"
            max={progress.total}
            value={progress.done}
            aria-label={t.heading}
            aria-valuetext={fillTemplate(t.progress, { done: String(progress.done), total: String(progress.total), left })}
          />
          <span data-testid="anim-progress-text">{fillTemplate(t.progress, { done: formatNumber(progress.done, lang), total: formatNumber(progress.total, lang), left })}</span>
        </div>
      )}
      <p className={`export-status${status?.kind === 'error' ? ' export-error' : ''}`} role="status" data-testid="anim-status" data-state={status?.kind}>
        {status?.text}
      </p>
    </fieldset>
  );
}
